// What clients see when cityplan gets SIGTERM under load: sends requests at a steady rate, each on a new connection,
// sends SIGTERM to the server part-way, and counts how each request ended.
//
//   node bench/drain.mjs --url http://127.0.0.1:8080/graphql --pid <cityplan's pid> [--rate 20] [--seconds 10] [--term-at 3]
//
// answered: an HTTP response (by status); refused: the connection was refused (the server no longer listened, so a load
// balancer would send the request elsewhere); unanswered: the connection was taken and then dropped without an answer,
// or no answer came within 30 s. Also polls /q/health/ready every 100 ms and prints when it first answered 503.
import http from 'node:http';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const url = new URL(args.url ?? 'http://127.0.0.1:8080/graphql');
const pid = Number(args.pid);
const rate = Number(args.rate ?? 20);
const seconds = Number(args.seconds ?? 10);
const termAt = Number(args['term-at'] ?? 3);
if (!pid) throw new Error('--pid <cityplan pid> is required');

const body = JSON.stringify({ query: '{ plans { code } targets(first: 5) { totalCount nodes { code value } } }' });
const agent = new http.Agent({ keepAlive: false });

function send(path, method, payload) {
  return new Promise((resolve) => {
    const request = http.request({ host: url.hostname, port: url.port, path, method, agent, timeout: 30_000,
      headers: payload ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } : {} },
    (response) => {
      response.resume();
      response.on('end', () => resolve(`HTTP ${response.statusCode}`));
      response.on('error', () => resolve('unanswered'));
    });
    request.on('timeout', () => { request.destroy(); resolve('unanswered'); });
    request.on('error', (e) => resolve(e.code === 'ECONNREFUSED' ? 'refused' : 'unanswered'));
    request.end(payload);
  });
}

const start = performance.now();
const at = () => ((performance.now() - start) / 1000).toFixed(2);
let readyDown = null;
let terminated = null;
const poll = setInterval(async () => {
  if (readyDown === null && terminated !== null) {
    const status = await send('/q/health/ready', 'GET');
    if (status === 'HTTP 503') readyDown = at();
  }
}, 100);
setTimeout(() => { process.kill(pid, 'SIGTERM'); terminated = at(); }, termAt * 1000);

const outcomes = [];
for (let i = 0; i < rate * seconds; i++) {
  const due = start + (i * 1000) / rate;
  await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
  const sentAt = at();
  outcomes.push(send(url.pathname, 'POST', body).then((outcome) => ({ sentAt, outcome })));
}
const results = await Promise.all(outcomes);
clearInterval(poll);
const counts = {};
for (const { outcome } of results) counts[outcome] = (counts[outcome] ?? 0) + 1;
const lastAnswered = results.filter((r) => r.outcome.startsWith('HTTP')).map((r) => Number(r.sentAt)).pop();
console.log(JSON.stringify({ sent: results.length, ...counts, sigterm_at_s: terminated, readiness_503_at_s: readyDown,
  last_answered_sent_at_s: lastAnswered }));

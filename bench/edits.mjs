// How long an editor waits for a change: records, corrects and retracts figures one at a time against one or two
// running servers (each on its own database), alternating rounds between them (A, B, A, B), and prints the median
// and 95th percentile of each kind of change, and with two servers the second's median over the first's.
//
//   node bench/edits.mjs --token "$(tools/mint-token.sh key.pem bench editor,admin)" --rounds 4 --edits 10 URL [URL]
//
// The token needs the roles editor and admin, and the servers the matching key and issuer (docs/editing.md). Each
// server gets a document of its own; every figure recorded is retracted again, so the figures served stay as they were.
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: { token: { type: 'string' }, rounds: { type: 'string', default: '4' }, edits: { type: 'string', default: '10' } },
  allowPositionals: true,
});
if (!values.token || positionals.length < 1 || positionals.length > 2) {
  console.error('usage: node bench/edits.mjs --token TOKEN [--rounds 4] [--edits 10] URL [URL]');
  process.exit(2);
}

async function send(url, query, variables) {
  const start = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${values.token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  const json = await response.json();
  if (response.status !== 200 || json.errors) {
    throw new Error(`${url}: HTTP ${response.status} ${JSON.stringify(json.errors ?? json)}`);
  }
  return { ms: performance.now() - start, data: json.data };
}

const RECORD = `mutation ($input: RecordObservationInput!) { recordObservation(input: $input) { code version } }`;
const CORRECT = `mutation ($input: CorrectObservationInput!) { correctObservation(input: $input) { code version } }`;
const RETRACT = `mutation ($input: RetractObservationInput!) { retractObservation(input: $input) { action } }`;
const REGISTER = `mutation ($input: RegisterDocumentInput!) { registerDocument(input: $input) { code } }`;

const figure = (document, value) => ({
  indicator: 'pm25-concentration', region: '130100', year: 2025, kind: 'ACTUAL', value: String(value),
  unit: '微克/立方米', citation: { document, quote: `细颗粒物(PM2.5)平均浓度${value}微克/立方米` },
});

const servers = [];
for (const url of positionals) {
  const code = `bench-edits-${Date.now()}-${servers.length}`;
  await send(url, REGISTER, { input: { code, titleZh: `基准 ${code}`, titleEn: `Benchmark ${code}`, year: 2025,
    kind: 'REVIEW', fileName: `${code}.txt`, summaryEn: 'A document of the edit benchmark.' } });
  servers.push({ url, document: code, times: { record: [], correct: [], retract: [] } });
}

for (let round = 0; round < Number(values.rounds); round++) {
  for (const server of servers) {
    const codes = [];
    for (let i = 0; i < Number(values.edits); i++) {
      const recorded = await send(server.url, RECORD, { input: { observation: figure(server.document, 40 + i) } });
      server.times.record.push(recorded.ms);
      codes.push(recorded.data.recordObservation.code);
    }
    for (const [i, code] of codes.entries()) {
      const corrected = await send(server.url, CORRECT, { input: { code, version: 1, reason: 'benchmark',
        observation: figure(server.document, 60 + i) } });
      server.times.correct.push(corrected.ms);
    }
    for (const code of codes) {
      server.times.retract.push((await send(server.url, RETRACT, { input: { code, version: 2, reason: 'benchmark' } })).ms);
    }
  }
}

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
console.log(['change', ...servers.flatMap((_, i) => [`${'AB'[i]} p50 ms`, `${'AB'[i]} p95 ms`]),
  ...(servers.length === 2 ? ['B/A p50'] : [])].join('\t'));
for (const kind of ['record', 'correct', 'retract']) {
  const row = [kind];
  for (const server of servers) {
    row.push(quantile(server.times[kind], 0.5).toFixed(1), quantile(server.times[kind], 0.95).toFixed(1));
  }
  if (servers.length === 2) {
    row.push((quantile(servers[1].times[kind], 0.5) / quantile(servers[0].times[kind], 0.5)).toFixed(3));
  }
  console.log(row.join('\t'));
}

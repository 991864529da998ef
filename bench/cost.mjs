// How much CPU the most expensive queries that cityplan's cost limit lets through take, to check the limit
// (cityplan.limits.max-cost) against its aim: no allowed query costs more than 0.5 CPU-seconds.
//
//   node bench/cost.mjs --url http://localhost:18080/graphql --pid <cityplan's pid> [--runs 3] [--only REGEX]
//
// For each shape of expensive query below, it grows the query (a page size, then the number of aliases) to the largest
// that the server still accepts, then sends it --runs times, one at a time, and measures the CPU time that the
// cityplan process and every process named postgres on this machine spent meanwhile (from /proc, so run it on the
// server's machine with the database otherwise idle). Run it against a database with cityplan's dataset and the
// synthetic rows of bench/generate.sql (N = 1,000,000), where pages fill. It prints one row per shape: the cost the
// server reported, the limit, the median CPU-seconds and wall-clock ms, and the response size.
import { readFileSync, readdirSync } from 'node:fs';
import { post } from './graphql.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const url = args.url ?? 'http://localhost:18080/graphql';
const pid = Number(args.pid);
const runs = Number(args.runs ?? 3);
const only = new RegExp(args.only ?? '');
if (!pid) throw new Error('--pid <cityplan pid> is required');

const TICK = 100; // USER_HZ: /proc counts CPU time in 1/100 s on Linux
function cpuTicks(p) {
  try {
    const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime, stime
  } catch {
    return 0; // the process ended
  }
}
function postgresPids() {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((d) => {
    try {
      return readFileSync(`/proc/${d}/comm`, 'utf8').trim() === 'postgres';
    } catch {
      return false;
    }
  });
}
function cpuSeconds() {
  return (cpuTicks(pid) + postgresPids().reduce((sum, p) => sum + cpuTicks(p), 0)) / TICK;
}

const aliases = (k, field) => `{ ${Array.from({ length: k }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const terms = 'gdp 税收 金融 industrial 石家庄 park 新区 plan 亿元 2025';
// 50 indicators' codes, as the dataset has them
const indicatorCodes = JSON.stringify((await post(url, { query: '{ indicators(first: 50) { nodes { code } } }' }, 30_000))
  .json.data.indicators.nodes.map((n) => n.code));

// Each shape: a query built from a size n (1..100: a page size or a number of aliases) and the most that n may be.
const shapes = [
  ['targets, each with its indicator\'s targets (n per indicator)', (n) =>
    `{ targets(first: 100) { nodes { code value unit targetYear indicator { nameZh targets(first: ${n}) {
      nodes { code value unit targetYear citation { quote } } } } } } }`],
  ['figures, each with its indicator\'s figures (n per indicator)', (n) =>
    `{ observations(first: 100) { nodes { code value year indicator { nameZh observations(first: ${n}) {
      nodes { code value year region { nameZh } citation { quote } } } } } } }`],
  ['every region with n targets each, judged', (n) =>
    `{ regions { code targets(first: ${n}) { totalCount nodes { code value progress { status share latest { value year } }
      indicator { nameZh } citation { quote } } } } }`],
  ['programmes → n tasks → 100 targets', (n) =>
    `{ plan(code: "sjz-capital-plan-2021") { programmes { tasks(first: ${n}) { nodes { titleZh targets(first: 100) {
      totalCount nodes { code value unit targetYear indicator { nameZh } citation { quote } } } } } } } }`],
  ['n aliases of a 10-term search', (n) =>
    aliases(n, `search(text: "${terms}", first: 100) { totalCount nodes { score kind field text } }`)],
  ['n aliases of targetStats of a task', (n) =>
    aliases(n, `targetStats(filter: { plan: "sjz-capital-plan-2021", task: ${1 + (n % 45)} }) { total
      byStatus { status count } byYear { year count } byRegion { count } byProgramme { count } }`)],
  ['n aliases of targetStats over a filter of 50 codes', (n) =>
    aliases(n, `targetStats(filter: { or: [{ indicators: ${indicatorCodes} }, { region: "130100" }] }) { total
      byStatus { status count } byYear { year count } byRegion { count } byProgramme { count } }`)],
  ['n aliases of the latest figure of every series in the city', (n) =>
    aliases(n, `observations(mostRecent: 1, filter: { region: "130100" }, first: 100) { totalCount
      nodes { code value year indicator { nameZh } } }`)],
  ['one latest figure of every series in the city, and n aliases of 100 targets', (n) =>
    `{ observations(mostRecent: 1, filter: { region: "130100" }, first: 100) { totalCount nodes { code value year } }
    ${aliases(n, 'targets(first: 100) { nodes { code value unit targetYear indicator { nameZh } } }').slice(1, -1)} }`],
  ['n aliases of 100 figures filtered by 50 codes, counted', (n) =>
    aliases(n, `observations(filter: { indicators: ${indicatorCodes}, year: { from: 2010 } }, first: 100) { totalCount
      nodes { code value year citation { quote } } }`)],
  ['n aliases of targets judged as of 2021, filtered by status', (n) =>
    aliases(n, `targets(asOf: 2021, filter: { statuses: [ACHIEVED, ON_TRACK, AT_RISK] }, first: 100) { totalCount
      nodes { code progress(asOf: 2021) { status share latest { value year } baselineValue } } }`)],
];

const limitOf = (answer) => answer.json?.extensions?.cost;
async function largestAllowed(build) {
  let low = 0;
  let high = 100;
  while (low < high) { // the largest n the server accepts (cost is monotonic in n)
    const mid = Math.ceil((low + high) / 2);
    const answer = await post(url, { query: build(mid) }, 120_000);
    const cost = limitOf(answer);
    if (cost && cost.requested <= cost.limit && !answer.json?.errors?.some((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX')) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return low;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log('| shape | n | cost | limit | CPU s (median) | ms (median) | KB | errors |');
console.log('|---|---:|---:|---:|---:|---:|---:|---|');
for (const [title, build] of shapes.filter(([title]) => only.test(title))) {
  const n = await largestAllowed(build);
  if (n === 0) {
    console.log(`| ${title} | 0 | - | - | - | - | - | refused even at n = 1 |`);
    continue;
  }
  const query = build(n);
  await post(url, { query }, 120_000); // warm
  const cpu = [];
  const ms = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const before = cpuSeconds();
    last = await post(url, { query }, 120_000);
    cpu.push(cpuSeconds() - before);
    ms.push(last.ms);
  }
  const cost = limitOf(last) ?? {};
  const size = JSON.stringify(last.json ?? {}).length / 1024;
  console.log(`| ${title} | ${n} | ${cost.requested} | ${cost.limit} | ${median(cpu).toFixed(2)} | ${median(ms).toFixed(0)} | `
    + `${size.toFixed(0)} | ${last.error ? last.error.slice(0, 80) : ''} |`);
}

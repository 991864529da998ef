// Median and 95th-percentile latency of each documented example query against a running server, one request at a
// time over loopback. Usage: node bench/examples-latency.mjs [url] [requests per example]
//   e.g. node bench/examples-latency.mjs http://localhost:8080/graphql 200
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const url = process.argv[2] ?? 'http://localhost:8080/graphql';
const runs = Number(process.argv[3] ?? 200);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const folder = join(root, 'src/main/resources/explorer/examples');
const examples = [['explorer/example.graphql', readFileSync(join(root, 'src/main/resources/explorer/example.graphql'), 'utf8'),
  JSON.parse(readFileSync(join(root, 'src/main/resources/explorer/example-variables.json'), 'utf8'))]];
for (const name of readdirSync(folder).filter(f => f.endsWith('.graphql')).sort()) {
  const text = readFileSync(join(folder, name), 'utf8');
  const variables = /^# variables: (.*)$/m.exec(text);
  examples.push([name, text, variables ? JSON.parse(variables[1]) : {}]);
}

async function once(query, variables) {
  const start = process.hrtime.bigint();
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (response.status !== 200 || body.errors) throw new Error(JSON.stringify(body.errors ?? response.status));
  return ms;
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
// A fresh JVM compiles as it goes: every example runs 100 times before any is measured, so that the first in the
// list is not measured cold.
const warmup = 100;
for (let i = 0; i < warmup; i++) {
  for (const [, query, variables] of examples) await once(query, variables);
}
console.log(`example | median ms | p95 ms  (${runs} requests each, after ${warmup} rounds of all to warm up)`);
for (const [name, query, variables] of examples) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await once(query, variables));
  times.sort((a, b) => a - b);
  console.log(`${name} | ${quantile(times, 0.5).toFixed(2)} | ${quantile(times, 0.95).toFixed(2)}`);
}

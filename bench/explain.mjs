// Shows with EXPLAIN which tables each workload's SQL reads sequentially (no documented example may read
// observation or target with a sequential scan at 1M rows). It sends every prepared cityplan body once, takes the
// statements that request sent, with their bound values, from bench/pgcount.mjs --record, and asks PostgreSQL for the
// plan of every read among them: PREPARE with the parameter types cityplan's driver declared, then
// EXPLAIN (FORMAT JSON) EXECUTE with the values it bound, once with plan_cache_mode = force_custom_plan (the plan for
// these values) and once with force_generic_plan (the plan a statement prepared on the server may switch to after five
// executions). The custom plan decides for a statement sent unnamed; both decide for one the client prepared on the
// server. Each workload is sent once, so only cityplan's pool of kept plans (compiled queries whose plan does not
// depend on their values, prepared at their first run) sends prepared statements here; its default pool prepares a
// statement after five runs and plans it for its values every time.
//
// Usage: node bench/explain.mjs OUT CITYPLAN_URL RECORDER_URL DATABASE [--generic]
//   OUT holds workloads.tsv and bodies/<id>.cityplan.json (`node bench/bench.mjs prepare OUT CITYPLAN_URL - ...`);
//   RECORDER_URL is pgcount.mjs's control address, recording the client named cityplan. Writes OUT/explain.md (every
//   statement with its values and plan), OUT/explain.json, prints the summary and exits 1 when a plan that decides
//   (with --generic: any plan) reads a table of EXPLAIN_TABLES [observation,target] with a Seq Scan, when a request fails,
//   or when a statement cannot be explained. psql must be on the PATH; PGHOST, PGPORT and PGUSER as for psql.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { post } from './graphql.mjs';

const GROWING = (process.env.EXPLAIN_TABLES ?? 'observation,target').split(',');
const TIMEOUT_MS = Number(process.env.BENCH_REQUEST_TIMEOUT_MS ?? 120000);
const READ = /^(select|with|values|table)\b/i;

const args = process.argv.slice(2);
const failOnGeneric = args.includes('--generic');
const [out, cityplanUrl, recorderUrl, database] = args.filter((a) => a !== '--generic');
if (!database) {
  console.error('usage: node bench/explain.mjs OUT CITYPLAN_URL RECORDER_URL DATABASE [--generic]');
  process.exit(2);
}

function psql(script) {
  return execFileSync('psql', ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-d', database], {
    input: script,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

const quote = (text) => `'${text.replace(/'/g, "''")}'`;
const oneLine = (text) => text.replace(/\s+/g, ' ').trim();

/** The statement without leading comments and parentheses, to tell a read from a write. */
const head = (text) => text.replace(/^(\s+|\/\*[\s\S]*?\*\/|--[^\n]*\n|\()+/, '');

async function recorded(since) {
  const response = await fetch(`${recorderUrl.replace(/\/$/, '')}/statements/cityplan?since=${since}`);
  if (!response.ok) throw new Error(`${recorderUrl}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function send(body) {
  const { ms, error } = await post(cityplanUrl, body, TIMEOUT_MS);
  return { ms: Math.round(ms), error };
}

// --- plans ----------------------------------------------------------------------------------------------------

/** Every node of a plan, depth first, with its depth. */
function nodes(plan, depth = 0, list = []) {
  list.push({ node: plan, depth });
  for (const child of plan.Plans ?? []) nodes(child, depth + 1, list);
  return list;
}

const seqScans = (plan) => nodes(plan).map((n) => n.node).filter((n) => n['Node Type'] === 'Seq Scan')
  .map((n) => ({ relation: n['Relation Name'], alias: n.Alias, rows: n['Plan Rows'], filter: n.Filter ?? null,
    parallel: Boolean(n['Parallel Aware']) }));

const clip = (text, n = 160) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** The plan as EXPLAIN's text form would show its nodes, one line each, with the conditions that explain a scan. */
function render(plan) {
  return nodes(plan).map(({ node: n, depth }) => {
    const what = [
      n['Parallel Aware'] ? `Parallel ${n['Node Type']}` : n['Node Type'],
      n.Strategy && n['Node Type'] === 'Aggregate' ? `(${n.Strategy})` : '',
      n['Index Name'] ? `using ${n['Index Name']}` : '',
      n['Relation Name'] ? `on ${n['Relation Name']}${n.Alias && n.Alias !== n['Relation Name'] ? ` ${n.Alias}` : ''}` : '',
      n['CTE Name'] ? `on ${n['CTE Name']}` : '',
      n['Parent Relationship'] && !['Outer', 'Inner', 'Member'].includes(n['Parent Relationship'])
        ? `[${n['Parent Relationship']}${n['Subplan Name'] ? ` ${n['Subplan Name']}` : ''}]` : '',
      `(cost=${n['Startup Cost']}..${n['Total Cost']} rows=${n['Plan Rows']})`,
    ].filter(Boolean).join(' ');
    const conditions = ['Index Cond', 'Recheck Cond', 'Filter', 'Join Filter', 'Hash Cond']
      .filter((k) => n[k]).map((k) => `${k}: ${clip(n[k])}`);
    const indent = '  '.repeat(depth) + (depth ? '-> ' : '');
    return [indent + what, ...conditions.map((c) => `${'  '.repeat(depth)}${depth ? '   ' : ''}   ${c}`)].join('\n');
  }).join('\n');
}

/** PREPARE with the declared types, EXPLAIN EXECUTE with the bound values, custom then generic plan. */
function explain(statement, typeNames) {
  const count = statement.params.length;
  const types = Array.from({ length: count }, (_, i) => typeNames[statement.types[i] ?? 0] ?? 'unknown');
  const values = statement.params.map((p) => (p.value === null ? 'NULL' : quote(p.value)));
  const text = statement.text.replace(/;\s*$/, '');
  const prepare = `PREPARE explained${count ? `(${types.join(', ')})` : ''} AS ${text};`;
  const execute = `EXPLAIN (FORMAT JSON) EXECUTE explained${count ? `(${values.join(', ')})` : ''};`;
  const output = psql([
    'SET plan_cache_mode = force_custom_plan;', prepare, execute, '\\echo @@generic@@',
    'SET plan_cache_mode = force_generic_plan;', execute, '',
  ].join('\n'));
  const [custom, generic] = output.split('@@generic@@\n').map((part) => JSON.parse(part)[0].Plan);
  return { custom, generic };
}

// --- main -----------------------------------------------------------------------------------------------------

const ids = readFileSync(join(out, 'workloads.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
const workloads = [];
let { next } = await recorded(0);
for (const [id, , title] of ids) {
  const body = JSON.parse(readFileSync(join(out, 'bodies', `${id}.cityplan.json`), 'utf8'));
  const answer = await send(body);
  const taken = await recorded(next);
  next = taken.next;
  const distinct = new Map();
  for (const s of taken.statements) {
    const key = JSON.stringify([s.text, s.params.map((p) => p.value)]);
    if (distinct.has(key)) distinct.get(key).times++;
    else distinct.set(key, { ...s, times: 1 });
  }
  workloads.push({ id, title, ...answer, sent: taken.statements.length, statements: [...distinct.values()] });
}

const oids = [...new Set(workloads.flatMap((w) => w.statements.flatMap((s) => s.types)))].filter((o) => o > 0);
const typeNames = {
  0: 'unknown',
  ...JSON.parse(psql(`SELECT coalesce(json_object_agg(oid, format_type(oid, NULL)), '{}') FROM pg_type
    WHERE oid = ANY('{${oids.join(',')}}'::oid[]);`)),
};
// Rows by the statistics collector, which counts without ANALYZE; and the tables ANALYZE has never seen, whose
// plans rest on guesses (autovacuum may be off, and rows written after bench/generate.sql's ANALYZE).
const tableStats = JSON.parse(psql(`SELECT coalesce(json_object_agg(relname, json_build_object('rows', n_live_tup,
    'analyzed', coalesce(last_analyze, last_autoanalyze) IS NOT NULL)), '{}') FROM pg_stat_user_tables;`));
const tableRows = Object.fromEntries(Object.entries(tableStats).map(([name, t]) => [name, t.rows]));
const unanalyzed = Object.entries(tableStats).filter(([, t]) => !t.analyzed && t.rows > 0)
  .sort(([, a], [, b]) => b.rows - a.rows).map(([name, t]) => `${name} (${t.rows} rows)`);

for (const w of workloads) {
  for (const s of w.statements) {
    s.read = READ.test(head(s.text));
    if (!s.read) continue;
    const undecoded = s.params.findIndex((p) => !p.decoded);
    if (undecoded >= 0) {
      s.explainError = `pgcount.mjs cannot read the binary value of $${undecoded + 1} (type oid ${s.types[undecoded]})`;
      continue;
    }
    try {
      const { custom, generic } = explain(s, typeNames);
      s.plan = custom;
      s.genericPlan = generic;
      s.seqScans = seqScans(custom);
      s.genericSeqScans = seqScans(generic);
    } catch (e) {
      s.explainError = oneLine(String(e.stderr || e.message)).slice(0, 400);
    }
  }
}

// --- report ---------------------------------------------------------------------------------------------------

const growing = (scans) => scans.filter((x) => GROWING.includes(x.relation));
const other = (scans) => scans.filter((x) => !GROWING.includes(x.relation));
const size = (relation) => (relation in tableRows ? `${tableRows[relation]} rows` : 'system catalog');
const tables = (scans) => [...new Set(scans.map((x) => `${x.relation} (${size(x.relation)})`))].join(', ');
const typeName = (oid) => (oid ? typeNames[oid] ?? `oid ${oid}` : 'unspecified');
const SHOWN_VALUES = 16;
const values = (s) => s.params.slice(0, SHOWN_VALUES).map((p, i) => `$${i + 1} = ` +
  `${p.value === null ? 'NULL' : quote(p.value)} (${typeName(s.types[i])}${p.format === 'binary' ? ', binary' : ''}` +
  `${p.decoded ? '' : ', UNDECODED hex'})`).join(', ') +
  (s.params.length > SHOWN_VALUES ? `, and ${s.params.length - SHOWN_VALUES} more (explain.json has all)` : '');

/** The statements of a workload that LIST has, as #n: TABLES, or `none`. */
function which(w, list, scansOf) {
  if (!list.length) return 'none';
  return list.map((s) => `#${w.statements.indexOf(s) + 1}`).join(' ') + ': ' + tables(list.flatMap(scansOf));
}

const failures = [];
const summary = [
  `| workload | request | SQL statements | reads explained | Seq Scan of ${GROWING.join('/')} (custom plan) ` +
    '| same, generic plan (bold: prepared on the server) | other Seq Scans (custom plan) |',
  '|---|---|---:|---:|---|---|---|',
];
const details = [];
const scanned = new Map(); // relation -> workloads that read it with a Seq Scan, other than GROWING
for (const w of workloads) {
  const reads = w.statements.filter((s) => s.plan);
  const number = (s) => `${w.id} #${w.statements.indexOf(s) + 1}`;
  const bad = reads.filter((s) => growing(s.seqScans).length);
  const badGeneric = reads.filter((s) => growing(s.genericSeqScans).length);
  const broken = w.statements.filter((s) => s.explainError);
  if (w.error) failures.push(`${w.id}: the request failed: ${w.error}`);
  for (const s of broken) failures.push(`${number(s)}: EXPLAIN failed: ${s.explainError}`);
  for (const s of bad) failures.push(`${number(s)}: Seq Scan of ${tables(growing(s.seqScans))}`);
  for (const s of badGeneric.filter((s) => failOnGeneric || s.prepared)) {
    failures.push(`${number(s)}: generic plan: Seq Scan of ${tables(growing(s.genericSeqScans))}`);
  }
  for (const x of reads.flatMap((s) => other(s.seqScans))) {
    scanned.set(x.relation, new Set([...(scanned.get(x.relation) ?? []), w.id]));
  }
  const otherScans = reads.flatMap((s) => other(s.seqScans));
  summary.push([
    '', w.id,
    w.error ? `ERROR ${clip(w.error, 60)}` : `ok, ${w.ms} ms`,
    w.sent + (w.sent !== w.statements.length ? ` (${w.statements.length} distinct)` : ''),
    reads.length + (broken.length ? ` (${broken.length} failed)` : ''),
    bad.length ? `**${which(w, bad, (s) => growing(s.seqScans))}**` : 'none',
    badGeneric.some((s) => s.prepared) ? `**${which(w, badGeneric, (s) => growing(s.genericSeqScans))}**`
      : which(w, badGeneric, (s) => growing(s.genericSeqScans)),
    otherScans.length ? tables(otherScans) : '-', '',
  ].join(' | ').trim());

  details.push(`\n## ${w.id}: ${w.title}\n`);
  details.push(w.error ? `Request failed: ${w.error}\n` : `Answered in ${w.ms} ms with ${w.sent} SQL statements.\n`);
  w.statements.forEach((s, i) => {
    const note = `${s.times > 1 ? ` (sent ${s.times} times)` : ''}${s.read ? '' : ' (not a read, not explained)'}`;
    details.push(`### #${i + 1}${note}\n`, '```sql\n' + s.text.trim() + '\n```\n');
    if (s.params.length) details.push(`Values: ${values(s)}\n`);
    if (s.explainError) details.push(`EXPLAIN failed: ${s.explainError}\n`);
    if (!s.plan) return;
    details.push(`Seq Scans: ${s.seqScans.length ? tables(s.seqScans) : 'none'} (custom plan), ` +
      `${s.genericSeqScans.length ? tables(s.genericSeqScans) : 'none'} (generic plan)\n`);
    details.push('Custom plan:\n\n```\n' + render(s.plan) + '\n```\n');
    if (render(s.plan) !== render(s.genericPlan)) {
      details.push('Generic plan:\n\n```\n' + render(s.genericPlan) + '\n```\n');
    }
  });
}

const header = [
  `# EXPLAIN of every statement of every workload: ${database}`,
  '',
  `${tableRows.observation ?? '?'} observations, ${tableRows.target ?? '?'} targets (pg_stat_user_tables.n_live_tup). ` +
    'A workload fails when the custom plan of one of its reads (the plan for the values it bound) has a Seq Scan ' +
    `of ${GROWING.join(' or ')}, or its generic plan does and ${failOnGeneric ? 'whatever the read' : 'cityplan ' +
    'prepared the read on the server (where PostgreSQL may keep a generic plan)'}. Statement numbers (#n) are ` +
    'those of explain.md, in the order the request sent them.',
  '',
  ...summary,
  '',
  'Other tables read with a Seq Scan (custom plans), for information:',
  '',
  ...(scanned.size
    ? [...scanned].map(([relation, ids]) => `- ${relation} (${size(relation)}): ${[...ids].join(', ')}`)
    : ['- none']),
  '',
  `Tables never analyzed (no statistics; the planner guesses their rows): ${unanalyzed.join(', ') || 'none'}`,
];
const result = failures.length
  ? ['', 'EXPLAIN CHECK FAILED:', ...failures.map((f) => `- ${f}`)]
  : ['', `EXPLAIN check passed: no read of any workload has a Seq Scan of ${GROWING.join(' or ')}.`];
writeFileSync(join(out, 'explain.md'), [...header, ...result, ...details].join('\n') + '\n');
writeFileSync(join(out, 'explain.json'), JSON.stringify({ database, tableRows, typeNames, workloads }, null, 1));

console.log(header.join('\n'));
for (const w of workloads) {
  for (const s of w.statements.filter((x) => x.plan && growing(x.seqScans).length)) {
    console.log(`\n${w.id} #${w.statements.indexOf(s) + 1}: ${oneLine(s.text)}`);
    if (s.params.length) console.log(`Values: ${values(s)}`);
    console.log(render(s.plan));
  }
}
console.log(result.join('\n'));
console.log(`\nEvery statement with its values and plan: ${join(out, 'explain.md')}`);
process.exit(failures.length ? 1 : 0);

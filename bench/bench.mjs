// The parts of bench/run.sh that speak GraphQL or read its results. Usage:
//   node bench.mjs prepare OUT CITYPLAN_URL POSTGRAPHILE_URL DATABASE [DEPTH [REGEX]]
//       writes OUT/bodies/<workload>.<side>.json (the POST bodies, dynamic variables filled in) and OUT/workloads.tsv,
//       for the workloads whose id matches REGEX (all when empty); a URL given as - leaves that side out
//   node bench.mjs check OUT CITYPLAN_URL POSTGRAPHILE_URL [COUNTER_URL REPEAT]
//       sends each body once to each side, compares what both return, and with the statement counter (pgcount.mjs)
//       sends it REPEAT more times (once when it took over 2 s) to count SQL statements per request; writes
//       OUT/check.json and prints a table
//   node bench.mjs report OUT
//       prints the table of OUT/results.jsonl (one line per wrk run), OUT/meta.json and OUT/check.json
// psql must be on the PATH for prepare; PGHOST, PGPORT and PGUSER as for psql.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { post as postTo } from './graphql.mjs';

import { workloads } from './workloads.mjs';

const SIDES = ['cityplan', 'postgraphile'];
const TIMEOUT_MS = Number(process.env.BENCH_REQUEST_TIMEOUT_MS ?? 60000);

const post = (url, body) => postTo(url, body, TIMEOUT_MS);

// --- prepare --------------------------------------------------------------------------------------------------

function psqlJson(database, sql) {
  return JSON.parse(execFileSync('psql', ['-X', '-At', '-d', database, '-c', sql], { encoding: 'utf8' }));
}

/** PostGraphile's filter for "this region, the regions under it and the parks and projects placed in those". */
function scope(database, region) {
  const codes = psqlJson(database, `
    WITH RECURSIVE r AS (SELECT code FROM region WHERE code = '${region.replace(/'/g, "''")}'
                         UNION SELECT region.code FROM region JOIN r ON region.parent_code = r.code)
    SELECT json_build_object(
      'regionCode', (SELECT coalesce(json_agg(code ORDER BY code), '[]') FROM r),
      'parkCode', (SELECT coalesce(json_agg(code ORDER BY code), '[]') FROM park WHERE region_code IN (SELECT code FROM r)),
      'projectCode', (SELECT coalesce(json_agg(code ORDER BY code), '[]') FROM project
                      WHERE region_code IN (SELECT code FROM r)))`);
  return { or: Object.entries(codes).filter(([, list]) => list.length).map(([column, list]) => ({ [column]: { in: list } })) };
}

/**
 * The cursor after which a page of workload f starts: `depth` items into the list, or 50 before its end when it is
 * shorter. Walks the list a hundred at a time on the given side.
 */
async function deepCursor(url, side, workload, depth) {
  const page = side === 'cityplan'
    ? `query($indicator: String!, $after: String) { indicator(code: $indicator) {
         list: observations(first: 100, after: $after) { pageInfo { hasNextPage } edges { cursor } } } }`
    : `query($indicator: String!, $after: Cursor) { indicator(code: $indicator) {
         list: observationsByIndicatorCode(first: 100, after: $after, orderBy: [YEAR_ASC, CODE_ASC]) {
           pageInfo { hasNextPage } edges { cursor } } } }`;
  const cursors = [];
  let after = null;
  for (;;) {
    const { json, error } = await post(url, { query: page, variables: { indicator: workload[side].variables.indicator, after } });
    if (error) throw new Error(`${side}: paging ${workload.id}: ${error}`);
    const list = json.data.indicator.list;
    cursors.push(...list.edges.map((e) => e.cursor));
    if (!list.pageInfo.hasNextPage || cursors.length >= depth + 50) break;
    after = cursors[cursors.length - 1];
  }
  const position = Math.max(0, Math.min(depth, cursors.length - 50));
  return { cursor: position === 0 ? null : cursors[position - 1], position, walked: cursors.length };
}

async function prepare(out, urls, database, depth, only) {
  mkdirSync(join(out, 'bodies'), { recursive: true });
  const cache = new Map();
  const lines = [];
  const selected = workloads.filter((w) => new RegExp(only).test(w.id));
  if (!selected.length) throw new Error(`no workload id matches ${only}`);
  for (const w of selected) {
    const sides = SIDES.filter((s) => w[s] && urls[s] !== '-');
    const cursors = {};
    if (w.dynamic === 'deepCursor') {
      for (const side of sides) cursors[side] = await deepCursor(urls[side], side, w, depth);
      console.log(`${w.id}: pages start after item ${sides.map((s) => `${cursors[s].position} (${s})`).join(', ')}`);
    }
    for (const side of sides) {
      const fill = async (value) => {
        if (Array.isArray(value)) return Promise.all(value.map(fill));
        if (value && typeof value === 'object') {
          return Object.fromEntries(await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await fill(v)])));
        }
        if (typeof value !== 'string' || !value.startsWith('$')) return value;
        if (value === '$cursor') return cursors[side].cursor;
        if (!cache.has(value)) {
          const [kind, argument] = value.slice(1).split(':');
          if (kind === 'scope') cache.set(value, scope(database, argument));
          else if (kind === 'nodeId') {
            const { json, error } = await post(urls[side], { query: 'query($c: String!) { region(code: $c) { id } }', variables: { c: argument } });
            if (error) throw new Error(`node id of region ${argument}: ${error}`);
            cache.set(value, json.data.region.id);
          } else throw new Error(`unknown dynamic variable ${value}`);
        }
        return cache.get(value);
      };
      const body = { query: w[side].query, variables: await fill(w[side].variables) };
      writeFileSync(join(out, 'bodies', `${w.id}.${side}.json`), JSON.stringify(body));
    }
    lines.push(`${w.id}\t${sides.join(',')}\t${w.title}`);
  }
  writeFileSync(join(out, 'workloads.tsv'), lines.join('\n') + '\n');
  console.log(`${selected.length} workloads written to ${out}`);
}

// --- check ----------------------------------------------------------------------------------------------------

/** What both sides must agree on: how many objects the lists hold, the totals, and the codes in order. */
function shape(json) {
  const result = { items: 0, totals: [], codes: [] };
  const walk = (value, inList) => {
    if (Array.isArray(value)) return value.forEach((v) => walk(v, true));
    if (!value || typeof value !== 'object') return;
    if (inList) result.items++;
    for (const [key, v] of Object.entries(value)) {
      if (key === 'totalCount') result.totals.push(v);
      else if (key === 'code' && typeof v === 'string') result.codes.push(v);
      else walk(v, false);
    }
  };
  walk(json?.data, false);
  return result;
}

async function counts(counterUrl) {
  return (await fetch(counterUrl)).json();
}

async function check(out, urls, counterUrl, repeat) {
  const rows = [];
  const ids = readFileSync(join(out, 'workloads.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
  for (const [id, sideList] of ids) {
    const row = { id };
    for (const side of sideList.split(',')) {
      const body = JSON.parse(readFileSync(join(out, 'bodies', `${id}.${side}.json`), 'utf8'));
      const first = await post(urls[side], body);
      row[side] = { ms: Math.round(first.ms), error: first.error, ...(first.json ? shape(first.json) : {}) };
      if (counterUrl && !first.error) {
        // A slow request (a large dataset) is counted once: the count does not depend on how long it takes.
        const times = first.ms > 2000 ? 1 : repeat;
        const before = (await counts(counterUrl))[side].statements;
        let failed = 0;
        for (let i = 0; i < times; i++) if ((await post(urls[side], body)).error) failed++;
        const after = (await counts(counterUrl))[side].statements;
        row[side].statements = (after - before) / times;
        if (failed) row[side].error = `${failed} of ${times} repeated requests failed`;
      }
    }
    if (row.cityplan && row.postgraphile && !row.cityplan.error && !row.postgraphile.error) {
      const [a, b] = [row.cityplan, row.postgraphile];
      const sameCodes = JSON.stringify(a.codes) === JSON.stringify(b.codes);
      const sameSet = JSON.stringify([...a.codes].sort()) === JSON.stringify([...b.codes].sort());
      row.match = a.items === b.items && JSON.stringify(a.totals) === JSON.stringify(b.totals) && sameCodes
        ? 'same' : `DIFFERENT (items ${a.items}/${b.items}, totals ${a.totals}/${b.totals}, codes ${sameCodes ? 'same' : sameSet ? 'same set, other order' : 'differ'})`;
    }
    rows.push(row);
  }
  writeFileSync(join(out, 'check.json'), JSON.stringify(rows, null, 1));
  const cell = (r) => (!r ? '-' : r.error ? `ERROR ${r.error.slice(0, 60)}` : `${r.items} items${r.totals.length ? `, total ${r.totals.join('/')}` : ''}, ${r.ms} ms`);
  const statements = (r) => (r?.statements === undefined ? '-' : String(Math.round(r.statements * 10) / 10));
  console.log('\nCheck: one request per workload and side (items = objects in the lists of the answer)\n');
  console.log('| workload | cityplan | PostGraphile | same rows | SQL statements/request cityplan | PostGraphile |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.id} | ${cell(r.cityplan)} | ${cell(r.postgraphile)} | ${r.match ?? '-'} | ${statements(r.cityplan)} | ${statements(r.postgraphile)} |`);
  }
  const bad = rows.filter((r) => r.match && r.match !== 'same');
  console.log(bad.length ? `\nCHECK FAILED for ${bad.map((r) => r.id).join(', ')}` : '\nCheck passed: both sides return the same rows wherever both answer.');
}

// --- report ---------------------------------------------------------------------------------------------------

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function report(out) {
  const runs = readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8'));
  const check = existsSync(join(out, 'check.json')) ? JSON.parse(readFileSync(join(out, 'check.json'), 'utf8')) : [];
  const statements = Object.fromEntries(check.map((r) => [r.id, r.cityplan?.statements]));
  const ids = [...new Set(runs.map((r) => r.workload))];
  const summary = (id, side) => {
    const rs = runs.filter((r) => r.workload === id && r.side === side);
    if (!rs.length) return null;
    const requests = rs.reduce((n, r) => n + r.requests, 0);
    const seconds = rs.reduce((n, r) => n + r.duration_us, 0) / 1e6;
    const errors = rs.reduce((n, r) => n + r.socket_errors + r.status_errors + r.graphql_errors, 0);
    return { rps: requests / seconds, p50: median(rs.map((r) => r.p50_us)) / 1000, p99: median(rs.map((r) => r.p99_us)) / 1000, errors, requests, perRound: rs.map((r) => r.requests / (r.duration_us / 1e6)) };
  };
  const f = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '-');
  console.log(`\n${meta.database}: ${meta.observations} observations, ${meta.targets} targets; ${meta.rounds} rounds of ${meta.duration} per workload and side, wrk -t${meta.threads} -c${meta.connections}, after ${meta.warmup} of warm-up`);
  console.log(`cityplan: ${meta.jar}\n`);
  console.log('| workload | cityplan req/s | p50 ms | p99 ms | PostGraphile req/s | p50 ms | p99 ms | req/s cityplan/PostGraphile | cityplan SQL/req | errors (cp/pg) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const id of ids) {
    const a = summary(id, 'cityplan');
    const b = summary(id, 'postgraphile');
    const ratio = a && b ? f(a.rps / b.rps, 2) : '-';
    console.log(`| ${id} | ${f(a?.rps)} | ${f(a?.p50, 2)} | ${f(a?.p99, 2)} | ${b ? f(b.rps) : '-'} | ${b ? f(b.p50, 2) : '-'} | ${b ? f(b.p99, 2) : '-'} | ${ratio} | ${statements[id] === undefined ? '-' : Math.round(statements[id] * 10) / 10} | ${a?.errors ?? '-'}/${b?.errors ?? '-'} |`);
  }
  console.log(`\nreq/s: all requests of all rounds over their time; p50, p99: the median over rounds of each round's wrk percentile.`);
  console.log(`errors: socket errors, non-2xx answers and answers with GraphQL errors (all should be 0).`);
  console.log(`cityplan RSS: ${(meta.cityplan_rss_start_kb / 1024).toFixed(0)} MiB after start, ${(meta.cityplan_rss_max_kb / 1024).toFixed(0)} MiB at most under load; PostGraphile RSS: ${(meta.postgraphile_rss_start_kb / 1024).toFixed(0)} MiB after start, ${(meta.postgraphile_rss_max_kb / 1024).toFixed(0)} MiB at most under load.`);
  console.log(`SQL/req: statements one request sends, counted by bench/pgcount.mjs (a proxy reading the PostgreSQL protocol) over ${meta.repeat} sequential requests before the timed runs; transaction control (BEGIN, COMMIT, SET) not counted.`);
}

// --- main -----------------------------------------------------------------------------------------------------

const [command, out, ...rest] = process.argv.slice(2);
if (command === 'prepare') {
  await prepare(out, { cityplan: rest[0], postgraphile: rest[1] }, rest[2], Number(rest[3] ?? 1000), rest[4] ?? '');
} else if (command === 'check') {
  await check(out, { cityplan: rest[0], postgraphile: rest[1] }, rest[2], Number(rest[3] ?? 5));
} else if (command === 'report') {
  report(out);
} else {
  console.error('usage: node bench.mjs prepare|check|report OUT ...');
  process.exit(2);
}

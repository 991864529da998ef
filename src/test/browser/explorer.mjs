// Drives cityplan's explorer in Debian's Chromium as an analyst would: picks a documented example from the list, runs
// it, switches to the table, downloads the CSV and checks its rows against the GraphQL answer, copies the TSV, draws
// the chart, builds a query in the GraphiQL Explorer, and sends a mutation with an editor's token from the Headers
// tab. It fails on any request to another host, any page error and any step that does not show what it should.
// Screenshots of each step go to the folder given.
//
//   node explorer.mjs BASE_URL SCREENSHOT_DIR [CHROMIUM]
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base, shots, executable = '/usr/bin/chromium'] = process.argv.slice(2);
const origin = new URL(base).origin;
mkdirSync(shots, { recursive: true });

const failures = [];
const check = (ok, what) => {
  console.log((ok ? 'ok   ' : 'FAIL ') + what);
  if (!ok) failures.push(what);
};

const browser = await chromium.launch({
  executablePath: executable,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1500, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  const elsewhere = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== origin) elsewhere.push(request.url());
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const shot = async (name) => {
    const path = join(shots, name);
    await page.screenshot({ path });
    console.log('     screenshot ' + path);
  };

  // 1. The page: cityplan's title and header, the examples listed.
  await page.goto(base + '/explorer/');
  await page.locator('.cp-example').first().waitFor();
  check((await page.title()).startsWith('cityplan explorer'), 'the title says cityplan: ' + (await page.title()));
  check((await page.locator('.cp-header .cp-name').textContent()) === 'cityplan', 'the header says cityplan');
  const examples = await page.locator('.cp-example').count();
  const files = JSON.parse(await (await fetch(base + '/explorer/examples.json')).text());
  check(examples === files.length && examples >= 10, `the examples are listed: ${examples} of ${files.length}`);
  await shot('1-examples.png');

  // 2. Pick example 05 (藁城区 in 2020) and run it; the result pane shows its figures.
  const answer = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST'
    && (r.request().postData() || '').includes('GaochengIn2020'));
  await page.locator('.cp-example[data-file="05-gaocheng-2020.graphql"]').click();
  const body = await (await answer).json();
  const figures = body.data.observations.nodes;
  check(!body.errors && figures.length > 0, `example 05 answered ${figures.length} figures without errors`);
  await page.locator('.graphiql-response').getByText('藁城区').first().waitFor();
  check((await page.locator('.graphiql-query-editor').textContent()).includes('GaochengIn2020'),
    'the query editor holds example 05');
  check((await page.locator('.graphiql-editor-tool').textContent()).includes('130109'),
    'the variables editor holds its variables');
  await shot('2-example-05-run.png');

  // 3. The table: one row per figure, nested fields as columns.
  await page.getByRole('button', { name: 'Show Table & chart' }).click();
  await page.locator('.cp-table').waitFor();
  await page.getByRole('button', { name: 'Wider' }).click();
  const header = await page.locator('.cp-table thead th').allTextContents();
  const rows = await page.locator('.cp-table tbody tr').count();
  check(rows === figures.length, `the table has a row per figure: ${rows}`);
  for (const column of ['indicator.nameZh', 'value', 'unit', 'year', 'region.nameZh', 'citation.quote']) {
    check(header.includes(column), 'the table has the column ' + column);
  }
  const firstRow = await page.locator('.cp-table tbody tr').first().locator('td').allTextContents();
  check(firstRow[header.indexOf('indicator.nameZh')] === figures[0].indicator.nameZh,
    'its first row is the first figure: ' + figures[0].indicator.nameZh);
  await shot('3-table.png');

  // 4. The CSV: a byte order mark, the header, a row per figure, Chinese intact, quotes kept whole.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloading;
  const bytes = readFileSync(await download.path());
  check(download.suggestedFilename() === 'observations.csv', 'the file is ' + download.suggestedFilename());
  check(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, 'the CSV starts with a UTF-8 byte order mark');
  const csv = parseCsv(bytes.toString('utf8').slice(1));
  check(csv.length === figures.length + 1, `the CSV has a header and ${csv.length - 1} rows`);
  const at = (name) => csv[0].indexOf(name);
  check(figures.every((f, i) => csv[i + 1][at('indicator.nameZh')] === f.indicator.nameZh
    && csv[i + 1][at('value')] === String(f.value) && csv[i + 1][at('citation.quote')] === f.citation.quote
    && csv[i + 1][at('region.nameZh')] === f.region.nameZh),
  'every CSV row holds its figure: indicator, value, region and quote');

  // 5. The TSV, copied: the same rows, tab-separated.
  await page.getByRole('button', { name: 'Copy TSV' }).click();
  await page.locator('.cp-notice').getByText('copied').waitFor();
  const tsv = (await page.evaluate(() => navigator.clipboard.readText())).trimEnd().split('\n');
  check(tsv.length === figures.length + 1 && tsv[0].split('\t').includes('citation.quote'),
    `the clipboard holds the TSV: ${tsv.length} lines`);

  // 6. The chart: figures of two indicators over the years, a series for each indicator, district and period, the
  // unit of each on an axis of its own. (The shipped documents report most figures for one or two years.)
  const series = page.waitForResponse((r) => r.url().endsWith('/graphql')
    && (r.request().postData() || '').includes('OneIndicator'));
  await page.evaluate(() => {
    const query = 'query OneIndicator($filter: ObservationFilter) {\n  observations(filter: $filter, first: 100) {\n'
      + '    nodes { year value unit periodZh region { nameZh } indicator { nameZh } }\n  }\n}\n';
    document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(query);
    document.querySelector('.graphiql-editor-tool .CodeMirror').CodeMirror
      .setValue('{ "filter": { "indicators": ["key-projects-total-investment", "civilization-practice-stations"] } }');
  });
  // GraphiQL reads the operation's name after a pause in typing.
  await page.waitForFunction(() => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror
    .operationName === 'OneIndicator');
  await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
  const chartAnswer = await (await series).json();
  const years = new Set(chartAnswer.data.observations.nodes.map((n) => n.year));
  check(!chartAnswer.errors && years.size >= 2, `the figures span ${years.size} years`);
  await page.getByRole('tab', { name: 'Chart' }).click();
  await page.locator('.cp-plot canvas').waitFor();
  const axis = JSON.parse(await page.locator('.cp-plot').getAttribute('data-axes'));
  const units = [...new Set(chartAnswer.data.observations.nodes.map((n) => n.unit))];
  check(units.slice(0, 2).every((u) => axis.includes(u)), `the chart's axes name the units: ${axis.join(', ')}`);
  const legend = await page.locator('.cp-plot .u-legend .u-series').count();
  check(legend === chartAnswer.data.observations.nodes.length + 1, `the legend names a series per figure: ${legend - 1}`);
  check(await page.locator('.cp-chart .cp-error').count() === 0, 'no figure is left out of the chart');
  await shot('4-chart.png');
  await page.getByLabel('as').selectOption('bars');
  await page.locator('.cp-plot canvas').waitFor();
  await shot('5-chart-bars.png');

  // 7. The GraphiQL Explorer builds a query by clicking.
  await page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
  await page.locator('.graphiql-explorer-root').getByText('regions', { exact: true }).first().waitFor();
  await shot('6-graphiql-explorer.png');
  check(await page.locator('.graphiql-explorer-root').count() === 1, 'the GraphiQL Explorer is there');

  // 8. The docs pane still works.
  await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
  await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
  await shot('7-docs.png');

  // 9. Autocompletion: the start of a field, and Ctrl+Space, offers the schema's fields.
  await page.evaluate(() => {
    const editor = document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror;
    editor.setValue('{\n  pla\n}');
    editor.focus();
    editor.setCursor({ line: 1, ch: 5 });
  });
  await page.keyboard.press('Control+Space');
  await page.locator('.CodeMirror-hints .CodeMirror-hint').first().waitFor();
  const hints = await page.locator('.CodeMirror-hints .CodeMirror-hint').allTextContents();
  check(hints.includes('plan') && hints.includes('plans'), 'autocompletion offers the fields: ' + hints.join(', '));
  await shot('8-autocompletion.png');

  // 10. An editor's token: typed in the Headers tab, sent with a mutation, never kept in the page's URL. (This server
  // takes no changes, or not from this token: the answer says which, with its code.)
  const token = 'Bearer explorer-trial-token';
  await page.getByText('Headers', { exact: true }).click();
  await page.evaluate((header) => {
    const visible = [...document.querySelectorAll('.graphiql-editor-tool .CodeMirror')]
      .filter((e) => e.offsetParent !== null);
    visible[visible.length - 1].CodeMirror.setValue(JSON.stringify({ Authorization: header }));
    document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(
      'mutation Retract {\n  retractObservation(input: {code: "trial", version: 1, reason: "trial"}) { action }\n}\n');
  }, token);
  await page.waitForFunction(() => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror
    .operationName === 'Retract');
  const mutation = page.waitForRequest((r) => r.url().endsWith('/graphql') && r.method() === 'POST'
    && (r.postData() || '').includes('retractObservation'));
  await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
  const sent = await mutation;
  check(sent.headers()['authorization'] === token, 'the mutation carried the token from the Headers tab');
  const refused = await (await sent.response()).json();
  const code = refused.errors && refused.errors[0].extensions.code;
  check(['EDITING_DISABLED', 'UNAUTHENTICATED'].includes(code), 'the server answered the change with ' + code);
  await page.locator('.graphiql-response').getByText(code).first().waitFor();
  check(!decodeURIComponent(page.url()).includes('explorer-trial-token'), 'the token is not in the page\'s URL');
  await shot('9-editor-token.png');

  check(elsewhere.length === 0, 'no request left the host' + (elsewhere.length ? ': ' + elsewhere.join(', ') : ''));
  check(errors.length === 0, 'no page errors' + (errors.length ? ': ' + errors.join(' | ') : ''));
} finally {
  await browser.close();
}

if (failures.length) {
  console.log(`${failures.length} checks failed`);
  process.exit(1);
}
console.log('all checks passed');

// RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

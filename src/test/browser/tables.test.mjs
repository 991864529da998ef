// The explorer's tables, CSV, TSV and chart series (src/main/resources/META-INF/resources/explorer/tables.js), in
// Node: ExplorerTablesIT runs it with `node tables.test.mjs`.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';

const require = createRequire(import.meta.url);
const Tables = require('../../main/resources/META-INF/resources/explorer/tables.js');

const plan = {
  plan: {
    nameZh: '实施方案',
    programmes: [
      { ordinal: 1, nameZh: '一', tasks: { totalCount: 2, nodes: [{ ordinal: 1, nameZh: 'a' }, { ordinal: 2, nameZh: 'b' }] } },
      { ordinal: 2, nameZh: '二', tasks: { totalCount: 1, nodes: [{ ordinal: 3, nameZh: 'c', tags: ['x', 'y'] }] } },
    ],
  },
};

test('every list of objects is a table, nested lists carry the columns of the rows they are in', () => {
  const tables = Tables.findTables(plan);
  assert.deepEqual(tables.map((t) => [t.path, t.name, t.rows.length]), [
    ['plan.programmes', 'programmes', 2],
    ['plan.programmes.[].tasks.nodes', 'tasks', 3],
  ]);
  assert.deepEqual(tables[0].columns, ['ordinal', 'nameZh', 'tasks.totalCount']);
  assert.deepEqual(tables[1].rows[2], {
    'programmes.ordinal': 2, 'programmes.nameZh': '二', 'programmes.tasks.totalCount': 1,
    ordinal: 3, nameZh: 'c', tags: 'x; y',
  });
  assert.deepEqual(tables[1].columns.slice(-1), ['tags']);
});

test('edges give node columns and the cursor; empty lists and lists of scalars are no table', () => {
  const tables = Tables.findTables({ targets: { edges: [{ cursor: 'c1', node: { code: 't', unit: { symbol: '%' } } }] },
    none: [], codes: ['a', 'b'] });
  assert.equal(tables.length, 1);
  assert.deepEqual(tables[0].rows, [{ cursor: 'c1', 'node.code': 't', 'node.unit.symbol': '%' }]);
  assert.equal(tables[0].name, 'targets');
});

test('CSV: byte order mark, CRLF, quoting, Chinese intact, formulas defused, negative numbers kept', () => {
  const table = { columns: ['name', 'value', 'quote'], rows: [
    { name: '桥西区', value: -2.5, quote: '完成"十四五"目标, 增长8%' },
    { name: '=HYPERLINK("x")', value: null, quote: 'line\nbreak' },
    { name: '-x', value: '-3', quote: '@home' },
  ] };
  assert.equal(Tables.toCsv(table), '\uFEFFname,value,quote\r\n'
    + '桥西区,-2.5,"完成""十四五""目标, 增长8%"\r\n'
    + '"\'=HYPERLINK(""x"")",,"line\nbreak"\r\n'
    + "'-x,-3,'@home\r\n");
});

test('TSV: tabs and line breaks inside a cell become spaces', () => {
  const table = { columns: ['a', 'b'], rows: [{ a: 'x\ty', b: 'one\r\ntwo' }, { a: 1, b: true }] };
  assert.equal(Tables.toTsv(table), 'a\tb\nx y\tone two\n1\ttrue\n');
});

test('chart: year and value by default, a series per indicator and scope, one axis per unit, clashes counted', () => {
  const rows = [
    { year: 2020, value: 10, unit: '亿元', 'indicator.nameZh': 'GDP', 'region.nameZh': 'A', periodZh: null },
    { year: 2021, value: '12.5', unit: '亿元', 'indicator.nameZh': 'GDP', 'region.nameZh': 'A', periodZh: null },
    { year: 2021, value: 3, unit: '个', 'indicator.nameZh': '站', 'region.nameZh': 'B', periodZh: null },
    { year: 2021, value: 4, unit: '个', 'indicator.nameZh': '站', 'region.nameZh': 'B', periodZh: null },
  ];
  const table = { columns: ['year', 'value', 'unit', 'indicator.nameZh', 'region.nameZh', 'periodZh'], rows };
  const columns = Tables.chartColumns(table);
  assert.equal(columns.x, 'year');
  assert.equal(columns.y, 'value');
  assert.equal(columns.unit, 'unit');
  assert.deepEqual(columns.series, ['indicator.nameZh', 'region.nameZh']);
  const chart = Tables.chartSeries(table, columns.x, columns.y, columns.series, columns.unit);
  assert.deepEqual(chart.xs, [2020, 2021]);
  assert.deepEqual(chart.series, [
    { label: 'GDP · A', unit: '亿元', values: [10, 12.5] },
    { label: '站 · B', unit: '个', values: [null, 3] },
  ]);
  assert.deepEqual(chart.units, ['亿元', '个']);
  assert.equal(chart.clashes, 1);
});

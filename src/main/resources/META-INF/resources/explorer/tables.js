// The explorer's tables, CSV, TSV and chart series, made from a GraphQL result. No DOM here: the page
// (cityplan-explorer.js) draws what these return, and src/test/browser runs them in Node as well.
(function (exports) {
    'use strict';

    // Every list of objects in `data`, as a table: { name, path, columns, rows }. Nested objects become columns named
    // by their path (indicator.nameZh); a list of scalars becomes one column, its items joined by "; "; a list of
    // objects inside a row is a table of its own, whose rows carry the scalar columns of the rows they are in
    // (a programme's tasks: programmes.ordinal, programmes.nameZh, then the task's columns). A connection's `edges`
    // give node.* columns and the cursor; its `nodes` give the node's columns.
    function findTables(data) {
        const tables = new Map();
        collect(data, [], {}, tables);
        return [...tables.values()].map((table) => ({ ...table, columns: columnsOf(table.rows) }));
    }

    function collect(value, path, inherited, tables) {
        if (Array.isArray(value)) {
            if (value.length === 0 || !value.every(isObject)) {
                return;
            }
            const key = path.join('.');
            if (!tables.has(key)) {
                tables.set(key, { name: tableName(path), path: key, rows: [] });
            }
            const table = tables.get(key);
            const prefix = tableName(path) + '.';
            for (const item of value) {
                const own = {};
                flatten(item, '', own);
                table.rows.push({ ...inherited, ...own });
                const carried = { ...inherited };
                for (const [column, cell] of Object.entries(own)) {
                    carried[prefix + column] = cell;
                }
                for (const [field, child] of Object.entries(item)) {
                    collect(child, [...path, '[]', field], carried, tables);
                }
            }
        } else if (isObject(value)) {
            for (const [field, child] of Object.entries(value)) {
                collect(child, [...path, field], inherited, tables);
            }
        }
    }

    function flatten(value, prefix, row) {
        for (const [field, cell] of Object.entries(value)) {
            const column = prefix + field;
            if (Array.isArray(cell)) {
                if (!cell.some(isObject)) {
                    row[column] = cell.map(text).join('; ');
                }
            } else if (isObject(cell)) {
                flatten(cell, column + '.', row);
            } else {
                row[column] = cell;
            }
        }
    }

    // The last field name of a path that is not a connection's nodes or edges: observations, tasks, programmes.
    function tableName(path) {
        const names = path.filter((p) => p !== '[]' && p !== 'nodes' && p !== 'edges');
        return names.length ? names[names.length - 1] : 'rows';
    }

    function columnsOf(rows) {
        const columns = new Set();
        for (const row of rows) {
            Object.keys(row).forEach((c) => columns.add(c));
        }
        return [...columns];
    }

    function isObject(value) {
        return value !== null && typeof value === 'object' && !Array.isArray(value);
    }

    // A cell as text: empty for null, numbers and booleans as JSON writes them (no locale), strings as they are.
    function text(value) {
        if (value === null || value === undefined) {
            return '';
        }
        return typeof value === 'string' ? value : JSON.stringify(value);
    }

    // Text a spreadsheet would read as a formula (=, +, @, a tab or carriage return first, or - before anything but a
    // number) gets a leading apostrophe; figures, negative ones included, stay numbers.
    function safe(value) {
        const cell = text(value);
        if (typeof value === 'string' && /^(?:[=+@\t\r]|-(?![\d.]))/.test(cell)) {
            return "'" + cell;
        }
        return cell;
    }

    // RFC 4180 CSV with a UTF-8 byte order mark and CRLF line ends, as Excel opens with Chinese intact.
    function toCsv(table) {
        const quote = (cell) => (/[",\r\n]/.test(cell) ? '"' + cell.replace(/"/g, '""') + '"' : cell);
        const lines = [table.columns.map(quote).join(',')];
        for (const row of table.rows) {
            lines.push(table.columns.map((c) => quote(safe(row[c]))).join(','));
        }
        return '\uFEFF' + lines.join('\r\n') + '\r\n';
    }

    // Tab-separated, as spreadsheets paste it: tabs and line breaks inside a cell become spaces.
    function toTsv(table) {
        const clean = (cell) => cell.replace(/[\t\r\n]+/g, ' ');
        const lines = [table.columns.map(clean).join('\t')];
        for (const row of table.rows) {
            lines.push(table.columns.map((c) => clean(safe(row[c]))).join('\t'));
        }
        return lines.join('\n') + '\n';
    }

    // The columns a chart of the table can use: x and y hold numbers (a decimal may come as a string), the others
    // text. By default x is the year, y the value, and a series is told apart by the indicator, the scope, the period
    // and the kind and form of a figure, those of them the table has.
    function chartColumns(table) {
        const filled = (c) => table.rows.some((r) => r[c] !== null && r[c] !== undefined && r[c] !== '');
        const numeric = table.columns.filter((c) => table.rows.some((r) => number(r[c]) !== null)
            && table.rows.every((r) => r[c] === null || r[c] === undefined || number(r[c]) !== null));
        const textual = table.columns.filter((c) => !numeric.includes(c));
        const pick = (candidates, among) => candidates.find((c) => among.includes(c)) ?? among[0] ?? null;
        const identifying = ['indicator.nameZh', 'indicator.nameEn', 'indicator.code', 'region.nameZh', 'park.nameZh',
            'project.nameZh', 'periodZh', 'kind', 'form'];
        const series = identifying.filter((c) => textual.includes(c) && filled(c));
        return {
            numeric,
            textual,
            x: pick(['year', 'targetYear'], numeric),
            y: pick(['value', 'latestValue', 'baselineValue'], numeric.filter((c) => !/year$/i.test(c))),
            series: series.filter((c) => !(c.startsWith('indicator.') && series.includes('indicator.nameZh')
                && c !== 'indicator.nameZh')),
            unit: pick(['unit', 'unitSymbol'], textual),
        };
    }

    // Series for a chart: one per combination of the series columns' values and unit, over the sorted x values; a
    // missing point is null. `units` lists the units in the order of their first series (a chart draws one axis per
    // unit); `clashes` counts the rows left out because their series already had a value at their x: the series
    // columns do not tell those rows apart.
    function chartSeries(table, x, y, seriesColumns, unit) {
        const xs = [...new Set(table.rows.map((r) => number(r[x])).filter((v) => v !== null))].sort((a, b) => a - b);
        const bySeries = new Map();
        let clashes = 0;
        for (const row of table.rows) {
            const at = number(row[x]);
            const value = number(row[y]);
            if (at === null || value === null) {
                continue;
            }
            const label = seriesColumns.length ? seriesColumns.map((c) => text(row[c])).filter(Boolean).join(' · ') : y;
            const unitOf = unit ? text(row[unit]) : '';
            const key = label + '\u0000' + unitOf;
            if (!bySeries.has(key)) {
                bySeries.set(key, { label, unit: unitOf, points: new Map() });
            }
            const points = bySeries.get(key).points;
            if (points.has(at)) {
                clashes++;
            } else {
                points.set(at, value);
            }
        }
        const all = [...bySeries.values()].map((s) => ({
            label: s.label,
            unit: s.unit,
            values: xs.map((at) => (s.points.has(at) ? s.points.get(at) : null)),
        }));
        return { xs, series: all, units: [...new Set(all.map((s) => s.unit))], clashes };
    }

    function number(value) {
        if (typeof value === 'number') {
            return value;
        }
        if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) {
            return Number(value);
        }
        return null;
    }

    exports.findTables = findTables;
    exports.toCsv = toCsv;
    exports.toTsv = toTsv;
    exports.chartColumns = chartColumns;
    exports.chartSeries = chartSeries;
})(typeof module === 'object' && module.exports ? module.exports : (window.CityplanTables = {}));

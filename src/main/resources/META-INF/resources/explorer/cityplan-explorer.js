// cityplan's explorer: GraphiQL (from SmallRye GraphQL's UI, under graphiql/) with the documented examples, the
// click-to-build explorer, and a table and chart of any list in the last result, downloadable as CSV.
(function () {
    'use strict';

    const h = React.createElement;
    const { useEffect, useMemo, useRef, useState, useSyncExternalStore } = React;
    const { useEditorContext, useExecutionContext } = GraphiQL.React;
    const Tables = window.CityplanTables;

    // --- The query, variables and headers live in the URL, so that a link opens the same query. -----------------
    const parameters = Object.fromEntries(new URLSearchParams(window.location.search));

    function remember(name) {
        return (value) => {
            if (value) {
                parameters[name] = value;
            } else {
                delete parameters[name];
            }
            window.history.replaceState(null, '', '?' + new URLSearchParams(parameters).toString());
        };
    }

    // An editor's bearer token goes in the Headers tab ({"Authorization": "Bearer …"}); it is sent with each request but
    // never kept in the URL, which links, history and logs would spread.
    function rememberHeaders(rememberInUrl) {
        return (text) => {
            let kept = '';
            try {
                const headers = JSON.parse(text || '{}');
                Object.keys(headers).filter((name) => name.toLowerCase() === 'authorization')
                    .forEach((name) => delete headers[name]);
                kept = Object.keys(headers).length ? JSON.stringify(headers, null, 2) : '';
            } catch (e) {
                kept = /authorization/i.test(text) ? '' : text;
            }
            rememberInUrl(kept);
        };
    }

    // --- The last result, for the table and the chart. ---------------------------------------------------------------
    const lastResult = {
        value: null,
        listeners: new Set(),
        set(value) {
            this.value = value;
            this.listeners.forEach((listener) => listener());
        },
        subscribe: (listener) => {
            lastResult.listeners.add(listener);
            return () => lastResult.listeners.delete(listener);
        },
        get: () => lastResult.value,
    };

    async function fetcher(request, options) {
        const response = await window.fetch('/graphql', {
            method: 'POST',
            headers: {
                'Content-Type': 'application/json',
                Accept: 'application/graphql-response+json, application/json',
                ...(options && options.headers),
            },
            body: JSON.stringify(request),
        });
        const text = await response.text();
        let result;
        try {
            result = JSON.parse(text);
        } catch (e) {
            result = { errors: [{ message: 'HTTP ' + response.status + ': ' + text.slice(0, 500) }] };
        }
        if (request.operationName !== 'IntrospectionQuery') {
            lastResult.set({ result, at: Date.now() });
        }
        return result;
    }

    // --- Icons --------------------------------------------------------------------------------------------------------
    function icon(paths) {
        return () => h('svg', { viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5,
            strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true },
            paths.map((d, i) => h('path', { key: i, d })));
    }

    const examplesIcon = icon(['M4 5h16', 'M4 10h16', 'M4 15h10', 'M4 20h7', 'M17 15l3 3-3 3']);
    const tableIcon = icon(['M3 5h18v14H3z', 'M3 10h18', 'M3 15h18', 'M9 5v14', 'M15 5v14']);

    // --- Examples -----------------------------------------------------------------------------------------------------
    function ExamplesPanel() {
        const editors = useEditorContext({ nonNull: true });
        const execution = useExecutionContext({ nonNull: true });
        const [examples, setExamples] = useState(null);
        const [failure, setFailure] = useState(null);
        useEffect(() => {
            window.fetch('examples.json').then((r) => (r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status))))
                .then(setExamples, (e) => setFailure(String(e.message || e)));
        }, []);

        function open(example) {
            editors.queryEditor.setValue(example.query);
            editors.variableEditor.setValue(JSON.stringify(example.variables, null, 2));
            // GraphiQL reads the operation's name from the editor after a pause in typing; run once it has, or the
            // request would name the operation that was there before.
            const name = operationName(example.query);
            const started = Date.now();
            const runWhenRead = () => {
                if (editors.queryEditor.operationName === name || Date.now() - started > 2000) {
                    execution.run();
                } else {
                    window.setTimeout(runWhenRead, 25);
                }
            };
            runWhenRead();
        }

        return h('section', { className: 'cp-panel' },
            h('h2', { className: 'cp-title' }, 'Examples'),
            h('p', { className: 'cp-hint' }, 'The documented queries: pick one to load it with its variables and run it.'),
            failure && h('p', { className: 'cp-error' }, 'The examples could not be loaded: ' + failure),
            !examples && !failure && h('p', null, 'Loading…'),
            examples && h('ol', { className: 'cp-examples' }, examples.map((example) => h('li', { key: example.file },
                h('button', { type: 'button', className: 'cp-example', 'data-file': example.file,
                    onClick: () => open(example) },
                    h('span', { className: 'cp-example-title' }, example.title),
                    h('span', { className: 'cp-example-file' }, example.file))))));
    }

    function operationName(query) {
        try {
            const operation = GraphiQL.GraphQL.parse(query).definitions.find((d) => d.kind === 'OperationDefinition');
            return operation && operation.name ? operation.name.value : undefined;
        } catch (e) {
            return undefined;
        }
    }

    // --- Table and chart ----------------------------------------------------------------------------------------------
    function download(name, content, type) {
        const url = URL.createObjectURL(new Blob([content], { type }));
        const link = document.createElement('a');
        link.href = url;
        link.download = name;
        document.body.appendChild(link);
        link.click();
        link.remove();
        window.setTimeout(() => URL.revokeObjectURL(url), 10000);
    }

    async function copy(text) {
        if (navigator.clipboard && window.isSecureContext) {
            await navigator.clipboard.writeText(text);
            return;
        }
        const area = document.createElement('textarea');
        area.value = text;
        document.body.appendChild(area);
        area.select();
        document.execCommand('copy');
        area.remove();
    }

    function ResultsPanel() {
        const last = useSyncExternalStore(lastResult.subscribe, lastResult.get);
        const tables = useMemo(() => (last && last.result.data ? Tables.findTables(last.result.data) : []), [last]);
        const [chosen, setChosen] = useState(null);
        const [view, setView] = useState('table');
        const [notice, setNotice] = useState('');
        const [wide, setWide] = useWidePane();
        useEffect(() => setNotice(''), [last]);
        const table = tables.find((t) => t.path === chosen) || tables[0];

        if (!last) {
            return panel(h('p', { className: 'cp-hint' }, 'Run a query: every list of objects in its result shows here as '
                + 'a table, to download as CSV or copy into a spreadsheet, and as a chart where it has years and values.'));
        }
        if (!table) {
            return panel(h('p', { className: 'cp-hint' }, last.result.errors
                ? 'The last query answered errors and no list.' : 'The last result holds no list of objects.'));
        }
        const name = table.name + '.csv';
        return panel(
            h('div', { className: 'cp-toolbar' },
                h('label', null, 'List ',
                    h('select', { value: table.path, onChange: (e) => setChosen(e.target.value), 'aria-label': 'List' },
                        tables.map((t) => h('option', { key: t.path, value: t.path },
                            t.path.replace(/\.\[\]\./g, '[].') + ' (' + t.rows.length + ')')))),
                h('div', { className: 'cp-views', role: 'tablist' },
                    ['table', 'chart'].map((v) => h('button', { key: v, type: 'button', role: 'tab',
                        className: 'cp-view' + (view === v ? ' cp-active' : ''), 'aria-selected': view === v,
                        onClick: () => setView(v) }, v === 'table' ? 'Table' : 'Chart')))),
            h('div', { className: 'cp-toolbar' },
                h('button', { type: 'button', className: 'cp-action', onClick: () => {
                    download(name, Tables.toCsv(table), 'text/csv;charset=utf-8');
                    setNotice(name + ': ' + table.rows.length + ' rows');
                } }, 'Download CSV'),
                h('button', { type: 'button', className: 'cp-action', onClick: () => copy(Tables.toTsv(table)).then(
                    () => setNotice(table.rows.length + ' rows copied as tab-separated text'),
                    (e) => setNotice('Copying failed: ' + e.message)) }, 'Copy TSV'),
                h('button', { type: 'button', className: 'cp-action', onClick: () => setWide(!wide) },
                    wide ? 'Narrower' : 'Wider'),
                h('span', { className: 'cp-notice', role: 'status' }, notice)),
            view === 'table' ? h(Table, { table }) : h(Chart, { table, wide }));
    }

    // GraphiQL gives its side pane a third of the width, and lets users drag it wider; a table or chart usually wants
    // two thirds. The pane is the element GraphiQL sizes by its flex style (its drag bar sets the same style).
    function useWidePane() {
        const [wide, setWide] = useState(false);
        useEffect(() => {
            const pane = document.querySelector('.cp-results') && document.querySelector('.cp-results')
                .closest('.graphiql-plugin').parentElement;
            if (!pane) {
                return undefined;
            }
            const before = pane.style.flex;
            if (wide) {
                pane.style.flex = '2 1 0%';
            }
            return () => {
                pane.style.flex = before;
            };
        }, [wide]);
        return [wide, setWide];
    }

    function panel(...children) {
        return h('section', { className: 'cp-panel cp-results' },
            h('h2', { className: 'cp-title' }, 'Table & chart'), ...children);
    }

    function Table({ table }) {
        return h('div', { className: 'cp-table-wrap' },
            h('table', { className: 'cp-table' },
                h('thead', null, h('tr', null, h('th', null, '#'), table.columns.map((c) => h('th', { key: c }, c)))),
                h('tbody', null, table.rows.map((row, i) => h('tr', { key: i }, h('td', { className: 'cp-n' }, i + 1),
                    table.columns.map((c) => h('td', { key: c, className: typeof row[c] === 'number' ? 'cp-n' : null },
                        row[c] === null || row[c] === undefined ? '' : String(row[c]))))))));
    }

    function Chart({ table, wide }) {
        const columns = useMemo(() => Tables.chartColumns(table), [table]);
        const [x, setX] = useState(columns.x);
        const [y, setY] = useState(columns.y);
        const [series, setSeries] = useState(columns.series);
        const [kind, setKind] = useState('line');
        const target = useRef(null);
        const data = useMemo(() => (x && y ? Tables.chartSeries(table, x, y, series, columns.unit) : null),
            [table, x, y, series, columns.unit]);

        useEffect(() => {
            if (!data || !data.series.length || !target.current) {
                return undefined;
            }
            const options = chartOptions(data, kind, target.current.clientWidth || 480, x);
            // uPlot draws the axes' labels on its canvas; the page keeps them readable for tests and tools.
            target.current.dataset.axes = JSON.stringify(options.axes.map((a) => a.label));
            const plot = new uPlot(options, [data.xs, ...data.series.map((s) => s.values)], target.current);
            return () => plot.destroy();
        }, [data, kind, wide]);

        if (!columns.x || !columns.y) {
            return h('p', { className: 'cp-hint' }, 'A chart needs a list with a year and a number in each row, such '
                + 'as observations { year value unit indicator { nameZh } region { nameZh } }.');
        }
        const select = (label, value, set, options) => h('label', null, label + ' ',
            h('select', { value, onChange: (e) => set(e.target.value), 'aria-label': label },
                options.map((c) => h('option', { key: c, value: c }, c))));
        const toggle = (c) => setSeries(series.includes(c) ? series.filter((s) => s !== c)
            : columns.textual.filter((t) => t === c || series.includes(t)));
        const dropped = data ? data.units.slice(2) : [];
        return h('div', { className: 'cp-chart' },
            h('div', { className: 'cp-toolbar' },
                select('x', x, setX, columns.numeric),
                select('y', y, setY, columns.numeric),
                select('as', kind, setKind, ['line', 'bars'])),
            h('fieldset', { className: 'cp-series' }, h('legend', null, 'A series for each'),
                columns.textual.filter((c) => c !== columns.unit).map((c) => h('label', { key: c },
                    h('input', { type: 'checkbox', checked: series.includes(c), onChange: () => toggle(c) }), ' ' + c))),
            dropped.length > 0 && h('p', { className: 'cp-hint' }, 'Shown: the series in ' + data.units.slice(0, 2)
                .join(' and ') + ' (one axis each); not shown: those in ' + dropped.join(', ') + '.'),
            data && data.clashes > 0 && h('p', { className: 'cp-error' }, data.clashes + ' rows not drawn: another row '
                + 'of their series has the same ' + x + '. Tick the column that tells them apart.'),
            data && data.series.length === 0 && h('p', { className: 'cp-hint' }, 'No row has both ' + x + ' and ' + y + '.'),
            h('div', { ref: target, className: 'cp-plot' }));
    }

    const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf'];

    function chartOptions(data, kind, width, x) {
        const units = data.units.slice(0, 2);
        // Bars of a year stand side by side, each series in its own slot of 0.8 of a year.
        const slot = 0.8 / Math.max(data.series.length, 1);
        const bars = (i) => (kind !== 'bars' ? undefined : uPlot.paths.bars({ disp: {
            x0: { unit: 1, values: (u) => u.data[0].map((at) => at - 0.4 + i * slot) },
            size: { unit: 1, values: (u) => u.data[0].map(() => slot) },
        } }));
        return {
            width: Math.max(width - 8, 240),
            height: 300,
            // Bars stand on zero, and the first and last years keep room for theirs.
            scales: {
                x: { time: false, range: kind === 'bars' ? (u, min, max) => [min - 0.5, max + 0.5] : undefined },
                ...Object.fromEntries(units.map((unit, i) => ['u' + i, { range: kind === 'bars'
                    ? (u, min, max) => [Math.min(0, min), Math.max(0, max) * 1.05 || 1] : undefined }])),
            },
            axes: [
                // Years: whole numbers only, without a thousands separator.
                { label: x, incrs: [1, 2, 5, 10, 20, 50, 100], values: (u, ticks) => ticks.map((t) => String(t)) },
                ...units.map((unit, i) => ({ scale: 'u' + i, label: unit || '(no unit)', side: i === 0 ? 3 : 1,
                    grid: { show: i === 0 } })),
            ],
            series: [
                { label: x },
                ...data.series.map((s, i) => ({
                    label: s.label + (s.unit ? ' (' + s.unit + ')' : ''),
                    scale: 'u' + Math.max(units.indexOf(s.unit), 0),
                    show: units.includes(s.unit),
                    stroke: PALETTE[i % PALETTE.length],
                    fill: kind === 'bars' ? PALETTE[i % PALETTE.length] + '99' : undefined,
                    width: 2,
                    paths: bars(i),
                    points: { show: kind !== 'bars', size: 6 },
                    spanGaps: false,
                })),
            ],
        };
    }

    const WELCOME = [
        '# cityplan: Shijiazhuang\'s development plan (石家庄实施方案)',
        '# and its figures, each with its source.',
        '#',
        '# On the left: documented examples to pick and run, the',
        '# GraphiQL Explorer to build a query by clicking, the docs',
        '# of every type and field, and a table or chart of any list',
        '# in the result, to download as CSV or copy as TSV.',
        '# Ctrl+Space completes, Ctrl+Enter runs.',
        '#',
        '# Editors record figures with mutations: put',
        '# {"Authorization": "Bearer <your token>"} in Headers below.',
        '',
        'query Programmes($plan: String! = "sjz-capital-plan-2021") {',
        '  plan(code: $plan) {',
        '    nameZh',
        '    programmes { ordinal nameZh nameEn }',
        '  }',
        '}',
        '',
    ].join('\n');

    // --- The page -----------------------------------------------------------------------------------------------------
    const examplesPlugin = { title: 'Examples', icon: examplesIcon, content: ExamplesPanel };
    const resultsPlugin = { title: 'Table & chart', icon: tableIcon, content: ResultsPanel };
    const explorerPlugin = GraphiQLPluginExplorer.explorerPlugin({ showAttribution: false });

    ReactDOM.createRoot(document.getElementById('graphiql')).render(h(GraphiQL, {
        fetcher,
        plugins: [examplesPlugin, explorerPlugin, resultsPlugin],
        visiblePlugin: parameters.query ? undefined : examplesPlugin,
        query: parameters.query,
        variables: parameters.variables,
        headers: parameters.headers,
        onEditQuery: remember('query'),
        onEditVariables: remember('variables'),
        onEditHeaders: rememberHeaders(remember('headers')),
        defaultEditorToolsVisibility: true,
        shouldPersistHeaders: false,
        defaultQuery: WELCOME,
    }, h(GraphiQL.Logo, null, 'cityplan')));
})();

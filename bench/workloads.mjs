// The workloads of bench/run.sh: for each, cityplan's query and, where PostGraphile 5 can answer the same question,
// PostGraphile's query asking for the same rows (same filter, order and page size) and the same fields. Variables
// that depend on the data (the regions, parks and projects under a region; a cursor deep into a list; a node id) are
// filled in by `prepare` in bench.mjs; they are the names that start with a `$` in `dynamic`.
//
// cityplan's defaults that the PostGraphile side states explicitly: a page holds 100 items when `first` is not given;
// lists are ordered by year (or target year), then code; a task's or programme's tasks by ordinal; a region filter
// keeps the region, the regions under it and the parks and projects placed in those.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const examplesDir = join(root, 'src/main/resources/explorer/examples');
const explorerDir = join(root, 'src/main/resources/explorer');

const PLAN = 'sjz-capital-plan-2021';
const TARGET_ORDER = '[TARGET_YEAR_ASC, CODE_ASC]';
const OBSERVATION_ORDER = '[YEAR_ASC, CODE_ASC]';

/** A documented example: its query, and the variables its header names. */
function example(file) {
  const text = readFileSync(join(examplesDir, file), 'utf8');
  const variables = /^# variables: (.*)$/m.exec(text);
  return { query: text, variables: variables ? JSON.parse(variables[1]) : {} };
}

export function exampleFiles() {
  return readdirSync(examplesDir).filter((f) => f.endsWith('.graphql')).sort();
}

// A region filter for PostGraphile: the scope columns against the codes under the region ($scope.<region>).
const scopeFilter = (region) => `$scope:${region}`;

export const workloads = [
  {
    id: 'a-plan-tasks',
    title: 'plan → programmes → tasks (titles)',
    cityplan: {
      query: `query PlanTasks($plan: String!) {
  plan(code: $plan) { titleZh programmes { ordinal nameZh tasks { nodes { ordinal titleZh } } } }
}`,
      variables: { plan: PLAN },
    },
    postgraphile: {
      query: `query PlanTasks($plan: String!) {
  plan(code: $plan) {
    titleZh
    programmesByPlanCode(orderBy: ORDINAL_ASC) {
      nodes { ordinal nameZh tasks(first: 100, orderBy: ORDINAL_ASC) { nodes { ordinal titleZh } } }
    }
  }
}`,
      variables: { plan: PLAN },
    },
  },
  {
    id: 'b-targets-100',
    title: 'targets(first: 100) with indicator name and citation quote',
    cityplan: {
      query: `query Targets($first: Int) {
  targets(first: $first) {
    nodes { code comparator value unit targetYear indicator { nameZh } citation { quote } }
  }
}`,
      variables: { first: 100 },
    },
    postgraphile: {
      query: `query Targets($first: Int) {
  targets(first: $first, orderBy: ${TARGET_ORDER}) {
    nodes { code comparator value unitSymbol targetYear indicatorByIndicatorCode { nameZh } citation { quote } }
  }
}`,
      variables: { first: 100 },
    },
  },
  {
    id: 'c-targets-filtered',
    title: 'targets in region 130109 and the zones and parks under it, due 2021-2025, first 100, with totalCount',
    cityplan: {
      query: `query TargetsIn($filter: TargetFilter, $first: Int) {
  targets(filter: $filter, first: $first) {
    totalCount
    nodes { code comparator value unit targetYear indicator { code nameZh } region { code nameZh } park { code nameZh } }
  }
}`,
      variables: { filter: { region: '130109', targetYear: { from: 2021, to: 2025 } }, first: 100 },
    },
    postgraphile: {
      query: `query TargetsIn($filter: TargetFilter, $first: Int) {
  targets(filter: $filter, first: $first, orderBy: ${TARGET_ORDER}) {
    totalCount
    nodes {
      code comparator value unitSymbol targetYear
      indicatorByIndicatorCode { code nameZh } regionByRegionCode { code nameZh } parkByParkCode { code nameZh }
    }
  }
}`,
      variables: {
        filter: {
          and: [{ targetYear: { greaterThanOrEqualTo: 2021, lessThanOrEqualTo: 2025 } }, scopeFilter('130109')],
        },
        first: 100,
      },
    },
  },
  {
    id: 'd-task-targets',
    title: 'one task by plan and ordinal (7) with its targets (first page of 100, totalCount)',
    cityplan: {
      query: `query TaskTargets($plan: String!, $ordinal: Int!) {
  task(plan: $plan, ordinal: $ordinal) {
    titleZh
    targets { totalCount nodes { code comparator value unit targetYear indicator { nameZh } citation { quote } } }
  }
}`,
      variables: { plan: PLAN, ordinal: 7 },
    },
    postgraphile: {
      query: `query TaskTargets($plan: String!, $ordinal: Int!) {
  taskByPlanCodeAndOrdinal(planCode: $plan, ordinal: $ordinal) {
    titleZh
    targets(first: 100, orderBy: ${TARGET_ORDER}) {
      totalCount
      nodes { code comparator value unitSymbol targetYear indicatorByIndicatorCode { nameZh } citation { quote } }
    }
  }
}`,
      variables: { plan: PLAN, ordinal: 7 },
    },
  },
  {
    id: 'e-explorer',
    title: "the explorer's example: plan → programmes → 10 tasks each → 10 targets each with quotes",
    cityplan: {
      query: readFileSync(join(explorerDir, 'example.graphql'), 'utf8'),
      variables: JSON.parse(readFileSync(join(explorerDir, 'example-variables.json'), 'utf8')),
    },
    postgraphile: {
      query: `query PlanProgrammes($plan: String!) {
  plan(code: $plan) {
    titleZh titleEn
    programmesByPlanCode(orderBy: ORDINAL_ASC) {
      nodes {
        ordinal nameZh nameEn aimEn
        tasks(first: 10, orderBy: ORDINAL_ASC) {
          totalCount
          nodes {
            ordinal titleZh titleEn
            targets(first: 10, orderBy: ${TARGET_ORDER}) {
              totalCount
              nodes {
                indicatorByIndicatorCode { nameZh nameEn }
                comparator value unitSymbol targetYear
                citation { quote }
              }
            }
          }
        }
      }
    }
  }
}`,
      variables: { plan: PLAN },
    },
  },
  {
    id: 'f-observations-page',
    title: "one indicator's (重点项目总投资) observations, first 50 after a cursor 1000 items in (or 50 before the end)",
    dynamic: 'deepCursor',
    cityplan: {
      query: `query ObservationPage($indicator: String!, $first: Int, $after: String) {
  indicator(code: $indicator) {
    observations(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { code year periodZh kind value unit region { code nameZh } park { code nameZh } }
    }
  }
}`,
      variables: { indicator: 'key-projects-total-investment', first: 50, after: '$cursor' },
    },
    postgraphile: {
      query: `query ObservationPage($indicator: String!, $first: Int, $after: Cursor) {
  indicator(code: $indicator) {
    observationsByIndicatorCode(first: $first, after: $after, orderBy: ${OBSERVATION_ORDER}) {
      pageInfo { hasNextPage endCursor }
      nodes {
        code year periodZh kind value unitSymbol regionByRegionCode { code nameZh } parkByParkCode { code nameZh }
      }
    }
  }
}`,
      variables: { indicator: 'key-projects-total-investment', first: 50, after: '$cursor' },
    },
  },
  {
    id: 'g-observations-filtered',
    title: 'observations in region 130109 and under it, 2020-2022, first 100, with totalCount',
    cityplan: {
      query: `query ObservationsIn($filter: ObservationFilter, $first: Int) {
  observations(filter: $filter, first: $first) {
    totalCount
    nodes { code year periodZh kind value unit indicator { nameZh } region { nameZh } park { nameZh } }
  }
}`,
      variables: { filter: { region: '130109', year: { from: 2020, to: 2022 } }, first: 100 },
    },
    postgraphile: {
      query: `query ObservationsIn($filter: ObservationFilter, $first: Int) {
  observations(filter: $filter, first: $first, orderBy: ${OBSERVATION_ORDER}) {
    totalCount
    nodes {
      code year periodZh kind value unitSymbol
      indicatorByIndicatorCode { nameZh } regionByRegionCode { nameZh } parkByParkCode { nameZh }
    }
  }
}`,
      variables: {
        filter: { and: [{ year: { greaterThanOrEqualTo: 2020, lessThanOrEqualTo: 2022 } }, scopeFilter('130109')] },
        first: 100,
      },
    },
  },
  {
    id: 'h-most-recent',
    title: 'observations in region 130104 and under it, mostRecent: 1 (cityplan only)',
    cityplan: {
      query: `query Latest($filter: ObservationFilter, $first: Int) {
  observations(filter: $filter, mostRecent: 1, first: $first) {
    totalCount
    nodes { code year periodZh kind value unit indicator { nameZh } region { nameZh } park { nameZh } }
  }
}`,
      variables: { filter: { region: '130104' }, first: 100 },
    },
  },
  {
    id: 'i-target-stats',
    title: 'targetStats over every target, as of 2026 (cityplan only)',
    cityplan: {
      query: `query Stats($asOf: Int) {
  targetStats(asOf: $asOf) {
    total
    byStatus { status count }
    byYear { year count }
    byRegion { region { code nameZh } count }
    byProgramme { programme { ordinal nameZh } count }
  }
}`,
      variables: { asOf: 2026 },
    },
  },
  ...['金融', 'gdp'].map((text, i) => ({
    id: `j${i + 1}-search-${i === 0 ? 'jinrong' : text}`,
    title: `search(text: "${text}", first: 10) (cityplan only)`,
    cityplan: { query: example('10-search.graphql').query, variables: { text, first: 10 } },
  })),
];

// PostGraphile's equivalents of the documented examples, where it has one (it computes no progress, normalized
// values, statistics or search).
const exampleEquivalents = {
  '02-page-through-indicators.graphql': {
    query: `query IndicatorPage($first: Int, $after: Cursor) {
  indicators(first: $first, after: $after, orderBy: CODE_ASC) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { code nameZh nameEn unitSymbol category } }
  }
}`,
    variables: { first: 20, after: null },
  },
  '03-qiaoxi-financial-tax.graphql': {
    query: `query QiaoxiTarget($filter: TargetFilter) {
  targets(filter: $filter, first: 100, orderBy: ${TARGET_ORDER}) {
    nodes {
      code comparator value unitSymbol targetYear aspirational
      regionByRegionCode { nameZh nameEn }
      indicatorByIndicatorCode { nameZh nameEn }
      citation { quote sourceDocumentByDocumentCode { titleZh } }
    }
  }
}`,
    variables: {
      filter: {
        and: [
          scopeFilter('130104'),
          { indicatorByIndicatorCode: { or: [{ nameZh: { includes: '金融业税收' } },
            { nameEn: { includesInsensitive: '金融业税收' } }] } },
        ],
      },
    },
  },
  '04-targets-due-in-2025.graphql': {
    query: `query DueIn2025($filter: TargetFilter, $first: Int) {
  targets(filter: $filter, first: $first, orderBy: [INDICATOR_CODE_ASC, CODE_ASC]) {
    totalCount
    nodes {
      code comparator value unitSymbol
      indicatorByIndicatorCode { code nameZh }
      regionByRegionCode { code nameZh }
      task { ordinal titleZh }
    }
  }
}`,
    variables: {
      filter: { and: [scopeFilter('130100'), { targetYear: { equalTo: 2025 } }] },
      first: 50,
    },
  },
  '05-gaocheng-2020.graphql': {
    query: `query GaochengIn2020($filter: ObservationFilter) {
  observations(filter: $filter, first: 100, orderBy: [INDICATOR_CODE_ASC, CODE_ASC]) {
    totalCount
    nodes {
      indicatorByIndicatorCode { nameZh nameEn }
      comparator value unitSymbol year kind
      regionByRegionCode { nameZh }
      citation { quote }
    }
  }
}`,
    variables: { filter: { and: [scopeFilter('130109'), { year: { equalTo: 2020 } }] } },
  },
  '08-one-indicator-across-scopes.graphql': {
    query: `query Indicator($code: String!) {
  indicator(code: $code) {
    nameZh nameEn unitSymbol direction
    targetsByIndicatorCode(first: 100, orderBy: ${TARGET_ORDER}) {
      nodes {
        comparator value unitSymbol targetYear regionByRegionCode { nameZh }
        citation { sourceDocumentByDocumentCode { code } }
      }
    }
    observationsByIndicatorCode(first: 100, orderBy: ${OBSERVATION_ORDER}) {
      nodes { value unitSymbol year kind regionByRegionCode { nameZh } }
    }
  }
}`,
    variables: { code: 'gdp' },
  },
  '09-node.graphql': {
    query: `query Node($id: ID!) {
  node(id: $id) {
    id
    __typename
    ... on Region { code nameZh nameEn kind }
  }
}`,
    variables: { id: '$nodeId:130104' },
  },
};

for (const file of exampleFiles()) {
  const equivalent = exampleEquivalents[file];
  workloads.push({
    id: `ex${file.slice(0, 2)}-${file.slice(3, -'.graphql'.length)}`,
    title: `example ${file}${equivalent ? '' : ' (cityplan only)'}`,
    cityplan: example(file),
    postgraphile: equivalent,
  });
}

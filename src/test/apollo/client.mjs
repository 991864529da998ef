// Apollo Client 4 against cityplan, as a front-end team would set it up: automatic persisted queries sent by GET
// (PersistedQueryLink with useGETForHashedQueries), and a connection paged with fetchMore-style requests that
// relayStylePagination merges in the normalised cache. It records what went over the wire and fails on anything
// that is not what Apollo expects of a server.
//
//   node client.mjs BASE_URL
import { createHash, randomUUID } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { relayStylePagination } from '@apollo/client/utilities';

const [base] = process.argv.slice(2);
const failures = [];
const check = (ok, what) => {
  console.log((ok ? 'ok   ' : 'FAIL ') + what);
  if (!ok) failures.push(what);
};

// What each request was: its method, whether it carried the query text, its status and any error codes.
const wire = [];
async function recordingFetch(url, init) {
  const response = await fetch(url, init);
  const text = await response.clone().text();
  let codes = [];
  try {
    codes = (JSON.parse(text).errors || []).map((e) => e.extensions && e.extensions.code);
  } catch (e) {
    codes = ['not JSON'];
  }
  const body = init && init.body ? JSON.parse(init.body) : null;
  const sent = new URL(url);
  wire.push({
    method: (init && init.method) || 'GET',
    withQuery: Boolean(body ? body.query : sent.searchParams.get('query')),
    hash: Boolean(body ? body.extensions?.persistedQuery : sent.searchParams.get('extensions')),
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    codes,
  });
  return response;
}

function client() {
  const persisted = new PersistedQueryLink({
    sha256: (query) => createHash('sha256').update(query).digest('hex'),
    useGETForHashedQueries: true,
  });
  return new ApolloClient({
    link: persisted.concat(new HttpLink({ uri: base + '/graphql', fetch: recordingFetch })),
    cache: new InMemoryCache({
      typePolicies: {
        Query: { fields: { observations: relayStylePagination(['filter', 'orderBy', 'mostRecent']) } },
      },
    }),
  });
}

// An alias of this run's own makes the query's text, and so its hash, new to the server.
const FIGURES = gql(`
  query Figures($filter: ObservationFilter, $first: Int, $after: String) {
    run${randomUUID().replaceAll('-', '')}: __typename
    observations(filter: $filter, orderBy: [INDICATOR_ASC], first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id code year value unit indicator { id nameZh } region { id nameZh } } }
    }
  }
`);
const filter = { region: '130109', year: { from: 2020, to: 2020 } };

// 1. The first time, the hash alone is unknown: PERSISTED_QUERY_NOT_FOUND, then the query by POST registers it.
const first = client();
const page1 = await first.query({ query: FIGURES, variables: { filter, first: 10 } });
const total = page1.data.observations.totalCount;
check(page1.data.observations.edges.length === 10 && total > 10, `first page: 10 of ${total} figures`);
check(wire[0].method === 'GET' && !wire[0].withQuery && wire[0].hash && wire[0].status === 200
  && wire[0].codes[0] === 'PERSISTED_QUERY_NOT_FOUND', 'a GET by hash alone answers PERSISTED_QUERY_NOT_FOUND, HTTP 200: '
  + JSON.stringify(wire[0]));
check(wire[0].cacheControl === 'no-store', 'and may not be cached');
check(wire[1].method === 'POST' && wire[1].withQuery && wire[1].hash && wire[1].status === 200
  && wire[1].codes.length === 0, 'the query with its hash is registered and answered: ' + JSON.stringify(wire[1]));

// 2. Every page after, asked with fetchMore, is a GET by hash alone, and cacheable; relayStylePagination merges the
// pages in the cache.
let { endCursor, hasNextPage } = page1.data.observations.pageInfo;
const paged = page1.data.observations.edges.map((e) => e.node.code);
let pages = 1;
const watched = first.watchQuery({ query: FIGURES, variables: { filter, first: 10 } });
const subscription = watched.subscribe({});
while (hasNextPage && pages < 20) {
  const next = await watched.fetchMore({ variables: { after: endCursor } });
  ({ endCursor, hasNextPage } = next.data.observations.pageInfo);
  paged.push(...next.data.observations.edges.map((e) => e.node.code));
  pages++;
}
subscription.unsubscribe();
const later = wire.slice(2);
check(later.length === pages - 1 && later.every((w) => w.method === 'GET' && !w.withQuery && w.status === 200
  && w.codes.length === 0 && /public/.test(w.cacheControl || '')),
`the ${pages - 1} later pages came by GET with the hash alone, cacheable`);
const merged = first.readQuery({ query: FIGURES, variables: { filter, first: 10 } }).observations;
const codes = merged.edges.map((e) => e.node.code);
check(codes.length === total && new Set(codes).size === total,
  `the cache merged ${pages} pages into ${codes.length} figures, each once`);
check(codes.join() === paged.join(), 'in the order the pages came');
check(merged.pageInfo.hasNextPage === false, 'the last page says there is no next one');

// 3. A new client (another user) gets the registered query by hash alone at once.
const before = wire.length;
const other = client();
const again = await other.query({ query: FIGURES, variables: { filter, first: 10 } });
check(wire.length === before + 1 && wire[before].method === 'GET' && !wire[before].withQuery
  && wire[before].codes.length === 0, 'another client runs it by hash alone, in one request');
check(again.data.observations.edges[0].node.code === merged.edges[0].node.code, 'and gets the same first figure');

// 4. Normalised by id: the same indicator object is shared by the figures that name it.
const indicators = new Set(merged.edges.map((e) => e.node.indicator.id));
check(indicators.size > 1 && Object.keys(first.cache.extract()).filter((k) => k.startsWith('Indicator:')).length
  === indicators.size, `the cache holds each of the ${indicators.size} indicators once, by id`);

if (failures.length) {
  console.log(`${failures.length} checks failed`);
  process.exit(1);
}
console.log('all checks passed');

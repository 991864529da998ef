// PostGraphile 5 over cityplan's tables: the server bench/run.sh compares cityplan with.
// Usage (Node 22, which this folder's `node` package provides):
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/cityplan_bench_base PORT=18081 \
//     node_modules/.bin/node server.mjs
// POST /graphql as cityplan; GraphiQL (Ruru) at /.
import { createServer } from 'node:http';

import { PgSimplifyInflectionPreset } from '@graphile/simplify-inflection';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

const port = Number(process.env.PORT ?? 18081);
const preset = {
  extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset, PostGraphileConnectionFilterPreset],
  // Read-only, as cityplan is: no create, update or delete mutations.
  // Every column filterable and orderable, indexed or not (V4's default, ignoreIndexes): cityplan filters on years.
  disablePlugins: ['PgMutationCreatePlugin', 'PgMutationUpdateDeletePlugin', 'PgIndexBehaviorsPlugin'],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['public'],
      // The same number of connections as cityplan's pool (Agroal's default maximum, 20).
      poolConfig: { max: Number(process.env.PG_POOL_MAX ?? 20) },
    }),
  ],
  schema: {
    // Filters on a related row (indicator name) as cityplan's `text` filter does.
    connectionFilterRelations: true,
  },
  grafast: { explain: false },
  grafserv: { port, graphqlPath: '/graphql', watch: false, maxRequestLength: 256 * 1024 },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (e) => {
  console.error(e);
  process.exit(1);
});
serv.addTo(server).then(() => {
  server.listen(port, '127.0.0.1', () => console.log(`PostGraphile ${process.versions.node} listening on ${port}`));
});
const stop = () => pgl.release().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

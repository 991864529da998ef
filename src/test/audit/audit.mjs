// The GraphQL-over-HTTP audit of the graphql-http package against a running server.
// Usage: node audit.mjs http://localhost:8080/graphql
// Prints each result that is not ok, then one JSON line of counts by status.
import { auditServer } from 'graphql-http';

const results = await auditServer({ url: process.argv[2] });
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status] = (counts[result.status] ?? 0) + 1;
  if (result.status !== 'ok') console.log(`${result.status} ${result.id} ${result.name}: ${result.reason ?? ''}`);
}
console.log(JSON.stringify(counts));

// Validates each resource of a Kubernetes manifest file against the Kubernetes API's JSON schemas (the
// kubernetes-models package). Prints one line per resource; exits 1 when one is invalid or of an unexpected kind.
// Usage: node validate.mjs target/kubernetes/kubernetes.yml
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Service } from 'kubernetes-models/v1/Service';

const kinds = { Deployment, ConfigMap, Service };
for (const document of parseAllDocuments(readFileSync(process.argv[2], 'utf8'))) {
  const resource = document.toJS();
  const Kind = kinds[resource.kind];
  try {
    if (!Kind) throw new Error('no schema for this kind here');
    new Kind(resource).validate();
    console.log(`valid ${resource.kind} ${resource.metadata.name}`);
  } catch (e) {
    console.log(`invalid ${resource.kind} ${resource.metadata?.name}: ${e.message}`);
    process.exitCode = 1;
  }
}

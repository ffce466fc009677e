// Validates KEDA resources against @kubernetes-models/keda (compiled from KEDA's API types).
//   node validate_keda.mjs <npm dir> < documents.json   ->   [{"kind", "name", "errors": [...]}] on stdout
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [npmDir] = process.argv.slice(2);
const documents = JSON.parse(readFileSync(0, "utf8"));
const results = [];
for (const doc of documents) {
  const [group, version] = doc.apiVersion.split("/");
  const file = join(npmDir, "node_modules", "@kubernetes-models", "keda", group, version, `${doc.kind}.js`);
  let errors = [];
  try {
    const model = (await import(pathToFileURL(file).href))[doc.kind];
    new model(doc).validate();
  } catch (error) {
    errors = error.errors ? error.errors.map((e) => `${e.instancePath || "/"} ${e.message}`) : [String(error)];
  }
  results.push({ kind: doc.kind, name: doc.metadata?.name, errors });
}
process.stdout.write(JSON.stringify(results));

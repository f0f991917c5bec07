// Reads a JSON-LD file and prints its dataset as N-Quads, using the jsonld package
// (newsgraph's export tests count and compare the quads).
const fs = require('fs');
const jsonld = require('jsonld');

(async () => {
  const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const nq = await jsonld.toRDF(doc, {format: 'application/n-quads', safe: true});
  process.stdout.write(nq);
})().catch((err) => {
  console.error(err && err.message ? err.message : err);
  process.exit(1);
});

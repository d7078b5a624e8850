// Neo4j's own parser and semantic analysis over every Cypher text the project runs.
// Usage: node .ci/lint_cypher.mjs statements.json   (written by python .ci/dump_cypher.py)
// Exits 1 when any statement has an ERROR diagnostic, or a warning that it does not fit kg.model's schema
// (unknown label, relationship type or direction); other warnings are printed, not fatal.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const { schema: kgSchema, statements } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
// Built-in functions and procedures: the package's bundled Neo4j registry, so length()/nodes() resolve offline.
const schema = {
  ...kgSchema,
  functions: testData.mockSchema.functions,
  procedures: testData.mockSchema.procedures,
};
const severity = { 1: 'ERROR', 2: 'WARN', 3: 'INFO', 4: 'HINT' };
const schemaMismatch = /is not present in the database|has no (incoming|outgoing)/;
const fatal = (d) => d.severity === 1 || schemaMismatch.test(d.message);
let failed = 0;
for (const { name, query } of statements) {
  const { diagnostics } = lintCypherQuery(query, schema);
  if (diagnostics.some(fatal)) failed++;
  if (diagnostics.length === 0) continue;
  console.log(`== ${name}`);
  for (const d of diagnostics) {
    const text = query.slice(d.offsets.start, d.offsets.end);
    console.log(`   ${fatal(d) ? 'ERROR' : severity[d.severity] ?? d.severity} "${text.slice(0, 60)}": ${d.message.replace(/\s+/g, ' ').slice(0, 240)}`);
  }
}
console.log(`Cypher lint: ${statements.length - failed} of ${statements.length} statements without errors`);
process.exitCode = failed ? 1 : 0;

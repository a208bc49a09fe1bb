// Independent checks of newskg's RDF, for the test suite:
//   node rdf-check.mjs parse FILE turtle|ntriples|nquads   -> prints "quads N triples M" (distinct s p o)
//   node rdf-check.mjs shacl SHAPES.ttl DATA.ttl|.nt        -> prints "conforms" or the violations
// Exit 0 on success, 1 on a parse error or a SHACL violation, 2 on bad usage.
import fs from 'node:fs';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

const formats = { turtle: 'text/turtle', ntriples: 'application/n-triples', nquads: 'application/n-quads' };

function parseFile(path, format) {
  const parser = new Parser({ format: formats[format] ?? 'text/turtle' });
  return parser.parse(fs.readFileSync(path, 'utf8'));
}

function formatOf(path) {
  if (path.endsWith('.nt')) return 'ntriples';
  if (path.endsWith('.nq')) return 'nquads';
  return 'turtle';
}

const [cmd, a, b] = process.argv.slice(2);
try {
  if (cmd === 'parse' && a) {
    const quads = parseFile(a, b ?? formatOf(a));
    const triples = new Set(quads.map((q) => `${q.subject.id} ${q.predicate.id} ${q.object.id}`));
    console.log(`quads ${quads.length} triples ${triples.size}`);
  } else if (cmd === 'shacl' && a && b) {
    const shapes = new Store(parseFile(a, 'turtle'));
    const data = new Store(parseFile(b, formatOf(b)));
    const report = await new SHACLValidator(shapes).validate(data);
    if (report.conforms) {
      console.log('conforms');
    } else {
      for (const r of report.results) {
        console.log(`violation: focus ${r.focusNode?.value} path ${r.path?.value} ` +
                    `${r.message.map((m) => m.value).join('; ')} (${r.sourceConstraintComponent?.value})`);
      }
      process.exit(1);
    }
  } else {
    console.error('usage: rdf-check.mjs parse FILE [FORMAT] | shacl SHAPES DATA');
    process.exit(2);
  }
} catch (e) {
  console.error(`error: ${e.message}`);
  process.exit(1);
}

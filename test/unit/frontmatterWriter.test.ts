/**
 * The import's frontmatter writer held to the `yaml` library: for any
 * frontmatter of an imported note's shape, it writes what the library
 * writes (two-space indents, indented lists, the reference double-quoted),
 * byte for byte, and the library reads back the same values.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Document, Scalar, parse } from 'yaml';
import { frontmatterYaml } from '../../server/src/core/import/frontmatterWriter';
import type { ImportedFrontmatter } from '../../server/src/core/import/importedNote';
import { runs } from '../support/mutations';

function library(frontmatter: ImportedFrontmatter): string {
  const document = new Document(frontmatter);
  const reference = document.get('referentie', true);
  if (reference instanceof Scalar) reference.type = Scalar.QUOTE_DOUBLE;
  return document.toString({ lineWidth: 0, indentSeq: true });
}

/** Values an import can give: one line, from words, numbers and every character YAML gives meaning to. */
const value = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcXYZ 0123456789.,:;-?#&*!|>\'"%@`[]{}~+=/\\éë–’'), minLength: 0, maxLength: 20 }),
  fc.constantFrom('true', 'False', 'null', '~', '12', '-3', '0x1F', '0o17', '1.5', '.5', '1e3', '.inf', '-.Inf', '.nan', '7244668', '2026-03-19', '19 maart 2026', 'Beleidsreactie: iets', '- punt', '? vraag', 'a #b', 'eind:', 'eind '),
).map((s) => s.replace(/\s+/g, ' '));

const frontmatter: fc.Arbitrary<ImportedFrontmatter> = fc.record(
  {
    type: fc.constantFrom('beslisnota', 'informatienota'),
    onderwerp: value,
    aan: fc.array(value, { minLength: 1, maxLength: 3 }),
    datum: value,
    referentie: value,
    bijlagen: fc.nat(20),
    afzender: fc.record({ organisatie: value, onderdeel: fc.array(value, { minLength: 1, maxLength: 3 }), bezoekadres: value, postadres: value }, { requiredKeys: ['organisatie'] }),
    'kopie-aan': fc.array(value, { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: ['type'] },
);

describe('the import\'s frontmatter writer', () => {
  it('writes what the yaml library writes, and the library reads the same values back', () => {
    fc.assert(
      fc.property(frontmatter, (front) => {
        const written = frontmatterYaml(front);
        assert.deepEqual(parse(written), JSON.parse(JSON.stringify(front)));
        assert.equal(written, library(front));
      }),
      { numRuns: runs(500, 50_000) },
    );
  });

  it('reads control characters and line separators back as they were', () => {
    for (const text of ['a\u0001b', 'tab\there', 'nel\u0085x', 'ls\u2028x', 'bom\ufeffx', '--- start', '... end']) {
      assert.deepEqual(parse(frontmatterYaml({ type: 'beslisnota', onderwerp: text })), { type: 'beslisnota', onderwerp: text });
    }
  });
});

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

  /** The subject's line as written, and the value YAML reads back from it. */
  const subject = (onderwerp: string) => {
    const written = frontmatterYaml({ type: 'beslisnota', onderwerp });
    return { line: written.split('\n')[1], read: (parse(written) as ImportedFrontmatter).onderwerp };
  };

  it('leaves out a key without a value', () => {
    assert.equal(frontmatterYaml({ type: 'beslisnota', onderwerp: undefined, datum: '1 maart 2026', afzender: { organisatie: 'MinJenV', bezoekadres: undefined } }), 'type: beslisnota\ndatum: 1 maart 2026\nafzender:\n  organisatie: MinJenV\n');
  });

  it('writes control characters double-quoted, in YAML\'s short escapes where it has one', () => {
    const cases: [string, string][] = [
      ['a\u0000b', '"a\\0b"'],
      ['a\u0001b', '"a\\x01b"'],
      ['a\u0007b', '"a\\ab"'],
      ['a\tb', '"a\\tb"'],
      ['a\u000bb', '"a\\vb"'],
      ['a\u001bb', '"a\\eb"'],
      ['a\u001fb', '"a\\x1fb"'],
      // DEL and the C1 controls need no escape inside double quotes, but cannot go plain.
      ['a\u007fb', '"a\u007fb"'],
      ['a\u009fb', '"a\u009fb"'],
    ];
    for (const [value, written] of cases) {
      assert.deepEqual(subject(value), { line: `onderwerp: ${written}`, read: value });
    }
  });

  it('writes line separators and the byte order mark as escapes, so they read back', () => {
    assert.deepEqual(subject('nel\u0085x'), { line: 'onderwerp: "nel\\Nx"', read: 'nel\u0085x' });
    assert.deepEqual(subject('ls\u2028x'), { line: 'onderwerp: "ls\\Lx"', read: 'ls\u2028x' });
    assert.deepEqual(subject('ps\u2029x'), { line: 'onderwerp: "ps\\Px"', read: 'ps\u2029x' });
    assert.deepEqual(subject('bom\ufeffx'), { line: 'onderwerp: "bom\\ufeffx"', read: 'bom\ufeffx' });
  });

  it('writes characters next to these plain', () => {
    assert.deepEqual(subject('a\u0020b \u007e \u00a0 \u2027 \u202a \ufefe'), { line: 'onderwerp: a b ~ \u00a0 \u2027 \u202a \ufefe', read: 'a b ~ \u00a0 \u2027 \u202a \ufefe' });
  });

  it('quotes text that cannot be plain in single quotes when it holds only double ones, else in double quotes', () => {
    for (const [onderwerp, written] of [
      ['"Quote" says', `'"Quote" says'`],
      ["'single' only", `"'single' only"`],
      [`'both' and "x"`, `"'both' and \\"x\\""`],
    ] as const) {
      const text = frontmatterYaml({ type: 'beslisnota', onderwerp });
      assert.equal(text, `type: beslisnota\nonderwerp: ${written}\n`);
      assert.equal((parse(text) as ImportedFrontmatter).onderwerp, onderwerp);
    }
  });

  it('keeps a lone surrogate beside a control character as its own escape', () => {
    const text = frontmatterYaml({ type: 'beslisnota', onderwerp: 'a\u0001\ud800b' });
    assert.equal(text, 'type: beslisnota\nonderwerp: "a\\x01\\ud800b"\n');
    assert.equal((parse(text) as ImportedFrontmatter).onderwerp, 'a\u0001\ud800b');
  });

  it('keeps a reference that reads like an escape as its text', () => {
    for (const [referentie, written] of [
      ['a\\u0041b', '"a\\\\u0041b"'],
      ['a\\u2028b', '"a\\\\u2028b"'],
      ['x\\\\u0001', '"x\\\\\\\\u0001"'],
      ['pad\\"x', '"pad\\\\\\"x"'],
    ] as const) {
      const text = frontmatterYaml({ type: 'beslisnota', referentie });
      assert.equal(text, `type: beslisnota\nreferentie: ${written}\n`);
      assert.equal((parse(text) as ImportedFrontmatter).referentie, referentie);
    }
  });
});

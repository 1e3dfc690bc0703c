/**
 * Plain frontmatter is read without the YAML library (simpleYaml.ts). Where
 * that reader answers, its value, spans and plain scalars must be exactly the
 * library's; everywhere else it must leave the text to the library.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseFrontmatterYaml } from '../../server/src/core/parse/frontmatterYaml';
import { readSimpleYaml } from '../../server/src/core/parse/simpleYaml';
import type { Span } from '../../server/src/core/text/lineIndex';
import { EXAMPLES, loadFixtures } from '../support/fixtures';
import { runs } from '../support/mutations';

const shift = (start: number, end: number): Span => ({ start: 7 + start, end: 7 + Math.max(start, end) });
const simple = (source: string) => readSimpleYaml(source, shift);
const library = (source: string) => parseFrontmatterYaml(source, 7, false);

function assertSame(source: string) {
  const read = simple(source);
  if (!read) return false;
  const reference = library(source);
  assert.equal(reference.issue, undefined, `the library finds a problem the simple reader missed in ${JSON.stringify(source)}`);
  assert.deepEqual(read, reference, JSON.stringify(source));
  // The order of the spans is the order of a walk through the document (outline, completion use it).
  assert.deepEqual([...read.valueSpans.keys()], [...reference.valueSpans.keys()], JSON.stringify(source));
  assert.deepEqual([...read.keySpans.keys()], [...reference.keySpans.keys()], JSON.stringify(source));
  return true;
}

function frontmatterOf(text: string): string | undefined {
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
}

describe('frontmatter read without the YAML library', () => {
  it('reads the example note and the fixtures as the library does, where it reads them at all', () => {
    const example = frontmatterOf(readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8')) as string;
    assert.ok(assertSame(example), 'the example note is plain and must be read without the library');
    for (const fixture of loadFixtures()) {
      const source = frontmatterOf(fixture.text);
      if (source !== undefined) assertSame(source);
    }
  });

  it('leaves to the library what it does not take', () => {
    const unsupported = {
      'a comment': 'type: beslisnota # soort\n',
      'a tab': 'type:\tbeslisnota\n',
      'a flow sequence': 'aan: [MJenV]\n',
      'an anchor': 'a: &x 1\nb: *x\n',
      'a duplicate key': 'a: 1\na: 2\n',
      'a multi-line scalar': 'onderwerp: Een lang\n  onderwerp\n',
      'a typed scalar': 'concept: true\n',
      'a signed number': 'bijlagen: -2\n',
      'an escape': 'onderwerp: "a\\tb"\n',
      'a nested sequence item mapping': 'aan:\n  - titel: Minister\n',
      'a key without a space after the colon': 'a:b\n',
      'CRLF': 'a: 1\r\nb: 2\r\n',
      'not a mapping': '- a\n- b\n',
    };
    for (const [name, source] of Object.entries(unsupported)) assert.equal(simple(source), null, name);
  });

  it('property: on random frontmatter it answers only what the library answers', () => {
    const keys = fc.constantFrom('type', 'datum', 'aan', 'a', 'b', 'onderwerp', 'true', 'null', '__proto__', 'x-y', '_z', 'A1', 'bijlagen');
    const scalars = fc.constantFrom(
      'beslisnota', '19 maart 2026', '2026-03-19', 'Financiën', 'Minister van Justitie en Veiligheid', 'Postbus 20301, 2500 EH Den Haag',
      '2', '0244668', '-3', '+4', '1.5', '.5', '1e3', '0x1F', '0o17', '.inf', '-.Inf', '.nan', '~', 'null', 'Null', 'true', 'False', 'yes', 'no', 'on',
      '"7244668"', '"a \'b\'"', "'x'", "''", '""', '"a\\"b"', "'it''s'", '"\\u00e9"',
      '[a, b]', '{a: 1}', '&x y', '*x', 'a: b', 'x:', ':x', '-x', '- x', '? x', '!tag x', '|', '>', '%x', '@x', '`x', 'x, y', 'x]', 'x}', 'x #c', 'x#c',
      '10:30', 'a:b', 'x\ty', 'x\u00a0y', '😀', 'é', ' x', 'x  ', '',
    );
    // Mostly what the reader takes, so that it answers often; now and then what it must refuse.
    const plain = fc.constantFrom('beslisnota', '19 maart 2026', '2026-03-19', 'Financiën', 'Minister van Justitie en Veiligheid', 'Postbus 20301, 2500 EH Den Haag', '2', '0244668', '"7244668"', "'x'", '""', '10:30', 'x, y', 'x]', 'é', 'x  ');
    const value = fc.oneof({ weight: 6, arbitrary: plain }, { weight: 1, arbitrary: scalars });
    const indent = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('', '  ') }, { weight: 1, arbitrary: fc.constantFrom('    ', ' ') });
    const line = fc.oneof(
      { weight: 5, arbitrary: fc.tuple(indent, keys, fc.constantFrom(': ', ': ', ':  ', ':'), value).map(([i, k, c, v]) => `${i}${k}${c}${v}`) },
      { weight: 2, arbitrary: fc.tuple(indent, keys, fc.constantFrom('', ' ')).map(([i, k, s]) => `${i}${k}:${s}`) },
      { weight: 3, arbitrary: fc.tuple(indent, fc.constantFrom('- ', '- ', '-  ', '-'), value).map(([i, d, v]) => `${i}${d}${v}`) },
      { weight: 1, arbitrary: fc.constantFrom('', '  ', '# opmerking', '---', '...') },
    );
    const eol = fc.oneof({ weight: 12, arbitrary: fc.constant('\n') }, { weight: 1, arbitrary: fc.constant('\r\n') });
    // Well-formed documents of the shape the reader takes (mappings, sequences
    // of scalars, with a mapping's sequence indented or not), then, in one of
    // two, a random line of any kind put in somewhere.
    const entry: fc.Arbitrary<string[]> = fc.letrec<{ mapping: string[] }>((tie) => ({
      mapping: fc
        .array(
          fc.oneof(
            { weight: 4, arbitrary: fc.tuple(keys, fc.constantFrom(': ', ':  '), value).map(([k, c, v]) => [`${k}${c}${v}`]) },
            { weight: 1, arbitrary: fc.tuple(keys, fc.constantFrom('', ' ')).map(([k, sp]) => [`${k}:${sp}`]) },
            { weight: 1, arbitrary: fc.tuple(keys, fc.constantFrom('  ', ''), fc.array(value, { minLength: 1, maxLength: 3 })).map(([k, i, items]) => [`${k}:`, ...items.map((v) => `${i}- ${v}`)]) },
            { weight: 1, arbitrary: fc.tuple(keys, fc.constantFrom('  ', '    '), tie('mapping')).map(([k, i, lines]) => [`${k}:`, ...lines.map((l) => (l ? i + l : l))]) },
            { weight: 1, arbitrary: fc.constant(['']) },
          ),
          { minLength: 1, maxLength: 4 },
        )
        .map((entries) => entries.flat()),
    })).mapping;
    const source = fc
      .tuple(entry, fc.option(fc.tuple(fc.nat(), line), { freq: 2 }), eol, fc.boolean())
      .map(([lines, extra, end, last]) => {
        const all = [...lines];
        if (extra) all.splice(extra[0] % (all.length + 1), 0, extra[1]);
        const text = all.map((l) => l + end).join('');
        return last ? text : text.slice(0, -end.length);
      });
    let settled = 0;
    const numRuns = runs(4000, 100_000);
    fc.assert(fc.property(source, (text) => {
      if (assertSame(text)) settled++;
    }), { numRuns });
    // One in eight: the generator must give the reader plenty it takes, not only what it refuses
    // (a share that says something only over many cases, not over the few of a mutation run).
    if (numRuns >= 1000) assert.ok(settled > numRuns / 8, `only ${settled} of ${numRuns} sources read without the library`);
  });

  describe('named cases beside the property', () => {
    /** What a frontmatter value reads as (YAML 1.2 core schema), and the source kept for a plain number or boolean. */
    const TYPED: [source: string, value: unknown, plain: string | undefined][] = [
      ['2', 2, '2'], ['0', 0, '0'], ['0244668', 244668, '0244668'], ['123456789012345', 123456789012345, '123456789012345'],
      ['1234567890123456', 1234567890123456, '1234567890123456'], ['-3', -3, '-3'], ['+4', 4, '+4'], ['-0', -0, '-0'],
      ['1.5', 1.5, '1.5'], ['.5', 0.5, '.5'], ['+.5', 0.5, '+.5'], ['1.', 1, '1.'], ['1e3', 1000, '1e3'], ['0x1F', 31, '0x1F'], ['0o17', 15, '0o17'],
      ['.inf', Infinity, '.inf'], ['.Inf', Infinity, '.Inf'], ['-.Inf', -Infinity, '-.Inf'], ['.nan', NaN, '.nan'],
      ['~', null, undefined], ['null', null, undefined], ['Null', null, undefined], ['NULL', null, undefined],
      ['true', true, 'true'], ['True', true, 'True'], ['TRUE', true, 'TRUE'], ['false', false, 'false'], ['False', false, 'False'], ['FALSE', false, 'FALSE'],
      // Not typed in YAML 1.2: text.
      ['yes', 'yes', undefined], ['no', 'no', undefined], ['on', 'on', undefined], ['off', 'off', undefined], ['nul', 'nul', undefined], ['truee', 'truee', undefined],
      ['Infinity', 'Infinity', undefined], ['0X1F', '0X1F', undefined], ['0b11', '0b11', undefined], ['1_000', '1_000', undefined],
      ['2026-03-19', '2026-03-19', undefined], ['10:30', '10:30', undefined], ['19 maart 2026', '19 maart 2026', undefined],
      ['"7244668"', '7244668', undefined], ["'0244668'", '0244668', undefined], ['"true"', 'true', undefined], ["''", '', undefined],
    ];

    it('reads every typed and untyped scalar as YAML 1.2 does, keeping the source of plain numbers and booleans', () => {
      for (const [source, value, plain] of TYPED) {
        const text = `type: beslisnota\nwaarde: ${source}\n`;
        const read = parseFrontmatterYaml(text, 0);
        assert.equal(read.issue, undefined, source);
        assert.ok(Object.is(read.value?.waarde, value), `${source}: ${String(read.value?.waarde)}`);
        assert.equal(read.plainScalars.get('/waarde'), plain, source);
        assert.deepEqual(read.valueSpans.get('/waarde'), { start: 25, end: 25 + source.length }, source);
        // Where the reader without the library answers, it answers the same.
        const fast = simple(text);
        if (fast) assert.ok(Object.is(fast.value.waarde, value), `simple reader, ${source}`);
      }
    });

    it('takes a plain note\'s frontmatter itself: keys, lists indented or not, a nested mapping, empty values', () => {
      const sources = [
        'type: beslisnota\nonderwerp: Een onderwerp\n',
        'aan:\n  - Minister van Justitie en Veiligheid\n  - MJenV\n',
        'aan:\n- MJenV\n- SJenV\nb: 1\n',
        'afzender:\n  organisatie: Ministerie\n  onderdeel:\n    - DGSenB\n    - Directie\n  postadres: Postbus 20301\nbijlagen: 2\n',
        'a:\nb:  \nc: x\n',
        'a: x   \n\n\nb: "y"  \n',
        "referentie: '7244668'\ndatum: 19 maart 2026",
        // A blank first line, empty quoted text, a backslash in single quotes (no escape there).
        '\ntype: beslisnota\n',
        'a: ""\nb: \'\'\n',
        "pad: 'C:\\map'\n",
      ];
      for (const source of sources) assert.ok(assertSame(source), `not read without the library: ${JSON.stringify(source)}`);
    });

    it('places an empty value right after its key\'s colon, and a list from its first dash to the end of its last line', () => {
      const read = simple('a:\naan:\n  - MJenV  \n  - SJenV\nz: 1\n');
      assert.ok(read);
      assert.deepEqual(read.value, { a: null, aan: ['MJenV', 'SJenV'], z: 1 });
      assert.deepEqual(read.valueSpans.get('/a'), shift(2, 2));
      // The list runs to the end of its last line, line break included (as the library has it).
      assert.deepEqual(read.valueSpans.get('/aan'), shift(10, 30));
      assert.deepEqual(read.valueSpans.get('/aan/0'), shift(12, 17));
      assert.deepEqual(read.valueSpans.get('/aan/1'), shift(24, 29));
      assert.deepEqual(read.keySpans.get('/z'), shift(30, 31));
    });

    it('leaves to the library values that are not plain text, and indentation it does not expect', () => {
      const unsupported = [
        'a: b: c\n', 'a: x:\n', 'a: - x\n', 'a: [x\n', 'a: {x\n', 'a: "x\n', "a: 'x\n", 'a: "x"y"\n', "a: 'x'y'\n", 'a: !x\n', 'a: |\n  x\n',
        ' a: 1\n', 'a:\n    b: 1\n  c: 2\n', 'a:\n  - x\n    - y\n', 'a: x\n  y\n', 'true: x\n', 'null: x\n', '__proto__: x\n', '1: x\n', 'a b: x\n', '"a": x\n',
        'a: "\n', "a: '\n", 'a:\n  b:\n- x\n', 'a:\n  b:\n    - x\n  - y\n',
        'a: -3\n', 'a: 1.5\n', 'a: .inf\n', 'a: ~\n', 'a: True\n', 'a: 1234567890123456\n', 'a:\n  -\n', '',
      ];
      for (const source of unsupported) assert.equal(simple(source), null, JSON.stringify(source));
    });
  });
});

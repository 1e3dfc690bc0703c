/**
 * How a note type's JSON schema becomes findings: which code each kind of
 * schema error gets, where it points (start and end), what its message
 * names, and what it hands a quick fix. A note type of our own exercises
 * every standard keyword a workspace schema may use.
 */
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import type { Finding } from '../../server/src/core/findings/finding';
import { fieldName } from '../../server/src/core/schema/errorsToFindings';
import { doc } from '../support/fixtures';

const proef = {
  'x-nota-type': 'proef',
  title: 'Proef',
  type: 'object',
  properties: {
    frontmatter: {
      type: 'object',
      required: ['type', 'titel'],
      additionalProperties: false,
      properties: {
        type: { const: 'proef' },
        titel: { type: 'string', pattern: '\\S' },
        soort: { enum: ['kort', 'lang'] },
        vast: { const: 'ja' },
        aantal: { type: 'integer', minimum: 1, maximum: 9 },
        deel: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
        lijst: { type: 'array', minItems: 2, items: { type: 'string' } },
        code: { type: 'string', pattern: '^[A-Z]{3}$' },
        letters: { type: 'string', pattern: '^[A-Z]{3}$', 'x-nota-pattern-hint': { nl: 'drie hoofdletters', en: 'three capitals' } },
        kenmerk: { type: 'string', pattern: '^[0-9]+$', 'x-nota-finding': 'reference-invalid', 'x-nota-pattern-hint': { nl: 'alleen cijfers', en: 'digits only' } },
        nummer: { type: 'string', pattern: '^[0-9]+$', 'x-nota-finding': 'reference-invalid' },
        kort: { type: 'string', maxLength: 3 },
        vlag: { type: 'boolean' },
        blok: { type: 'object', required: ['naam'], properties: { naam: { type: 'string' }, sub: { type: 'object', properties: {} } } },
        'a/b~c': { type: 'integer' },
        keuze: { type: ['integer', 'null'] },
      },
    },
  },
};

/** A note of type proef: `lines` are its frontmatter lines after `type` and `titel`. */
const note = (...lines: string[]) => ['---', 'type: proef', 'titel: Een proef', ...lines, '---', '', 'Tekst.', ''].join('\n');

describe('schema errors as findings', () => {
  const service = createLanguageService({ extraNoteTypes: [{ schema: proef, origin: 'test' }] });
  let count = 0;
  const check = (text: string, locale: 'nl' | 'en' = 'nl'): Finding[] => service.check(doc(`file:///proef-${count++}.md`, text), { locale }) ?? [];
  /** The one finding of a note with one extra frontmatter line (line 3), with its columns on that line. */
  const one = (line: string, locale: 'nl' | 'en' = 'nl') => {
    const findings = check(note(line), locale);
    assert.equal(findings.length, 1, `${line}: ${findings.map((f) => f.code).join(', ')}`);
    const [finding] = findings as [Finding];
    assert.equal(finding.range.start.line, 3);
    assert.equal(finding.range.end.line, 3);
    return { code: finding.code, columns: [finding.range.start.character, finding.range.end.character], message: finding.message, data: finding.data };
  };

  it('a value of the wrong type: field-invalid on the value, naming the type wanted', () => {
    const wrong = one('aantal: veel');
    assert.deepEqual([wrong.code, wrong.columns], ['field-invalid', [8, 12]]);
    assert.deepEqual(wrong.data, { code: 'field-invalid', field: 'aantal', pointer: '/frontmatter/aantal', value: 'veel' });
    assert.match(wrong.message, /‘aantal’.*een geheel getal/);
    assert.match(one('aantal: veel', 'en').message, /‘aantal’.*a whole number/);
    assert.match(one('deel: veel').message, /een getal\b/);
    assert.match(one('lijst: x').message, /een lijst/);
    assert.match(one('blok: x').message, /een blok met sleutels/);
    assert.match(one('vlag: x').message, /ja of nee/);
    assert.match(one('titel: 12').message.concat(one('soort: 12').message), /tekst|kort/);
    // A type list is named by its first type.
    assert.match(one('keuze: x').message, /een geheel getal/);
  });

  it('a value outside the allowed ones: the allowed values, quoted', () => {
    const wrongEnum = one('soort: middel');
    assert.deepEqual([wrongEnum.code, wrongEnum.columns], ['field-invalid', [7, 13]]);
    // Quoted as text, as the messages quote everything (not as JSON).
    assert.ok(wrongEnum.message.includes('‘kort’, ‘lang’'), wrongEnum.message);
    assert.ok(one('vast: nee').message.includes('‘ja’'), one('vast: nee').message);
  });

  it('a number below or above its limits: the limit', () => {
    for (const [line, limit] of [['aantal: 0', '1'], ['aantal: 10', '9'], ['deel: 0', '0'], ['deel: 1', '1']] as const) {
      const found = one(line);
      assert.equal(found.code, 'field-invalid', line);
      assert.ok(found.message.includes(` ${limit}`), `${line}: ${found.message}`);
    }
    assert.match(one('aantal: 0').message, /minstens 1/);
    assert.match(one('aantal: 10').message, /hoogstens 9/);
    assert.match(one('deel: 0').message, /minstens 0/);
    assert.match(one('deel: 1').message, /hoogstens 1/);
  });

  it('a list too short: the number of items it needs, on the list', () => {
    const findings = check(note('lijst:', '  - een'));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character]), [['field-invalid', 4, 2, 5, 0]]);
    assert.match(findings[0]?.message ?? '', /minstens 2 item/);
  });

  it('a value that does not match its pattern: the hint in the author\'s language, else the pattern', () => {
    assert.match(one('letters: abc').message, /drie hoofdletters/);
    assert.match(one('letters: abc', 'en').message, /three capitals/);
    assert.ok(one('code: abc').message.includes('^[A-Z]{3}$'));
  });

  it('a pattern the note type marks as a reference: reference-invalid, with the hint or the pattern', () => {
    const hinted = one('kenmerk: "12a"');
    assert.deepEqual([hinted.code, hinted.columns], ['reference-invalid', [9, 14]]);
    assert.deepEqual(hinted.data, { code: 'reference-invalid', field: 'kenmerk', pointer: '/frontmatter/kenmerk', value: '12a' });
    assert.ok(hinted.message.includes('‘12a’') && hinted.message.includes('alleen cijfers'), hinted.message);
    assert.ok(one('kenmerk: "12a"', 'en').message.includes('digits only'));
    assert.ok(one('nummer: 12a').message.includes('^[0-9]+$'));
    // An empty value is empty, not a wrong reference.
    const empty = one('kenmerk: ""');
    assert.equal(empty.code, 'field-invalid');
    assert.match(empty.message, /‘kenmerk’ is leeg/);
  });

  it('empty values: field-invalid, "is empty", whatever the keyword that failed', () => {
    for (const line of ['titel2: x']) assert.equal(one(line).code, 'field-unknown');
    const emptyTitle = check(note().replace('titel: Een proef', 'titel: "  "'));
    assert.deepEqual(emptyTitle.map((f) => [f.code, f.range.start.line, f.range.start.character, f.range.end.character]), [['field-invalid', 2, 7, 11]]);
    assert.match(emptyTitle[0]?.message ?? '', /‘titel’ is leeg/);
    assert.match(one('lijst: []').message, /‘lijst’ is leeg/);
    assert.deepEqual(one('aantal:').columns, [7, 7], 'a missing value is shown where it would stand');
    assert.match(one('aantal:').message, /‘aantal’ is leeg/);
  });

  it('another keyword: its own words', () => {
    const long = one('kort: lang');
    assert.equal(long.code, 'field-invalid');
    assert.ok(long.message.includes('‘kort’'), long.message);
  });

  it('a missing key: on the key of the mapping that lacks it, with where to add it', () => {
    const top = check(note().replace('titel: Een proef\n', ''));
    assert.deepEqual(top.map((f) => [f.code, f.range, f.data]), [[
      'field-missing', { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
      { code: 'field-missing', field: 'titel', pointer: '/frontmatter/titel', insertAt: { line: 2, character: 0 } },
    ]]);
    const nested = check(note('blok:', '  sub: {}', 'aantal: 3'));
    assert.deepEqual(nested.map((f) => [f.code, f.range, f.data]), [[
      'field-missing', { start: { line: 3, character: 0 }, end: { line: 3, character: 4 } },
      { code: 'field-missing', field: 'blok.naam', pointer: '/frontmatter/blok/naam', insertAt: { line: 4, character: 9 } },
    ]]);
    // At the end of the mapping's last line, also when the closing fence follows it.
    const last = check(note('aantal: 3', 'blok:', '  sub: {}'));
    assert.deepEqual(last.map((f) => f.data?.insertAt), [{ line: 5, character: 9 }]);
  });

  it('an unknown key: field-unknown on the key, nested keys by their path', () => {
    const unknown = one('extra: ja');
    assert.deepEqual([unknown.code, unknown.columns, unknown.data], ['field-unknown', [0, 5], { code: 'field-unknown', field: 'extra', pointer: '/frontmatter/extra' }]);
    assert.ok(unknown.message.includes('‘extra’') && unknown.message.includes('proef'), unknown.message);
  });

  it('names keys with a slash or a tilde as written', () => {
    const odd = one('"a/b~c": x');
    assert.deepEqual([odd.code, odd.data?.field, odd.data?.pointer], ['field-invalid', 'a/b~c', '/frontmatter/a~1b~0c']);
    assert.equal(fieldName('/frontmatter/afzender/postadres'), 'afzender.postadres');
    assert.equal(fieldName('/frontmatter/aan/0'), 'aan.0');
    assert.equal(fieldName('/frontmatter'), '');
  });

  it('one finding for a value that fails several ways with the same message', () => {
    const findings = check(note('lijst:', '  - 1', 'code: abcd'));
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['field-invalid', 4], ['field-invalid', 5]]);
  });
});

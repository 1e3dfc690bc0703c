/**
 * The exact words of each schema finding a workspace note type can cause, in
 * Dutch and English, and what it hands a quick fix (`data.value`, the value as
 * written). A team that writes its own note type reads these messages; a
 * keyword that falls back to ajv's English detail would be a regression.
 */
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import type { Finding } from '../../server/src/core/findings/finding';
import { doc } from '../support/fixtures';

const lijstnota = {
  'x-nota-type': 'lijstnota',
  title: 'Lijstnota',
  type: 'object',
  properties: {
    // Standard keywords on the body model: the body is checked by section rules, not as fields.
    sections: { minItems: 99 },
    frontmatter: {
      type: 'object',
      required: ['type'],
      properties: {
        type: { const: 'lijstnota' },
        tekst: { type: 'string' },
        paar: { type: 'array', maxItems: 2 },
        uniek: { type: 'array', uniqueItems: true },
        naam: { type: 'string', minLength: 2, pattern: '\\S' },
        kort: { type: 'string', maxLength: 3 },
        vijftal: { type: 'integer', multipleOf: 5 },
        vorm: { const: ['x'] },
        keus: { enum: ['a"b', 3, null] },
        dag: { type: 'string', pattern: '^\\d{4}$', 'x-nota-finding': 'date-invalid' },
        ref: { type: 'string', maxLength: 2, 'x-nota-finding': 'reference-invalid' },
        getal: { type: 'number', maximum: 9 },
        blok: { type: 'object', required: ['naam'], properties: { naam: { type: 'string' } } },
        reeks: { type: 'array', items: { type: 'integer' } },
      },
    },
  },
};

type Row = [code: string, startLine: number, startCharacter: number, endLine: number, endCharacter: number, message: string, value: unknown];

describe('schema findings: the words of each keyword', () => {
  const service = createLanguageService({ extraNoteTypes: [{ schema: lijstnota, origin: 'test' }] });
  let count = 0;
  /** Every finding of a lijstnota whose frontmatter holds `lines` after its type (line 2 on). */
  const check = (lines: string[], locale: 'nl' | 'en' = 'nl'): Row[] => {
    const text = ['---', 'type: lijstnota', ...lines, '---', '', 'Tekst.', ''].join('\n');
    const findings: Finding[] = service.check(doc(`file:///lijstnota-${count++}.md`, text), { locale }) ?? [];
    return findings.map((f) => [f.code, f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character, f.message, f.data?.value]);
  };

  it('a text field given a list or a block: "must be text", with the value as JSON', () => {
    assert.deepEqual(check(['tekst: [a]']), [['field-invalid', 2, 7, 2, 10, 'Het veld ‘tekst’ moet tekst zijn.', '["a"]']]);
    assert.deepEqual(check(['tekst: {a: 1}'], 'en'), [['field-invalid', 2, 7, 2, 13, 'The field ‘tekst’ must be text.', '{"a":1}']]);
  });

  it('a list too long: the most items it may hold', () => {
    assert.deepEqual(check(['paar: [a, b, c]']), [['field-invalid', 2, 6, 2, 15, 'Het veld ‘paar’ mag hoogstens 2 item(s) bevatten.', '["a","b","c"]']]);
    assert.deepEqual(check(['paar: [a, b, c]'], 'en'), [['field-invalid', 2, 6, 2, 15, 'The field ‘paar’ must hold at most 2 item(s).', '["a","b","c"]']]);
  });

  it('the same item twice: which two, counted from one', () => {
    assert.deepEqual(check(['uniek: [a, b, a]']), [['field-invalid', 2, 7, 2, 16, 'Het veld ‘uniek’ noemt hetzelfde item twee keer (het eerste en het derde).', '["a","b","a"]']]);
    assert.deepEqual(check(['uniek: [b, a, c, a]'], 'en'), [['field-invalid', 2, 7, 2, 19, 'The field ‘uniek’ lists the same item twice (the second and the fourth).', '["b","a","c","a"]']]);
  });

  it('a text too short or too long: the length in characters', () => {
    assert.deepEqual(check(['naam: x']), [['field-invalid', 2, 6, 2, 7, 'Het veld ‘naam’ moet minstens 2 teken(s) lang zijn.', 'x']]);
    assert.deepEqual(check(['naam: x'], 'en'), [['field-invalid', 2, 6, 2, 7, 'The field ‘naam’ must be at least 2 character(s) long.', 'x']]);
    assert.deepEqual(check(['kort: lang']), [['field-invalid', 2, 6, 2, 10, 'Het veld ‘kort’ mag hoogstens 3 teken(s) lang zijn.', 'lang']]);
    assert.deepEqual(check(['kort: lang'], 'en'), [['field-invalid', 2, 6, 2, 10, 'The field ‘kort’ must be at most 3 character(s) long.', 'lang']]);
  });

  it('an empty text that fails two keywords: one finding that says it is empty', () => {
    assert.deepEqual(check(['naam: ""']), [['field-invalid', 2, 6, 2, 8, 'Het veld ‘naam’ is leeg.', '']]);
  });

  it('a key without a value: empty, and the value handed on is empty text (not "null")', () => {
    assert.deepEqual(check(['naam:']), [['field-invalid', 2, 5, 2, 5, 'Het veld ‘naam’ is leeg.', '']]);
  });

  it('a keyword without words of its own: its detail in brackets', () => {
    assert.deepEqual(check(['vijftal: 7']), [['field-invalid', 2, 9, 2, 10, 'Het veld ‘vijftal’ heeft een ongeldige waarde (must be multiple of 5).', '7']]);
    assert.deepEqual(check(['vijftal: 7'], 'en'), [['field-invalid', 2, 9, 2, 10, 'The field ‘vijftal’ has an invalid value (must be multiple of 5).', '7']]);
  });

  it('allowed values that are not text: quoted as JSON', () => {
    assert.deepEqual(check(['vorm: y']), [['field-invalid', 2, 6, 2, 7, 'Het veld ‘vorm’ heeft een waarde die niet is toegestaan; toegestaan: ‘["x"]’.', 'y']]);
    // Text stays as written (a quote inside is not escaped); numbers and null as JSON writes them.
    assert.deepEqual(check(['keus: z'], 'en'), [['field-invalid', 2, 6, 2, 7, 'The field ‘keus’ has a value that is not allowed; allowed: ‘a"b’, ‘3’, ‘null’.', 'z']]);
  });

  it('a number past its limit: the value handed on as written, also for infinity', () => {
    assert.deepEqual(check(['getal: .inf']), [['field-invalid', 2, 7, 2, 11, 'Het veld ‘getal’ mag hoogstens 9 zijn.', 'Infinity']]);
  });

  it('a pattern the note type marks as a date: date-invalid, with how to write a date', () => {
    assert.deepEqual(check(['dag: 12 maart']), [['date-invalid', 2, 5, 2, 13, '‘12 maart’ is geen geldige datum. Schrijf een bestaande datum als ‘19 maart 2026’ of ‘2026-03-19’.', '12 maart']]);
    assert.deepEqual(check(['dag: 12 maart'], 'en'), [['date-invalid', 2, 5, 2, 13, '‘12 maart’ is not a valid date. Write a real date as ‘19 maart 2026’ or ‘2026-03-19’.', '12 maart']]);
  });

  it('a reference rule without a pattern: reference-invalid in the words of the rule that failed', () => {
    assert.deepEqual(check(['ref: abc']), [['reference-invalid', 2, 5, 2, 8, 'Het veld ‘ref’ mag hoogstens 2 teken(s) lang zijn.', 'abc']]);
    assert.deepEqual(check(['ref: abc'], 'en'), [['reference-invalid', 2, 5, 2, 8, 'The field ‘ref’ must be at most 2 character(s) long.', 'abc']]);
  });

  it('a wrong value reached through an alias: shown on the alias', () => {
    assert.deepEqual(check(['anker: &v [1, x]', 'reeks: *v']), [['field-invalid', 3, 7, 3, 9, 'Het tweede item van ‘reeks’ moet een geheel getal zijn.', 'x']]);
  });

  it('a missing key in a block of several lines: added after the block\'s last line', () => {
    const text = ['---', 'type: lijstnota', 'blok:', '  x: 1', '  y: 2', '---', '', 'Tekst.', ''].join('\n');
    const findings = service.check(doc(`file:///lijstnota-${count++}.md`, text), { locale: 'nl' }) ?? [];
    assert.deepEqual(findings.map((f) => [f.code, f.message, f.data?.insertAt]), [['field-missing', 'Het verplichte veld ‘naam’ van ‘blok’ ontbreekt.', { line: 4, character: 6 }]]);
  });

  it('standard keywords on the body model give no field finding (the body has its own section rules)', () => {
    assert.deepEqual(check([]), []);
  });
});

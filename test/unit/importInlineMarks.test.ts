/**
 * Bold and italic written into extracted text as `**vet**`, `*schuin*` or
 * `_schuin_` (core/import/inlineMarks.ts): paired delimiters become marks
 * and disappear, as CommonMark pairs them (simplified); anything unpaired
 * stays text exactly as written.
 */
import assert from 'node:assert/strict';
import { parseInlineMarks } from '../../server/src/core/import/inlineMarks';
import type { Span } from '../../server/src/core/import/source';

const plain = (text: string): Span => ({ text });
const bold = (text: string): Span => ({ text, bold: true });
const italic = (text: string): Span => ({ text, italic: true });

describe('inline marks in extracted text', () => {
  it('gives text without delimiters as one span, an empty text too', () => {
    assert.deepEqual(parseInlineMarks('Geen opmaak hier.'), [plain('Geen opmaak hier.')]);
    assert.deepEqual(parseInlineMarks(''), [plain('')]);
  });

  it('reads two asterisks or underscores as bold and one as italic', () => {
    assert.deepEqual(parseInlineMarks('Een **vette** en een *schuine* en een _andere_ __vette__.'), [
      plain('Een '),
      bold('vette'),
      plain(' en een '),
      italic('schuine'),
      plain(' en een '),
      italic('andere'),
      plain(' '),
      bold('vette'),
      plain('.'),
    ]);
  });

  it('keeps the lines of a bold sender over three lines in one bold span', () => {
    assert.deepEqual(parseInlineMarks('**Ministerie van\nJustitie en\nVeiligheid**\nDGSenB'), [bold('Ministerie van\nJustitie en\nVeiligheid'), plain('\nDGSenB')]);
  });

  it('marks bold and italic together where the pairs nest', () => {
    assert.deepEqual(parseInlineMarks('**vet *en schuin* vet**'), [bold('vet '), { text: 'en schuin', bold: true, italic: true }, bold(' vet')]);
  });

  it('ends one pair where the next of the same mark begins right after it', () => {
    assert.deepEqual(parseInlineMarks('*een*_twee_ drie'), [italic('eentwee'), plain(' drie')]);
    assert.deepEqual(parseInlineMarks('**een**__twee__ drie'), [bold('eentwee'), plain(' drie')]);
  });

  it('keeps stray and unpaired delimiters as text', () => {
    assert.deepEqual(parseInlineMarks('3 * 4 = 12'), [plain('3 * 4 = 12')]);
    assert.deepEqual(parseInlineMarks('a * b*'), [plain('a * b*')]);
    assert.deepEqual(parseInlineMarks('* a*'), [plain('* a*')]);
    assert.deepEqual(parseInlineMarks('*a *'), [plain('*a *')]);
    assert.deepEqual(parseInlineMarks('een *open einde'), [plain('een *open einde')]);
  });

  it('keeps a run of three or more asterisks as text', () => {
    assert.deepEqual(parseInlineMarks('***nadruk***'), [plain('***nadruk***')]);
    assert.deepEqual(parseInlineMarks('boven\n***\nonder'), [plain('boven\n***\nonder')]);
  });

  it('pairs asterisks inside a word', () => {
    assert.deepEqual(parseInlineMarks('on**vet**baar'), [plain('on'), bold('vet'), plain('baar')]);
    assert.deepEqual(parseInlineMarks('on*schuin*baar'), [plain('on'), italic('schuin'), plain('baar')]);
  });

  it('never pairs an underscore inside a word or number', () => {
    assert.deepEqual(parseInlineMarks('snake_case_name'), [plain('snake_case_name')]);
    // An underscore after a letter or digit does not open …
    assert.deepEqual(parseInlineMarks('bestand_naam_'), [plain('bestand_naam_')]);
    assert.deepEqual(parseInlineMarks('1_000_'), [plain('1_000_')]);
    // … and one before a letter or digit does not close.
    assert.deepEqual(parseInlineMarks('_concept_versie'), [plain('_concept_versie')]);
    assert.deepEqual(parseInlineMarks('_1_2'), [plain('_1_2')]);
  });
});

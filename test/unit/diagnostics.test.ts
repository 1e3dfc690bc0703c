/**
 * Findings as an editor receives them: in reading order (line, then column,
 * then code), and as LSP diagnostics with the severity, code, source, message,
 * range and quick-fix data of the finding.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import { compareFindings, createFinding, type Finding } from '../../server/src/core/findings/finding';
import { toDiagnostic } from '../../server/src/core/findings/toDiagnostic';
import { whileWriting } from '../../server/src/core/check/placeholders';
import { FIXTURES, doc } from '../support/fixtures';

const minimal = readFileSync(path.join(FIXTURES, 'valid-minimal.md'), 'utf8');
const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character: character + 1 } });

describe('findings in the editor', () => {
  it('come in reading order: by line, then by column, then by code', () => {
    const finding = (code: Finding['code'], line: number, character: number) => createFinding('nl', { code, messageId: 'section-empty', args: { title: 'X' }, range: at(line, character) });
    const shuffled = [finding('field-invalid', 2, 9), finding('section-empty', 2, 0), finding('date-invalid', 2, 9), finding('field-unknown', 1, 30), finding('section-empty', 2, 4), finding('field-missing', 0, 7)];
    assert.deepEqual([...shuffled].sort(compareFindings).map((f) => `${f.range.start.line}:${f.range.start.character} ${f.code}`), [
      '0:7 field-missing', '1:30 field-unknown', '2:0 section-empty', '2:4 section-empty', '2:9 date-invalid', '2:9 field-invalid',
    ]);
  });

  it('are diagnostics with the severity, code, source, message, range and fix data of each finding', () => {
    const service = createLanguageService();
    const text = minimal.replace('referentie: "7244668"', 'referentie: "…"\nbijlagen: twee\noud: x');
    const findings = whileWriting(service.check(doc('file:///d.md', text), { locale: 'en' }) ?? []);
    assert.deepStrictEqual(findings.map(toDiagnostic), [
      {
        range: { start: { line: 6, character: 12 }, end: { line: 6, character: 15 } }, severity: 3, code: 'field-invalid', source: 'nota',
        message: 'Still to fill in: the field ‘referentie’ (now ‘…’).',
        data: { code: 'field-invalid', field: 'referentie', pointer: '/frontmatter/referentie', value: '…', placeholder: true },
      },
      {
        range: { start: { line: 7, character: 10 }, end: { line: 7, character: 14 } }, severity: 1, code: 'field-invalid', source: 'nota',
        message: 'The field ‘bijlagen’ must be a whole number.',
        data: { code: 'field-invalid', field: 'bijlagen', pointer: '/frontmatter/bijlagen', value: 'twee' },
      },
      {
        range: { start: { line: 8, character: 0 }, end: { line: 8, character: 3 } }, severity: 2, code: 'field-unknown', source: 'nota',
        message: 'Unknown field ‘oud’: a beslisnota does not define it.',
        data: { code: 'field-unknown', field: 'oud', pointer: '/frontmatter/oud' },
      },
    ]);
  });

  it('carry no data when the finding has none', () => {
    const finding = createFinding('nl', { code: 'section-empty', messageId: 'section-empty', args: { title: 'Kernpunten' }, range: at(4, 0) });
    assert.deepStrictEqual(toDiagnostic(finding), { range: at(4, 0), severity: 2, code: 'section-empty', source: 'nota', message: 'De sectie ‘Kernpunten’ is leeg.' });
    assert.ok(!('data' in toDiagnostic(finding)), 'no data key for a client to read');
  });
});

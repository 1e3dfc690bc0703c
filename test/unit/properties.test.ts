import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { CodeAction } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/core/languageService';
import { EXAMPLES, FIXTURES, doc } from '../support/fixtures';
import { exerciseEverything } from '../support/exercise';
import { mutate, mutation, runs } from '../support/mutations';
import { apply, keepsAuthorText } from '../support/edits';

const valid = [readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8'), readFileSync(path.join(FIXTURES, 'valid-minimal.md'), 'utf8'), readFileSync(path.join(FIXTURES, 'valid-variants.md'), 'utf8')];
const validNote = fc.constantFrom(...valid);
const brokenNote = fc.tuple(validNote, fc.array(mutation, { minLength: 1, maxLength: 8 })).map(([text, mutations]) => mutate(text, mutations));
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

describe('properties (fast-check)', function () {
  this.timeout(0);
  const service = createLanguageService();
  let counter = 0;

  it('checking random text or a mutated note never throws and keeps every range inside the text', () => {
    fc.assert(fc.property(fc.oneof(anyText, brokenNote), (text) => {
      const findings = service.check(doc(`file:///p${counter++}.md`, text), { locale: 'nl', force: true }) ?? [];
      const lineCount = text.split(/\r\n|\r|\n/).length;
      for (const finding of findings) {
        assert.ok(finding.range.end.line < lineCount && finding.range.start.line >= 0, `${finding.code} outside the text`);
      }
      service.close(`file:///p${counter - 1}.md`);
    }), { numRuns: runs(2000, 100_000) });
  });

  it('every feature answers on mutated notes (outline, folding, completion, hover, fixes, preview)', () => {
    fc.assert(fc.property(fc.oneof(brokenNote, anyText), (text) => exerciseEverything(text, `feature-${counter++}`)), { numRuns: runs(200, 5_000) });
  });

  it('no lost text: applying every quick fix, then fix-all, keeps all of the author\'s lines', () => {
    fc.assert(fc.property(brokenNote, (broken) => {
      const uri = `file:///fix${counter++}.md`;
      let text = broken;
      for (let round = 0; round < 15; round++) {
        const document = doc(uri, text, round + 1);
        const findings = service.check(document, { locale: 'nl', force: true }) ?? [];
        const target = findings.find((f) => f.code !== 'personal-data' && service.codeActions(document, { range: f.range, diagnostics: [{ range: f.range, message: f.message, code: f.code }] }, { locale: 'nl' }).length > 0);
        if (!target) break;
        const [action] = service.codeActions(document, { range: target.range, diagnostics: [{ range: target.range, message: target.message, code: target.code }] }, { locale: 'nl' }) as CodeAction[];
        text = apply(text, action?.edit?.changes?.[uri] ?? []);
      }
      const document = doc(uri, text, 99);
      const [all] = service.codeActions(document, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, diagnostics: [], only: ['source.fixAll'] }, { locale: 'nl' });
      text = apply(text, all?.edit?.changes?.[uri] ?? []);
      service.close(uri);
      // Fixes may change section numbers and the one value they fix (a date); nothing else of the author's.
      const withoutDates = (t: string) => t.split('\n').filter((l) => !/^datum:/.test(l)).join('\n');
      assert.ok(keepsAuthorText(withoutDates(broken), withoutDates(text)), `text lost:\n--- before\n${broken}\n--- after\n${text}`);
    }), { numRuns: runs(150, 2_000) });
  });
});

import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import { HOSTILE } from '../support/hostile';
import { doc } from '../support/fixtures';
import { exerciseEverything } from '../support/exercise';
import { timeLimit } from '../support/timeLimit';

describe('hostile input', () => {
  for (const [name, make] of Object.entries(HOSTILE)) {
    it(`${name}: no exception, every range inside the text, in bounded time`, function () {
      this.timeout(timeLimit(20000));
      const started = Date.now();
      exerciseEverything(make(), name);
      assert.ok(Date.now() - started < timeLimit(15000), `took ${Date.now() - started} ms`);
    });
  }

  it('deep nesting still yields the right outline (line-based reading)', () => {
    const text = `${HOSTILE['a blockquote nested 10,000 deep']?.() ?? ''}\n## 2. Geadviseerd besluit\n\nTekst.\n`;
    const symbols = createLanguageService().documentSymbols(doc('file:///deep.md', text), { locale: 'nl' });
    assert.deepEqual(symbols.map((s) => s.name), ['Metadata', '1. Aanleiding', '2. Geadviseerd besluit']);
  });
});

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

  it('an alias bomb is one frontmatter-syntax finding, not a billion laughs', () => {
    const findings = createLanguageService().check(doc('file:///bomb.md', HOSTILE['a YAML alias bomb']?.() ?? ''), { locale: 'en' }) ?? [];
    assert.deepEqual(findings.filter((f) => f.code.startsWith('frontmatter')).map((f) => f.code), ['frontmatter-syntax']);
    assert.match(findings[0]?.message ?? '', /alias/i);
  });

  it('duplicate keys are one frontmatter-syntax finding on the second key', () => {
    const [finding] = createLanguageService().check(doc('file:///dup.md', '---\ntype: beslisnota\ntype: beslisnota\n---\n'), { locale: 'nl' }) ?? [];
    assert.equal(finding?.code, 'frontmatter-syntax');
    assert.deepEqual(finding?.range.start, { line: 2, character: 0 });
  });

  it('a megabyte of frontmatter is refused with one clear finding', () => {
    const findings = createLanguageService().check(doc('file:///big.md', HOSTILE['1 MB of frontmatter']?.() ?? ''), { locale: 'nl' }) ?? [];
    assert.equal(findings.filter((f) => f.code === 'frontmatter-syntax').length, 1);
    assert.match(findings.find((f) => f.code === 'frontmatter-syntax')?.message ?? '', /too large/);
  });

  it('deep nesting still yields the right outline (line-based reading)', () => {
    const text = `${HOSTILE['a blockquote nested 10,000 deep']?.() ?? ''}\n## 2. Geadviseerd besluit\n\nTekst.\n`;
    const [note] = createLanguageService().documentSymbols(doc('file:///deep.md', text), { locale: 'nl' });
    assert.deepEqual(note?.children?.map((s) => s.name), ['Metadata', '1. Aanleiding', '2. Geadviseerd besluit']);
  });
});

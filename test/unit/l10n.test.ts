import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/fixtures';
import { formatMessage, toLocale } from '../../server/src/core/findings/messages';

const read = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;

describe('Dutch and English', () => {
  it('every %key% of the manifest has English and Dutch text', () => {
    const manifest = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1] as string);
    assert.ok(keys.length >= 8);
    const en = read('package.nls.json');
    const nl = read('package.nls.nl.json');
    for (const key of keys) {
      assert.equal(typeof en[key], 'string', `package.nls.json lacks ${key}`);
      assert.equal(typeof nl[key], 'string', `package.nls.nl.json lacks ${key}`);
    }
    assert.deepEqual(Object.keys(en).sort(), Object.keys(nl).sort());
  });

  it('every string the extension shows through vscode.l10n has a Dutch translation', () => {
    const bundle = read('l10n/bundle.l10n.nl.json');
    const sources = readdirSync(path.join(ROOT, 'client', 'src')).map((f) => readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8')).join('\n');
    const used = [...sources.matchAll(/l10n\.t\(\s*'([^']+)'/g)].map((m) => m[1] as string);
    assert.ok(used.length >= 3);
    for (const text of used) assert.equal(typeof bundle[text], 'string', `no Dutch for: ${text}`);
  });

  it('reads the locale from tags and environment values', () => {
    assert.equal(toLocale('en'), 'en');
    assert.equal(toLocale('en-GB'), 'en');
    assert.equal(toLocale('en_US.UTF-8'), 'en');
    assert.equal(toLocale('nl-NL'), 'nl');
    assert.equal(toLocale('C.UTF-8'), 'nl');
    assert.equal(toLocale(undefined), 'nl');
  });

  it('takes English only from a tag that starts with the language en, in any case, around spaces', () => {
    assert.equal(toLocale(' en-GB\n'), 'en');
    assert.equal(toLocale('EN'), 'en');
    // Venda ("ven") is not English, though its tags hold "en" and "en_".
    assert.equal(toLocale('ven'), 'nl');
    assert.equal(toLocale('ven_ZA.UTF-8'), 'nl');
    assert.equal(toLocale('eng-x'), 'nl');
    assert.equal(toLocale(''), 'nl');
  });

  it('words every finding in both languages', () => {
    assert.equal(formatMessage('nl', 'section-empty', { title: 'Kernpunten' }), 'De sectie ‘Kernpunten’ is leeg.');
    assert.equal(formatMessage('en', 'section-empty', { title: 'Kernpunten' }), 'The section ‘Kernpunten’ is empty.');
  });
});

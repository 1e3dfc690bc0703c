/**
 * How names and titles are read: white space and case, word boundaries,
 * the dash before a portfolio. Authors type titles in every form; these are
 * the rules that decide whether two forms are one name.
 */
import assert from 'node:assert/strict';
import { NameTrie, isSpace, isWordCharAt, nameKey } from '../../server/src/core/text/nameTrie';
import { escapeForRegex, normalizeName, trimTitle, unknownTitleKey } from '../../server/src/core/domain/titleNames';
import { joinTitle, portfolioStartAfter, splitTitle } from '../../server/src/core/domain/titlePortfolio';
import { PortfolioRegistry } from '../../server/src/core/domain/portfolioRegistry';
import { capitalize } from '../../server/src/core/domain/capitalize';
import { BUILTIN_REGISTRY } from '../../server/src/core/builtin';

describe('names and titles', () => {
  describe('white space and word characters', () => {
    it('counts every kind of white space an author can paste as white space, and nothing else', () => {
      const spaces = [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0, 0x1680, 0x2000, 0x2005, 0x200a, 0x2028, 0x2029, 0x202f, 0x3000, 0xfeff];
      for (const code of spaces) assert.equal(isSpace(code), true, code.toString(16));
      for (const code of [0x08, 0x0e, 0x1f, 0x21, 0x41, 0x9f, 0x1fff, 0x200b, 0x2027, 0x202a, 0x205f - 1, 0x2fff, 0x3001, 0xfefe, 0xff00]) {
        assert.equal(isSpace(code), false, code.toString(16));
      }
    });

    it('takes letters, digits and combining marks as word characters, in and beyond ASCII', () => {
      const word = (text: string, index = 0) => isWordCharAt(text, index);
      for (const ch of ['0', '9', 'a', 'z', 'A', 'Z', 'é', 'ß', 'Ω', 'ж', '٣', '\u0301']) assert.equal(word(ch), true, ch);
      for (const ch of ['/', ':', '@', '[', '`', '{', ' ', '-', '.', '’', '–', '\u00a0']) assert.equal(word(ch), false, ch);
      // A letter outside the BMP, at either half of its surrogate pair; a lone low half is no letter.
      assert.equal(word('𝐀', 0), true);
      assert.equal(word('𝐀', 1), true);
      assert.equal(word('x\udc00', 1), false);
      // The first and last pairs that hold letters and digits: U+10000 (Linear B) and U+1D7FF (a digit nine).
      assert.equal(word('\u{10000}', 1), true);
      assert.equal(word('\u{1D7FF}', 1), true);
      // Broken pairs, as pasted text can hold them: a stray half changes nothing about its neighbours.
      assert.equal(word('\ud835\u{1D400}', 1), true, 'a pair after a stray high half');
      assert.equal(word('\ufffféa', 1), true, 'a letter after U+FFFF');
      assert.equal(word('é\udc00', 1), false, 'a stray low half after a letter');
      assert.equal(word('\udc00', 0), false);
      assert.equal(word('ab', -1), false);
      assert.equal(word('ab', 2), false);
    });

    it('compares names by their characters, lower case, without white space, composed', () => {
      assert.equal(nameKey(' Jeugd,\u00a0Preventie\ten Sport '), 'jeugd,preventieensport');
      assert.equal(nameKey('Financie\u0308n'), nameKey('FINANCIËN'));
    });
  });

  describe('a name trie', () => {
    const trie = (...names: string[]) => {
      const t = new NameTrie();
      names.forEach((name, i) => t.add(name, i + 1));
      return t;
    };

    it('matches a name only at a word boundary on its right, any case and spacing', () => {
      const t = trie('Spreuken', 'Spreuken en Bezweringen');
      assert.deepEqual(t.matchesAt('SPREUKEN   en\nbezweringen!', 0), [{ id: 1, end: 8 }, { id: 2, end: 25 }]);
      assert.deepEqual(t.matchesAt('Spreukenboek', 0), []);
      assert.deepEqual(t.matchesAt('Spreuken2', 0), []);
      assert.deepEqual(t.matchesAt('Spreuken-boek', 0), [{ id: 1, end: 8 }]);
      assert.deepEqual(t.longestAt('Spreuken en Bezweringen.', 0), { id: 2, end: 23 });
      assert.equal(t.longestAt('Toverkunst', 0), null);
      assert.deepEqual(t.matchesAt('Spreuken', 0), [{ id: 1, end: 8 }], 'a name at the very end of the text, where a longer one could have gone on');
      assert.deepEqual(t.matchesAt('Spreuken en', 0), [{ id: 1, end: 8 }]);
      assert.deepEqual(t.matchesAt('Spreuken en Bezweringen en Spreuken', 0), [{ id: 1, end: 8 }, { id: 2, end: 23 }]);
    });

    it('does not start a name at white space, nor let it span a gap of more than 64 spaces', () => {
      const t = trie('a b');
      assert.deepEqual(t.matchesAt(' a b', 0), []);
      assert.deepEqual(t.matchesAt(`a${' '.repeat(64)}b`, 0), [{ id: 1, end: 66 }]);
      assert.deepEqual(t.matchesAt(`a${' '.repeat(65)}b`, 0), []);
    });

    it('takes names of up to 200 characters, not counting white space; an id once per name', () => {
      const t = new NameTrie();
      assert.equal(t.add(`${'x'.repeat(100)} ${'y'.repeat(100)}`, 1), true);
      assert.equal(t.add('z'.repeat(201), 2), false);
      assert.equal(t.add('Dubbel', 3), true);
      assert.equal(t.add('dubbel', 3), true);
      assert.deepEqual(t.matchesAt('DUBBEL', 0), [{ id: 3, end: 6 }]);
      assert.deepEqual(t.matchesAt(`${'x'.repeat(100)}${'y'.repeat(100)}`, 0), [{ id: 1, end: 200 }]);
    });

    it('finds the names that occur as whole words anywhere in a text', () => {
      const t = trie('Jeugd', 'Sport', 'Jeugd en Sport');
      assert.deepEqual([...t.occurring('Jeugdzorg en Sportief, maar ook jeugd en sport.')].sort(), [1, 2, 3]);
      assert.deepEqual([...t.occurring('Jeugdzorg, Sportief')], []);
      assert.deepEqual([...t.occurring('oudJeugd')], []);
      assert.deepEqual([...new NameTrie().occurring('Jeugd')], []);
      assert.equal(t.size, 3);
      assert.deepEqual([...t.occurring('Jeugd')], [1], 'a name that ends the text');
    });
  });

  describe('titles', () => {
    it('normalises a title for comparing: lower case, single spaces, ", " after a comma', () => {
      assert.equal(normalizeName('  Minister  VAN\tOnderwijs ,Cultuur en  Wetenschap '), 'minister van onderwijs, cultuur en wetenschap');
      assert.equal(normalizeName('Financie\u0308n'), 'financiën');
      assert.equal(normalizeName('Onderwijs,Cultuur'), 'onderwijs, cultuur');
    });

    it('capitalises a title for the start of a line', () => {
      assert.equal(capitalize('minister van Financiën'), 'Minister van Financiën');
      assert.equal(capitalize('één'), 'Één');
      assert.equal(capitalize(''), '');
    });

    it('keys a title the registry does not know without "de", with "voor" read as "van"', () => {
      assert.equal(unknownTitleKey('de Minister voor Toverkunst'), '?minister van toverkunst');
      assert.equal(unknownTitleKey('Staatssecretaris  van Toverkunst'), '?staatssecretaris van toverkunst');
      assert.equal(unknownTitleKey('Minister van Zaken voor Later'), '?minister van zaken voor later');
      assert.equal(unknownTitleKey('Denker voor Alles'), '?denker van alles');
      assert.equal(unknownTitleKey('Minister voor Ronde Tafels'), '?minister van ronde tafels', 'only a leading "de" goes, not one inside a word');
      assert.equal(unknownTitleKey('Minister van de Toekomst'), '?minister van de toekomst');
    });

    it('trims a title of a leading "de" and trailing punctuation', () => {
      assert.equal(trimTitle('  De minister van Defensie.,;: '), 'minister van Defensie');
      assert.equal(trimTitle('deminister'), 'deminister');
      assert.equal(trimTitle('de\tMJenV'), 'MJenV');
      assert.equal(trimTitle('...'), '');
      assert.equal(trimTitle('de \t minister'), 'minister');
      assert.equal(trimTitle('minister van de Toekomst'), 'minister van de Toekomst');
    });

    it('reads a registry name with any white space around its words and commas, and its other characters literally', () => {
      const pattern = new RegExp(`^${escapeForRegex(' Zaken (A+B),  Cultuur en  Sport ')}$`, 'i');
      assert.ok(pattern.test('zaken (a+b) ,cultuur\nen sport'));
      assert.ok(!pattern.test('Zaken AAB, Cultuur en Sport'));
      const unspaced = new RegExp(`^${escapeForRegex('Onderwijs,Cultuur en Wetenschap')}$`, 'i');
      for (const text of ['Onderwijs, Cultuur en Wetenschap', 'Onderwijs ,Cultuur en Wetenschap', 'Onderwijs,Cultuur en Wetenschap']) assert.ok(unspaced.test(text), text);
      const registry = PortfolioRegistry.fromData(BUILTIN_REGISTRY, { portfolioHolders: [{ role: 'minister', portfolio: 'Zaken (A+B)' }] });
      assert.ok(registry.resolve('minister van Zaken (A+B)'));
      assert.equal(registry.resolve('minister van Zaken AAB'), null);
      assert.equal(registry.resolve('minister van Onderwijs ,Cultuur  en\nWetenschap')?.id, registry.resolve('MOCW')?.id);
    });

    it('splits a title at its first spaced dash', () => {
      assert.deepEqual(splitTitle('A – B – C'), { base: 'A', portfolio: 'B – C' });
      assert.deepEqual(splitTitle('Minister van X\u00a0—\u00a0Y'), { base: 'Minister van X', portfolio: 'Y' });
      for (const text of ['– B', 'A –B', 'A– B', 'A - ', ' - B', 'A', '', 'A ‐ B']) assert.equal(splitTitle(text), null, text);
      assert.equal(joinTitle('Staatssecretaris van Financiën', 'Herstel'), 'Staatssecretaris van Financiën – Herstel');
    });

    it('finds where a portfolio starts after a spaced dash, within 64 spaces each side', () => {
      assert.equal(portfolioStartAfter('SFin – X', 4), 7);
      assert.equal(portfolioStartAfter('SFin — X', 4), 7);
      assert.equal(portfolioStartAfter('SFin - X', 4), 7);
      for (const text of ['SFin– X', 'SFin –X', 'SFin – ', 'SFin ', 'SFin', 'SFin x X', 'SFin  ']) assert.equal(portfolioStartAfter(text, 4), -1, JSON.stringify(text));
      assert.equal(portfolioStartAfter(`SFin${' '.repeat(64)}–${' '.repeat(64)}X`, 4), 133);
      assert.equal(portfolioStartAfter(`SFin${' '.repeat(65)}– X`, 4), -1);
      assert.equal(portfolioStartAfter(`SFin –${' '.repeat(65)}X`, 4), -1);
    });

    it('lets a line break come before an en or em dash, not before a hyphen (that is a list item)', () => {
      assert.equal(portfolioStartAfter('SFin\n– X', 4), 7);
      assert.equal(portfolioStartAfter('SFin\r\n— X', 4), 8);
      assert.equal(portfolioStartAfter('SFin\n- X', 4), -1);
      assert.equal(portfolioStartAfter('SFin\r- X', 4), -1);
      assert.equal(portfolioStartAfter('SFin\u2028- X', 4), -1);
      assert.equal(portfolioStartAfter('SFin \u2029 - X', 4), -1);
      assert.equal(portfolioStartAfter('SFin - \nX', 4), 8, 'after the dash a line break is only white space');
    });
  });
});

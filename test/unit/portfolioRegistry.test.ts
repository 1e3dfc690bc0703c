import assert from 'node:assert/strict';
import { PortfolioRegistry } from '../../server/src/core/domain/portfolioRegistry';
import { BUILTIN_REGISTRY } from '../../server/src/core/builtin';
import { readWorkspaceConfig } from '../../server/src/core/workspace/workspaceConfig';
import { portfolioStartAfter, splitTitle } from '../../server/src/core/domain/titlePortfolio';
import { NameTrie, nameKey } from '../../server/src/core/text/nameTrie';

const FISCAL = 'Fiscaliteit, Belastingdienst en Douane';

describe('portfolio registry', () => {
  const registry = PortfolioRegistry.fromData(BUILTIN_REGISTRY);

  it('resolves titles without regard to case, a leading "de" and "voor" for "van"', () => {
    const id = registry.resolve('Minister van Justitie en Veiligheid')?.id;
    assert.ok(id);
    assert.equal(registry.resolve('de minister van justitie en veiligheid')?.id, id);
    assert.equal(registry.resolve('MINISTER VOOR Justitie en Veiligheid')?.id, id);
    assert.equal(registry.resolve('minister van JenV')?.id, id);
    assert.equal(registry.resolve('MJenV')?.id, id);
    assert.notEqual(registry.resolve('SJenV')?.id, id);
    assert.equal(registry.resolve('SJenV')?.id, registry.resolve('Staatssecretaris van Justitie en Veiligheid')?.id);
  });

  it('knows the minister-president, ministers without a ministry of their own, and state secretaries of any ministry', () => {
    assert.equal(registry.resolve('Minister-President')?.id, registry.resolve('minister van Algemene Zaken')?.id);
    assert.ok(registry.resolve('minister voor Asiel en Migratie'));
    assert.ok(registry.resolve('Minister van Langdurige Zorg, Jeugd en Sport'));
    assert.ok(registry.resolve('staatssecretaris van Infrastructuur en Waterstaat'));
    assert.ok(registry.resolve('staatssecretaris van Herstel en Toeslagen'));
    assert.equal(registry.resolve('staatssecretaris van Onderwijs en Emancipatie')?.id, registry.resolve('SOCW')?.id);
  });

  it('does not resolve unknown portfolios or partial names', () => {
    assert.equal(registry.resolve('Minister van Toverkunst'), null);
    assert.equal(registry.resolve('minister van Justitie'), null);
    assert.equal(registry.resolve('staatssecretaris van Asiel en Migratie'), null);
    assert.equal(registry.resolve('MXYZ'), null);
    assert.equal(registry.resolve(''), null);
  });

  it('resolves a whole title or short form only, not one among more text', () => {
    for (const text of ['zie MJenV', 'MJenV-beleid', 'MJenV en SJenV', 'de minister van Justitie en Veiligheid besluit', 'Minister van JenV, MJenV']) assert.equal(registry.resolve(text), null, text);
    assert.equal(registry.resolve('  de MJenV. ')?.id, 'minister:justitie en veiligheid');
  });

  it('keys a title for comparing: a known holder by its id, another title as written, other text not at all', () => {
    assert.equal(registry.holderKeyOf('de Minister van Justitie en Veiligheid.'), 'minister:justitie en veiligheid');
    assert.equal(registry.holderKeyOf('SJenV'), 'staatssecretaris:justitie en veiligheid');
    assert.equal(registry.holderKeyOf('de Minister voor Toverkunst'), '?minister van toverkunst');
    assert.equal(registry.holderKeyOf('staatssecretaris van toverkunst'), '?staatssecretaris van toverkunst', 'a whole value needs no capital to be a title');
    assert.equal(registry.holderKeyOf('Minister van Toverkunst en zo'), '?minister van toverkunst en zo');
    assert.equal(registry.holderKeyOf('Minister van Justitie en Veiligheid en zo'), '?minister van justitie en veiligheid en zo');
    for (const text of ['Toverkunst', 'MJenV-beleid', 'zie de minister van Toverkunst', 'minister van zaken, zoals MJenV', 'Minister van Toverkunst, de Minister van Fantasie', '']) {
      assert.equal(registry.holderKeyOf(text), null, text);
    }
  });

  it('takes hints from the titles with a portfolio only, for known and unknown holders alike', () => {
    const hints = registry.hintsFrom(['Minister van Justitie en Veiligheid', 'SFin – Herstel', 'Staatssecretaris van Toverkunst – Spreuken', 'Toverkunst – Spreuken', 'MJenV – ']);
    assert.equal(hints.endAt('staatssecretaris:financiën', 'Herstel.', 0), 7);
    assert.equal(hints.endAt('?staatssecretaris van toverkunst', 'Spreuken', 0), 8);
    assert.equal(hints.endAt('minister:justitie en veiligheid', 'Herstel', 0), -1);
    assert.equal(hints.endAt('?toverkunst', 'Spreuken', 0), -1);
    const both = registry.hintsFrom(['SFin – Herstel', 'Staatssecretaris van Financiën – Douane']);
    assert.equal(both.endAt('staatssecretaris:financiën', 'Herstel', 0), 7, 'two portfolios of one holder');
    assert.equal(both.endAt('staatssecretaris:financiën', 'Douane', 0), 6);
  });

  it('finds mentions in running text, across line breaks and in plural titles', () => {
    const text = 'door MJenV, de minister van Langdurige Zorg,\nJeugd en Sport en de staatssecretarissen van JenV en van VWS, met de minister van Fantasie.';
    const mentions = registry.findMentions(text);
    assert.deepEqual(mentions.map((m) => m.text.replace(/\s+/g, ' ')), [
      'MJenV',
      'minister van Langdurige Zorg, Jeugd en Sport',
      'staatssecretarissen van JenV',
      'VWS',
      'minister van Fantasie',
    ]);
    assert.equal(mentions[4]?.holderId, null);
    assert.ok(mentions.slice(0, 4).every((m) => m.holderId));
    for (const mention of mentions) assert.equal(text.slice(mention.start, mention.end), mention.text);
  });

  it('reads plural titles of ministers as well, and only holders known in that role', () => {
    const found = (text: string) => registry.findMentions(text).map((m) => [m.text, m.start, m.end, m.holderId]);
    assert.deepEqual(found('de ministers van JenV en van BZK'), [['ministers van JenV', 3, 21, 'minister:justitie en veiligheid'], ['BZK', 29, 32, 'minister:binnenlandse zaken en koninkrijksrelaties']]);
    assert.deepEqual(found('de Ministers van Defensie, Financiën'), [['Ministers van Defensie', 3, 25, 'minister:defensie'], ['Financiën', 27, 36, 'minister:financiën']]);
    assert.deepEqual(found('de ministers van JenV en van Herstel en Toeslagen'), [['ministers van JenV', 3, 21, 'minister:justitie en veiligheid']], 'no minister of Herstel en Toeslagen');
    assert.deepEqual(found('de ministers van Toverkunst en Fantasie'), [], 'an unknown plural is not one holder');
    // A registry of its own: the one above is built before any test runs.
    const own = PortfolioRegistry.fromData(BUILTIN_REGISTRY);
    assert.deepEqual(own.findMentions('DE STAATSSECRETARISSEN VAN JENV EN VAN VWS').map((m) => m.holderId), ['staatssecretaris:justitie en veiligheid', 'staatssecretaris:volksgezondheid, welzijn en sport'], 'in a heading in capitals');
    assert.deepEqual(found('de minister van JenV en van BZK'), [['minister van JenV', 3, 20, 'minister:justitie en veiligheid']], 'a singular title names one holder');
  });

  it('returns mentions in text order; a short form inside a title is part of it', () => {
    const found = (text: string) => registry.findMentions(text).map((m) => [m.text, m.start, m.end]);
    assert.deepEqual(found('SJenV, de minister van Defensie en MJenV'), [['SJenV', 0, 5], ['minister van Defensie', 10, 31], ['MJenV', 35, 40]]);
    assert.deepEqual(found('de minister van Toverkunst en MJenV'), [['minister van Toverkunst en MJenV', 3, 35]]);
    assert.deepEqual(found('Minister-President en MJenV'), [['Minister-President', 0, 18], ['MJenV', 22, 27]]);
  });

  it('does not take a lower-case phrase for a portfolio holder', () => {
    assert.deepEqual(registry.findMentions('de minister van mening is dat'), []);
  });

  it('extends with workspace data', () => {
    const extended = PortfolioRegistry.fromData(BUILTIN_REGISTRY, { portfolioHolders: [{ role: 'minister', portfolio: 'Digitale Zaken', shortForms: ['MDZ'] }] });
    assert.ok(extended.resolve('minister voor Digitale Zaken'));
    assert.equal(extended.resolve('MDZ')?.id, extended.resolve('Minister van Digitale Zaken')?.id);
    assert.equal(registry.resolve('minister voor Digitale Zaken'), null);
  });

  describe('titles with a portfolio', () => {
    it('split at the first dash with white space on both sides: en dash, em dash or hyphen', () => {
      for (const dash of ['–', '—', '-']) {
        assert.deepEqual(splitTitle(`Staatssecretaris van Financiën ${dash} ${FISCAL}`), { base: 'Staatssecretaris van Financiën', portfolio: FISCAL }, dash);
        const resolved = registry.resolveTitle(`staatssecretaris van financiën\t${dash}  ${FISCAL}`);
        assert.equal(resolved?.holder.id, registry.resolve('SFin')?.id);
        assert.equal(resolved?.portfolio, FISCAL);
      }
      assert.equal(splitTitle('Minister-President'), null);
      assert.equal(splitTitle('Staatssecretaris van Financiën–Fiscaliteit'), null);
      assert.equal(splitTitle('Staatssecretaris van Financiën – '), null);
      assert.deepEqual(registry.resolveTitle('Minister van Justitie en Veiligheid'), { holder: registry.resolve('MJenV'), portfolio: null });
    });

    it('are known when the base title is: an unknown base title or a short form alone stays as it was', () => {
      assert.equal(registry.resolveTitle('Staatssecretaris van Toverkunst – Spreuken'), null);
      assert.equal(registry.resolveTitle('Staatssecretaris van Financiën–Fiscaliteit'), null);
      assert.equal(registry.resolveTitle('SFin – Fiscaliteit')?.holder.id, registry.resolve('SFin')?.id);
      assert.equal(registry.resolve('Staatssecretaris van Financiën – Fiscaliteit'), null, 'resolve() takes titles without a portfolio only');
    });

    it('are found in running text with the portfolios given as hints, any case, any dash, across a line break', () => {
      const hints = registry.hintsFrom([`Staatssecretaris van Financiën – ${FISCAL}`, 'Staatssecretaris van Toverkunst — Spreuken', 'MJenV']);
      const text = 'door de staatssecretaris van Financiën —\nFISCALITEIT,BELASTINGDIENST en douane, SFin - fiscaliteit, belastingdienst en douaneX, en de staatssecretaris van Toverkunst - spreuken.';
      const mentions = registry.findMentions(text, hints);
      assert.deepEqual(mentions.map((m) => [m.text, m.portfolio ?? null]), [
        ['staatssecretaris van Financiën —\nFISCALITEIT,BELASTINGDIENST en douane', 'FISCALITEIT,BELASTINGDIENST en douane'],
        ['SFin', null],
        ['staatssecretaris van Toverkunst - spreuken', 'spreuken'],
      ]);
      for (const mention of mentions) assert.equal(text.slice(mention.start, mention.end), mention.text);
      assert.equal(mentions[2]?.holderId, null);
      assert.equal(mentions[2]?.holderKey, '?staatssecretaris van toverkunst');
    });

    it('do not take a portfolio across a line that starts with a hyphen (a list item), nor one that is not a hint', () => {
      const hints = registry.hintsFrom([`Staatssecretaris van Financiën – ${FISCAL}`]);
      assert.equal(portfolioStartAfter('SFin\n- Fiscaliteit', 4), -1);
      assert.equal(portfolioStartAfter('SFin\n– Fiscaliteit', 4), 7);
      assert.deepEqual(registry.findMentions(`SFin\n- ${FISCAL}`, hints).map((m) => m.text), ['SFin']);
      assert.deepEqual(registry.findMentions('SFin – Herstel en Toeslagen', hints).map((m) => m.text), ['SFin']);
      assert.deepEqual(registry.findMentions('de staatssecretaris van Financiën - ', hints).map((m) => m.text), ['staatssecretaris van Financiën']);
    });

    it('listed by a registry: accepted, found without hints, and another portfolio is read as far as it is capitalised', () => {
      const listing = PortfolioRegistry.fromData(BUILTIN_REGISTRY, { portfolioHolders: [{ role: 'staatssecretaris', portfolio: 'Financiën', portfolios: [FISCAL, 'Herstel en Toeslagen'] }] });
      const holder = listing.resolve('SFin');
      assert.ok(holder);
      assert.deepEqual(holder.portfolios, [FISCAL, 'Herstel en Toeslagen']);
      assert.equal(listing.portfolioAccepted(holder, 'herstel en  toeslagen'), true);
      assert.equal(listing.portfolioAccepted(holder, 'Douane'), false);
      assert.equal(registry.portfolioAccepted(registry.resolve('SFin') as never, 'Douane'), true, 'without a list, any portfolio');
      assert.deepEqual(listing.findMentions('de staatssecretaris van Financiën – herstel en toeslagen en SFin – Douane en Accijnzen en MJenV').map((m) => [m.text, m.portfolio ?? null]), [
        ['staatssecretaris van Financiën – herstel en toeslagen', 'herstel en toeslagen'],
        ['SFin – Douane en Accijnzen', 'Douane en Accijnzen'],
        ['MJenV', null],
      ]);
      assert.deepEqual(listing.findMentions('SFin – Herstel en Toeslagen Kamerbrief').map((m) => m.portfolio), ['Herstel en Toeslagen'], 'a listed portfolio as listed, whatever follows');
      assert.deepEqual(listing.findMentions('SFin – douane en accijnzen').map((m) => m.text), ['SFin'], 'another portfolio only when capitalised');
    });

    it('a workspace registry may list portfolios; an empty one is a configuration problem', () => {
      const ok = readWorkspaceConfig([{ kind: 'registry', path: '/ws/.nota/portefeuilles.json', text: JSON.stringify({ portfolioHolders: [{ role: 'staatssecretaris', portfolio: 'Financiën', portfolios: [FISCAL] }] }) }]);
      assert.deepEqual(ok.problems, []);
      const bad = readWorkspaceConfig([{ kind: 'registry', path: '/ws/.nota/portefeuilles.json', text: JSON.stringify({ portfolioHolders: [{ role: 'staatssecretaris', portfolio: 'Financiën', portfolios: ['  '] }] }) }]);
      assert.match(bad.problems[0]?.message ?? '', /not a valid portfolio registry: \/portfolioHolders\/0\/portfolios\/0/);
    });
  });

  describe('names compared without regard to case and white space', () => {
    it('a name trie finds whole names only, longest last', () => {
      const trie = new NameTrie();
      trie.add('Jeugd en Sport', 1);
      trie.add('Jeugd, Preventie en Sport', 2);
      trie.add('Jeugd', 3);
      assert.deepEqual(trie.matchesAt('JEUGD,   preventie en sport.', 0), [{ id: 3, end: 5 }, { id: 2, end: 27 }]);
      assert.deepEqual(trie.matchesAt('Jeugdzorg', 0), []);
      assert.deepEqual([...trie.occurring('geen Jeugdzorg, wel jeugd en sport')], [3, 1]);
      assert.equal(nameKey('İstanbul  En Sport'), nameKey('i̇stanbul en sport'));
    });

    it('does not look for names longer than it can walk, or empty ones', () => {
      const trie = new NameTrie();
      assert.equal(trie.add('x'.repeat(201), 1), false);
      assert.equal(trie.add(' \t', 2), false);
      assert.equal(trie.size, 0);
    });

    it('normalises titles in one pass, whatever runs of white space they hold', () => {
      const spaced = `Minister van Justitie${' '.repeat(200_000)}en Veiligheid`;
      assert.equal(registry.resolveTitle(spaced)?.holder.id, registry.resolve('MJenV')?.id);
      assert.equal(registry.resolve(`Minister van Toverkunst${' '.repeat(200_000)}x.`), null);
    });
  });
});

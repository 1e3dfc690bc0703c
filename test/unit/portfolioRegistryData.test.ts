/**
 * How registry data (schemas/portefeuilles.json and a workspace's
 * .nota/portefeuilles.json) becomes the holders a note may name: the rules
 * for every ministry, short-form prefixes, former names, and what a later
 * source adds to or changes in an earlier one.
 */
import assert from 'node:assert/strict';
import { PortfolioRegistry, type RegistryData } from '../../server/src/core/domain/portfolioRegistry';
import { BUILTIN_REGISTRY } from '../../server/src/core/builtin';

const DIGITAL: RegistryData = { ministries: [{ short: 'DZ', name: 'Digitale Zaken' }] };
const ids = (registry: PortfolioRegistry) => registry.holders().map((h) => h.id);
const mentioned = (registry: PortfolioRegistry, text: string) => registry.findMentions(text).map((m) => [m.text, m.holderId]);

describe('portfolio registry data', () => {
  describe('the rules for every ministry', () => {
    it('by default a ministry has a minister (M + short form) and no state secretary', () => {
      const registry = PortfolioRegistry.fromData(DIGITAL);
      assert.deepEqual(ids(registry), ['minister:digitale zaken']);
      const minister = registry.resolve('Minister van Digitale Zaken');
      assert.deepEqual(minister, { id: 'minister:digitale zaken', role: 'minister', portfolio: 'Digitale Zaken', title: 'minister van Digitale Zaken', shortForms: ['MDZ'], listed: false, portfolios: [] });
      assert.equal(registry.resolve('MDZ'), minister);
      assert.equal(registry.resolve('minister van DZ'), minister);
      assert.equal(registry.resolve('staatssecretaris van Digitale Zaken'), null);
      assert.equal(registry.resolve('SDZ'), null);
    });

    it('a state secretary of every ministry when the rule says so', () => {
      const registry = PortfolioRegistry.fromData({ ...DIGITAL, rules: { stateSecretaryOfEveryMinistry: true } });
      assert.deepEqual(ids(registry), ['minister:digitale zaken', 'staatssecretaris:digitale zaken']);
      assert.equal(registry.resolve('SDZ')?.title, 'staatssecretaris van Digitale Zaken');
      assert.equal(registry.resolve('staatssecretaris van DZ')?.id, 'staatssecretaris:digitale zaken');
    });

    it('no minister of every ministry when the rule is off, only of the portfolios listed, which then take the short form', () => {
      const off = PortfolioRegistry.fromData({ ...DIGITAL, rules: { ministerOfEveryMinistry: false } });
      assert.deepEqual(ids(off), []);
      assert.equal(off.resolve('MDZ'), null);
      assert.equal(off.resolve('minister van Digitale Zaken'), null);
      assert.deepEqual(mentioned(off, 'de minister van Digitale Zaken'), [['minister van Digitale Zaken', null]]);
      const listed = PortfolioRegistry.fromData({ ...DIGITAL, rules: { ministerOfEveryMinistry: false }, portfolioHolders: [{ role: 'minister', portfolio: 'Digitale Zaken' }] });
      assert.deepEqual(ids(listed), ['minister:digitale zaken']);
      assert.deepEqual(listed.resolve('MDZ')?.shortForms, ['MDZ']);
      assert.equal(listed.resolve('minister van DZ')?.listed, true);
      assert.equal(listed.resolve('SDZ'), null);
    });

    it('the rules of one source hold for its own ministries only', () => {
      const registry = PortfolioRegistry.fromData({ ...DIGITAL, rules: { stateSecretaryOfEveryMinistry: true } }, { ministries: [{ short: 'RZ', name: 'Ruimtelijke Zaken' }] });
      assert.ok(registry.resolve('SDZ'));
      assert.equal(registry.resolve('SRZ'), null);
      assert.ok(registry.resolve('MRZ'));
    });

    it('other prefixes for the short forms', () => {
      const registry = PortfolioRegistry.fromData({ ...DIGITAL, rules: { stateSecretaryOfEveryMinistry: true, shortFormPrefixes: { staatssecretaris: 'St' } } });
      assert.equal(registry.resolve('StDZ')?.id, 'staatssecretaris:digitale zaken');
      assert.equal(registry.resolve('MDZ')?.id, 'minister:digitale zaken', 'the other prefix stays M');
      assert.equal(registry.resolve('SDZ'), null);
    });
  });

  describe('former names and short forms', () => {
    const renamed: RegistryData = {
      ministries: [{ short: 'DZK', name: 'Digitale Zaken en Klimaat', formerShorts: ['DZ'], formerNames: ['Digitale Zaken'] }],
      rules: { stateSecretaryOfEveryMinistry: true },
    };

    it('name the same holders, the current short form first', () => {
      const registry = PortfolioRegistry.fromData(renamed);
      for (const [role, prefix] of [['minister', 'M'], ['staatssecretaris', 'S']] as const) {
        const id = `${role}:digitale zaken en klimaat`;
        for (const text of [`${role} van Digitale Zaken en Klimaat`, `${role} van Digitale Zaken`, `${role} van DZK`, `${role} van DZ`, `${prefix}DZK`, `${prefix}DZ`]) {
          assert.equal(registry.resolve(text)?.id, id, text);
        }
        assert.deepEqual(registry.get(id)?.shortForms, [`${prefix}DZK`, `${prefix}DZ`]);
      }
      assert.equal(registry.holders().length, 2, 'a former name is no holder of its own');
    });

    it('in running text, the whole current name and not the former one inside it', () => {
      const registry = PortfolioRegistry.fromData(renamed);
      assert.deepEqual(mentioned(registry, 'de minister van Digitale Zaken en Klimaat besluit'), [['minister van Digitale Zaken en Klimaat', 'minister:digitale zaken en klimaat']]);
    });

    it('do not take over a portfolio that a holder of its own has', () => {
      const registry = PortfolioRegistry.fromData({ ...renamed, portfolioHolders: [{ role: 'minister', portfolio: 'Digitale Zaken' }] });
      assert.equal(registry.resolve('minister van Digitale Zaken')?.id, 'minister:digitale zaken');
      assert.equal(registry.resolve('staatssecretaris van Digitale Zaken')?.id, 'staatssecretaris:digitale zaken en klimaat');
    });
  });

  describe('portfolio holders', () => {
    it('by portfolio, aliases and short forms of their own, in running text the longest name that fits', () => {
      const registry = PortfolioRegistry.fromData({
        portfolioHolders: [
          { role: 'minister', portfolio: 'Zorg' },
          { role: 'minister', portfolio: 'Zorg en Sport', aliases: ['Sport en Zorg'], shortForms: ['MZS', 'MinZS'] },
        ],
      });
      assert.deepEqual(mentioned(registry, 'de minister van Zorg en Sport en de minister van Zorg.'), [
        ['minister van Zorg en Sport', 'minister:zorg en sport'],
        ['minister van Zorg', 'minister:zorg'],
      ]);
      for (const text of ['minister van Sport en Zorg', 'MZS', 'MinZS']) assert.equal(registry.resolve(text)?.id, 'minister:zorg en sport', text);
      assert.deepEqual(registry.get('minister:zorg en sport')?.shortForms, ['MZS', 'MinZS']);
      assert.equal(registry.resolve('staatssecretaris van Zorg'), null, 'a portfolio is known for its own role only');
      assert.deepEqual(mentioned(registry, 'de staatssecretaris van Zorg'), [['staatssecretaris van Zorg', null]]);
    });

    it('trims the portfolio as written and writes the title from it', () => {
      const registry = PortfolioRegistry.fromData({ portfolioHolders: [{ role: 'staatssecretaris', portfolio: '  Digitale Zaken ' }] });
      const holder = registry.resolve('staatssecretaris van Digitale Zaken');
      assert.equal(holder?.portfolio, 'Digitale Zaken');
      assert.equal(holder?.title, 'staatssecretaris van Digitale Zaken');
      assert.equal(holder?.listed, true);
    });

    it('a later source lists a holder an earlier one knew by a rule, and may give it a title', () => {
      const title = 'staatssecretaris van Volksgezondheid, Welzijn en Sport';
      assert.deepEqual(PortfolioRegistry.fromData(BUILTIN_REGISTRY).resolve('SVWS'), { id: `staatssecretaris:volksgezondheid, welzijn en sport`, role: 'staatssecretaris', portfolio: 'Volksgezondheid, Welzijn en Sport', title, shortForms: ['SVWS'], listed: false, portfolios: [] });
      const registry = PortfolioRegistry.fromData(BUILTIN_REGISTRY, { portfolioHolders: [{ role: 'staatssecretaris', portfolio: 'Volksgezondheid, Welzijn en Sport', title: 'Staatssecretaris van VWS' }] });
      assert.equal(registry.resolve('SVWS')?.listed, true);
      assert.equal(registry.resolve('SVWS')?.title, 'Staatssecretaris van VWS');
      const same = PortfolioRegistry.fromData(BUILTIN_REGISTRY, { portfolioHolders: [{ role: 'staatssecretaris', portfolio: 'Volksgezondheid, Welzijn en Sport' }] });
      assert.equal(same.resolve('SVWS')?.title, title, 'without a title of its own the holder keeps its title');
    });

    it('a later source may give the minister-president another title, which is then recognised', () => {
      const registry = PortfolioRegistry.fromData(BUILTIN_REGISTRY, { portfolioHolders: [{ role: 'minister', portfolio: 'Algemene Zaken', title: 'minister-president' }] });
      assert.equal(registry.resolve('MAZ')?.title, 'minister-president');
      assert.equal(registry.resolve('Minister-President')?.id, 'minister:algemene zaken');
    });

    it('a short form names the holder that claimed it first', () => {
      const registry = PortfolioRegistry.fromData(DIGITAL, { portfolioHolders: [{ role: 'minister', portfolio: 'Dijken en Zeeën', shortForms: ['MDZ', 'MDIZ'] }] });
      assert.equal(registry.resolve('MDZ')?.id, 'minister:digitale zaken');
      assert.deepEqual(registry.get('minister:dijken en zeeën')?.shortForms, ['MDIZ']);
      assert.deepEqual(registry.get('minister:digitale zaken')?.shortForms, ['MDZ']);
    });

    it('lists each portfolio after the dash once, with single spaces', () => {
      const registry = PortfolioRegistry.fromData({ portfolioHolders: [{ role: 'staatssecretaris', portfolio: 'Financiën', portfolios: [' Herstel  en\tToeslagen ', 'herstel en toeslagen', 'Douane'] }] });
      const holder = registry.resolve('staatssecretaris van Financiën');
      assert.ok(holder);
      assert.deepEqual(holder.portfolios, ['Herstel en Toeslagen', 'Douane']);
      assert.equal(registry.portfolioAccepted(holder, 'HERSTEL EN TOESLAGEN'), true);
      assert.equal(registry.portfolioAccepted(holder, 'Fiscaliteit'), false);
    });

    it('a blank portfolio lists nothing: any portfolio is still accepted', () => {
      const registry = PortfolioRegistry.fromData({ portfolioHolders: [{ role: 'staatssecretaris', portfolio: 'Financiën', portfolios: ['  '] }] });
      const holder = registry.resolve('staatssecretaris van Financiën');
      assert.ok(holder);
      assert.deepEqual(holder.portfolios, []);
      assert.equal(registry.portfolioAccepted(holder, 'Douane'), true);
      assert.deepEqual(registry.findMentions('de staatssecretaris van Financiën – Douane').map((m) => m.text), ['staatssecretaris van Financiën']);
    });
  });

  describe('an empty registry', () => {
    it('knows no one, but still reads titles as titles', () => {
      const registry = PortfolioRegistry.fromData({});
      assert.deepEqual(registry.holders(), []);
      assert.deepEqual(mentioned(registry, 'de minister van Toverkunst besluit'), [['minister van Toverkunst', null]]);
      assert.equal(registry.resolve('minister van Toverkunst'), null);
      assert.deepEqual(mentioned(registry, 'de minister van (nog te bepalen)'), [], 'a title word with no name after it');
      assert.equal(registry.holderKeyOf('Minister voor Toverkunst'), '?minister van toverkunst');
    });
  });
});

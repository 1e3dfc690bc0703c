import assert from 'node:assert/strict';
import { PortfolioRegistry } from '../../server/src/core/domain/portfolioRegistry';
import { BUILTIN_REGISTRY } from '../../server/src/core/builtin';

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

  it('does not take a lower-case phrase for a portfolio holder', () => {
    assert.deepEqual(registry.findMentions('de minister van mening is dat'), []);
  });

  it('extends with workspace data', () => {
    const extended = PortfolioRegistry.fromData(BUILTIN_REGISTRY, { portfolioHolders: [{ role: 'minister', portfolio: 'Digitale Zaken', shortForms: ['MDZ'] }] });
    assert.ok(extended.resolve('minister voor Digitale Zaken'));
    assert.equal(extended.resolve('MDZ')?.id, extended.resolve('Minister van Digitale Zaken')?.id);
    assert.equal(registry.resolve('minister voor Digitale Zaken'), null);
  });
});

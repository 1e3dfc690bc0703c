/**
 * Every entry of the registries Nota ships, held to the domain facts they
 * come from (the ministries with their short forms, the cabinet's portfolio
 * holders, the Woo grounds): a typo or a lost line in the data is a finding
 * an author does not get, or one they get wrongly.
 */
import assert from 'node:assert/strict';
import { PortfolioRegistry } from '../../server/src/core/domain/portfolioRegistry';
import { BUILTIN_REGISTRY, WOO_GROUNDS } from '../../server/src/core/builtin';
import { createLanguageService } from '../../server/src/core/languageService';
import { doc } from '../support/fixtures';

const MINISTRIES: [short: string, name: string][] = [
  ['AZ', 'Algemene Zaken'],
  ['BZ', 'Buitenlandse Zaken'],
  ['BZK', 'Binnenlandse Zaken en Koninkrijksrelaties'],
  ['Def', 'Defensie'],
  ['EZK', 'Economische Zaken en Klimaat'],
  ['Fin', 'Financiën'],
  ['IenW', 'Infrastructuur en Waterstaat'],
  ['JenV', 'Justitie en Veiligheid'],
  ['LVVN', 'Landbouw, Visserij, Voedselzekerheid en Natuur'],
  ['OCW', 'Onderwijs, Cultuur en Wetenschap'],
  ['SZW', 'Sociale Zaken en Werkgelegenheid'],
  ['VWS', 'Volksgezondheid, Welzijn en Sport'],
];

/** The cabinet sworn in on 23 February 2026. */
const MINISTERS = [
  'Algemene Zaken', 'Buitenlandse Zaken', 'Buitenlandse Handel en Ontwikkelingssamenwerking', 'Justitie en Veiligheid', 'Asiel en Migratie',
  'Binnenlandse Zaken en Koninkrijksrelaties', 'Volkshuisvesting en Ruimtelijke Ordening', 'Onderwijs, Cultuur en Wetenschap', 'Financiën', 'Defensie',
  'Infrastructuur en Waterstaat', 'Economische Zaken en Klimaat', 'Klimaat en Groene Groei', 'Landbouw, Visserij, Voedselzekerheid en Natuur',
  'Sociale Zaken en Werkgelegenheid', 'Werk en Participatie', 'Volksgezondheid, Welzijn en Sport', 'Langdurige Zorg, Jeugd en Sport',
];
const STATE_SECRETARIES = ['Justitie en Veiligheid', 'Binnenlandse Zaken en Koninkrijksrelaties', 'Onderwijs, Cultuur en Wetenschap', 'Financiën', 'Herstel en Toeslagen', 'Defensie'];

const GROUNDS: [code: string, ground: string, kind: string][] = [
  ['5.1.1a', 'eenheid van de Kroon', 'absolute'],
  ['5.1.1b', 'veiligheid van de Staat', 'absolute'],
  ['5.1.1c', 'vertrouwelijk verstrekte bedrijfs- en fabricagegegevens', 'absolute'],
  ['5.1.1d', 'bijzondere persoonsgegevens', 'absolute'],
  ['5.1.1e', 'nationale identificatienummers', 'absolute'],
  ['5.1.2a', 'internationale betrekkingen', 'weighed'],
  ['5.1.2b', 'economische of financiële belangen van de Staat', 'weighed'],
  ['5.1.2c', 'opsporing en vervolging van strafbare feiten', 'weighed'],
  ['5.1.2d', 'inspectie, controle en toezicht', 'weighed'],
  ['5.1.2e', 'eerbiediging van de persoonlijke levenssfeer', 'weighed'],
  ['5.1.2f', 'concurrentiegevoelige bedrijfs- en fabricagegegevens', 'weighed'],
  ['5.1.2g', 'bescherming van het milieu', 'weighed'],
  ['5.1.2h', 'beveiliging van personen en bedrijven', 'weighed'],
  ['5.1.2i', 'goed functioneren van de Staat', 'weighed'],
  ['5.1.5', 'onevenredige benadeling', 'exceptional'],
  ['5.2', 'persoonlijke beleidsopvattingen (intern beraad)', 'policy-views'],
];

const LAST_SECTION = '## 5. Informatie die niet openbaar gemaakt kan worden';
const note = (lastSection: string) => `---
type: beslisnota
onderwerp: Registers
aan:
  - Minister van Justitie en Veiligheid
datum: 19 maart 2026
referentie: "1234567"
---

## 1. Aanleiding

Tekst.

## 2. Geadviseerd besluit

MJenV besluit.

## 3. Kernpunten

Tekst.

## 4. Toelichting

Tekst.

${LAST_SECTION}

${lastSection}
`;

describe('the built-in registries', () => {
  const registry = PortfolioRegistry.fromData(BUILTIN_REGISTRY);
  const idOf = (text: string) => registry.resolve(text)?.id;

  it('know every ministry: its minister and state secretary by title and by M or S and its short form', () => {
    for (const [short, name] of MINISTRIES) {
      const minister = idOf(`minister van ${name}`);
      const secretary = idOf(`staatssecretaris van ${name}`);
      assert.ok(minister && secretary && minister !== secretary, name);
      assert.equal(idOf(`M${short}`), minister, `M${short}`);
      assert.equal(idOf(`S${short}`), secretary, `S${short}`);
      assert.equal(idOf(`minister van ${short}`), minister, `minister van ${short}`);
      assert.equal(idOf(`staatssecretaris van ${short}`), secretary, `staatssecretaris van ${short}`);
      assert.deepEqual(registry.get(minister)?.shortForms[0], `M${short}`, 'the current short form comes first (it is the one a fix writes)');
    }
    assert.equal(registry.holders().filter((h) => h.role === 'minister' && h.shortForms.length).length, MINISTRIES.length);
  });

  it('have exactly these short forms: M and S with each ministry\'s short form, and the former EZ', () => {
    const expected = MINISTRIES.flatMap(([short, name]) => [[`M${short}`, `minister:${name.toLowerCase()}`], [`S${short}`, `staatssecretaris:${name.toLowerCase()}`]]);
    expected.push(['MEZ', 'minister:economische zaken en klimaat'], ['SEZ', 'staatssecretaris:economische zaken en klimaat']);
    const actual = registry.holders().flatMap((h) => h.shortForms.map((short) => [short, h.id]));
    assert.deepEqual(actual.sort(), expected.sort());
    for (const [short, id] of expected) assert.equal(idOf(short as string), id, short);
  });

  it('know the ministry of Economic Affairs by its former name and short form too', () => {
    const minister = idOf('minister van Economische Zaken en Klimaat');
    assert.equal(idOf('MEZ'), minister);
    assert.equal(idOf('minister van Economische Zaken'), minister);
    assert.equal(idOf('minister van EZ'), minister);
    const secretary = idOf('staatssecretaris van Economische Zaken en Klimaat');
    assert.equal(idOf('SEZ'), secretary);
    assert.equal(idOf('staatssecretaris van Economische Zaken'), secretary);
    assert.equal(idOf('staatssecretaris van EZ'), secretary);
    assert.deepEqual(registry.get(secretary as string)?.shortForms, ['SEZK', 'SEZ']);
    assert.deepEqual(registry.get(minister as string)?.shortForms, ['MEZK', 'MEZ']);
  });

  it('list the cabinet\'s portfolio holders, each by its title, "voor" as well as "van"', () => {
    const listed = registry.holders().filter((h) => h.listed);
    const expected = [...MINISTERS.map((p) => `minister:${p}`), ...STATE_SECRETARIES.map((p) => `staatssecretaris:${p}`)];
    assert.deepEqual(listed.map((h) => `${h.role}:${h.portfolio}`), expected);
    for (const portfolio of MINISTERS.slice(1)) {
      const holder = registry.resolve(`Minister voor ${portfolio}`);
      assert.equal(holder?.title, `minister van ${portfolio}`, portfolio);
    }
    for (const portfolio of STATE_SECRETARIES) assert.equal(registry.resolve(`Staatssecretaris van ${portfolio}`)?.title, `staatssecretaris van ${portfolio}`);
    assert.equal(registry.resolve('Minister van Algemene Zaken')?.title, 'minister-president');
    assert.equal(idOf('minister-president'), idOf('MAZ'));
    assert.equal(idOf('staatssecretaris van Onderwijs en Emancipatie'), idOf('SOCW'));
    // Ministers without a ministry have no short form of their own; their titles are not another's.
    for (const portfolio of ['Asiel en Migratie', 'Klimaat en Groene Groei', 'Werk en Participatie', 'Langdurige Zorg, Jeugd en Sport']) {
      assert.deepEqual(registry.resolve(`minister voor ${portfolio}`)?.shortForms, [], portfolio);
    }
  });

  it('know a state secretary of every ministry (a rule), without listing those the cabinet does not have', () => {
    const unlisted = registry.holders().filter((h) => !h.listed).map((h) => h.portfolio);
    assert.deepEqual(unlisted.sort(), MINISTRIES.map(([, name]) => name).filter((name) => !STATE_SECRETARIES.includes(name)).sort());
    assert.equal(registry.resolve('SVWS')?.title, 'staatssecretaris van Volksgezondheid, Welzijn en Sport');
  });

  it('find short forms as whole words only', () => {
    const found = (text: string) => registry.findMentions(text).map((m) => [m.text, m.start, m.end]);
    for (const text of ['xMJenV', 'MJenVx', 'MJenV2', '2MJenV', 'ÉMJenV', 'MJenVé', 'mjenv', 'MJENV']) assert.deepEqual(found(text), [], text);
    assert.deepEqual(found('(MJenV)'), [['MJenV', 1, 6]]);
    assert.deepEqual(found('MJenV, SJenV.'), [['MJenV', 0, 5], ['SJenV', 7, 12]]);
    assert.deepEqual(found('MJenV/SOCW-beleid'), [['MJenV', 0, 5], ['SOCW', 6, 10]]);
    assert.deepEqual(found('MEZK en MEZ'), [['MEZK', 0, 4], ['MEZ', 8, 11]], 'the longer short form first, then the former one');
    assert.deepEqual(registry.findMentions('de minister van Defensiebeleid').map((m) => m.holderId), [null], 'a ministry name inside a longer word is not that ministry');
  });

  it('know every Woo ground, and only those', () => {
    assert.deepEqual(WOO_GROUNDS.map((g) => [g.code, g.ground, g.kind]), GROUNDS);
    const service = createLanguageService();
    const cited = (codes: string[]) =>
      (service.check(doc('file:///woo.md', note(`Weggelakt op grond van ${codes.join(', ')}.`)), { locale: 'nl' }) ?? []).filter((f) => f.code === 'woo-ground-unknown').map((f) => f.data?.text);
    assert.deepEqual(cited(GROUNDS.map(([code]) => code)), []);
    const wrong = ['5.1.1f', '5.1.2j', '5.1.3', '5.1.4', '5.1.6', '5.1.1', '5.1.2', '5.3', '5.2a', '5.1.5a'];
    assert.deepEqual(cited(wrong), wrong);
  });

  it('explain every Woo ground on hover', () => {
    const service = createLanguageService();
    const text = note(GROUNDS.map(([code]) => `- ${code}`).join('\n'));
    const firstLine = text.split('\n').indexOf('- 5.1.1a');
    GROUNDS.forEach(([code, ground], i) => {
      const hover = service.hover(doc('file:///woo-hover.md', text), { line: firstLine + i, character: 3 }, { locale: 'nl' });
      const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
      assert.ok(value.startsWith(`**Woo ${code}**: ${ground} (`), `${code}: ${value}`);
      assert.deepEqual(hover?.range, { start: { line: firstLine + i, character: 2 }, end: { line: firstLine + i, character: 2 + code.length } });
    });
  });
});

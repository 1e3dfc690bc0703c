/**
 * The note as the schema sees it: its title, its sections with their
 * subsections, the holders each section names, and where each of them stands
 * in the text (every finding's range comes from there).
 */
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import type { SectionModel } from '../../server/src/core/model/noteModel';
import { doc } from '../support/fixtures';

const FRONTMATTER = '---\ntype: beslisnota\nonderwerp: Model\naan:\n  - MJenV\ndatum: 19 maart 2026\nreferentie: "7244668"\n---\n';

describe('the note model', () => {
  const service = createLanguageService();
  let count = 0;
  const analyse = (text: string) => {
    const context = service.context(doc(`file:///model-${count++}.md`, text), { locale: 'nl' });
    assert.ok(context);
    return { model: context.model, sourceMap: context.sourceMap, at: (span: { start: number; end: number } | undefined) => (span ? text.slice(span.start, span.end) : undefined) };
  };
  const tree = (sections: readonly SectionModel[]): unknown[] => sections.map((s) => [s.number, s.title, s.level, s.hasContent, ...(s.subsections.length ? [tree(s.subsections)] : [])]);

  it('takes the first level-1 heading before the sections as the title', () => {
    const { model, sourceMap, at } = analyse(`${FRONTMATTER}\n# De titel\n\n# Nog een\n\n## 1. Aanleiding\n\nTekst.\n\n# Later\n`);
    assert.equal(model.title, 'De titel');
    assert.equal(at(sourceMap.titleSpan), '# De titel');
    assert.equal(analyse(`${FRONTMATTER}\n## 1. Aanleiding\n\n# Te laat\n`).model.title, undefined);
    assert.equal(analyse(`${FRONTMATTER}\n### Eerst\n\n# Titel\n\n## 1. A\n`).model.title, 'Titel');
  });

  it('nests subsections under their section by level, and a section ends at the next heading of level 2 or 1', () => {
    const text = `${FRONTMATTER}\n### Voor de eerste sectie\n\n## 1. Aanleiding\n\n### 1.1. Een\n\n#### 1.1.1. Diep\n\nTekst.\n\n### 1.2. Twee\n\n##### Dieper dan diep\n\n## 2. Besluit\nTekst.\n# Titel tussendoor\n\nNa de titel.\n`;
    const { model, sourceMap, at } = analyse(text);
    assert.deepEqual(tree(model.sections), [
      ['1', 'Aanleiding', 2, true, [['1.1', 'Een', 3, true, [['1.1.1', 'Diep', 4, true]]], ['1.2', 'Twee', 3, false, [[null, 'Dieper dan diep', 5, false]]]]],
      ['2', 'Besluit', 2, true],
    ]);
    assert.equal(at(sourceMap.spans.get('/sections/0/subsections/0/subsections/0')), '#### 1.1.1. Diep');
    assert.equal(at(sourceMap.numberSpans.get('/sections/0/subsections/1')), '1.2');
    assert.equal(model.sections[1]?.text, '\nTekst.\n', 'the section text runs to the level-1 heading');
    assert.deepEqual(sourceMap.sectionEnds, [text.indexOf('## 2. Besluit'), text.indexOf('# Titel tussendoor')]);
    assert.equal(sourceMap.textLength, text.length);
    assert.equal(sourceMap.bodyStart, FRONTMATTER.length - 1, 'the body starts where the closing fence ends');
  });

  it('reads a section number with or without its dot, and the title after it', () => {
    const { model, sourceMap, at } = analyse(`${FRONTMATTER}\n## 1. Aanleiding\n## 2 Besluit\n## 3.Kern\n## 4.1 Sub als sectie\n## 5\n## Zonder nummer\n## 1234. Te lang\n##   6.   Ruim  \n`);
    assert.deepEqual(model.sections.map((s) => [s.number, s.title]), [
      // "## 5" has no title: a heading being typed, not a section yet.
      ['1', 'Aanleiding'], ['2', 'Besluit'], ['3', 'Kern'], ['4.1', 'Sub als sectie'], [null, 'Zonder nummer'], [null, '1234. Te lang'], ['6', 'Ruim'],
    ]);
    assert.deepEqual(model.sections.map((_, i) => at(sourceMap.numberSpans.get(`/sections/${i}`)) ?? null), ['1', '2', '3', '4.1', null, null, '6']);
  });

  it('finds the number where the heading writes it, even with markup around the title', () => {
    const { model, sourceMap, at } = analyse(`${FRONTMATTER}\n## 1. *Aanleiding*\n\n## **2. Besluit**\n\n   ## 3. Ingesprongen\n`);
    assert.deepEqual(model.sections.map((s) => [s.number, s.title]), [['1', 'Aanleiding'], ['2', 'Besluit'], ['3', 'Ingesprongen']]);
    // In "**2. Besluit**" the number is inside the markup: there is no bare number to renumber.
    assert.deepEqual([0, 1, 2].map((i) => at(sourceMap.numberSpans.get(`/sections/${i}`)) ?? null), ['1', null, '3']);
  });

  it('keeps each mention of a holder with where it stands in the text', () => {
    const text = `${FRONTMATTER}\n## 1. Aanleiding\n\nMJenV en de minister van Financiën.\n\n## 2. Besluit\n\nDe staatssecretaris van Toverkunst.\n`;
    const { model, sourceMap, at } = analyse(text);
    assert.deepEqual(model.sections.map((s) => s.mentions), [
      [{ text: 'MJenV', holder: 'minister:justitie en veiligheid' }, { text: 'minister van Financiën', holder: 'minister:financiën' }],
      [{ text: 'staatssecretaris van Toverkunst', holder: null }],
    ]);
    assert.equal(at(sourceMap.spans.get('/sections/0/mentions/1')), 'minister van Financiën');
    assert.equal(at(sourceMap.spans.get('/sections/1/mentions/0')), 'staatssecretaris van Toverkunst');
  });

  it('maps every frontmatter value and key to its place, and has no frontmatter when the block is broken', () => {
    const { model, sourceMap, at } = analyse(FRONTMATTER);
    assert.equal(at(sourceMap.spans.get('/frontmatter/aan/0')), 'MJenV');
    assert.equal(at(sourceMap.keySpans.get('/frontmatter/referentie')), 'referentie');
    assert.equal(at(sourceMap.frontmatterOpenLine), '---');
    assert.equal(sourceMap.frontmatterCloseLine?.start, FRONTMATTER.length - 4);
    assert.equal(model.frontmatter?.onderwerp, 'Model');
    const broken = analyse(FRONTMATTER.replace('onderwerp: Model', 'onderwerp: [kapot'));
    assert.equal(broken.model.frontmatter, undefined);
    assert.equal(broken.sourceMap.spans.size, 0);
    assert.equal(broken.at(broken.sourceMap.frontmatterOpenLine), '---');
  });
});

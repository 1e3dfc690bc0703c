/**
 * The exact text Nota writes for a new note: the skeleton (new-note command,
 * completion, snippet), the snippets file VS Code's picker reads, and the
 * frontmatter that makes a Markdown file a note. Every line counts: the
 * author starts from it, and the check reads it.
 */
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import { noteSkeleton } from '../../server/src/core/features/skeleton';
import { renderSnippet, renderText } from '../../server/src/core/features/snippetText';
import { PortfolioRegistry } from '../../server/src/core/domain/portfolioRegistry';
import { doc } from '../support/fixtures';

const today = new Date(2026, 2, 9);
const HINTS = [
  '<!-- Waarom wordt deze nota nu geschreven? -->',
  '<!-- Welk besluit wordt geadviseerd, en welke bewindspersonen besluiten? -->',
  '<!-- De kernpunten, kort. -->',
  '<!-- De toelichting. -->',
  '<!-- Welke informatie niet openbaar wordt gemaakt, en op welke Woo-grond (bijvoorbeeld 5.1.2e). -->',
];

/** A note type of a workspace: keys of every kind the skeleton knows, and no required section. */
const memo = {
  'x-nota-type': 'memo', title: 'Memo', type: 'object',
  properties: {
    frontmatter: {
      type: 'object',
      required: ['type', 'taal', 'aan', 'voor', 'versie', 'titel', 'kenmerk', 'onderwerp'],
      properties: {
        type: { type: 'string' },
        taal: { const: 'nl' },
        aan: { type: 'array', items: { type: 'string', 'x-nota-portfolio-holder': true } },
        voor: { type: 'array', items: { type: 'string' } },
        versie: { type: 'integer', examples: [2] },
        titel: { type: 'string', examples: ['Kosten {x} en $y \\ z'] },
        kenmerk: { type: 'string' },
        onderwerp: { type: 'string' },
      },
    },
  },
  'x-nota-sections': { sections: [{ id: 'kern', title: 'Kern', description: 'Wat kost het?' }] },
};
/** One with no required keys, and sections whose titles test the snippet descriptions. */
const brief = {
  'x-nota-type': 'brief', title: 'Brief', type: 'object',
  properties: { frontmatter: { type: 'object' } },
  'x-nota-sections': {
    sections: [
      { id: 'lang', title: 'Een titel van precies zesendertig te', required: true, description: 'Kosten {x}} en $y.' },
      { id: 'woord', title: 'Rijksbegrotingsvoorbereidingsprocedurebeschrijving' },
      { id: 'kern-anders', title: 'Aanleiding' },
    ],
  },
};

describe('the text of a new note', () => {
  const service = createLanguageService();
  const custom = createLanguageService({ extraNoteTypes: [{ schema: memo, origin: 'test' }, { schema: brief, origin: 'test' }] });

  it('writes a new beslisnota line by line: the required keys, today in Dutch, every required section numbered with its hint', () => {
    assert.equal(service.newNote('beslisnota', { format: 'text', today }), [
      '---', 'type: beslisnota', 'onderwerp: Beleidsreactie op …', 'aan:', '  - Minister van Justitie en Veiligheid', 'datum: 9 maart 2026', 'referentie: "…"', '---',
      '', '## 1. Aanleiding', '', HINTS[0],
      '', '## 2. Geadviseerd besluit', '', HINTS[1],
      '', '## 3. Kernpunten', '', HINTS[2],
      '', '## 4. Toelichting', '', HINTS[3],
      '', '## 5. Informatie die niet openbaar gemaakt kan worden', '', HINTS[4], '',
    ].join('\n'));
  });

  it('puts a tab stop on each value and section, in the order of the text', () => {
    assert.equal(service.newNote('informatienota', { format: 'snippet', today }), [
      '---', 'type: informatienota', 'onderwerp: ${1:Beleidsreactie op …}', 'aan:', '  - ${2:Minister van Justitie en Veiligheid}', 'datum: ${3:9 maart 2026}', 'referentie: "${4:…}"', '---',
      '', '## 1. Aanleiding', '', `\${5:${HINTS[0]}}`,
      '', '## 2. Kernpunten', '', `\${6:${HINTS[2]}}`,
      '', '## 3. Toelichting', '', `\${7:${HINTS[3]}}`,
      '', '## 4. Informatie die niet openbaar gemaakt kan worden', '', `\${8:${HINTS[4]}}`, '',
    ].join('\n'));
  });

  it('writes the keys of a workspace type: its name, a fixed value, a registry title, placeholders, examples escaped', () => {
    const expected = (text: boolean) => [
      '---', 'type: memo', 'taal: nl',
      'aan:', text ? '  - Minister-president' : '  - ${1:Minister-president}',
      'voor:', text ? '  - …' : '  - ${2:…}',
      // Only a text example is shown; a number is no text to start from.
      text ? 'versie: "…"' : 'versie: "${3:…}"',
      text ? 'titel: Kosten {x} en $y \\ z' : 'titel: ${4:Kosten {x\\} en \\$y \\\\ z}',
      text ? 'kenmerk: "…"' : 'kenmerk: "${5:…}"',
      text ? 'onderwerp: "…"' : 'onderwerp: "${6:…}"',
      '---',
      // No required section: the cursor ends below the frontmatter.
      '', text ? '' : '$0', '',
    ].join('\n');
    assert.equal(custom.newNote('memo', { format: 'text', today }), expected(true));
    assert.equal(custom.newNote('memo', { format: 'snippet', today }), expected(false));
  });

  it('leaves an addressee to fill in when the registry lists no portfolio holder', () => {
    const type = custom.noteTypes.get('memo');
    assert.ok(type);
    const parts = noteSkeleton(type, PortfolioRegistry.fromData(), { text: '9 maart 2026' });
    assert.match(renderSnippet(parts), /^aan:\n {2}- \$1\nvoor:\n {2}- \$\{2:…\}$/m);
    assert.match(renderText(parts), /^aan:\n {2}- \nvoor:/m);
  });

  it('escapes $, } and \\ in a section hint, so that VS Code inserts it as written', () => {
    const snippet = custom.newNote('brief', { format: 'snippet', today });
    assert.equal(snippet, '---\ntype: brief\n---\n\n## 1. Een titel van precies zesendertig te\n\n${1:<!-- Kosten {x\\}\\} en \\$y. -->}\n');
    assert.equal(custom.newNote('brief', { format: 'text', today }), '---\ntype: brief\n---\n\n## 1. Een titel van precies zesendertig te\n\n<!-- Kosten {x}} en $y. -->\n');
  });
});

describe('the snippets file', () => {
  it('has a new-note snippet per type whose date VS Code computes, and one per section title, named and described', () => {
    const snippets = createLanguageService().staticSnippets();
    const note = snippets['Nota: nieuwe beslisnota'];
    assert.deepEqual(note?.prefix, ['beslisnota']);
    assert.equal(note?.description, 'Nota: nieuwe beslisnota');
    assert.deepEqual(note?.body.slice(0, 8), [
      '---', 'type: beslisnota', 'onderwerp: ${1:Beleidsreactie op …}', 'aan:', '  - ${2:Minister van Justitie en Veiligheid}',
      'datum: ${3:${CURRENT_DATE/^0//} ${CURRENT_MONTH/(01)|(02)|(03)|(04)|(05)|(06)|(07)|(08)|(09)|(10)|(11)|(12)/'
        + '${1:+januari}${2:+februari}${3:+maart}${4:+april}${5:+mei}${6:+juni}${7:+juli}${8:+augustus}${9:+september}${10:+oktober}${11:+november}${12:+december}/} ${CURRENT_YEAR}}',
      'referentie: "${4:…}"', '---',
    ]);
    assert.deepEqual(note?.body.slice(8, 12), ['', '## 1. Aanleiding', '', `\${5:${HINTS[0]}}`]);
    assert.deepEqual(snippets['Nota: sectie Kernpunten'], {
      prefix: ['sectie-kernpunten'], body: ['## ${1:N}. Kernpunten', '', `\${0:${HINTS[2]}}`, ''], description: 'Nota: sectie Kernpunten',
    });
    assert.deepEqual(Object.keys(snippets).filter((k) => k.startsWith('Nota: nieuwe')), ['Nota: nieuwe beslisnota', 'Nota: nieuwe informatienota']);
  });

  it('cuts a long section title in the description at a word, or halfway in one long word, and keeps one of 36 characters', () => {
    const snippets = createLanguageService({ extraNoteTypes: [{ schema: brief, origin: 'test' }] }).staticSnippets();
    const description = (title: string) => snippets[`Nota: sectie ${title}`]?.description;
    assert.equal(description('Informatie die niet openbaar gemaakt kan worden'), 'Nota: sectie Informatie die niet openbaar…');
    assert.equal(description('Een titel van precies zesendertig te'), 'Nota: sectie Een titel van precies zesendertig te');
    assert.equal(description('Rijksbegrotingsvoorbereidingsprocedurebeschrijving'), 'Nota: sectie Rijksbegrotingsvoo…');
  });

  it('keeps the first type\'s snippet for a section title that a later type has too', () => {
    const snippets = createLanguageService({ extraNoteTypes: [{ schema: brief, origin: 'test' }] }).staticSnippets();
    assert.deepEqual(snippets['Nota: sectie Aanleiding']?.prefix, ['sectie-aanleiding']);
  });
});

describe('the frontmatter that makes a Markdown file a note', () => {
  const service = createLanguageService();
  const custom = createLanguageService({ extraNoteTypes: [{ schema: brief, origin: 'test' }] });
  const make = (text: string, type?: string, on = service) => on.makeNote(doc(`file:///m-${text.length}.md`, text), type, { today });
  const block = (subject: string) => `---\ntype: beslisnota\nonderwerp: \${1:${subject}}\naan:\n  - \${2:Minister van Justitie en Veiligheid}\ndatum: \${3:9 maart 2026}\nreferentie: "\${4:…}"\n---\n`;

  it('takes the first level-1 heading as the subject, wherever it stands', () => {
    assert.deepEqual(make('## Onderdeel\n\n# Hoofdtitel\n'), { kind: 'insert', position: { line: 0, character: 0 }, snippet: `${block('Hoofdtitel')}\n` });
  });

  it('adds a blank line before the text, none in a file with nothing but white space, and keeps CRLF', () => {
    for (const text of ['', '\n\n', ' \t\n', '\ufeff']) {
      const answer = make(text);
      assert.equal(answer?.kind === 'insert' && answer.snippet, block('Beleidsreactie op …'), JSON.stringify(text));
    }
    assert.deepEqual(make('\ufeffTekst.\n'), { kind: 'insert', position: { line: 0, character: 1 }, snippet: `${block('Beleidsreactie op …')}\n` });
    assert.deepEqual(make('Tekst.\r\n'), { kind: 'insert', position: { line: 0, character: 0 }, snippet: `${block('Beleidsreactie op …')}\n`.replace(/\n/g, '\r\n') });
  });

  it('takes the title as the subject of a type that gives no example for it', () => {
    const answer = make('# Eigen titel\n', 'memo', createLanguageService({ extraNoteTypes: [{ schema: memo, origin: 'test' }] }));
    assert.match(answer?.kind === 'insert' ? answer.snippet : '', /\nkenmerk: "\$\{5:…\}"\nonderwerp: \$\{6:Eigen titel\}\n---\n\n$/);
  });

  it('adds only `type` for a type that requires no keys', () => {
    assert.deepEqual(make('Tekst.\n', 'brief', custom), { kind: 'insert', position: { line: 0, character: 0 }, snippet: '---\ntype: brief\n---\n\n' });
  });
});

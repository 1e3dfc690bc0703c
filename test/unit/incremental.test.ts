/**
 * Same answers: the language service re-parses only the chunks an edit
 * touched and reuses the rest, so after any sequence of edits its findings
 * must be exactly those of a check that starts from nothing. Random edit
 * sequences (seeded, so a failure can be replayed) are applied the way the
 * language server applies them (TextDocument.update with ranges, increasing
 * versions, one uri), and after each edit the incremental result is compared
 * with a fresh check of the same text.
 *
 * The edits favour what breaks chunking: headings typed and removed, fences
 * and HTML blocks opened and closed, frontmatter fences, line endings, text
 * moved between sections, and undo back to earlier versions (old chunks
 * coming back from the cache).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type NotaLanguageService } from '../../server/src/core/languageService';
import { createMarkdownParser, outlineChunk } from '../../server/src/core/parse/chunkOutline';
import { NoteParser, parseNote } from '../../server/src/core/parse/parseNote';
import type { Locale } from '../../server/src/core/findings/messages';
import { EXAMPLES, loadFixtures } from '../support/fixtures';
import { runs } from '../support/mutations';

/** Replay a failure with NOTA_SEED=<seed from the message>. */
const SEED = Number(process.env.NOTA_SEED ?? 20260319);
/** 480 edits in the unit tests; `npm run fuzz` applies 12,000 (NOTA_FUZZ_RUNS sets the number of sequences). */
const SEQUENCES = runs(16, 400);
const EDITS_PER_SEQUENCE = 30;

/** mulberry32: small, fast, and the same numbers on every platform. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = ReturnType<typeof prng>;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const CHARACTERS = [...'abcdeéz019 .,:;-*_#`~<>!|"\'\t\n\n\n'];
/** Whole lines that open or close the constructs chunking must respect. */
const LINES = [
  '## 6. Nieuwe sectie\n', '### 4.2. Onderdeel\n', '## 2. Geadviseerd besluit\n', '#\n', '####### geen kop\n', '   ## ingesprongen kop\n',
  '```\n', '```md\n', '~~~~\n', '    ## code\n', '<!--\n', '-->\n', '<div>\n', '</div>\n', '<pre>\n', '</pre>\n', '<?x\n',
  '---\n', 'type: beslisnota\n', 'datum: 31 april 2026\n', 'referentie: "12"\n', 'aan:\n  - Minister van Financiën\n',
  '- Minister van Justitie en Veiligheid\n', '> citaat\n', 'Titel\n=====\n', 'tekst\n---\n', '[ref]: https://example.invalid\n', '\n', '\r\n',
];

interface Edit {
  start: number;
  end: number;
  text: string;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** One random edit of `text`; `history` holds earlier texts, for undo. */
function randomEdit(random: Random, text: string, history: readonly string[]): Edit {
  const starts = lineStarts(text);
  // Edits in running text rarely matter; aim two in five at the frontmatter and the headings, where findings come from.
  const hotLines = starts.filter((start, line) => line < 20 || text[start] === '#');
  const hotStart = random() < 0.4 ? pick(random, hotLines) : undefined;
  const offset = hotStart === undefined ? between(random, 0, text.length) : Math.min(text.length, hotStart + between(random, 0, 60));
  const lineAt = () => pick(random, starts);
  const roll = random();
  if (roll < 0.25) return { start: offset, end: offset, text: pick(random, CHARACTERS) };
  if (roll < 0.33) {
    // Overtype one character: the text keeps its length, only its content changes.
    const at = Math.max(0, Math.min(offset, text.length - 1));
    return { start: at, end: Math.min(text.length, at + 1), text: pick(random, CHARACTERS) };
  }
  if (roll < 0.45) return { start: offset, end: Math.min(text.length, offset + between(random, 1, 40)), text: '' };
  if (roll < 0.5) {
    // The first line decides the frontmatter: a BOM, spaces after the fence, a line pushed in front.
    const firstLineEnd = (starts[1] ?? text.length + 1) - 1;
    const at = pick(random, [0, firstLineEnd]);
    return random() < 0.25 && text.length > 0 ? { start: 0, end: 1, text: '' } : { start: at, end: at, text: pick(random, ['\uFEFF', ' ', '\t', '\n', '-', 'x']) };
  }
  if (roll < 0.7) {
    const at = lineAt();
    return { start: at, end: at, text: pick(random, LINES) };
  }
  if (roll < 0.8) {
    // Delete a run of whole lines: a section lost, a fence or a frontmatter fence closed elsewhere.
    const first = between(random, 0, starts.length - 1);
    const last = Math.min(starts.length, first + between(random, 1, 12));
    return { start: starts[first] as number, end: starts[last] ?? text.length, text: '' };
  }
  if (roll < 0.9) {
    // Copy a run of lines elsewhere: chunks whose text already exists.
    const first = between(random, 0, starts.length - 1);
    const copied = text.slice(starts[first], starts[Math.min(starts.length, first + between(random, 1, 15))] ?? text.length);
    const at = lineAt();
    return { start: at, end: at, text: copied.endsWith('\n') ? copied : `${copied}\n` };
  }
  // Undo: back to an earlier version, as one edit that replaces everything.
  return { start: 0, end: text.length, text: history.length ? pick(random, history) : text };
}

/**
 * The reference: a brand-new service checking the text as a document it has
 * never seen. Services are built afresh every few checks (building one
 * compiles the schemas, too slow for every edit); each check uses a new uri
 * with the same file name, so nothing of an earlier document is reused.
 */
class FreshChecker {
  private service: NotaLanguageService = createLanguageService();
  private checks = 0;

  check(fileName: string, text: string, locale: Locale) {
    if (++this.checks % 25 === 0) this.service = createLanguageService();
    const document = { uri: `file:///fresh/${this.checks}/${fileName}`, version: 1, getText: () => text };
    const parsed = this.service.parse(document);
    const result = { findings: this.service.check(document, { locale }), outline: outlineOf(parsed) };
    this.service.close(document.uri);
    return result;
  }
}

function outlineOf(parsed: ReturnType<NotaLanguageService['parse']>) {
  return { headings: parsed.headings, frontmatter: parsed.frontmatter, bodyStart: parsed.bodyStart };
}

/**
 * The headings of the text parsed in one piece, without chunks: a fresh check
 * chunks too, so this is what catches a split that changes the parse.
 */
const wholeParser = createMarkdownParser();
function wholeHeadings(text: string) {
  // The whole text, byte order mark and all: the parser drops exactly one, as the note's reading does.
  return outlineChunk(wholeParser, text).headings.map((h) => ({ level: h.level, text: h.text, start: h.start, end: h.end, contentAfter: h.contentAfter }));
}

function startingNotes(): { name: string; text: string }[] {
  const example = readFileSync(path.join(EXAMPLES, 'beslisnota.md'), 'utf8');
  const fixtures = loadFixtures().filter((f) => f.text.length > 200);
  return [
    { name: 'beslisnota.md', text: example },
    { name: 'crlf.md', text: example.replace(/\n/g, '\r\n') },
    // Long enough for many chunks (a chunk is at least a couple of KB), so most edits leave most chunks alone.
    { name: 'groot.nota.md', text: example.replace('## 5. ', `${Array.from({ length: 40 }, (_, i) => `### 4.${i + 2}. Deel ${i}\n\n${`Tekst over deel ${i}, met een zin die de alinea wat langer maakt. `.repeat(6)}\n\n- punt\n- nog een punt\n\n`).join('')}## 5. `) },
    ...fixtures.map((f) => ({ name: `${f.name}.md`, text: f.text })),
  ];
}

describe('incremental checking gives the same answers as a full check', function () {
  this.timeout(0);

  it(`after ${SEQUENCES * EDITS_PER_SEQUENCE} random edits (seed ${SEED})`, () => {
    const random = prng(SEED);
    const notes = startingNotes();
    const fresh = new FreshChecker();
    const service = createLanguageService();
    let compared = 0;

    for (let sequence = 0; sequence < SEQUENCES; sequence++) {
      const note = notes[sequence % notes.length] as (typeof notes)[number];
      const uri = `file:///work/${sequence}/${note.name}`;
      let document = TextDocument.create(uri, 'markdown', 1, note.text);
      const history: string[] = [];
      const locale: Locale = sequence % 3 === 2 ? 'en' : 'nl';
      service.check(document, { locale });

      for (let step = 0; step < EDITS_PER_SEQUENCE; step++) {
        const before = document.getText();
        const edit = randomEdit(random, before, history);
        history.push(before);
        const range = { start: document.positionAt(edit.start), end: document.positionAt(edit.end) };
        document = TextDocument.update(document, [{ range, text: edit.text }], document.version + 1);

        const text = document.getText();
        const incremental = { findings: service.check(document, { locale }), outline: outlineOf(service.parse(document)) };
        const expected = fresh.check(note.name, text, locale);
        const where = `seed ${SEED}, sequence ${sequence} (${note.name}), edit ${step}: ${JSON.stringify(edit).slice(0, 200)}\n--- text ---\n${JSON.stringify(text).slice(0, 4000)}`;
        assert.deepEqual(incremental, expected, where);
        const headings = incremental.outline.headings.map((h) => ({ level: h.level, text: h.text, start: h.span.start, end: h.span.end, contentAfter: h.contentAfter }));
        assert.deepEqual(headings, wholeHeadings(text), `headings differ from a parse in one piece; ${where}`);
        compared++;
      }
      service.close(uri);
    }
    assert.equal(compared, SEQUENCES * EDITS_PER_SEQUENCE);
  });
});

describe('incremental parsing: named edits beside the random ones', () => {
  const note = [
    '---', 'type: beslisnota', 'onderwerp: Eerst', 'datum: 19 maart 2026', '---', '',
    '## 1. Aanleiding', '', 'Tekst *een*.', '', '## 2. Geadviseerd besluit', '', 'Tekst *twee*.', '', '## 3. Kernpunten', '', 'Tekst *drie*.', '',
  ].join('\n');
  /** What must be the same after any edit: the outline and the frontmatter as a fresh parse reads them. */
  const reading = (parsed: ReturnType<typeof parseNote>) => ({
    headings: parsed.headings.map((h) => [h.level, h.text, h.span.start, h.span.end, h.contentAfter, h.numberSpan?.start ?? null]),
    status: parsed.frontmatter.status,
    value: parsed.frontmatter.yaml?.value,
    spans: [...(parsed.frontmatter.yaml?.valueSpans ?? [])],
    keys: [...(parsed.frontmatter.yaml?.keySpans ?? [])],
    bodyStart: parsed.bodyStart,
  });
  // Sections in runs of any size, and each through the parser (its cache) as well as read from its lines.
  const parsers = () => [new NoteParser(undefined, 0, false), new NoteParser(undefined, 0, true), new NoteParser()];

  const edits: [name: string, edit: (text: string) => string][] = [
    ['text typed in the first section moves every later heading', (t) => t.replace('Tekst *een*.', 'Tekst *een*, langer.')],
    ['a section deleted', (t) => t.replace('## 2. Geadviseerd besluit\n\nTekst *twee*.\n\n', '')],
    ['two sections swapped (their texts come from the cache at new places)', (t) => t.replace(/## 2\.[^#]*## 3\.[^#]*$/, '## 3. Kernpunten\n\nTekst *drie*.\n\n## 2. Geadviseerd besluit\n\nTekst *twee*.\n')],
    ['a section duplicated', (t) => `${t}## 3. Kernpunten\n\nTekst *drie*.\n`],
    ['a frontmatter value changed, in place', (t) => t.replace('onderwerp: Eerst', 'onderwerp: Later')],
    ['the same frontmatter moved by spaces after the opening fence', (t) => t.replace(/^---\n/, '---   \n')],
    ['a byte order mark put in front', (t) => `\ufeff${t}`],
    ['the frontmatter closed one line earlier', (t) => t.replace('datum: 19 maart 2026\n---\n', '---\ndatum: 19 maart 2026\n')],
    ['a heading level changed', (t) => t.replace('## 3. Kernpunten', '### 3. Kernpunten')],
  ];

  for (const [name, edit] of edits) {
    it(`${name}: the same reading as a fresh parse`, () => {
      const edited = edit(note);
      assert.notEqual(edited, note);
      for (const parser of parsers()) {
        assert.deepEqual(reading(parser.parse(note)), reading(parseNote(note)));
        assert.deepEqual(reading(parser.parse(edited)), reading(parseNote(edited)), name);
        // And back again (undo): the earlier version's parts were not kept, and must be read again right.
        assert.deepEqual(reading(parser.parse(note)), reading(parseNote(note)), `${name}, undone`);
      }
    });
  }
});


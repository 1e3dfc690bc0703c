/**
 * Generated notes for the import's property tests: a note as data (head and
 * sections), its Markdown as Nota writes it, and its text as extracted from
 * a published PDF in the layout of the seed (addressees, the bold sender
 * wrapped in a narrow column, addresses, the type word, the subject wrapped,
 * Datum / Onze referentie / Bijlage(n), sections, and a running header with
 * a page number somewhere in the text).
 */
import fc from 'fast-check';

export interface ListItemSpec {
  text: string;
  children: string[];
}

export type BlockSpec = { kind: 'paragraph'; text: string } | { kind: 'list'; items: ListItemSpec[] };

export interface SectionSpec {
  title: string;
  blocks: BlockSpec[];
  /** Subsections: numbered ("4.1. Afstemming") or not ("Bevindingen"). */
  subsections: { title: string; numbered: boolean; blocks: BlockSpec[] }[];
}

export interface NoteSpec {
  type: 'beslisnota' | 'informatienota';
  typeWord: string;
  onderwerp: string;
  aan: string[];
  datum: string;
  referentie: string;
  bijlagen?: number;
  afzender: { organisatie: string; onderdeel: string[]; bezoekadres: string; postadres: string };
  sections: SectionSpec[];
  /** Labels and values on one line ("Datum 19 maart 2026"). */
  labelsInline: boolean;
  /** Paragraphs and list items wrapped over lines of about 80 characters, as a PDF's lines are. */
  wrapBody: boolean;
  /** Before which top-level block (index into the flattened body) the running header of page 2 stands. */
  pageBreakAt: number;
}

const WORDS = ['beleid', 'uitvoering', 'gemeenten', 'kabinet', 'wetsvoorstel', 'toezicht', 'capaciteit', 'termijn', 'advies', 'rapport', 'middelen', 'regio', 'aanpak', 'onderzoek', 'partners', 'inzet', 'gevolgen', 'brief', 'voorstel', 'kosten', 'planning', 'burgers', 'instanties', 'afspraken', 'signalen', 'keten', 'jaar', 'overleg', 'besluit', 'wet', 'en', 'van', 'de', 'het', 'voor', 'met', 'op', 'in', 'een', 'is', 'wordt', 'zijn', 'naar', 'over', 'bij', '2026', '12', 'Woo', 'JenV', 'Tweede', 'Kamer'];
const CAPITALS = ['Het', 'De', 'Dit', 'Er', 'Volgens', 'Binnen', 'Sinds', 'Daarom', 'Ook', 'Bovendien', 'Tegelijk', 'Hierbij', 'Gemeenten', 'Het kabinet'];
const TITLES = ['Minister van Justitie en Veiligheid', 'Staatssecretaris van Justitie en Veiligheid', 'Minister van Binnenlandse Zaken en Koninkrijksrelaties', 'Minister van Onderwijs, Cultuur en Wetenschap', 'Staatssecretaris van Financiën', 'Minister van Infrastructuur en Waterstaat', 'Minister van Volksgezondheid, Welzijn en Sport', 'Minister van Asiel en Migratie'];
const ORGANISATIONS = ['Directoraat-Generaal Rechtspleging en Rechtshandhaving', 'Directoraat-generaal Openbaar Bestuur en Democratische Rechtsstaat', 'Directoraat-Generaal Migratie', 'Directoraat-Generaal Politie en Veiligheidsregio’s'];
const UNITS = ['Directie Rechtshandhaving en Criminaliteitsbestrijding', 'Cybercrime en zeden', 'Directie Wetgeving en Juridische Zaken', 'Afdeling Kiesrecht', 'Team Internationaal', 'Directie Democratie en Bestuur'];
const STREETS = [['Turfmarkt 147', '2511 DP Den Haag'], ['Bezuidenhoutseweg 73', '2594 AC Den Haag'], ['Rijnstraat 8', '2515 XP Den Haag']];
const BOXES = [['Postbus 20301', '2500 EH Den Haag'], ['Postbus 20011', '2500 EA Den Haag'], ['Postbus 20901', '2500 EX Den Haag']];
const OPTIONAL = ['Krachtenveld', 'Juridische aspecten', 'Financiële aspecten', 'Uitvoering', 'Communicatie', 'Fraudetoets', 'Toezeggingen'];
const SUBHEADINGS = ['Bevindingen', 'Achtergrond', 'Stand van zaken', 'Vervolg', 'Risico’s'];
const SUBTITLES = ['Afstemming', 'Financiën', 'Planning', 'Betrokken partijen'];
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

const word = fc.constantFrom(...WORDS);
/** A word, sometimes bold or italic. */
const markedWord = fc.tuple(word, fc.nat(11)).map(([w, mark]) => (mark === 0 ? `**${w}**` : mark === 1 ? `*${w}*` : w));
const sentence = fc.tuple(fc.constantFrom(...CAPITALS), fc.array(markedWord, { minLength: 3, maxLength: 14 }), fc.constantFrom('.', '.', '.', '?')).map(([first, rest, end]) => joinMarks(`${first} ${rest.join(' ')}${end}`));

/** "**a** **b**" is written "**a b**": the same text, and the form every reader gives back. */
function joinMarks(text: string): string {
  let joined = text;
  for (let previous = ''; previous !== joined; ) {
    previous = joined;
    joined = joined.replace(/\*\*([^*]+)\*\* \*\*/g, '**$1 ').replace(/(^|[^*])\*([^*]+)\* \*(?!\*)/g, '$1*$2 ');
  }
  return joined;
}
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => ({ kind: 'paragraph' as const, text: sentences.join(' ') }));
const itemText = fc.tuple(fc.constantFrom(...CAPITALS), fc.array(word, { minLength: 2, maxLength: 12 })).map(([first, rest]) => `${first} ${rest.join(' ')}.`);
const list = fc.array(fc.record({ text: itemText, children: fc.array(itemText, { maxLength: 2 }) }), { minLength: 1, maxLength: 5 }).map((items) => ({ kind: 'list' as const, items }));
// Two lists in a row would read as one list (text has nothing between them): a paragraph always stands between.
const blocks = fc
  .array(fc.oneof({ weight: 3, arbitrary: paragraph }, { weight: 1, arbitrary: list }), { minLength: 1, maxLength: 3 })
  .map((list) => list.filter((block, i) => !(block.kind === 'list' && list[i - 1]?.kind === 'list')));
const date = fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 2019, max: 2030 })).map(([d, m, y]) => `${d} ${MONTHS[m]} ${y}`);

export const noteSpec: fc.Arbitrary<NoteSpec> = fc
  .record({
    informatie: fc.boolean(),
    wordSaysType: fc.boolean(),
    onderwerp: fc.tuple(fc.constantFrom('Beleidsreactie', 'Stand van zaken', 'Uitwerking', 'Evaluatie'), fc.array(word, { minLength: 2, maxLength: 14 })).map(([a, b]) => `${a} ${b.join(' ')}`),
    aan: fc.uniqueArray(fc.constantFrom(...TITLES), { minLength: 1, maxLength: 3 }),
    datum: date,
    referentie: fc.integer({ min: 1_000_000, max: 9_999_999 }).map(String),
    bijlagen: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    organisatie: fc.constantFrom(...ORGANISATIONS),
    onderdeel: fc.uniqueArray(fc.constantFrom(...UNITS), { maxLength: 3 }),
    street: fc.constantFrom(...STREETS),
    box: fc.constantFrom(...BOXES),
    optional: fc.subarray(OPTIONAL),
    bodies: fc.array(blocks, { minLength: 8, maxLength: 8 }),
    subheading: fc.option(fc.tuple(fc.constantFrom(...SUBHEADINGS), blocks), { nil: undefined }),
    subsection: fc.option(fc.tuple(fc.constantFrom(...SUBTITLES), blocks), { nil: undefined }),
    labelsInline: fc.boolean(),
    wrapBody: fc.boolean(),
    pageBreak: fc.nat(),
  })
  .map((r) => {
    const titles = ['Aanleiding', ...(r.informatie ? [] : ['Geadviseerd besluit']), 'Kernpunten', 'Toelichting', ...r.optional, 'Informatie die niet openbaar gemaakt kan worden'];
    const sections: SectionSpec[] = titles.map((title, i) => ({ title, blocks: r.bodies[i % r.bodies.length] as BlockSpec[], subsections: [] }));
    const advised = sections.find((s) => s.title === 'Geadviseerd besluit');
    // Every addressee is named in the advised decision, so the note checks clean.
    if (advised) advised.blocks = [{ kind: 'paragraph', text: `U wordt geadviseerd in te stemmen. ${r.aan.map((a) => `De ${a.toLowerCase()} stemt in.`).join(' ')}` }, ...advised.blocks];
    const toelichting = sections.find((s) => s.title === 'Toelichting') as SectionSpec;
    if (r.subheading) toelichting.subsections.push({ title: r.subheading[0], numbered: false, blocks: r.subheading[1] });
    if (r.subsection) toelichting.subsections.push({ title: r.subsection[0], numbered: true, blocks: r.subsection[1] });
    const type: NoteSpec['type'] = r.informatie ? 'informatienota' : 'beslisnota';
    const spec: NoteSpec = {
      type,
      typeWord: r.wordSaysType ? type : 'nota',
      onderwerp: r.onderwerp,
      aan: r.aan,
      datum: r.datum,
      referentie: r.referentie,
      ...(r.bijlagen !== undefined ? { bijlagen: r.bijlagen } : {}),
      afzender: { organisatie: r.organisatie, onderdeel: r.onderdeel, bezoekadres: r.street.join(', '), postadres: r.box.join(', ') },
      sections,
      labelsInline: r.labelsInline,
      wrapBody: r.wrapBody,
      pageBreakAt: 0,
    };
    spec.pageBreakAt = 1 + (r.pageBreak % Math.max(1, bodyUnits(spec).length - 1));
    return spec;
  });

/** The note as Nota writes it. */
export function specMarkdown(spec: NoteSpec): string {
  const yamlList = (items: readonly string[], indent: string) => items.map((item) => `${indent}- ${item}`).join('\n');
  const front = [
    `type: ${spec.type}`,
    `onderwerp: ${spec.onderwerp}`,
    'aan:',
    yamlList(spec.aan, '  '),
    `datum: ${spec.datum}`,
    `referentie: "${spec.referentie}"`,
    ...(spec.bijlagen !== undefined ? [`bijlagen: ${spec.bijlagen}`] : []),
    'afzender:',
    `  organisatie: ${spec.afzender.organisatie}`,
    ...(spec.afzender.onderdeel.length ? ['  onderdeel:', yamlList(spec.afzender.onderdeel, '    ')] : []),
    `  bezoekadres: ${spec.afzender.bezoekadres}`,
    `  postadres: ${spec.afzender.postadres}`,
  ];
  const body = bodyUnits(spec).map((unit) => unit.markdown);
  return `---\n${front.join('\n')}\n---\n\n${body.join('\n\n')}\n`;
}

interface BodyUnit {
  markdown: string;
  text: string;
}

/** The body as units (a heading, a paragraph, a list), each as Markdown and as extracted text. */
export function bodyUnits(spec: NoteSpec): BodyUnit[] {
  const units: BodyUnit[] = [];
  const wrap = (text: string, width: number, indent: string) => (spec.wrapBody ? wrapText(text, width).join(`\n${indent}`) : text);
  const blockUnits = (list: readonly BlockSpec[]) => {
    for (const block of list) {
      if (block.kind === 'paragraph') units.push({ markdown: block.text, text: wrap(block.text, 80, '') });
      else {
        const md = block.items.flatMap((item) => [`- ${item.text}`, ...item.children.map((c) => `  - ${c}`)]).join('\n');
        const text = block.items.flatMap((item) => [`- ${wrap(item.text, 76, '  ')}`, ...item.children.map((c) => ` - ${wrap(c, 74, '   ')}`)]).join('\n');
        units.push({ markdown: md, text });
      }
    }
  };
  spec.sections.forEach((section, i) => {
    units.push({ markdown: `## ${i + 1}. ${section.title}`, text: `${i + 1}. ${section.title}` });
    blockUnits(section.blocks);
    let sub = 0;
    for (const subsection of section.subsections) {
      const title = subsection.numbered ? `${i + 1}.${++sub}. ${subsection.title}` : subsection.title;
      units.push({ markdown: `### ${title}`, text: title });
      blockUnits(subsection.blocks);
    }
  });
  return units;
}

/** Wraps text at `width` characters where a narrow column would, after a joining word ("en", "van") if it can. */
export function wrapColumn(text: string, width: number): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && `${line} ${w}`.length > width && /\b(en|van|voor|de)$/.test(line)) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && `${line} ${w}`.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

/** The lines of the running header that page 2 repeats. */
export function runningHeader(spec: NoteSpec): string[] {
  return [...senderLines(spec), '', ...label('Datum', spec.datum, spec.labelsInline), '', ...label('Onze referentie', spec.referentie, spec.labelsInline), '', 'Pagina 2 van 2'];
}

function senderLines(spec: NoteSpec): string[] {
  const organisation = wrapColumn(spec.afzender.organisatie, 28);
  organisation[0] = `**${organisation[0]}`;
  organisation[organisation.length - 1] = `${organisation[organisation.length - 1]}**`;
  return [...organisation, ...spec.afzender.onderdeel.flatMap((u) => wrapColumn(u, 28))];
}

function label(name: string, value: string, inline: boolean): string[] {
  return inline ? [`${name} ${value}`] : [name, value];
}

/** The note as text extracted from its PDF, in the seed's layout. */
export function specText(spec: NoteSpec): string {
  const [street, town] = spec.afzender.bezoekadres.split(', ');
  const [box, boxTown] = spec.afzender.postadres.split(', ');
  const head = [
    '', '',
    ...spec.aan,
    '',
    ...senderLines(spec),
    '',
    street, town, box, boxTown,
    '',
    spec.typeWord,
    '',
    ...wrapText(spec.onderwerp, 44),
    '',
    ...label('Datum', spec.datum, spec.labelsInline),
    '',
    ...label('Onze referentie', spec.referentie, spec.labelsInline),
    ...(spec.bijlagen !== undefined ? ['', ...label('Bijlage(n)', String(spec.bijlagen), spec.labelsInline)] : []),
    '',
    'Pagina 1 van 2',
    '',
  ];
  const units = bodyUnits(spec).map((u) => u.text);
  units.splice(spec.pageBreakAt, 0, runningHeader(spec).join('\n'));
  return `${head.join('\n')}\n${units.join('\n\n')}\n`;
}

/** Words as the comparisons count them: letters and digits, no punctuation or Markdown. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}’']+/gu) ?? [];
}

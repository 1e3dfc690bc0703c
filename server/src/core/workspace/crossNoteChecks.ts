/**
 * Checks across notes, read from the workspace index: `reference-duplicate`
 * when another note carries the same reference ("Onze referentie"). The
 * finding stands on the reference in each note and names the others; its
 * data says where they are, for the quick fix that opens them.
 */
import type { Range } from '../text/lineIndex';
import { createFinding, type Finding } from '../findings/finding';
import { formatMessage, type Locale } from '../findings/messages';
import type { NoteIndex } from './noteIndex';

/** How many other notes a message names; more are counted. */
const NAMED_IN_MESSAGE = 3;

export interface OtherNote {
  uri: string;
  name: string;
  range: Range;
}

export function crossNoteFindings(uri: string, index: NoteIndex, locale: Locale): Finding[] {
  const note = index.get(uri);
  if (!note?.reference) return [];
  const others: OtherNote[] = index
    .withReference(note.reference.value)
    .filter((other) => other.uri !== uri && other.reference)
    .map((other) => ({ uri: other.uri, name: other.name, range: (other.reference as { range: Range }).range }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.uri.localeCompare(b.uri));
  if (others.length === 0) return [];
  return [createFinding(locale, {
    code: 'reference-duplicate',
    messageId: 'reference-duplicate',
    args: { value: note.reference.value, others: nameList(others.map((o) => o.name), locale) },
    range: note.reference.range,
    data: { others },
  })];
}

/** ‘a.md’, ‘b.md’ en ‘c.md’ — or the first few and how many more. */
function nameList(names: readonly string[], locale: Locale): string {
  const quoted = names.slice(0, NAMED_IN_MESSAGE).map((name) => `‘${name}’`);
  const rest = names.length - quoted.length;
  if (rest > 0) quoted.push(formatMessage(locale, 'list.more', { count: rest }));
  if (quoted.length === 1) return quoted[0] as string;
  return `${quoted.slice(0, -1).join(', ')} ${formatMessage(locale, 'list.and')} ${quoted.at(-1) as string}`;
}

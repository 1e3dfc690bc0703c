/**
 * The import report as lines for a person: the type and why, what was
 * recognised, what was dropped as page furniture, and what could not be
 * placed (and where it went).
 */
import type { Locale } from '../findings/messages';
import type { ImportReport } from './importedNote';
import { countOf, importMessage } from './importMessages';
import type { DroppedText } from './source';

export function reportLines(report: ImportReport, locale: Locale): string[] {
  const reason =
    report.typeReason === 'word'
      ? importMessage(locale, 'reason.word', { word: report.typeWord ?? report.type })
      : importMessage(locale, report.typeReason === 'advised-decision' ? 'reason.advised-decision' : 'reason.no-advised-decision');
  const items = [
    ...report.fields.filter((field) => field !== 'type'),
    ...counted(locale, [
      ['count.sections', report.sections],
      ['count.subsections', report.subsections],
      ['count.subheadings', report.subheadings],
      ['count.lists', report.lists],
      ['count.tables', report.tables],
    ]),
  ];
  const lines = [importMessage(locale, 'report.type', { type: report.type, reason }), importMessage(locale, 'report.recognised', { items: items.join(', ') })];
  if (report.dateRewritten) lines.push(importMessage(locale, 'report.date-rewritten', report.dateRewritten));
  lines.push(droppedLine(report.dropped, locale));
  if (report.noSections) lines.push(importMessage(locale, 'report.no-sections'));
  if (report.unplaced.length) lines.push(importMessage(locale, 'report.unplaced', { items: report.unplaced.map(quote).join(', ') }));
  return lines;
}

function counted(locale: Locale, counts: readonly [Parameters<typeof countOf>[1], number][]): string[] {
  return counts.filter(([, count]) => count > 0).map(([id, count]) => countOf(locale, id, count));
}

function droppedLine(dropped: readonly DroppedText[], locale: Locale): string {
  if (!dropped.length) return importMessage(locale, 'report.nothing-dropped');
  const kinds: DroppedText['kind'][] = ['running-header', 'page-number', 'header-footer', 'artifact', 'title'];
  const parts = kinds.flatMap((kind) => {
    const texts = dropped.filter((d) => d.kind === kind).map((d) => d.text);
    if (!texts.length) return [];
    const sample = texts.length <= 2 ? texts.map(quote).join(', ') : `${quote(texts[0] as string)} … ${quote(texts[texts.length - 1] as string)}`;
    return [importMessage(locale, `dropped.${kind}`, { lines: countOf(locale, 'count.lines', texts.length), sample })];
  });
  return importMessage(locale, 'report.dropped', { items: parts.join('; ') });
}

function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `‘${short}’`;
}

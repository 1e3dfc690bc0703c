/**
 * Hover: what a frontmatter key means (its schema description), who a short
 * form or title is (MJenV -> minister van Justitie en Veiligheid; a title
 * with a portfolio shows both parts), what a Woo ground code stands for
 * (5.1.2e), and which weekday a date falls on.
 */
import type { AnySchemaObject } from 'ajv';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { NoteContext } from './noteContext';
import type { PortfolioHolder } from '../domain/portfolioRegistry';
import type { Span } from '../text/lineIndex';
import { frontmatterSchemaOf } from '../check/checkNote';
import { DUTCH_MONTHS, dutchWeekday, formatDutchDate, parseNoteDate } from '../domain/dutchDate';
import { formatMessage } from '../findings/messages';
import { WOO_GROUNDS } from '../builtin';
import { unescapePointerToken } from '../model/jsonPointer';

const WOO_CODE = /(?<![\d.])5\.(?:1\.[12][a-i]|1\.5|2)(?![\d\p{L}])/gu;
const DATE_IN_TEXT = new RegExp(String.raw`\b(?:\d{1,2} (?:${DUTCH_MONTHS.join('|')}) \d{4}|\d{4}-\d{2}-\d{2})\b`, 'g');

export function hover(context: NoteContext, position: Position): Hover | null {
  const { parsed, sourceMap } = context;
  const offset = parsed.lines.offsetAt(position);
  const contains = (span: Span) => span.start <= offset && offset <= span.end;
  const answer = (markdown: string, span: Span): Hover => ({ contents: { kind: MarkupKind.Markdown, value: markdown }, range: parsed.lines.rangeOf(span) });

  for (const [pointer, span] of sourceMap.keySpans) {
    if (!contains(span)) continue;
    const property = propertySchema(frontmatterSchemaOf(context.type), pointer);
    if (property && typeof property.description === 'string') return answer(`**${pointer.split('/').at(-1)}**: ${property.description}`, span);
  }

  const lineSpan = parsed.lines.lineSpanAt(offset);
  const line = parsed.text.slice(lineSpan.start, lineSpan.end);
  const at = offset - lineSpan.start;
  const inLine = (start: number, end: number) => start <= at && at <= end;

  for (const match of line.matchAll(DATE_IN_TEXT)) {
    const date = parseNoteDate(match[0]);
    if (date && inLine(match.index, match.index + match[0].length)) {
      return answer(`${dutchWeekday(date)} ${formatDutchDate(date)}`, { start: lineSpan.start + match.index, end: lineSpan.start + match.index + match[0].length });
    }
  }
  for (const match of line.matchAll(WOO_CODE)) {
    const ground = WOO_GROUNDS.find((g) => g.code === match[0]);
    if (ground && inLine(match.index, match.index + match[0].length)) {
      const kind = formatMessage(context.locale, `woo.kind.${ground.kind}` as 'woo.kind.absolute');
      return answer(`**Woo ${ground.code}**: ${ground.ground} (${kind})`, { start: lineSpan.start + match.index, end: lineSpan.start + match.index + match[0].length });
    }
  }
  for (const mention of context.registry.findMentions(line, context.portfolioHints)) {
    if (!inLine(mention.start, mention.end) || !mention.holderId) continue;
    const holder = context.registry.get(mention.holderId);
    if (!holder) continue;
    return answer(holderMarkdown(context, holder, mention.portfolio), { start: lineSpan.start + mention.start, end: lineSpan.start + mention.end });
  }
  return null;
}

/** The holder's title and short forms; for a title with a portfolio, the portfolio too, and what the registry lists. */
function holderMarkdown(context: NoteContext, holder: PortfolioHolder, portfolio: string | undefined): string {
  const shorts = holder.shortForms.length ? ` (${holder.shortForms.join(', ')})` : '';
  const parts = [`**${holder.title}**${shorts}`];
  if (portfolio !== undefined) {
    const unlisted = context.registry.portfolioAccepted(holder, portfolio) ? '' : ` (${formatMessage(context.locale, 'hover.portfolioUnlisted')})`;
    parts.push(`${formatMessage(context.locale, 'hover.portfolio')}: **${portfolio.replace(/\s+/g, ' ')}**${unlisted}`);
  }
  if (holder.portfolios.length) parts.push(`${formatMessage(context.locale, 'hover.portfoliosListed')}: ${holder.portfolios.join('; ')}`);
  return parts.join('\n\n');
}

function propertySchema(schema: AnySchemaObject | undefined, pointer: string): AnySchemaObject | undefined {
  let current = schema;
  for (const token of pointer.split('/').slice(2)) {
    if (!current) return undefined;
    // An index steps into a list's items; `items: true` (any item) has no description, like a missing schema.
    if (/^\d+$/.test(token) && current.items) current = current.items as AnySchemaObject;
    else current = (current.properties as Record<string, AnySchemaObject> | undefined)?.[unescapePointerToken(token)];
  }
  return current;
}

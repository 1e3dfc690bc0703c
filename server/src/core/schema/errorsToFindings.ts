/**
 * Turns ajv's errors on a note model into findings: picks the code (Nota
 * keywords bring their own; standard keywords map by kind, or by the
 * subschema's `x-nota-finding`), finds the span through the source map, and
 * words the message.
 */
import type { ErrorObject, AnySchemaObject } from 'ajv';
import type { NoteModel, NoteSourceMap } from '../model/noteModel';
import type { LineIndex, Span } from '../text/lineIndex';
import { isFindingCode, type FindingCode } from '../findings/codes';
import { createFinding, type Finding } from '../findings/finding';
import { formatMessage, type Locale, type MessageArgs, type MessageId } from '../findings/messages';
import type { NotaKeywordError } from './context';
import { FINDING_KEYWORD, PATTERN_HINT_KEYWORD } from './noteTypes';
import { escapePointerToken, unescapePointerToken, valueAtPointer } from '../model/jsonPointer';
import { fieldLabel, ordinal, valuePhrase } from '../findings/fieldPhrase';
import { isPlaceholderValue } from '../check/placeholders';

export interface MappingInput {
  errors: (ErrorObject | NotaKeywordError)[];
  model: NoteModel;
  sourceMap: NoteSourceMap;
  lines: LineIndex;
  locale: Locale;
  noteTypeName: string;
}

export function errorsToFindings(input: MappingInput): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of input.errors) {
    const finding = isNotaError(error) ? fromNotaError(error, input) : fromSchemaError(error, input);
    if (!finding) continue;
    // Several keywords can fail on one value (type and pattern): one finding is enough.
    const key = `${finding.code}|${finding.range.start.line}:${finding.range.start.character}|${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

/** Nota's keywords put a finding code (and a message id) in their params; ajv's own keywords never have a `code` there. */
function isNotaError(error: ErrorObject | NotaKeywordError): error is NotaKeywordError {
  return isFindingCode((error.params as { code?: unknown }).code);
}

function fromNotaError(error: NotaKeywordError, input: MappingInput): Finding {
  const { params } = error;
  const span = params.span ?? spanOf(params.pointer, input.sourceMap, input.lines);
  return createFinding(input.locale, { code: params.code, messageId: params.messageId, args: params.args, range: input.lines.rangeOf(span), data: params.data ?? {} });
}

function fromSchemaError(error: ErrorObject, input: MappingInput): Finding | null {
  const { sourceMap, lines, locale } = input;
  const field = fieldName(error.instancePath);
  switch (error.keyword) {
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      const pointer = `${error.instancePath}/${missing}`;
      const parentKey = sourceMap.keySpans.get(error.instancePath);
      const span = parentKey ?? sourceMap.frontmatterOpenLine ?? lines.lineSpanAt(0);
      return createFinding(locale, {
        code: 'field-missing', messageId: 'field-missing', args: { field: fieldLabel(pointer, locale) }, range: lines.rangeOf(span),
        data: { field: fieldName(pointer), pointer, insertAt: lines.positionAt(insertionPoint(error.instancePath, sourceMap, lines)) },
      });
    }
    case 'additionalProperties': {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      const pointer = `${error.instancePath}/${escapePointerToken(extra)}`;
      const span = sourceMap.keySpans.get(pointer) ?? spanOf(pointer, sourceMap, lines);
      return createFinding(locale, {
        code: 'field-unknown', messageId: 'field-unknown', args: { field: fieldLabel(pointer, locale), noteType: input.noteTypeName },
        range: lines.rangeOf(span), data: { field: fieldName(pointer), pointer },
      });
    }
    default: {
      if (!error.instancePath.startsWith('/frontmatter')) return null;
      const value = valueAtPointer(input.model, error.instancePath);
      const span = spanOf(error.instancePath, sourceMap, lines);
      const annotated = (error.parentSchema as AnySchemaObject | undefined)?.[FINDING_KEYWORD];
      const code: FindingCode = !isEmpty(value) && isFindingCode(annotated) ? annotated : 'field-invalid';
      const { messageId, args } = describe(error, value, code, locale);
      const data: Record<string, unknown> = { field, pointer: error.instancePath, value: printable(value) };
      if (isPlaceholderValue(value)) data.placeholder = true;
      return createFinding(locale, { code, messageId, args, range: lines.rangeOf(span), data });
    }
  }
}

function describe(error: ErrorObject, value: unknown, code: FindingCode, locale: Locale): { messageId: MessageId; args: MessageArgs } {
  const text = printable(value);
  const subject = valuePhrase(error.instancePath, locale, true);
  if (code === 'date-invalid') return { messageId: 'date-invalid', args: { value: text } };
  if (code === 'reference-invalid') {
    const hint = (error.parentSchema as AnySchemaObject | undefined)?.[PATTERN_HINT_KEYWORD] as Record<string, string> | undefined;
    const pattern: unknown = (error.parentSchema as AnySchemaObject | undefined)?.pattern;
    const form = hint?.[locale] ?? (typeof pattern === 'string' ? pattern : undefined);
    // A reference rule without a pattern (only a length, say) has no form to name: its keyword's own words say what is wrong.
    if (form !== undefined) return { messageId: 'reference-invalid', args: { value: text, hint: form } };
  }
  if (isPlaceholderValue(value)) return placeholderMessage(error.instancePath, text, locale);
  if (isEmpty(value)) return { messageId: 'field-invalid.empty', args: { subject } };
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type': {
      const wanted = String(params.type).split(',')[0] as string;
      const known = ['string', 'integer', 'number', 'array', 'object', 'boolean'].includes(wanted);
      return { messageId: 'field-invalid.type', args: { subject, expected: known ? formatMessage(locale, `type.${wanted}` as MessageId) : wanted } };
    }
    case 'const':
      return { messageId: 'field-invalid.allowed', args: { subject, allowed: quoted(params.allowedValue) } };
    case 'enum':
      return { messageId: 'field-invalid.allowed', args: { subject, allowed: (params.allowedValues as unknown[]).map(quoted).join(', ') } };
    case 'minimum':
    case 'exclusiveMinimum':
      return { messageId: 'field-invalid.minimum', args: { subject, limit: String(params.limit) } };
    case 'maximum':
    case 'exclusiveMaximum':
      return { messageId: 'field-invalid.maximum', args: { subject, limit: String(params.limit) } };
    case 'minItems':
      return { messageId: 'field-invalid.minItems', args: { subject, limit: String(params.limit) } };
    case 'maxItems':
      return { messageId: 'field-invalid.maxItems', args: { subject, limit: String(params.limit) } };
    case 'minLength':
      return { messageId: 'field-invalid.minLength', args: { subject, limit: String(params.limit) } };
    case 'maxLength':
      return { messageId: 'field-invalid.maxLength', args: { subject, limit: String(params.limit) } };
    case 'uniqueItems': {
      // ajv gives the 0-based indexes of the two equal items; authors count from one.
      const { i, j } = params as { i: number; j: number };
      return { messageId: 'field-invalid.uniqueItems', args: { subject, first: ordinal(Math.min(i, j) + 1, locale), second: ordinal(Math.max(i, j) + 1, locale) } };
    }
    case 'pattern': {
      const hint = (error.parentSchema as AnySchemaObject | undefined)?.[PATTERN_HINT_KEYWORD] as Record<string, string> | undefined;
      return { messageId: 'field-invalid.pattern', args: { subject, pattern: hint?.[locale] ?? String(params.pattern) } };
    }
    default:
      return { messageId: 'field-invalid.other', args: { subject, detail: error.message ?? error.keyword } };
  }
}

/** A placeholder Nota wrote ("…") counts as empty, and says so. */
export function placeholderMessage(pointer: string, value: string, locale: Locale): { messageId: MessageId; args: MessageArgs } {
  return { messageId: 'field-invalid.placeholder', args: { object: valuePhrase(pointer, locale), value } };
}

function quoted(value: unknown): string {
  return `‘${typeof value === 'string' ? value : JSON.stringify(value)}’`;
}

function spanOf(pointer: string, sourceMap: NoteSourceMap, lines: LineIndex): Span {
  // Walk up to the nearest pointer that has a span: a missing value is shown at its parent.
  for (let current = pointer; ; current = current.slice(0, current.lastIndexOf('/'))) {
    const span = sourceMap.spans.get(current) ?? sourceMap.keySpans.get(current);
    if (span) return span;
    // Stryker disable next-line ConditionalExpression,StringLiteral: every pointer lies under the frontmatter, whose root always has a span, or is a section's, which has its heading's; the stop at the root is a guard
    if (!current.includes('/')) break;
  }
  return sourceMap.frontmatterOpenLine ?? lines.lineSpanAt(sourceMap.bodyStart);
}

/** Where a new key belongs: the end of the parent mapping (the closing `---` for top-level keys). */
function insertionPoint(parentPointer: string, sourceMap: NoteSourceMap, lines: LineIndex): number {
  if (parentPointer === '/frontmatter') return sourceMap.frontmatterCloseLine?.start ?? 0;
  const span = sourceMap.spans.get(parentPointer);
  // A mapping's span runs to the start of the line after it: its last line is the one before.
  return span ? lines.lineSpanAt(Math.max(span.start, span.end - 1)).end : (sourceMap.frontmatterCloseLine?.start ?? 0);
}

/** "/frontmatter/afzender/postadres" -> "afzender.postadres"; list items keep their index. For `data` (tools), never for messages. */
export function fieldName(pointer: string): string {
  // Stryker disable next-line Regex: a pointer's first "/frontmatter" is at its start, so the anchor changes nothing
  return pointer.replace(/^\/frontmatter\/?/, '').split('/').map(unescapePointerToken).join('.');
}

function isEmpty(value: unknown): boolean {
  return isPlaceholderValue(value) || isAbsent(value) || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** No value: a key written without one (`aantal:`) reads as null. */
function isAbsent(value: unknown): value is null | undefined {
  if (value === null) return true;
  // Stryker disable next-line all: ajv reports only values present in the model, so undefined never reaches here; a guard for the future
  return value === undefined;
}

/** The value as the author wrote it, for a quick fix: lists and blocks as JSON, numbers as digits (`.inf` as Infinity). */
function printable(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isAbsent(value)) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * `x-nota-date`: the value is a real calendar date in Dutch long form or ISO.
 * Empty values are left to `minLength`/`pattern` (they are `field-invalid`).
 */
import { formatDutchDate, parseLooseDate, parseNoteDate } from '../../domain/dutchDate';
import { keywordError, type NotaKeywordError } from '../context';
import { isPlaceholderValue } from '../../check/placeholders';

export const DATE_KEYWORD = 'x-nota-date';

export function checkDate(value: unknown, pointer: string): NotaKeywordError[] {
  // Placeholders ("…") are reported as such by the check, not as dates.
  if (value === null || value === undefined || (typeof value === 'string' && !value.trim()) || isPlaceholderValue(value)) return [];
  const text = String(value);
  if (typeof value === 'string' && parseNoteDate(value)) return [];
  const loose = parseLooseDate(text);
  const suggestion = loose ? formatDutchDate(loose) : undefined;
  return [keywordError(DATE_KEYWORD, {
    code: 'date-invalid', pointer,
    messageId: suggestion ? 'date-invalid.suggestion' : 'date-invalid',
    args: suggestion ? { value: text, suggestion } : { value: text },
    data: suggestion ? { value: text, suggestion } : { value: text },
  })];
}

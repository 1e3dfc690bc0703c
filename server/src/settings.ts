/** The server's settings (`nota.*`), with defaults and bounds, read from whatever the client sends. */
import { toLocale, type Locale } from './core/findings/messages';

export interface ServerSettings {
  debounceMs: number;
  /** Dutch by default: notes are Dutch documents. 'auto' follows the client's display language. */
  locale: 'auto' | Locale;
  /** Notes longer than this (in characters) get one information finding instead of live checks. */
  maxLiveSize: number;
  /** Extra note type schemas, relative to the workspace folder. */
  schemas: string[];
  /** Check every note of the workspace, not only open ones (`nota.validate.workspace`). */
  validateWorkspace: boolean;
}

export const DEFAULT_SETTINGS: ServerSettings = { debounceMs: 200, locale: 'nl', maxLiveSize: 2_000_000, schemas: [], validateWorkspace: true };

export function readSettings(raw: unknown): ServerSettings {
  const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const number = (value: unknown, fallback: number, min: number, max: number) =>
    typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
  return {
    debounceMs: number(source.debounceMs, DEFAULT_SETTINGS.debounceMs, 0, 10_000),
    locale: source.locale === 'en' || source.locale === 'auto' ? source.locale : 'nl',
    maxLiveSize: number(source.maxLiveSize, DEFAULT_SETTINGS.maxLiveSize, 1_000, 1_000_000_000),
    schemas: Array.isArray(source.schemas) ? source.schemas.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [],
    validateWorkspace: validateWorkspaceOf(source),
  };
}

/** `validate.workspace`, nested as VS Code sends it or dotted as a flat settings object may have it. */
function validateWorkspaceOf(source: Record<string, unknown>): boolean {
  const nested = source.validate && typeof source.validate === 'object' ? (source.validate as Record<string, unknown>).workspace : undefined;
  const value = nested ?? source['validate.workspace'];
  return typeof value === 'boolean' ? value : DEFAULT_SETTINGS.validateWorkspace;
}

export function effectiveLocale(settings: ServerSettings, clientLocale: string | undefined): Locale {
  return settings.locale === 'auto' ? toLocale(clientLocale) : settings.locale;
}

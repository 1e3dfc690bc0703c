/** The server's settings (`nota.*`), with defaults and bounds, read from whatever the client sends. */
import { toLocale, type Locale } from './core/findings/messages';

export interface ServerSettings {
  debounceMs: number;
  /** 'auto' follows the client's display language. */
  locale: 'auto' | Locale;
  /** Notes longer than this (in characters) get one information finding instead of live checks. */
  maxLiveSize: number;
  /** Extra note type schemas, relative to the workspace folder. */
  schemas: string[];
}

export const DEFAULT_SETTINGS: ServerSettings = { debounceMs: 200, locale: 'auto', maxLiveSize: 2_000_000, schemas: [] };

export function readSettings(raw: unknown): ServerSettings {
  const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const number = (value: unknown, fallback: number, min: number, max: number) =>
    typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
  return {
    debounceMs: number(source.debounceMs, DEFAULT_SETTINGS.debounceMs, 0, 10_000),
    locale: source.locale === 'nl' || source.locale === 'en' ? source.locale : 'auto',
    maxLiveSize: number(source.maxLiveSize, DEFAULT_SETTINGS.maxLiveSize, 1_000, 1_000_000_000),
    schemas: Array.isArray(source.schemas) ? source.schemas.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [],
  };
}

export function effectiveLocale(settings: ServerSettings, clientLocale: string | undefined): Locale {
  return settings.locale === 'auto' ? toLocale(clientLocale) : settings.locale;
}

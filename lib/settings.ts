// Settings: their shape, defaults, and how stored values are read back.
// Pure; the WXT storage items that hold them are in utils/storage.ts.
// Anything read from storage is checked field by field, so a corrupt or
// partial value (an old version, a hand edit, a bad sync) falls back to the
// defaults for exactly the fields that are wrong and keeps the rest.

import type { Sensitivity } from './detect/detect';

export interface Settings {
  /** On or off everywhere. */
  enabled: boolean;
  /** Open the popover when the pointer rests on a mark. */
  hoverToOpen: boolean;
  /** How long the pointer must rest, in milliseconds. */
  hoverDelayMs: number;
  /** Open the popover by itself beside the first mention on a page. */
  autoOpenFirst: boolean;
  sensitivity: Sensitivity;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  hoverToOpen: true,
  hoverDelayMs: 500,
  autoOpenFirst: false,
  sensitivity: 'normal',
});

export const HOVER_DELAY_RANGE = { min: 150, max: 3000 } as const;

const SENSITIVITIES: readonly Sensitivity[] = ['strict', 'normal', 'broad'];

export function sanitizeSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const delay = value.hoverDelayMs;
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : DEFAULT_SETTINGS.enabled,
    hoverToOpen: typeof value.hoverToOpen === 'boolean' ? value.hoverToOpen : DEFAULT_SETTINGS.hoverToOpen,
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, delay)))
        : DEFAULT_SETTINGS.hoverDelayMs,
    autoOpenFirst: typeof value.autoOpenFirst === 'boolean' ? value.autoOpenFirst : DEFAULT_SETTINGS.autoOpenFirst,
    sensitivity: SENSITIVITIES.includes(value.sensitivity as Sensitivity)
      ? (value.sensitivity as Sensitivity)
      : DEFAULT_SETTINGS.sensitivity,
  };
}

/**
 * A site is its host name, lower case, without a leading "www.".
 * Returns null for anything that is not a plausible host name.
 */
export function siteKey(host: string): string | null {
  const key = host
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
  const hostName = /^[a-z0-9.-]{1,253}$/.test(key) && /[a-z0-9]/.test(key);
  const ipv6 = /^\[[0-9a-f:]+\]$/.test(key);
  return hostName || ipv6 ? key : null;
}

/** The stored list of disabled sites, cleaned: valid, unique, sorted. */
export function sanitizeSiteList(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const sites = new Set<string>();
  for (const entry of raw) {
    if (typeof entry !== 'string') continue;
    const key = siteKey(entry);
    if (key) sites.add(key);
  }
  return [...sites].sort();
}

/** Mentions a reader marked "Not about this engagement", per page. */
export type Dismissals = Record<string, string[]>;

/** How many pages' dismissals are kept; the oldest go first. */
export const MAX_DISMISSAL_PAGES = 500;

/** A page is its origin and path: the query string and fragment do not change what it says. */
export function pageKey(url: string): string | null {
  try {
    const { origin, pathname } = new URL(url);
    return origin === 'null' ? null : `${origin}${pathname}`;
  } catch {
    return null;
  }
}

/** A mention is recognised again after a reload by its words and the text around them. */
export function mentionKey(text: string, snippet: string): string {
  return `${text}\u0000${snippet}`.replace(/\s+/g, ' ').trim().toLowerCase().slice(0, 300);
}

export function sanitizeDismissals(raw: unknown): Dismissals {
  const result: Dismissals = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return result;
  const entries = Object.entries(raw as Record<string, unknown>).slice(-MAX_DISMISSAL_PAGES);
  for (const [page, keys] of entries) {
    if (pageKey(page) !== page || !Array.isArray(keys)) continue;
    const clean = [...new Set(keys.filter((key): key is string => typeof key === 'string' && key.length <= 300))];
    if (clean.length > 0) result[page] = clean;
  }
  return result;
}

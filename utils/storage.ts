// Where settings live: WXT storage items in local storage, versioned so later
// shapes can migrate. Reads always go through the sanitizers in lib/settings.

import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  MAX_DISMISSAL_PAGES,
  sanitizeDismissals,
  sanitizeSettings,
  sanitizeSiteList,
  siteKey,
  type Dismissals,
  type Settings,
} from '../lib/settings';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: 1,
});

export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', {
  fallback: [],
  version: 1,
});

export const dismissalsItem = storage.defineItem<Dismissals>('local:dismissedMentions', {
  fallback: {},
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem.getValue());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export async function loadDisabledSites(): Promise<string[]> {
  try {
    return sanitizeSiteList(await disabledSitesItem.getValue());
  } catch {
    return [];
  }
}

export async function setSiteDisabled(host: string, disabled: boolean): Promise<string[]> {
  const key = siteKey(host);
  const sites = new Set(await loadDisabledSites());
  if (key) {
    if (disabled) sites.add(key);
    else sites.delete(key);
  }
  const next = [...sites].sort();
  await disabledSitesItem.setValue(next);
  return next;
}

export function isSiteDisabled(sites: readonly string[], host: string): boolean {
  const key = siteKey(host);
  return key !== null && sites.includes(key);
}

export async function loadDismissals(): Promise<Dismissals> {
  try {
    return sanitizeDismissals(await dismissalsItem.getValue());
  } catch {
    return {};
  }
}

/** Remembers that a mention on a page is not about the engagement. */
export async function dismissMention(page: string, key: string): Promise<void> {
  const all = await loadDismissals();
  const keys = new Set(all[page] ?? []);
  keys.add(key);
  delete all[page]; // re-inserted last: the most recently used page is kept longest
  all[page] = [...keys];
  const pages = Object.keys(all);
  for (const old of pages.slice(0, Math.max(0, pages.length - MAX_DISMISSAL_PAGES))) delete all[old];
  await dismissalsItem.setValue(all);
}

/** Shows every hidden mention on a page again. */
export async function restoreMentions(page: string): Promise<void> {
  const all = await loadDismissals();
  if (!(page in all)) return;
  delete all[page];
  await dismissalsItem.setValue(all);
}

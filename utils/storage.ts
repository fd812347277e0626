// Where settings live: WXT storage items in local storage, versioned so later
// shapes can migrate. Reads always go through the sanitizers in lib/settings.

import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, sanitizeSettings, sanitizeSiteList, siteKey, type Settings } from '../lib/settings';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: 1,
});

export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', {
  fallback: [],
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

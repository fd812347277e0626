import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, HOVER_DELAY_RANGE } from '../lib/settings';
import {
  disabledSitesItem,
  isSiteDisabled,
  loadDisabledSites,
  loadSettings,
  saveSettings,
  setSiteDisabled,
  settingsItem,
} from './storage';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings storage', () => {
  it('uses local storage keys "settings" and "disabledSites"', () => {
    expect(settingsItem.key).toBe('local:settings');
    expect(disabledSitesItem.key).toBe('local:disabledSites');
  });

  it('loads the defaults from empty storage', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('loads the defaults when the stored value is not an object', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('replaces only the corrupt fields of a stored value', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: 'yes', hoverDelayMs: -5, sensitivity: 'broad' } });
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      hoverDelayMs: HOVER_DELAY_RANGE.min,
      sensitivity: 'broad',
    });
  });

  it('saves a patch merged with the stored settings and persists it under "settings"', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, sensitivity: 'strict' } });
    const saved = await saveSettings({ hoverToOpen: false });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'strict', hoverToOpen: false });
    const raw = await fakeBrowser.storage.local.get('settings');
    expect(raw.settings).toEqual(saved);
    expect(await loadSettings()).toEqual(saved);
  });

  it('sanitizes a bad patch before storing it', async () => {
    const saved = await saveSettings({ hoverDelayMs: 99_999, sensitivity: 'nonsense' as never });
    expect(saved.hoverDelayMs).toBe(HOVER_DELAY_RANGE.max);
    expect(saved.sensitivity).toBe(DEFAULT_SETTINGS.sensitivity);
    const raw = await fakeBrowser.storage.local.get('settings');
    expect(raw.settings).toEqual(saved);
  });

  it('keeps earlier saves when saving again', async () => {
    await saveSettings({ autoOpenFirst: true });
    await saveSettings({ hoverDelayMs: 1000 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, autoOpenFirst: true, hoverDelayMs: 1000 });
  });
});

describe('disabled sites storage', () => {
  it('starts empty', async () => {
    expect(await loadDisabledSites()).toEqual([]);
  });

  it('adds and removes a site, normalising its host', async () => {
    expect(await setSiteDisabled('WWW.Example.com', true)).toEqual(['example.com']);
    expect(await loadDisabledSites()).toEqual(['example.com']);
    expect((await fakeBrowser.storage.local.get('disabledSites')).disabledSites).toEqual(['example.com']);

    expect(await setSiteDisabled('another.example', true)).toEqual(['another.example', 'example.com']);
    expect(await setSiteDisabled('example.com', false)).toEqual(['another.example']);
    expect(await loadDisabledSites()).toEqual(['another.example']);
  });

  it('does not add a site twice', async () => {
    await setSiteDisabled('example.com', true);
    expect(await setSiteDisabled('www.example.com', true)).toEqual(['example.com']);
  });

  it('ignores an invalid host', async () => {
    await setSiteDisabled('ok.example', true);
    expect(await setSiteDisabled('not a host', true)).toEqual(['ok.example']);
    expect(await loadDisabledSites()).toEqual(['ok.example']);
  });

  it('loads a junk stored list as only its valid entries', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: [1, null, 'ok.example'] });
    expect(await loadDisabledSites()).toEqual(['ok.example']);
  });

  it('loads a stored non-list as empty, and can still add to it', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: 'example.com' });
    expect(await loadDisabledSites()).toEqual([]);
    expect(await setSiteDisabled('example.com', true)).toEqual(['example.com']);
  });
});

describe('isSiteDisabled', () => {
  it('matches a host against the list by its site key', () => {
    const sites = ['example.com'];
    expect(isSiteDisabled(sites, 'example.com')).toBe(true);
    expect(isSiteDisabled(sites, 'WWW.EXAMPLE.COM')).toBe(true);
    expect(isSiteDisabled(sites, 'other.example')).toBe(false);
    expect(isSiteDisabled(sites, 'sub.example.com')).toBe(false);
  });

  it('is false for an invalid host', () => {
    expect(isSiteDisabled(['example.com'], '')).toBe(false);
    expect(isSiteDisabled(['example.com'], 'not a host')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  HOVER_DELAY_RANGE,
  sanitizeSettings,
  sanitizeSiteList,
  siteKey,
  type Settings,
} from './settings';

describe('sanitizeSettings', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [true, false, 500]],
    ['an empty object', {}],
  ])('gives the defaults for %s', (_label, raw) => {
    expect(sanitizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('returns a fresh object, not the frozen defaults', () => {
    const result = sanitizeSettings(undefined);
    expect(result).not.toBe(DEFAULT_SETTINGS);
    expect(Object.isFrozen(result)).toBe(false);
  });

  it('keeps a complete valid value unchanged', () => {
    const value: Settings = {
      enabled: false,
      hoverToOpen: false,
      hoverDelayMs: 900,
      autoOpenFirst: true,
      sensitivity: 'strict',
    };
    expect(sanitizeSettings(value)).toEqual(value);
  });

  it('keeps the valid fields of a partial value and replaces only the bad ones', () => {
    expect(sanitizeSettings({ enabled: false, hoverToOpen: 'no', sensitivity: 'broad', autoOpenFirst: 1 })).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      sensitivity: 'broad',
    });
    expect(sanitizeSettings({ enabled: 'yes', hoverDelayMs: 1200 })).toEqual({
      ...DEFAULT_SETTINGS,
      hoverDelayMs: 1200,
    });
  });

  it('clamps the hover delay to its range', () => {
    expect(sanitizeSettings({ hoverDelayMs: -5 }).hoverDelayMs).toBe(HOVER_DELAY_RANGE.min);
    expect(sanitizeSettings({ hoverDelayMs: 0 }).hoverDelayMs).toBe(HOVER_DELAY_RANGE.min);
    expect(sanitizeSettings({ hoverDelayMs: 1e9 }).hoverDelayMs).toBe(HOVER_DELAY_RANGE.max);
    expect(sanitizeSettings({ hoverDelayMs: HOVER_DELAY_RANGE.min }).hoverDelayMs).toBe(HOVER_DELAY_RANGE.min);
    expect(sanitizeSettings({ hoverDelayMs: HOVER_DELAY_RANGE.max }).hoverDelayMs).toBe(HOVER_DELAY_RANGE.max);
    expect(sanitizeSettings({ hoverDelayMs: 750 }).hoverDelayMs).toBe(750);
  });

  it('rounds a fractional hover delay to whole milliseconds', () => {
    expect(sanitizeSettings({ hoverDelayMs: 612.6 }).hoverDelayMs).toBe(613);
  });

  it.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['a numeric string', '700'],
    ['null', null],
  ])('uses the default delay for %s', (_label, hoverDelayMs) => {
    expect(sanitizeSettings({ hoverDelayMs }).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  });

  it.each(['loose', 'STRICT', '', 3, null])('uses the default sensitivity for %s', (sensitivity) => {
    expect(sanitizeSettings({ sensitivity }).sensitivity).toBe(DEFAULT_SETTINGS.sensitivity);
  });

  it('accepts each known sensitivity', () => {
    for (const sensitivity of ['strict', 'normal', 'broad'] as const) {
      expect(sanitizeSettings({ sensitivity }).sensitivity).toBe(sensitivity);
    }
  });

  it('drops unknown keys', () => {
    const result = sanitizeSettings({ enabled: false, evil: '<script>', __proto__x: 1, theme: 'dark' });
    expect(Object.keys(result).sort()).toEqual([
      'autoOpenFirst',
      'enabled',
      'hoverDelayMs',
      'hoverToOpen',
      'sensitivity',
    ]);
    expect(result.enabled).toBe(false);
  });
});

describe('siteKey', () => {
  it('lower-cases and drops a leading www.', () => {
    expect(siteKey('Example.COM')).toBe('example.com');
    expect(siteKey('www.example.com')).toBe('example.com');
    expect(siteKey('WWW.Example.com')).toBe('example.com');
    expect(siteKey('news.example.co.uk')).toBe('news.example.co.uk');
  });

  it('drops only one leading www., not www elsewhere', () => {
    expect(siteKey('wwwexample.com')).toBe('wwwexample.com');
    expect(siteKey('shop.www.example.com')).toBe('shop.www.example.com');
  });

  it('trims surrounding spaces', () => {
    expect(siteKey('  example.com \n')).toBe('example.com');
  });

  it('accepts host names with digits and hyphens, and IPv4 addresses', () => {
    expect(siteKey('my-site9.example')).toBe('my-site9.example');
    expect(siteKey('192.168.0.1')).toBe('192.168.0.1');
  });

  it('accepts an IPv6 address in brackets', () => {
    expect(siteKey('[::1]')).toBe('[::1]');
    expect(siteKey('[2001:DB8::1]')).toBe('[2001:db8::1]');
  });

  it.each([
    ['an empty string', ''],
    ['only spaces', '   '],
    ['only www.', 'www.'],
    ['an inner space', 'exa mple.com'],
    ['a slash', 'example.com/path'],
    ['a scheme', 'https://example.com'],
    ['a port', 'example.com:8080'],
    ['an underscore', 'ex_ample.com'],
    ['a non-ASCII letter', 'exämple.com'],
    ['angle brackets', '<script>'],
    ['an IPv6 address without brackets', '::1'],
    ['a bracketed non-address', '[example.com]'],
    ['an overlong name', `${'a'.repeat(254)}`],
  ])('gives null for %s', (_label, host) => {
    expect(siteKey(host)).toBeNull();
  });
});

describe('sanitizeSiteList', () => {
  it('gives an empty list for anything that is not an array', () => {
    expect(sanitizeSiteList(undefined)).toEqual([]);
    expect(sanitizeSiteList(null)).toEqual([]);
    expect(sanitizeSiteList('example.com')).toEqual([]);
    expect(sanitizeSiteList({ 0: 'example.com', length: 1 })).toEqual([]);
  });

  it('normalises, dedupes and sorts', () => {
    expect(sanitizeSiteList(['zeta.example', 'WWW.alpha.example', 'alpha.example', ' Zeta.Example '])).toEqual([
      'alpha.example',
      'zeta.example',
    ]);
  });

  it('drops junk entries and keeps the rest', () => {
    expect(sanitizeSiteList([1, null, 'ok.example', {}, ['b.example'], 'bad host', '', true])).toEqual(['ok.example']);
  });
});

describe('siteKey rejects hosts with no letters or digits', () => {
  it.each(['.', '...', '-', '-.-'])('%s → null', (host) => {
    expect(siteKey(host)).toBeNull();
  });
});

// The built manifests, as the stores will see them. Runs in the end-to-end
// stage because it reads .output/ (`npx wxt build && npx wxt build -b firefox`).
// What the extension may touch is pinned here: widening a permission must be a
// deliberate change to this test, not a side effect of a config edit.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const OUTPUT = fileURLToPath(new URL('../../.output/', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as {
  version: string;
};

/** Fixed forever: Firefox keys storage, permissions and updates to it. */
const GECKO_ID = 'deir-ez-zor-2018-context@news-context.example';
/** The first Firefox with the CSS Custom Highlight API and data_collection_permissions. */
const FIREFOX_MIN_MAJOR = 140;

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  commands?: Record<string, { suggested_key?: { default?: string }; description?: string }>;
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
  };
};

function readManifest(build: 'chrome-mv3' | 'firefox-mv3'): Manifest {
  const path = `${OUTPUT}${build}/manifest.json`;
  if (!existsSync(path)) throw new Error(`${path} is missing: build first (npx wxt build; npx wxt build -b firefox)`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

describe.each(['chrome-mv3', 'firefox-mv3'] as const)('%s manifest', (build) => {
  const manifest = readManifest(build);

  it('is Manifest V3 at the package version', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(PACKAGE.version);
  });

  it('asks only for storage, and for pages only through the content script', () => {
    expect(manifest.permissions).toEqual(['storage']);
    // The content script's matches are the only host access; both browsers
    // grant them at install (Firefox 127+: extensions.originControls.grantByDefault).
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('optional_host_permissions');
    expect(manifest.content_scripts?.map((script) => script.matches)).toEqual([['http://*/*', 'https://*/*']]);
  });

  it('declares the next-mention command', () => {
    expect(Object.keys(manifest.commands ?? {})).toEqual(['next-mention']);
    expect(manifest.commands!['next-mention']).toEqual({
      suggested_key: { default: 'Alt+Shift+D' },
      description: expect.any(String),
    });
  });
});

describe('firefox-mv3 manifest', () => {
  const manifest = readManifest('firefox-mv3');
  const gecko = manifest.browser_specific_settings?.gecko;

  it('has the fixed gecko id', () => {
    expect(gecko?.id).toBe(GECKO_ID);
  });

  it('requires a Firefox with the CSS Custom Highlight API', () => {
    const major = Number(/^(\d+)\./.exec(gecko?.strict_min_version ?? '')?.[1]);
    expect(major).toBeGreaterThanOrEqual(FIREFOX_MIN_MAJOR);
  });

  it('declares that it collects no data', () => {
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
    expect(gecko?.data_collection_permissions).not.toHaveProperty('optional');
  });

  it('uses an event page (background scripts), as Firefox MV3 requires', () => {
    expect(manifest.background?.scripts).toEqual(['background.js']);
    expect(manifest.background).not.toHaveProperty('service_worker');
  });
});

describe('chrome-mv3 manifest', () => {
  it('uses a service worker and carries no Firefox settings', () => {
    const manifest = readManifest('chrome-mv3');
    expect(manifest.background?.service_worker).toBe('background.js');
    expect(manifest).not.toHaveProperty('browser_specific_settings');
  });
});

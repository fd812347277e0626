import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** The Firefox add-on id: fixed, so storage and permissions survive updates. */
export const GECKO_ID = 'deir-ez-zor-2018-context@news-context.example';
/** The first Firefox with the CSS Custom Highlight API (and data_collection_permissions). */
export const FIREFOX_MIN_VERSION = '140.0';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader of any file sees where each name comes from.
  imports: false,
  // One manifest version for both browsers: the same `action` API, the same
  // event-driven background, the same code paths tested in both (README: "Firefox").
  manifestVersion: 3,
  zip: {
    // addons.mozilla.org review sources: only what `npm ci && npx wxt zip -b firefox` needs.
    excludeSources: [
      'docs/**',
      'demo/**',
      'eval/**',
      'tests/**',
      'scripts/**',
      'dist/**',
      'test-results/**',
      '**/*.log',
      'stats.html',
    ],
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Deir ez-Zor 2018 Context',
    description:
      'Marks mentions of the February 7–8, 2018 engagement near Deir ez-Zor, Syria, and shows what one February 15, 2018 article reported about it.',
    permissions: ['storage'],
    action: { default_title: 'Deir ez-Zor 2018 Context' },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Open the popover at the next mention on the page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: FIREFOX_MIN_VERSION,
              // Nothing leaves the browser: declared to Firefox and its add-on store.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader of any file sees where each name comes from.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
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
  },
});

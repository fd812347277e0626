import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'docs/**', 'demo/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Page text is untrusted: no HTML-string sinks, no eval.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build nodes; page text is untrusted.' },
        { property: 'outerHTML', message: 'Build nodes; page text is untrusted.' },
        { property: 'insertAdjacentHTML', message: 'Build nodes; page text is untrusted.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests may read innerHTML to prove the page was not rewritten.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);

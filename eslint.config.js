import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'geodata/derived',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Data and URL text must never become markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Insert text with textContent or DOM nodes.' },
        { property: 'outerHTML', message: 'Insert text with textContent or DOM nodes.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'No HTML strings.',
        },
        { selector: "CallExpression[callee.property.name='setHTML']", message: 'Use setDOMContent.' },
      ],
    },
  },
);

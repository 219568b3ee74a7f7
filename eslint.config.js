// ESLint's flat config: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro.
// Formatting is Prettier's (prettier.config.js); no rule here is about layout.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Generated, installed or copied in; not written here.
    ignores: ['dist/', '.astro/', 'node_modules/', 'tmp/', 'test-results/', 'public/', 'data/', 'content/', 'tests/fixtures/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Build, tests, scripts and the CMS server run in Node; pages' own <script>s get the browser's globals from the Astro config above.
    languageOptions: { globals: { ...globals.node } },
  },
  {
    rules: {
      // A key left out with rest destructuring (`const { body: _body, ...rest } = data`) and a parameter a caller's signature requires are meant.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      // The importer, the feeds, the Markdown sanitiser and the CMS guard match control characters on purpose, to remove or refuse them.
      'no-control-regex': 'off',
    },
  },
  {
    // decap-server's express and simple-git are loaded from its own folder, untyped; the launcher takes them and their JSON as they come.
    // The proxy API's requests (persistEntry …) are Decap's untyped JSON, read the same way by the version check on both sides.
    files: ['admin/server/server.ts', 'admin/server/conflict.ts', 'admin/versions.ts', 'admin/versions.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The admin page's bundle runs in the browser (admin/server/ is the local git backend, in Node).
    files: ['admin/**/*.ts'],
    ignores: ['admin/server/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);

import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.vscode-test/**', 'bench/out/**', '**/*.mjs', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Nothing in the extension reaches the network.
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Conflict Lens never reaches the network.' }, { name: 'WebSocket', message: 'Conflict Lens never reaches the network.' }, { name: 'XMLHttpRequest', message: 'Conflict Lens never reaches the network.' }],
      'no-restricted-imports': ['error', { paths: ['http', 'https', 'net', 'tls', 'dgram', 'http2', 'node:http', 'node:https', 'node:net', 'node:tls', 'node:dgram', 'node:http2'].map((name) => ({ name, message: 'Conflict Lens never reaches the network.' })) }],
    },
  },
  {
    // The analysis core is pure: no editor, no protocol, no I/O.
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*', 'vscode-languageserver*', 'vscode-languageclient*'], message: 'server/src/core must not depend on VS Code or LSP.' },
            { group: ['node:*', 'fs', 'path', 'child_process', 'net', 'http', 'https', 'os'], message: 'server/src/core does no I/O.' },
            { group: ['../lsp/*', '../features/*', '../../lsp/*', '../../features/*', '../io/*', '../../io/*', '../cli/*'], message: 'server/src/core must not import the LSP or I/O shells.' },
          ],
        },
      ],
    },
  },
);

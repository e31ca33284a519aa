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

// Bundles the real-editor suite to dist/e2e/: index.js (the extensionTestsPath) and one file per
// *.test.ts. `vscode` comes from the extension host and mocha from node_modules at run time.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const suite = join(root, 'test/e2e/suite');
const entryPoints = ['index.ts', ...readdirSync(suite).filter((f) => f.endsWith('.test.ts'))].map((f) => join(suite, f));

await esbuild.build({
  entryPoints,
  outdir: join(root, 'dist/e2e'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});

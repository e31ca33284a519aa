// Bundles the real-editor suites:
//   dist/e2e/       index.js (the extensionTestsPath) and one file per suite/*.test.ts: the
//                   development run, with the extension loaded from this folder;
//   dist/e2e-vsix/  index.js and one file per suite/vsix/*.test.ts: the run against the packaged
//                   .vsix installed in a clean editor.
// `vscode` comes from the extension host and mocha from node_modules at run time.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const suite = join(root, 'test/e2e/suite');
// Flat output (index.js next to the *.test.js it loads), whatever folder a test comes from.
const entries = (dir) => [
  { in: join(suite, 'index.ts'), out: 'index' },
  ...readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => ({ in: join(dir, f), out: f.replace(/\.ts$/, '') })),
];
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: entries(suite), outdir: join(root, 'dist/e2e') }),
  esbuild.build({ ...common, entryPoints: entries(join(suite, 'vsix')), outdir: join(root, 'dist/e2e-vsix') }),
]);

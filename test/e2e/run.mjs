#!/usr/bin/env node
// `npm run test:e2e`: runs test/e2e/suite in a real VS Code (code-server + headless Chromium) through
// @vscode/test-electron's runTests, with test/e2e/launcher.mjs standing in for the VS Code binary.
// Expects `npm run build` to have run; bundles only the suite itself (test/e2e/build.mjs).
// Exits non-zero if a test fails or the editor cannot start.
import { runTests } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureEditorInstalled, ROOT } from './editor/codeServer.mjs';

const SEEDS = join(ROOT, '../shared/seeds');

function fail(message) {
  console.error(`\ntest:e2e FAILED: ${message}`);
  process.exit(1);
}

async function main() {
  for (const f of ['dist/client.js', 'dist/server.js']) {
    if (!existsSync(join(ROOT, f))) fail(`${f} is missing; run "npm run build" first`);
  }
  const seed = existsSync(SEEDS) && readdirSync(SEEDS).find((f) => /^000_.*\.txt$/.test(f));
  if (!seed) fail(`no 000_*.txt in ${SEEDS}`);

  const built = spawnSync(process.execPath, [join(ROOT, 'test/e2e/build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) fail('bundling the suite (test/e2e/build.mjs) failed');

  try {
    ensureEditorInstalled();
  } catch (e) {
    fail(`the editor could not be installed: ${e.message}`);
  }

  // The tests edit the article, so they get a copy in a throwaway workspace, never the seed itself.
  const scratch = mkdtempSync(join(tmpdir(), 'conflict-lens-e2e-'));
  const workspace = join(scratch, 'articles');
  mkdirSync(workspace);
  copyFileSync(join(SEEDS, seed), join(workspace, seed));

  const launcher = join(ROOT, 'test/e2e/launcher.mjs');
  chmodSync(launcher, 0o755); // runTests spawns it directly; its shebang picks the machine's node
  const started = Date.now();
  let code = 0;
  try {
    await runTests({
      vscodeExecutablePath: launcher,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(ROOT, 'dist/e2e/index.js'),
      launchArgs: [workspace],
      // The launcher uses its own private profile; keep runTests from pointing at .vscode-test/.
      reuseMachineInstall: true,
    });
  } catch (e) {
    code = typeof e?.code === 'number' && e.code !== 0 ? e.code : 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (code !== 0) fail(`the real-editor suite exited with code ${code} after ${secs} s (see the mocha report above)`);
  console.log(`\ntest:e2e passed in ${secs} s`);
}

main().catch((e) => fail(e?.stack ?? String(e)));

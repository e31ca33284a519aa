#!/usr/bin/env node
// `npm run test:e2e`: runs the real-editor suites in VS Code (code-server + headless Chromium) through
// @vscode/test-electron's runTests, with test/e2e/launcher.mjs standing in for the VS Code binary:
//   1. development: test/e2e/suite/*.test.ts with this folder as the extension under development
//      (the dist/ of `npm run build`);
//   2. packaged: test/e2e/suite/vsix/*.test.ts against the .vsix built as `npm run package` does
//      (minified, from a temporary copy, so dist/ is left alone), installed into the fresh extensions
//      folder of a clean code-server; the development extension is test/e2e/vsix-host (contributes
//      nothing), because the smoke-test driver needs one.
// Expects `npm run build` to have run; bundles only the suites itself (test/e2e/build.mjs).
// Exits non-zero if a test fails or the editor cannot start.
// CONFLICT_LENS_E2E_ONLY=dev|vsix runs one of the two.
import { runTests } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureEditorInstalled, ROOT } from './editor/codeServer.mjs';
import { packageRelease } from './editor/vsix.mjs';

const SEEDS = join(ROOT, '../shared/seeds');
const ONLY = process.env.CONFLICT_LENS_E2E_ONLY;

function fail(message) {
  console.error(`\ntest:e2e FAILED: ${message}`);
  process.exit(1);
}

const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** One runTests() run on a fresh copy of `seed`; resolves to the exit code (0 when every test passed). */
async function runSuite({ extensionDevelopmentPath, extensionTestsPath, seed, env = {} }) {
  // The tests may edit the article, so they get a copy in a throwaway workspace, never the seed itself.
  const scratch = mkdtempSync(join(tmpdir(), 'conflict-lens-e2e-'));
  const workspace = join(scratch, 'articles');
  mkdirSync(workspace);
  copyFileSync(join(SEEDS, seed), join(workspace, seed));
  try {
    await runTests({
      vscodeExecutablePath: join(ROOT, 'test/e2e/launcher.mjs'),
      extensionDevelopmentPath,
      extensionTestsPath,
      extensionTestsEnv: env, // reaches the launcher's environment
      launchArgs: [workspace],
      // The launcher uses its own private profile; keep runTests from pointing at .vscode-test/.
      reuseMachineInstall: true,
    });
    return 0;
  } catch (e) {
    return typeof e?.code === 'number' && e.code !== 0 ? e.code : 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function main() {
  const started = Date.now();
  for (const f of ['dist/client.js', 'dist/server.js']) {
    if (!existsSync(join(ROOT, f))) fail(`${f} is missing; run "npm run build" first`);
  }
  const seed = existsSync(SEEDS) && readdirSync(SEEDS).find((f) => /^000_.*\.txt$/.test(f));
  if (!seed) fail(`no 000_*.txt in ${SEEDS}`);

  const built = spawnSync(process.execPath, [join(ROOT, 'test/e2e/build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) fail('bundling the suites (test/e2e/build.mjs) failed');

  try {
    ensureEditorInstalled();
  } catch (e) {
    fail(`the editor could not be installed: ${e.message}`);
  }
  chmodSync(join(ROOT, 'test/e2e/launcher.mjs'), 0o755); // runTests spawns it directly; its shebang picks the machine's node

  const failures = [];
  const results = [];

  if (ONLY !== 'vsix') {
    console.log('\n== Real editor, development extension (dist/ of this checkout) ==');
    const t = Date.now();
    const code = await runSuite({ extensionDevelopmentPath: ROOT, extensionTestsPath: join(ROOT, 'dist/e2e/index.js'), seed });
    results.push(`development run ${code === 0 ? 'passed' : 'FAILED'} in ${secs(Date.now() - t)}`);
    if (code !== 0) failures.push(`the development suite exited with code ${code} (see the mocha report above)`);
  }

  if (ONLY !== 'dev') {
    console.log('\n== Real editor, packaged extension (.vsix installed in a clean code-server) ==');
    const t = Date.now();
    const scratch = mkdtempSync(join(tmpdir(), 'conflict-lens-vsix-'));
    try {
      const { vsix, buildMs, packageMs } = packageRelease(scratch);
      console.log(`packaged ${vsix} (minified build ${secs(buildMs)}, vsce ${secs(packageMs)})`);
      const code = await runSuite({
        extensionDevelopmentPath: join(ROOT, 'test/e2e/vsix-host'),
        extensionTestsPath: join(ROOT, 'dist/e2e-vsix/index.js'),
        seed,
        env: { CONFLICT_LENS_E2E_INSTALL: vsix },
      });
      results.push(`packaged run ${code === 0 ? 'passed' : 'FAILED'} in ${secs(Date.now() - t)}`);
      if (code !== 0) failures.push(`the packaged-extension suite exited with code ${code} (see the mocha report above)`);
    } catch (e) {
      results.push('packaged run FAILED before the editor started');
      failures.push(`packaging the extension failed: ${e.message}`);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  console.log(`\n${results.join('; ')}`);
  if (failures.length) fail(`${failures.join('\n')}\n(total ${secs(Date.now() - started)})`);
  console.log(`test:e2e passed in ${secs(Date.now() - started)}`);
}

main().catch((e) => fail(e?.stack ?? String(e)));

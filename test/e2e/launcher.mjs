#!/usr/bin/env node
// Stands in for the VS Code executable in @vscode/test-electron's runTests(): code-server rejects
// --extensionTestsPath, so this starts it with VS Code's smoke-test driver, opens the workbench in
// headless Chromium with the same options as a launch payload, relays the extension host's output
// (the mocha report) and exits with the test run's exit code.
//
// Arguments (as runTests passes them): --extensionDevelopmentPath=<dir> --extensionTestsPath=<file>
// <folder>; desktop-only flags (--no-sandbox, --user-data-dir, ...) are ignored.
// Env: CONFLICT_LENS_E2E_TIMEOUT (seconds, default 240), CONFLICT_LENS_SCREENSHOT (PNG path taken
// when the run ends), CONFLICT_LENS_E2E_VERBOSE=1 (echo code-server's and the browser's logs),
// CONFLICT_LENS_E2E_INSTALL (.vsix files, separated by the path delimiter, installed into the
// editor's fresh extensions folder before it starts).
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, dirname, resolve } from 'node:path';
import { format } from 'node:util';
import { closeBrowser, developmentPayload, openBrowser, workbenchUrl } from './editor/browser.mjs';
import { remoteAuthority, startCodeServer } from './editor/codeServer.mjs';

const verbose = process.env.CONFLICT_LENS_E2E_VERBOSE === '1';
const timeoutMs = Number(process.env.CONFLICT_LENS_E2E_TIMEOUT || 240) * 1000;
const installs = (process.env.CONFLICT_LENS_E2E_INSTALL || '').split(delimiter).filter(Boolean).map((p) => resolve(p));

function parseArgs(argv) {
  const out = { folders: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--(extensionDevelopmentPath|extensionTestsPath)(?:=(.*))?$/.exec(a);
    if (m) out[m[1]] = m[2] ?? argv[++i];
    else if (!a.startsWith('-')) out.folders.push(a);
  }
  return out;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.extensionDevelopmentPath || !args.extensionTestsPath) {
    throw new Error('launcher: --extensionDevelopmentPath and --extensionTestsPath are required');
  }
  const devPath = resolve(args.extensionDevelopmentPath);
  const testsPath = resolve(args.extensionTestsPath);
  const folder = resolve(args.folders[0] ?? process.cwd());
  for (const p of [devPath, folder, ...installs]) if (!existsSync(p)) throw new Error(`launcher: ${p} does not exist`);

  let server, browser, page;
  const diagnostics = []; // browser-side errors, shown only when the run does not finish cleanly
  const cleanup = async () => {
    await closeBrowser(browser);
    await server?.stop();
  };
  const onSignal = (sig) => void cleanup().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let code;
  try {
    server = await startCodeServer({ folder, smokeTestDriver: true, extensions: installs, echo: verbose });
    const authority = await remoteAuthority(server.url);
    ({ browser, page } = await openBrowser());

    let finish;
    const finished = new Promise((res) => (finish = res));
    await page.exposeFunction('codeAutomationLog', (type, logArgs) => relay(type, logArgs));
    await page.exposeFunction('codeAutomationExit', (exitCode) => finish({ code: Number(exitCode) }));
    page.on('pageerror', (e) => diagnostics.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (verbose) console.error(`[browser ${m.type()}] ${m.text()}`);
      else if (m.type() === 'error') diagnostics.push(`console: ${m.text()}`);
    });
    page.on('crash', () => finish({ code: 1, reason: 'the workbench page crashed' }));
    server.child.on('exit', (c) => finish({ code: 1, reason: `code-server exited (${c}) during the run` }));
    const timer = setTimeout(() => finish({ code: 1, reason: `no result after ${timeoutMs / 1000} s` }), timeoutMs);

    await page.goto(workbenchUrl(server.url, folder, developmentPayload(authority, devPath, testsPath)), { timeout: 60_000 });
    const result = await finished;
    clearTimeout(timer);
    code = result.code;
    if (result.reason || (code !== 0 && !suiteStarted)) {
      console.error(`launcher: ${result.reason ?? `the test run exited with code ${code}`}`);
      showDiagnostics(diagnostics, server.log);
    }
    await screenshot(page);
  } catch (e) {
    console.error(`launcher: ${e.message}`);
    showDiagnostics(diagnostics, server?.log);
    await screenshot(page);
    code = 1;
  } finally {
    await cleanup();
  }
  process.exit(code);
}

/**
 * The workbench's own log and the extension host's console (the mocha report) arrive through the
 * same codeAutomationLog hook. Lines before the suite's start marker are the workbench starting up:
 * kept for failure reports, printed only when verbose. Offline-gallery noise is dropped throughout.
 */
const SUITE_START = '[e2e] suite starting';
const NOISE = /open-vsx\.org|ENOTFOUND|marketplace|telemetry|^Creation of workbench contribution|^\[AccountPolicyGate\]/i;
const startupLog = [];
let suiteStarted = false;

function relay(type, logArgs) {
  const line = format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
  if (!suiteStarted) {
    if (line.includes(SUITE_START)) suiteStarted = true;
    else {
      startupLog.push(`[${type}] ${line}`);
      if (!verbose) return;
    }
  }
  if (!verbose && NOISE.test(line)) return;
  (type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(line + '\n');
}

function showDiagnostics(diagnostics, log) {
  if (!suiteStarted) console.error(`launcher: the test suite never started (no "${SUITE_START}" line).`);
  if (!suiteStarted && !verbose && startupLog.length) console.error(`--- workbench log ---\n${startupLog.slice(-40).join('\n')}`);
  if (diagnostics.length) console.error(`--- browser errors ---\n${diagnostics.slice(-30).join('\n')}`);
  if (log) console.error(`--- code-server log (tail) ---\n${log.slice(-4000)}`);
}

async function screenshot(page) {
  const path = process.env.CONFLICT_LENS_SCREENSHOT;
  if (!path || !page) return;
  mkdirSync(dirname(resolve(path)), { recursive: true });
  await page.screenshot({ path: resolve(path) }).catch((e) => console.error(`launcher: screenshot failed: ${e.message}`));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

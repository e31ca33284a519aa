#!/usr/bin/env node
// Takes the README's screenshots in a real VS Code (code-server + headless Chromium), with the
// built extension packaged and installed in a private profile, on a copy of the seed articles:
//   docs/screenshot-hover.png       highlights and the hover card of an actor
//   docs/screenshot-duplicates.png  duplicate-paragraph diagnostics, the Problems panel and the quick fix
// Usage: npm run build && node scripts/screenshot.mjs [--hover PATH] [--duplicates PATH]
// CONFLICT_LENS_SCREENSHOT overrides the hover screenshot's path.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closeBrowser, openBrowser, workbenchUrl } from '../test/e2e/editor/browser.mjs';
import { ensureEditorInstalled, ROOT, startCodeServer } from '../test/e2e/editor/codeServer.mjs';
import { packageExtension } from '../test/e2e/editor/vsix.mjs';

const { values: opts } = parseArgs({
  options: {
    hover: { type: 'string', default: process.env.CONFLICT_LENS_SCREENSHOT || 'docs/screenshot-hover.png' },
    duplicates: { type: 'string', default: 'docs/screenshot-duplicates.png' },
    word: { type: 'string', default: 'Free Syrian Army' }, // the highlighted phrase to hover
  },
});
const SEEDS = join(ROOT, '../shared/seeds');
const SETTINGS = { 'editor.fontSize': 14, 'workbench.colorTheme': 'Default Dark Modern', 'editor.minimap.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden' };

async function main() {
  for (const f of ['dist/client.js', 'dist/server.js']) if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing; run "npm run build" first`);
  const seed = readdirSync(SEEDS).find((f) => /^000_.*\.txt$/.test(f));
  if (!seed) throw new Error(`no 000_*.txt in ${SEEDS}`);
  ensureEditorInstalled();

  const scratch = mkdtempSync(join(tmpdir(), 'conflict-lens-shots-'));
  const folder = join(scratch, 'seeds');
  cpSync(SEEDS, folder, { recursive: true }); // never the real seeds: the workbench may touch files
  let server, browser, page;
  try {
    const vsix = packageExtension(scratch);
    server = await startCodeServer({ folder, settings: SETTINGS, extensions: [vsix], echo: process.env.CONFLICT_LENS_E2E_VERBOSE === '1' });
    ({ browser, page } = await openBrowser({ width: 1280, height: 800 }));
    await page.goto(workbenchUrl(server.url, folder));
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await openFile(page, seed);
    await waitForAnalysis(page);

    await hoverPhrase(page, opts.word);
    await shoot(page, opts.hover);

    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await runCommand(page, 'View: Focus Problems');
    await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30_000 });
    await goToLine(page, 2); // line 2 repeats the headline
    await page.keyboard.press('Control+.');
    await page.waitForSelector('.action-widget', { timeout: 15_000 });
    await shoot(page, opts.duplicates);
  } catch (e) {
    const failure = join(tmpdir(), 'conflict-lens-screenshot-failure.png');
    if (page) await page.screenshot({ path: failure }).then(() => console.error(`screenshot: the page at the failure is in ${failure}`), () => {});
    throw e;
  } finally {
    await closeBrowser(browser);
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function runCommand(page, label) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(label);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${label}"]`, { timeout: 10_000 });
  await page.keyboard.press('Enter');
}

async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(name);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`, { timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 15_000 });
}

async function goToLine(page, line) {
  await page.click('.monaco-editor .view-lines');
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}

/** The server has answered once the duplicate-paragraph squiggles are painted. */
async function waitForAnalysis(page) {
  await page.waitForSelector('.monaco-editor .squiggly-info, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-hint', { timeout: 60_000 });
}

/** Moves the mouse onto the first rendered occurrence of `phrase` and waits for the hover card. */
async function hoverPhrase(page, phrase) {
  const box = await page.evaluate((text) => {
    const lines = document.querySelectorAll('.monaco-editor .view-lines .view-line');
    for (const line of lines) {
      // Monaco renders some spaces as U+00A0.
      const plain = (s) => s.textContent.replace(/\u00a0/g, ' ');
      const node = [...line.querySelectorAll('span > span')].find((s) => plain(s).includes(text));
      if (!node) continue;
      const at = plain(node).indexOf(text);
      const range = document.createRange();
      range.setStart(node.firstChild, at);
      range.setEnd(node.firstChild, at + text.length);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  }, phrase);
  if (!box) throw new Error(`"${phrase}" is not on screen`);
  await page.mouse.move(box.x, box.y);
  await page.waitForSelector('.monaco-hover:not(.hidden) .hover-contents', { state: 'visible', timeout: 15_000 });
  await page.waitForTimeout(300); // let the card finish fading in before the picture
}

async function shoot(page, path) {
  const out = resolve(ROOT, path);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
}

main().catch((e) => {
  console.error(`screenshot: ${e.stack ?? e}`);
  process.exit(1);
});

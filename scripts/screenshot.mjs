#!/usr/bin/env node
// Takes the README's and docs/WALKTHROUGH.md's screenshots in a real VS Code (code-server + headless
// Chromium), with the built extension packaged and installed in a private profile, on a copy of the
// seed articles (seed 000 in the editor):
//   hover              docs/screenshot-hover.png              highlights and the hover card of an actor
//   duplicates         docs/screenshot-duplicates.png         duplicate-paragraph diagnostics, Problems panel, quick fix
//   outline            docs/screenshot-outline.png            Outline (actors, places, figures), code lens, status bar item
//   show-entity        docs/screenshot-show-entity.png        Show Entity: every mention of an actor, across the workspace
//   report             docs/screenshot-report.png             the Article Report webview
//   workspace-preview  docs/screenshot-workspace-preview.png  Remove Duplicate Paragraphs in Workspace, refactor preview
//   inlay-hints        docs/screenshot-inlay-hints.png        casualty inlay hints (conflictLens.inlayHints.casualties)
//   light              docs/screenshot-light.png              the highlights in the Default Light+ theme
// Usage: npm run build && node scripts/screenshot.mjs [--only hover,report,...] [--<shot> PATH]...
// Takes every shot unless --only names some; --<shot> PATH writes that shot elsewhere. Each PNG is
// rewritten with a 256-colour palette (test/e2e/editor/png.mjs): about 100 KB instead of 270 KB.
// CONFLICT_LENS_SCREENSHOT overrides the hover screenshot's path.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closeBrowser, openBrowser, workbenchUrl } from '../test/e2e/editor/browser.mjs';
import { ensureEditorInstalled, ROOT, startCodeServer } from '../test/e2e/editor/codeServer.mjs';
import { shrinkPng } from '../test/e2e/editor/png.mjs';
import { packageExtension } from '../test/e2e/editor/vsix.mjs';

/** Every shot, in the order they are taken (the later ones change settings). */
const SHOTS = {
  hover: { path: process.env.CONFLICT_LENS_SCREENSHOT || 'docs/screenshot-hover.png', take: shootHover },
  duplicates: { path: 'docs/screenshot-duplicates.png', take: shootDuplicates },
  outline: { path: 'docs/screenshot-outline.png', take: shootOutline },
  'show-entity': { path: 'docs/screenshot-show-entity.png', take: shootShowEntity },
  report: { path: 'docs/screenshot-report.png', take: shootReport },
  'workspace-preview': { path: 'docs/screenshot-workspace-preview.png', take: shootWorkspacePreview },
  'inlay-hints': { path: 'docs/screenshot-inlay-hints.png', take: shootInlayHints },
  light: { path: 'docs/screenshot-light.png', take: shootLight },
};

const { values: opts } = parseArgs({
  options: {
    only: { type: 'string' },
    word: { type: 'string', default: 'Free Syrian Army' }, // the highlighted phrase to hover
    ...Object.fromEntries(Object.entries(SHOTS).map(([name, s]) => [name, { type: 'string', default: s.path }])),
  },
});
const SEEDS = join(ROOT, '../shared/seeds');
const SETTINGS = { 'editor.fontSize': 14, 'workbench.colorTheme': 'Default Dark Modern', 'editor.minimap.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden' };

async function main() {
  const wanted = opts.only ? opts.only.split(',').map((s) => s.trim()).filter(Boolean) : Object.keys(SHOTS);
  const unknown = wanted.filter((n) => !SHOTS[n]);
  if (unknown.length) throw new Error(`unknown shot(s): ${unknown.join(', ')}; the shots are ${Object.keys(SHOTS).join(', ')}`);
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
    const ctx = { page, server, seed, folder };
    for (const name of Object.keys(SHOTS).filter((n) => wanted.includes(n))) {
      ctx.name = name;
      await SHOTS[name].take(ctx, opts[name]);
      await reset(ctx);
    }
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

// --- the shots ---------------------------------------------------------------------------------

async function shootHover({ page }, path) {
  await hoverPhrase(page, opts.word);
  await shoot(page, path);
}

async function shootDuplicates({ page }, path) {
  await runCommand(page, 'Problems: Focus on Problems View');
  await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30_000 });
  await goToLine(page, 2); // line 2 repeats the headline
  await page.keyboard.press('Control+.');
  await page.waitForSelector('.action-widget', { timeout: 15_000 });
  await shoot(page, path);
}

/**
 * The Outline (Explorer's folder tree collapsed and the side bar widened to make room; Places
 * collapsed so that Actors and the first Casualty figures fit), the code lens and the status bar item.
 */
async function shootOutline({ page }, path) {
  await runCommand(page, 'Explorer: Focus on Outline View');
  const outline = '.pane:has(.pane-header[aria-label^="Outline"])';
  await page.waitForSelector(`${outline} .monaco-list-row`, { timeout: 15_000 });
  await setPaneExpanded(page, '.pane:has(.pane-header[aria-label^="Explorer Section"])', false);
  await setPaneExpanded(page, '.pane:has(.pane-header[aria-label^="Timeline"])', false);
  const group = (name) => page.locator(`${outline} .monaco-list-row[aria-label^="${name}"]`).first();
  const setGroup = async (name, expanded) => {
    await group(name).waitFor({ timeout: 10_000 });
    if ((await group(name).getAttribute('aria-expanded')) !== String(expanded)) await group(name).locator('.monaco-tl-twistie').click();
  };
  await setGroup('Places', false);
  await setGroup('Actors', true);
  await setGroup('Casualty figures', true);
  const width = await resizeSideBar(page, 440);
  await goToLine(page, 1);
  await page.waitForSelector('.monaco-editor .codelens-decoration', { timeout: 15_000 });
  await page.waitForSelector('.statusbar-item[id$="conflictLens.summary"]', { timeout: 15_000 });
  await page.mouse.move(5, 400);
  await page.waitForTimeout(300);
  await shoot(page, path);
  await resizeSideBar(page, width);
  await setGroup('Places', true);
  await setPaneExpanded(page, outline, false);
  await setPaneExpanded(page, '.pane:has(.pane-header[aria-label^="Explorer Section"])', true);
}

/** Drags the sash between the side bar and the editor so the side bar is `width` px wide; returns the old width. */
async function resizeSideBar(page, width) {
  const bar = await page.locator('.part.sidebar').boundingBox();
  const y = bar.y + bar.height / 2;
  await page.mouse.move(bar.x + bar.width, y);
  await page.mouse.down();
  await page.mouse.move(bar.x + bar.width + (width - bar.width) / 2, y, { steps: 5 });
  await page.mouse.move(bar.x + width, y, { steps: 5 });
  await page.mouse.up();
  return bar.width;
}

/** Show Entity on "Islamic State" (line 5): a peek with its mentions in every seed, whatever the alias. */
async function shootShowEntity({ page }, path) {
  await goToLine(page, 5);
  await runCommand(page, 'Conflict Lens: Show Entity');
  await page.waitForSelector('.peekview-widget .ref-tree .monaco-list-row', { timeout: 20_000 });
  await page.waitForTimeout(500); // the preview editor inside the peek fills in
  await shoot(page, path);
}

/** The Article Report of seed 000, its editor group maximized, scrolled to show the figures table ending and the map. */
async function shootReport({ page }, path) {
  await runCommand(page, 'Conflict Lens: Article Report');
  await page.waitForSelector('.tab[aria-label^="Report: "]', { timeout: 20_000 });
  const report = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await report.locator('svg.map').waitFor({ timeout: 20_000 });
  await runCommand(page, 'View: Maximize Editor Group and Hide Side Bars');
  await page.waitForTimeout(800);
  // The end of the figures table, the Places heading and the map.
  await report.locator('svg.map').evaluate((svg) => {
    svg.previousElementSibling?.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -140);
  });
  await page.waitForTimeout(300);
  await shoot(page, path);
  await runCommand(page, 'View: Close All Editor Groups');
  await runCommand(page, 'View: Show Explorer'); // the next shots expect the Explorer
}

/**
 * Remove Duplicate Paragraphs in Workspace, stopped at its refactor preview (then discarded). VS Code
 * leaves edits that need confirmation unticked, so the shot ticks every file first, as a user must
 * before "Apply", and opens the first removal in the preview's diff.
 */
async function shootWorkspacePreview({ page }, path) {
  await runCommand(page, 'View: Close Primary Side Bar');
  await runCommand(page, 'Conflict Lens: Remove Duplicate Paragraphs in Workspace');
  // The command first asks: Remove / Review Changes… (a notification button).
  await page.locator('.notifications-toasts .monaco-button:has-text("Review Changes")').first().click({ timeout: 30_000 });
  const preview = '.bulk-edit-panel';
  await page.waitForSelector(`${preview} .monaco-list-row`, { timeout: 30_000 });
  const files = page.locator(`${preview} .monaco-list-row[aria-level="1"]`);
  for (let i = 0; i < (await files.count()); i++) {
    const box = files.nth(i).locator('.monaco-checkbox').first();
    if ((await box.getAttribute('aria-checked')) !== 'true') await box.click();
  }
  await page.locator(`${preview} .monaco-list-row[aria-level="2"]`).first().click();
  await page.waitForSelector('.monaco-diff-editor .line-delete, .monaco-diff-editor .char-delete', { timeout: 15_000 }).catch(() => {});
  await page.waitForTimeout(800);
  await shoot(page, path);
  await page.locator(`${preview} .monaco-button:has-text("Discard")`).first().click();
  await runCommand(page, 'View: Close All Editor Groups');
  await runCommand(page, 'View: Show Explorer');
}

/** Turns conflictLens.inlayHints.casualties on in the Settings editor, as a user would, and shows the hints. */
async function shootInlayHints({ page, seed, server }, path) {
  await setBooleanSetting(page, server, 'conflictLens.inlayHints.casualties', true);
  // Reopening the article makes the shot independent of when the refresh arrives.
  await runCommand(page, 'View: Close All Editor Groups');
  await openFile(page, seed);
  await goToLine(page, 1);
  // Each hint is a span with a dyn-rule class.
  await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-lines [class*="dyn-rule"]')].some((e) => e.textContent.includes('killed')), null, { timeout: 20_000 });
  await page.mouse.move(5, 400);
  await page.waitForTimeout(500);
  await shoot(page, path);
  await setBooleanSetting(page, server, 'conflictLens.inlayHints.casualties', false);
  await runCommand(page, 'View: Close All Editor Groups');
  await openFile(page, seed);
}

/** The highlights and a casualty figure's hover card in Default Light+ (picked with Preferences: Color Theme). */
async function shootLight({ page }, path) {
  await pickColorTheme(page, 'Light+');
  await page.waitForFunction(() => document.querySelector('.monaco-workbench')?.classList.contains('vs'), null, { timeout: 20_000 });
  await page.waitForTimeout(800);
  await hoverPhrase(page, 'At least 50');
  await shoot(page, path);
  await page.mouse.move(5, 400);
  await pickColorTheme(page, 'Dark Modern');
}

// --- driving the workbench --------------------------------------------------------------------

/** Back to the article alone in the editor, nothing popped up, no panel. */
async function reset({ page, seed }) {
  await page.mouse.move(5, 400);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
  if (await page.locator('.part.panel').isVisible()) await runCommand(page, 'View: Toggle Panel Visibility');
  if (!(await page.locator(`.tab[aria-label^="${seed}"]`).count())) await openFile(page, seed);
}

/** Sets a boolean user setting in the Settings editor (search, tick or untick), then closes the editor. */
async function setBooleanSetting(page, server, key, value) {
  await runCommand(page, 'Preferences: Open User Settings');
  const search = page.locator('.settings-editor .settings-header .suggest-input-container').first();
  await search.waitFor({ timeout: 15_000 });
  for (let attempt = 1; ; attempt++) {
    await page.waitForTimeout(500); // the search box takes focus as the editor opens
    await search.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(key);
    try {
      await page.waitForSelector('.settings-editor .settings-count-widget:has-text("1 Setting Found")', { timeout: 5_000 });
      break;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
  const box = page.locator('.settings-editor .setting-item-bool .setting-value-checkbox').first();
  await box.waitFor({ timeout: 15_000 });
  if ((await box.getAttribute('aria-checked')) !== String(value)) await box.click();
  await page.waitForFunction((v) => document.querySelector('.settings-editor .setting-item-bool .setting-value-checkbox')?.getAttribute('aria-checked') === String(v), value);
  // The Settings editor writes the file a moment later; closing it before then would lose the change.
  const file = join(server.sandbox, 'user-data/User/settings.json');
  const saved = () => { try { return (JSON.parse(readFileSync(file, 'utf8'))[key] ?? false) === value; } catch { return false; } };
  for (const deadline = Date.now() + 10_000; !saved(); await page.waitForTimeout(200)) {
    if (Date.now() > deadline) throw new Error(`the Settings editor did not save ${key}: ${value} to ${file}`);
  }
  // 1.139 shows the Settings editor as a modal: Escape leaves the search box, a second one closes it.
  for (let i = 0; i < 3 && (await page.locator('.settings-editor').isVisible()); i++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
  }
  await page.waitForSelector('.settings-editor', { state: 'hidden', timeout: 10_000 });
}

async function pickColorTheme(page, name) {
  await runCommand(page, 'Preferences: Color Theme');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(name);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`, { timeout: 10_000 });
  await page.keyboard.press('Enter');
}

async function setPaneExpanded(page, pane, expanded) {
  const header = page.locator(`${pane} > .pane-header`).first();
  if (!(await header.count())) return;
  if ((await header.getAttribute('aria-expanded')) !== String(expanded)) await header.click();
}

/** Runs a command from the palette (F1), choosing the entry titled exactly `label`. */
async function runCommand(page, label) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(label);
  const rows = page.locator('.quick-input-list .monaco-list-row');
  const exact = rows.filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
  await exact.first().waitFor({ timeout: 10_000 });
  await exact.first().click();
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
  await page.click('.editor-group-container.active .monaco-editor .view-lines');
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
  // Let the card finish fading in before the picture.
  await page.waitForTimeout(200);
  await page.waitForFunction(() => {
    const cards = [...document.querySelectorAll('.monaco-hover:not(.hidden)')].filter((h) => h.offsetParent);
    return cards.length > 0 && cards.every((h) => getComputedStyle(h).opacity === '1' && h.getAnimations().every((a) => a.playState === 'finished'));
  }, null, { timeout: 5_000 }).catch(() => {});
  await page.waitForTimeout(300);
}

async function shoot(page, path) {
  const out = resolve(ROOT, path);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  const [before, after] = shrinkPng(out);
  console.log(`wrote ${out} (${Math.round(after / 1024)} KB${after < before ? `, ${Math.round(before / 1024)} KB before the palette` : ''})`);
}

main().catch((e) => {
  console.error(`screenshot: ${e.stack ?? e}`);
  process.exit(1);
});

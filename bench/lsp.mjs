// Language-server latencies over real JSON-RPC (the built dist/server.js in its own process) on a
// 1 MB and a 10 MB document; server cold start; peak memory per MB of open text; .vsix size.
// Medians of several runs. `--quick` measures the 1 MB document only.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCorpus } from './corpus.mjs';
import { positionOf, startServer } from '../test/lsp/client.mjs';

const MB = 1 << 20;
const quick = process.argv.includes('--quick');
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const now = () => performance.now();
/** Median ms of n runs of f(i). */
async function timeIt(n, f) {
  const xs = [];
  for (let i = 0; i < n; i++) {
    const t0 = now();
    await f(i);
    xs.push(now() - t0);
  }
  return median(xs);
}
const rssKB = (pid, field) => Number(/\d+/.exec(readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(field)))?.[0] ?? 0);

async function coldStart() {
  const ms = [];
  for (let i = 0; i < 5; i++) {
    const t = now();
    const s = await startServer();
    ms.push(now() - t);
    await s.stop();
  }
  return median(ms);
}

/**
 * Open → first semantic tokens when the document is the first the server sees (dictionaries
 * loaded by one sentence, code not yet optimised by the JIT).
 */
async function coldFirstTokens(sizeMB) {
  const s = await startServer({ settings: { maxFileSizeMB: 50 } });
  s.open('file:///bench/warm.txt', 'At least 5 civilians were killed in Raqqa, the Observatory said.');
  await s.waitForDiagnostics('file:///bench/warm.txt');
  const ms = [];
  // The first document, then a second of the same size once the JIT has optimised the analysis.
  for (const seed of [11, 12]) {
    const uri = `file:///bench/cold-${sizeMB}mb-${seed}.txt`;
    const t = now();
    s.open(uri, makeCorpus(sizeMB * MB, seed));
    const { screen, full } = await openingTokens(s, uri, t);
    ms.push({ screen, full });
    await s.waitForDiagnostics(uri, 1, 120000);
  }
  await s.stop();
  return ms;
}

/** The first screen of tokens (lines 0–100) and the full tokens, asked together as an editor does on opening: ms since t. */
async function openingTokens(s, uri, t) {
  let full;
  const whole = s.request('textDocument/semanticTokens/full', { textDocument: { uri } }).then((r) => ((full = now() - t), r));
  await s.request('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } } });
  const screen = now() - t;
  const tokens = await whole;
  return { screen, full, tokens };
}

async function measure(sizeMB) {
  const text = makeCorpus(sizeMB * MB, 11);
  const uri = `file:///bench/corpus-${sizeMB}mb.txt`;
  const s = await startServer({ settings: { maxFileSizeMB: 50 } });
  // The server has analysed an article before (a 64 KB one: dictionaries loaded, code optimised
  // by the JIT — a fixed cost, not per MB of text), then the baseline is taken.
  s.open('file:///bench/warm.txt', makeCorpus(64 * 1024, 99));
  await s.waitForDiagnostics('file:///bench/warm.txt');
  const baseKB = rssKB(s.proc.pid, 'VmRSS');
  const fixedKB = baseKB;
  const r = {};
  const t = now();
  s.open(uri, text);
  const opening = await openingTokens(s, uri, t);
  const tokens = opening.tokens;
  r['open → first screen of tokens (range)'] = opening.screen;
  r['open → full semantic tokens'] = opening.full;
  await s.waitForDiagnostics(uri, 1, 120000);
  r['full semantic tokens'] = await timeIt(5, () => s.request('textDocument/semanticTokens/full', { textDocument: { uri } }));
  const mid = positionOf(text, text.length >> 1);
  r['range semantic tokens (one screen)'] = await timeIt(9, () => s.request('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: mid, end: { line: mid.line + 60, character: 0 } } }));
  const place = text.indexOf('Raqqa', text.length >> 1);
  r['hover'] = await timeIt(21, () => s.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, place + 1) }));
  const diags = s.diagnostics.get(uri).diagnostics;
  const dup = diags[diags.length >> 1];
  r['code actions'] = await timeIt(9, () => s.request('textDocument/codeAction', { textDocument: { uri }, range: dup.range, context: { diagnostics: [dup] } }));
  Object.assign(r, await edits(s, uri, text));
  const peakKB = rssKB(s.proc.pid, 'VmHWM');
  r.memoryPerMB = (peakKB - baseKB) / 1024 / (text.length / MB);
  r.fixedMB = fixedKB / 1024;
  await s.stop();
  return r;
}

/**
 * One-character edits in the middle of the text, each waited for until diagnostics, then until
 * tokens (the delta from the last full result), are updated.
 */
async function edits(s, uri, text, label = '') {
  const r = {};
  let version = 1; // the document was opened at version 1 and not edited since
  r[`edit → updated diagnostics${label}`] = await timeIt(9, async (i) => {
    version++;
    const at = positionOf(text, (text.length >> 1) + i * 997);
    s.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: 'x' }] });
    await s.waitForDiagnostics(uri, version, 120000);
  });
  let { resultId } = await s.request('textDocument/semanticTokens/full', { textDocument: { uri } });
  r[`edit → updated tokens (delta)${label}`] = await timeIt(9, async (i) => {
    version++;
    const at = positionOf(text, (text.length >> 2) + i * 991);
    s.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: 'y' }] });
    const d = await s.request('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: resultId });
    resultId = d.resultId;
  });
  return r;
}

/** The edit latencies with every finding listed as a diagnostic (conflictLens.maxDiagnostics 0). */
async function editsListingAll(sizeMB) {
  const text = makeCorpus(sizeMB * MB, 11);
  const uri = `file:///bench/all-${sizeMB}mb.txt`;
  const s = await startServer({ settings: { maxFileSizeMB: 50, maxDiagnostics: 0 } });
  s.open(uri, text);
  const n = (await s.waitForDiagnostics(uri, 1, 120000)).length;
  const r = await edits(s, uri, text, `, all ${n} findings listed (maxDiagnostics 0)`);
  await s.stop();
  return r;
}

const cold = await coldStart();
const firsts = [await coldFirstTokens(1), await coldFirstTokens(1), await coldFirstTokens(1)];
const coldTokens = median(firsts.map((x) => x[0].screen));
const warmTokens = median(firsts.map((x) => x[1].screen));
const coldFull = median(firsts.map((x) => x[0].full));
const warmFull = median(firsts.map((x) => x[1].full));
const sizes = quick ? [1] : [1, 10];
const results = {};
for (const size of sizes) results[size] = await measure(size);
// Rows whose label carries a count differ per size: printed one size per row.
const listingAll = {};
for (const size of sizes) listingAll[size] = await editsListingAll(size);

console.log(`| measure | ${sizes.map((s) => `${s} MB document`).join(' | ')} |`);
console.log(`|---|${sizes.map(() => '---').join('|')}|`);
for (const key of Object.keys(results[1]).filter((k) => k !== 'memoryPerMB' && k !== 'fixedMB')) {
  console.log(`| ${key} | ${sizes.map((s) => `${results[s][key].toFixed(1)} ms`).join(' | ')} |`);
}
for (const size of sizes) for (const [key, ms] of Object.entries(listingAll[size])) console.log(`| ${key} | ${sizes.map((x) => (x === size ? `${ms.toFixed(1)} ms` : '')).join(' | ')} |`);
console.log(`| server memory with dictionaries loaded (RSS) | ${sizes.map((s) => `${results[s].fixedMB.toFixed(0)} MB`).join(' | ')} |`);
console.log(`| peak memory (RSS growth) per MB of open text | ${sizes.map((s) => `${results[s].memoryPerMB.toFixed(1)} MB`).join(' | ')} |`);
console.log(`\nserver cold start (spawn → initialize answered), median of 5: ${cold.toFixed(0)} ms`);
console.log(`open → first screen of tokens / full tokens of a 1 MB document that is the first the server analyses (JIT cold), median of 3: ${coldTokens.toFixed(0)} / ${coldFull.toFixed(0)} ms`);
console.log(`open → first screen of tokens / full tokens of a second 1 MB document (JIT warm), median of 3: ${warmTokens.toFixed(0)} / ${warmFull.toFixed(0)} ms`);

// The .vsix, packaged offline from the current build.
const dir = mkdtempSync(join(tmpdir(), 'conflict-lens-vsix-'));
const vsix = join(dir, 'conflict-lens.vsix');
try {
  execFileSync(process.execPath, [new URL('../node_modules/@vscode/vsce/vsce', import.meta.url).pathname, 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', vsix], { cwd: new URL('..', import.meta.url).pathname, stdio: 'pipe' });
  console.log(`.vsix size: ${(statSync(vsix).size / MB).toFixed(2)} MB`);
} catch (e) {
  console.log(`.vsix size: not measured (vsce failed: ${String(e.stderr ?? e.message).split('\n')[0]})`);
}
if (!existsSync(vsix)) process.exitCode = 0;
// Some pipe of a stopped 10 MB server stays registered with the event loop (no handle is listed);
// the measurements are printed, so end here rather than wait for it.
process.exit(process.exitCode ?? 0);

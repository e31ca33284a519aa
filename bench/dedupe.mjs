// Dedupe benchmark: throughput on 1, 10 and 100 MB generated corpora (text in, deduplicated text
// out: split + find + remove), with `awk '!seen[$0]++'` run beside it on the same files as the
// floor, medians of several runs; then the growth ratio; then a cross-file (workspace) run; then
// accuracy on documents built from the invented paragraphs in test/fixtures/ with injected
// exact, reformatted, near and pull-quote copies.
// Usage: node esbuild.mjs && node bench/dedupe.mjs [--sizes 1,10,100] [--runs 5]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fixtureParagraphs, makeArticles, makeCorpus, scoreDedupe } from './corpus.mjs';

const require = createRequire(import.meta.url);
const core = require('../dist/core.js');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const sizes = arg('sizes', '1,10,100').split(',').map(Number);
const runs = Number(arg('runs', 5));
const out = new URL('./out/', import.meta.url);
mkdirSync(out, { recursive: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

// ---- throughput ----
console.log(`Dedupe throughput (median of ${runs} runs; text in -> deduplicated text out; threshold 0.8)\n`);
const rows = [];
for (const mb of sizes) {
  const text = makeCorpus(mb * 1e6, 42, { duplicateRate: 0.05 });
  const file = new URL(`corpus-${mb}MB.txt`, out);
  writeFileSync(file, text);
  const bytes = Buffer.byteLength(text);
  let removed = 0;
  const ours = [];
  const awk = [];
  const n = mb >= 100 ? Math.max(3, Math.ceil(runs / 2)) : runs;
  for (let r = 0; r < n; r++) {
    ours.push(time(() => (removed = core.dedupeText(text, 0.8).removed)));
    awk.push(time(() => execFileSync('awk', ['!seen[$0]++', file.pathname], { stdio: ['ignore', 'ignore', 'inherit'] })));
  }
  rows.push({ mb, bytes, removed, ours: median(ours), awk: median(awk) });
}
const pad = (s, n) => String(s).padStart(n);
console.log(`${pad('size', 6)} ${pad('paragraphs removed', 19)} ${pad('dedupe ms', 10)} ${pad('MB/s', 7)} ${pad('awk ms', 8)} ${pad('awk MB/s', 9)} ${pad('ours/awk throughput', 20)}`);
for (const r of rows) {
  const mbps = r.bytes / 1e6 / (r.ours / 1000);
  const awkMbps = r.bytes / 1e6 / (r.awk / 1000);
  console.log(`${pad(`${r.mb} MB`, 6)} ${pad(r.removed, 19)} ${pad(r.ours.toFixed(0), 10)} ${pad(mbps.toFixed(1), 7)} ${pad(r.awk.toFixed(0), 8)} ${pad(awkMbps.toFixed(1), 9)} ${pad((mbps / awkMbps).toFixed(2), 20)}`);
}
for (let i = 1; i < rows.length; i++) {
  const a = rows[i - 1];
  const b = rows[i];
  console.log(`growth ${a.mb} -> ${b.mb} MB: ${(b.bytes / a.bytes).toFixed(1)}x text in ${(b.ours / a.ours).toFixed(1)}x time (target <= 12x for 10x)`);
}

// ---- editor: per-document cost on 1 MB (the server runs this on every change) ----
{
  const text = makeCorpus(1e6, 42, { duplicateRate: 0.05 });
  const n = Math.max(runs, 15);
  let ps = core.splitParagraphs(text);
  const fps = ps.map((p) => core.paragraphFingerprint(p.text));
  const split = median(Array.from({ length: n }, () => time(() => (ps = core.splitParagraphs(text)))));
  const find = median(Array.from({ length: n }, () => time(() => core.findDuplicates(ps, 0.8))));
  const cached = median(Array.from({ length: n }, () => time(() => core.findDuplicatesFromFingerprints(ps, fps, 0.8))));
  console.log(`\nEditor, 1 MB document (median of ${n}): splitParagraphs ${split.toFixed(1)} ms (target <= 5), findDuplicates ${find.toFixed(1)} ms (target <= 15), from cached fingerprints ${cached.toFixed(1)} ms`);
}

// ---- workspace: the same corpus as files ----
console.log('\nCross-file (workspace) duplicates: the corpus as one file per article, every 50th article saved twice');
for (const mb of sizes.filter((s) => s <= 100)) {
  const articles = makeArticles(mb * 1e6, 7, { duplicateRate: 0 });
  const docs = [];
  articles.forEach((text, i) => {
    docs.push({ id: `a${i}.txt`, text, paragraphs: core.splitParagraphs(text) });
    if (i % 50 === 0) docs.push({ id: `a${i}-copy.txt`, text, paragraphs: core.splitParagraphs(text) });
  });
  let found = 0;
  const t = median(Array.from({ length: mb >= 100 ? 1 : 3 }, () => time(() => {
    found = core.findCrossFileDuplicates(docs).reduce((n, f) => n + f.findings.filter((x) => x.kind === 'same-article').length, 0);
  })));
  const bytes = articles.reduce((n, a) => n + a.length, 0);
  console.log(`${pad(`${mb} MB`, 6)} ${pad(docs.length, 7)} files ${pad(t.toFixed(0), 7)} ms ${pad((bytes / 1e6 / (t / 1000)).toFixed(1), 6)} MB/s   same-article found ${found} (injected ${Math.ceil(articles.length / 50)}; also counts template articles that happen to match)`);
}

// ---- accuracy ----
const uniques = fixtureParagraphs(readFileSync(new URL('../test/fixtures/dedupe-paragraphs.txt', import.meta.url), 'utf8'));
console.log(`\nAccuracy: ${uniques.length} invented unique paragraphs (test/fixtures/dedupe-paragraphs.txt), 300 documents, copies injected after their originals; both layouts, LF and CRLF`);
for (const [label, threshold, options] of [
  ['threshold 0.8, near copies of paragraphs >= 10 words', 0.8, {}],
  ['threshold 0.8, near copies of every paragraph incl. 2-6 word headings', 0.8, { nearMinWords: 1 }],
  ['threshold 0.7', 0.7, {}],
  ['threshold 0.9', 0.9, {}],
]) {
  const s = scoreDedupe(core, uniques, 300, threshold, options);
  const recall = Object.entries(s.kinds).sort().map(([k, v]) => `${k} ${(v.found / v.total).toFixed(3)} (${v.found}/${v.total})`).join(', ');
  console.log(`  ${label}\n    recall: ${recall}\n    flag precision ${s.precision.toFixed(4)}, unique paragraphs lost ${s.lost} of ${s.uniqueTotal}`);
}

// Core analysis throughput on 1, 10 and 100 MB of realistic article text, its growth, and
// compromise (people/places/organizations/numbers) on the same text as the peer.
// Medians of several runs; `--quick` skips 100 MB.
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { makeCorpus } from './corpus.mjs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyze, IncrementalAnalyzer } from '../dist/core.js';

const require = createRequire(import.meta.url);
const quick = process.argv.includes('--quick');
const MB = 1 << 20;
const sizes = quick ? [1, 10] : [1, 10, 100];
const runsFor = { 1: 5, 10: 3, 100: 2 };
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function time(f) {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

// Load the gazetteer and dictionaries and let the JIT compile the analyser, as in a server that has
// run a while: twice over 1 MB of other generated text (seed 99; the measured texts use seed 7).
// The first analysis in a fresh process costs some 0.6 s more (see the lsp bench's cold figures).
for (let i = 0; i < 2; i++) analyze(makeCorpus(MB, 99));
const rows = [];
for (const size of sizes) {
  const text = makeCorpus(size * MB, 7);
  const ms = [];
  for (let i = 0; i < runsFor[size]; i++) {
    globalThis.gc?.();
    ms.push(time(() => analyze(text)));
  }
  rows.push({ size, ms: median(ms), mbps: text.length / MB / (median(ms) / 1000) });
}

// Real articles: the seeds, repeated to 1 MB with each copy's paragraphs made unique (a lower-case
// tag appended to each line), so the paragraph cache cannot flatter the figure.
const seedsDir = new URL('../../shared/seeds/', import.meta.url);
if (existsSync(seedsDir)) {
  const seeds = readdirSync(seedsDir).sort().map((f) => readFileSync(new URL(f, seedsDir), 'utf8'));
  let real = '';
  for (let copy = 0; real.length < MB; copy++) real += seeds.map((t) => t.replace(/(?<=\S)$/gm, ` q${copy}`)).join('\n\n') + '\n\n';
  const ms = [];
  for (let i = 0; i < 5; i++) {
    globalThis.gc?.();
    ms.push(time(() => analyze(real)));
  }
  rows.push({ size: 1, label: '1 MB of real articles (seeds, made unique)', ms: median(ms), mbps: real.length / MB / (median(ms) / 1000) });
}

// compromise reads one paragraph at a time (its documented use); run on 1 MB only — at its speed
// 100 MB would take many minutes. Throughput is per MB, so the ratio is fair.
const nlp = require('compromise');
const sample = makeCorpus(1 * MB, 7);
const paragraphs = sample.split(/\n+/).filter(Boolean);
const peerMs = median(
  [0, 1].map(() =>
    time(() => {
      for (const p of paragraphs) {
        const doc = nlp(p);
        doc.people().json({ offset: true });
        doc.places().json({ offset: true });
        doc.organizations().json({ offset: true });
        doc.numbers().json({ offset: true });
      }
    }),
  ),
);
const peer = sample.length / MB / (peerMs / 1000);

console.log('| corpus | Conflict Lens analyze (median) | MB/s | × compromise |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.label ?? `${r.size} MB corpus`} | ${r.ms.toFixed(0)} ms | ${r.mbps.toFixed(1)} | ${(r.mbps / peer).toFixed(0)}× |`);
console.log(`| 1 MB | compromise (people, places, organizations, numbers) ${peerMs.toFixed(0)} ms | ${peer.toFixed(2)} | 1× |`);
console.log();
// Memory kept for an open document: the analyser (scans, sections, duplicate tables) and the
// model, after a full collection, per byte of text (a JS string of this text takes 1 byte a
// character): the JS heap and the typed arrays' buffers outside it, each.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
// Full collections, with time between for V8 to free the typed arrays' buffers (in the background).
const collect = async () => {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
for (const size of [1, 10]) {
  const text = makeCorpus(size * MB, 7);
  await collect();
  const before = process.memoryUsage(); // the text was made before
  const inc = new IncrementalAnalyzer();
  const model = inc.analyze(text);
  void model.entities.length;
  await collect();
  const after = process.memoryUsage();
  const heap = (after.heapUsed - before.heapUsed) / text.length;
  const buffers = (after.external - before.external) / text.length;
  console.log(`retained after analysing ${size} MB (analyser + model, text excluded): ${(heap + buffers).toFixed(1)} bytes per byte of text (JS heap ${heap.toFixed(1)}, typed-array buffers ${buffers.toFixed(1)})`);
  void [inc, model.entities]; // both alive through the measurement
}

const corpusRows = rows.filter((r) => !r.label);
for (let i = 1; i < corpusRows.length; i++) {
  const [a, b] = [corpusRows[i - 1], corpusRows[i]];
  console.log(`\ngrowth ${a.size} → ${b.size} MB: ${(b.ms / a.ms).toFixed(1)}× the time for ${b.size / a.size}× the text`);
}

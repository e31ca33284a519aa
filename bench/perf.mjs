// Core analysis throughput on 1, 10 and 100 MB of realistic article text, its growth, and
// compromise (people/places/organizations/numbers) on the same text as the peer.
// Medians of several runs; `--quick` skips 100 MB.
import { createRequire } from 'node:module';
import { makeCorpus } from './corpus.mjs';
import { analyze } from '../dist/core.js';

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

analyze(makeCorpus(64 * 1024, 99)); // load the gazetteer and dictionaries once, as the server does
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
for (const r of rows) console.log(`| ${r.size} MB | ${r.ms.toFixed(0)} ms | ${r.mbps.toFixed(1)} | ${(r.mbps / peer).toFixed(0)}× |`);
console.log(`| 1 MB | compromise (people, places, organizations, numbers) ${peerMs.toFixed(0)} ms | ${peer.toFixed(2)} | 1× |`);
for (let i = 1; i < rows.length; i++) {
  console.log(`\ngrowth ${rows[i - 1].size} → ${rows[i].size} MB: ${(rows[i].ms / rows[i - 1].ms).toFixed(1)}× the time for ${rows[i].size / rows[i - 1].size}× the text`);
}

// A kept DuplicateTracker through long random edit sequences (large pastes that make its shingle
// table grow, deletions, repeats, moved blocks, reverts, threshold changes, runs given up part
// way) must give exactly what a fresh findDuplicates gives after every edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { DuplicateTracker, findDuplicates, paragraphFingerprint, splitParagraphs } = require('../../dist/core.js');

function editSequence(seed) {
  const name = `seed ${seed}`;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const vocab = Array.from({ length: 3000 }, (_, i) => 'w' + i.toString(36));
  const para = () => Array.from({ length: 20 + ((rnd() * 60) | 0) }, () => vocab[(rnd() * vocab.length) | 0]).join(' ') + '.';
  let texts = Array.from({ length: 1500 }, para);
  // Near copies: one word in ten replaced.
  for (let i = 0; i < 300; i++) texts[(rnd() * texts.length) | 0] = texts[(rnd() * texts.length) | 0].split(' ').map((w) => (rnd() < 0.1 ? 'x' : w)).join(' ');
  const cache = new Map();
  const fingerprint = (t) => cache.get(t) ?? (cache.set(t, paragraphFingerprint(t)), cache.get(t));
  const tracker = new DuplicateTracker(true);
  let saved;
  for (let i = 0; i < 60; i++) {
    if (i % 5 === 0) saved = texts.slice();
    const at = (rnd() * texts.length) | 0;
    const r = rnd();
    if (r < 0.3) texts.splice(at, 0, ...Array.from({ length: 1 + ((rnd() * 400) | 0) }, para));
    else if (r < 0.5) texts.splice(at, 1 + ((rnd() * 50) | 0));
    else if (r < 0.6) texts.splice(at, 0, texts[(rnd() * texts.length) | 0]);
    else if (r < 0.7) texts.splice((rnd() * texts.length) | 0, 0, ...texts.splice(at, 1 + ((rnd() * 30) | 0)));
    else if (r < 0.75) texts = saved.slice();
    else texts[at] += ' edit' + i;
    const paragraphs = splitParagraphs(texts.join('\n\n'));
    const threshold = i % 10 === 8 ? 0.7 : 0.8;
    const steps = tracker.steps(paragraphs, paragraphs.map((p) => fingerprint(p.text)), threshold);
    if (i % 4 === 3) {
      for (let k = 0; k < 3 && !steps.next().done; k++); // given up part way, as an overtaken run is
      continue;
    }
    let result;
    for (let x = steps.next(); ; x = steps.next()) if (x.done) { result = x.value; break; }
    assert.deepEqual(result, findDuplicates(paragraphs, threshold), `${name}, edit ${i}`);
  }
}

for (const seed of [1, 2, 3]) test(`a kept tracker matches a fresh detection through 60 random edits (seed ${seed})`, () => editSequence(seed));

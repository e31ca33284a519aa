// Fingerprints for incremental use: findDuplicatesFromFingerprints gives exactly findDuplicates'
// findings, and a fingerprint depends on the paragraph's text alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findDuplicates, findDuplicatesFromFingerprints, paragraphFingerprint, splitParagraphs } from '../../dist/core.js';
import { accuracyDocument, fixtureParagraphs, makeCorpus } from '../../bench/corpus.mjs';

const uniques = fixtureParagraphs(readFileSync(new URL('../fixtures/dedupe-paragraphs.txt', import.meta.url), 'utf8'));
const fromFingerprints = (ps, t) => findDuplicatesFromFingerprints(ps, ps.map((p) => paragraphFingerprint(p.text)), t);

test('same findings as findDuplicates: generated articles and accuracy documents, several thresholds', () => {
  const docs = [makeCorpus(200_000, 3, { duplicateRate: 0.2 }), makeCorpus(100_000, 4, { layout: 'lines', eol: '\r\n' })];
  for (let seed = 1; seed <= 30; seed++) docs.push(accuracyDocument(uniques, seed, { nearMinWords: 1 }).text);
  for (const text of docs) {
    const ps = splitParagraphs(text);
    for (const t of [0.6, 0.8, 0.9, 1]) assert.deepEqual(fromFingerprints(ps, t), findDuplicates(ps, t));
  }
});

test('reused fingerprints of unchanged paragraphs after an edit give the fresh result', () => {
  const before = splitParagraphs(makeCorpus(50_000, 9, { duplicateRate: 0.3 }));
  const cache = new Map(before.map((p) => [p.text, paragraphFingerprint(p.text)]));
  const text = before.map((p) => p.text).join('\n\n').replace(/killed/, 'slain') + '\n\n' + before[5].text;
  const after = splitParagraphs(text);
  const fps = after.map((p) => cache.get(p.text) ?? paragraphFingerprint(p.text));
  assert.deepEqual(findDuplicatesFromFingerprints(after, fps, 0.8), findDuplicates(after, 0.8));
});

test('a fingerprint is a pure function of the text', () => {
  const p = 'The battle has been ongoing in Sheikh Miskeen for around a month. - Imad al-Hourani, activist |';
  const a = paragraphFingerprint(p);
  paragraphFingerprint('Something else entirely, with other words.');
  assert.deepEqual(paragraphFingerprint(p), a);
  assert.equal(a.words, 16);
  assert.equal(a.quoteWords, 12);
  assert.equal(a.hashes.length, 16 + 14);
  assert.deepEqual(paragraphFingerprint('“Syria’s  WAR”'), { ...paragraphFingerprint('"syrias war"') });
});

test('fingerprints must match the paragraphs', () => {
  const ps = splitParagraphs('One two three four.\n\nFive six seven eight.');
  assert.throws(() => findDuplicatesFromFingerprints(ps, [paragraphFingerprint(ps[0].text)], 0.8));
});

test('a kept tracker, edit after edit, gives what a fresh detection gives (its tables taken back to the first change)', async () => {
  const fc = (await import('fast-check')).default;
  const { DuplicateTracker } = await import('../../dist/core.js');
  const start = makeCorpus(60_000, 12, { duplicateRate: 0.3 });
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(fc.constantFrom('edit', 'copy', 'delete', 'threshold', 'append'), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
        { minLength: 1, maxLength: 12 },
      ),
      (ops) => {
        let texts = splitParagraphs(start).map((p) => p.text);
        let threshold = 0.8;
        const cache = new Map();
        const fp = (t) => cache.get(t) ?? (cache.set(t, paragraphFingerprint(t)), cache.get(t));
        const tracker = new DuplicateTracker(true);
        const check = () => {
          const ps = splitParagraphs(texts.join('\n\n'));
          assert.deepEqual(tracker.update(ps, ps.map((p) => fp(p.text)), threshold), findDuplicates(ps, threshold));
        };
        check();
        for (const [op, a, b] of ops) {
          const i = Math.floor(a * texts.length);
          const j = Math.floor(b * texts.length);
          if (op === 'edit') texts[i] = texts[i].replace(/\b\w+\b/, 'changed');
          else if (op === 'copy') texts.splice(j, 0, texts[i]);
          else if (op === 'delete' && texts.length > 2) texts.splice(i, 1);
          else if (op === 'threshold') threshold = [0.6, 0.8, 0.9][i % 3];
          else texts.push(texts[i] + ' Updated.');
          check();
        }
      },
    ),
    { numRuns: 40, seed: 3 },
  );
});

test('a kept tracker whose run was given up part way resumes from what it had added', async () => {
  const { DuplicateTracker } = await import('../../dist/core.js');
  let texts = splitParagraphs(makeCorpus(200_000, 5, { duplicateRate: 0.3 })).map((p) => p.text);
  const cache = new Map();
  const fp = (t) => cache.get(t) ?? (cache.set(t, paragraphFingerprint(t)), cache.get(t));
  const tracker = new DuplicateTracker(true);
  const version = () => {
    const ps = splitParagraphs(texts.join('\n\n'));
    return [ps, ps.map((p) => fp(p.text))];
  };
  tracker.update(...version(), 0.8);
  for (let i = 0; i < 16; i++) {
    // An edit, its run given up after a number of pauses (in the middle of adding, or before)...
    const at = Math.floor((((i * 7919) % 1000) / 3000) * texts.length);
    texts = [...texts.slice(0, at), i % 2 ? texts[(at * 3) % texts.length] : `${texts[at]} edited ${i}`, ...texts.slice(at + (i % 3 === 0 ? 1 : 0))];
    const steps = tracker.steps(...version(), 0.8);
    const pauses = i % 9; // 1100 paragraphs: about 4 pauses adding fingerprints, 4 detecting
    for (let k = 0; k < pauses && !steps.next().done; k++);
    // ...then another edit (after where it stopped, or before) analysed to the end gives the fresh findings.
    texts[i % 2 ? texts.length - 1 : at + 1] += ' more';
    const [ps, fps] = version();
    assert.deepEqual(tracker.update(ps, fps, 0.8), findDuplicates(ps, 0.8), `edit ${i}, given up after ${pauses} pauses`);
  }
});

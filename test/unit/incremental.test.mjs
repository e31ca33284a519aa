// Incremental analysis gives exactly what a fresh analysis gives, edit after edit, and re-scans
// only what changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { analyze, IncrementalAnalyzer } from '../../dist/core.js';

const docs = [readFileSync(new URL('../fixtures/samples/sample-idlib.txt', import.meta.url), 'utf8')];
const seeds = new URL('../../../shared/seeds/', import.meta.url);
if (existsSync(seeds)) for (const f of readdirSync(seeds).sort()) docs.push(readFileSync(new URL(f, seeds), 'utf8'));

const strip = (m) => JSON.stringify({ ...m, text: undefined });

test('edit after edit, the incremental model equals a fresh analysis', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: docs.length - 1 }),
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('', 'x', ' ', '\n', '\n\n', 'Raqqa', ' killed 5 people', 'IS said'), fc.nat(40)), { minLength: 1, maxLength: 6 }),
      (d, edits) => {
        let text = docs[d];
        const inc = new IncrementalAnalyzer();
        inc.analyze(text);
        for (const [at, _, insert, del] of edits) {
          const pos = Math.floor(at * text.length);
          text = text.slice(0, pos) + insert + text.slice(pos + del);
          assert.equal(strip(inc.analyze(text)), strip(analyze(text)));
        }
      },
    ),
    { numRuns: 60, seed: 42 },
  );
});

test('scans are kept per paragraph text: an edit leaves the others cached, repeats share one', () => {
  const inc = new IncrementalAnalyzer();
  const text = 'Alpha paragraph about Raqqa.\n\nBeta paragraph about Idlib.\n\nAlpha paragraph about Raqqa.\n';
  inc.analyze(text);
  assert.equal(inc.cachedParagraphs, 2, 'the repeated paragraph is scanned once');
  inc.analyze(text.replace('Beta', 'Gamma'));
  assert.equal(inc.cachedParagraphs, 2, 'the old version of the edited paragraph is dropped');
});

test('sliced analysis equals a fresh one, gives up when stale, and keeps what it finished', async () => {
  const text = docs[docs.length - 1];
  const pause = () => new Promise((r) => setImmediate(r));
  const inc = new IncrementalAnalyzer();
  const whole = await inc.analyzeInSlices(text, undefined, 'k', pause, () => false, 0);
  assert.equal(strip(whole), strip(analyze(text)));
  const other = new IncrementalAnalyzer();
  let pauses = 0;
  const given = await other.analyzeInSlices(text, undefined, 'k', async () => void pauses++, () => pauses >= 3, 0);
  assert.equal(given, undefined, 'a newer version stops the run');
  const resumed = await other.analyzeInSlices(text, undefined, 'k', pause, () => false, 0);
  assert.equal(strip(resumed), strip(whole), 'the next run finishes from the kept scans');
});

// Accuracy on documents built from the invented fixture paragraphs with injected exact,
// reformatted, near and pull-quote copies (the acceptance bars from the brief).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findDuplicates, splitParagraphs } from '../../dist/core.js';
import { accuracyDocument, fixtureParagraphs } from '../../bench/corpus.mjs';

const uniques = fixtureParagraphs(readFileSync(new URL('../fixtures/dedupe-paragraphs.txt', import.meta.url), 'utf8'));

/** Scores findDuplicates over `docs` generated documents. */
export function score(docs, threshold = 0.8, options = {}) {
  const kinds = {};
  let flagged = 0;
  let right = 0;
  let lost = 0;
  for (let seed = 1; seed <= docs; seed++) {
    const doc = accuracyDocument(uniques, seed, options);
    const ps = splitParagraphs(doc.text);
    assert.equal(ps.length, doc.truth.length, `paragraphs of document ${seed}`);
    const found = new Set(findDuplicates(ps, threshold).map((d) => d.paragraph));
    doc.truth.forEach((t, i) => {
      if (t.kind === 'unique') {
        if (found.has(i)) lost++;
        return;
      }
      kinds[t.kind] ??= { found: 0, total: 0 };
      kinds[t.kind].total++;
      if (found.has(i)) kinds[t.kind].found++;
    });
    for (const i of found) {
      flagged++;
      if (doc.truth[i].kind !== 'unique') right++;
    }
  }
  const recall = Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, v.found / v.total]));
  return { recall, precision: right / flagged, lost };
}

test('recall per kind, flag precision and unique paragraphs lost meet the bars', () => {
  const { recall, precision, lost } = score(60);
  assert.ok(recall.exact >= 0.99, `exact ${recall.exact}`);
  assert.ok(recall.reformatted >= 0.99, `reformatted ${recall.reformatted}`);
  assert.ok(recall.near >= 0.95, `near ${recall.near}`);
  assert.ok(recall.pull >= 0.9, `pull ${recall.pull}`);
  assert.ok(precision >= 0.99, `precision ${precision}`);
  assert.equal(lost, 0);
});

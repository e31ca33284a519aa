// Accuracy on documents built from the invented fixture paragraphs with injected exact,
// reformatted, near and pull-quote copies (the acceptance bars from the brief).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findDuplicates, splitParagraphs } from '../../dist/core.js';
import { fixtureParagraphs, scoreDedupe } from '../../bench/corpus.mjs';

const uniques = fixtureParagraphs(readFileSync(new URL('../fixtures/dedupe-paragraphs.txt', import.meta.url), 'utf8'));

const score = (docs, threshold = 0.8, options = {}) => scoreDedupe({ findDuplicates, splitParagraphs }, uniques, docs, threshold, options);

test('recall per kind, flag precision and unique paragraphs lost meet the bars', () => {
  const { recall, precision, lost } = score(60);
  assert.ok(recall.exact >= 0.99, `exact ${recall.exact}`);
  assert.ok(recall.reformatted >= 0.99, `reformatted ${recall.reformatted}`);
  assert.ok(recall.near >= 0.95, `near ${recall.near}`);
  assert.ok(recall.pull >= 0.9, `pull ${recall.pull}`);
  assert.ok(precision >= 0.99, `precision ${precision}`);
  assert.equal(lost, 0);
});

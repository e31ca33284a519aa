// findCrossFileDuplicates: the same article in two files, a footer shared by many files; linear cost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCrossFileDuplicates, splitParagraphs } from '../../dist/core.js';
import { makeArticles } from '../../bench/corpus.mjs';

const doc = (id, text) => ({ id, text, paragraphs: splitParagraphs(text) });
const articles = makeArticles(60_000, 3, { duplicateRate: 0 }).filter((a) => a.length > 800);
const FOOTER = '| About Us | Privacy Policy | Terms of Use | Contact Us |';

function check(docs, expected, options) {
  const out = findCrossFileDuplicates(docs, options);
  assert.deepEqual(out.map((o) => o.id), docs.map((d) => d.id));
  const got = out.flatMap((o) => o.findings.map((f) => [o.id, f.kind, f.originalFile, f.paragraph ?? null]));
  assert.deepEqual(got, expected);
  return out;
}

test('the same article saved twice (one reformatted and with a paragraph dropped) is found', () => {
  const a = articles[0];
  const copy = a.toUpperCase().split('\n\n').filter((_, i) => i !== 3).join('\n\n');
  const out = check([doc('a.txt', a), doc('b.txt', articles[1]), doc('c.txt', copy)], [['c.txt', 'same-article', 'a.txt', null]]);
  assert.ok(out[2].findings[0].similarity >= 0.8);
});

test('a footer shared by three files is found in the later two, pointing at the first', () => {
  const docs = [0, 1, 2].map((i) => doc(`f${i}.txt`, `${articles[i]}\n\n${FOOTER}\n`));
  const footerIndex = (d) => d.paragraphs.findIndex((p) => p.text === FOOTER);
  check(docs, [['f1.txt', 'shared-paragraph', 'f0.txt', footerIndex(docs[1])], ['f2.txt', 'shared-paragraph', 'f0.txt', footerIndex(docs[2])]]);
  check(docs, [], { minFiles: 4 });
});

test('unrelated articles are not matched', () => {
  check(articles.slice(0, 6).map((a, i) => doc(`u${i}`, a)), []);
});

// Cost (linear growth, no pairwise comparison) is measured by bench/dedupe.mjs, not by a timed test.
test('a thousand copies of one article all point at the first file', () => {
  const n = 1000;
  const docs = Array.from({ length: n }, (_, i) => doc(`d${i}`, articles[0]));
  const out = findCrossFileDuplicates(docs);
  assert.equal(out.filter((o) => o.findings.some((f) => f.kind === 'same-article' && f.originalFile === 'd0')).length, n - 1);
  assert.equal(out[0].findings.length, 0, 'the first file is the original');
});

// Casualty figures in shapes a blind held-out run missed (annotation guide §3): quoted counts,
// capture verbs, clauses inserted between count and verb, ages in apposition, hardware, tolls.
// Each row is [text, expected figures]; only the keys given are compared. Build first: `node esbuild.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { findCasualties, splitParagraphs } = require('../../dist/core.js');

function check(text, expected) {
  const got = findCasualties(text, splitParagraphs(text), []);
  const view = got.map((g, i) => Object.fromEntries(Object.keys(expected[i] ?? { text: 1 }).map((k) => [k, g[k]])));
  assert.deepEqual(view, expected, `in: ${text}\n got: ${JSON.stringify(got.map((g) => [g.text, g.min, g.max, g.outcome]))}`);
}

const fig = (text, min, max, outcome = 'killed', extra = {}) => ({ text, min, max, outcome, ...extra });

const ROWS = {
  quotes: [
    ['Artillery fire ended up killing "dozens" of worshippers.', [fig('dozens', 12, undefined)]],
    ['The ministry said “more than 40 terrorists” had been killed.', [fig('more than 40', 41, undefined, 'killed', { victims: 'terrorists' })]],
    ['Civil defence teams said "up to 60" bodies were pulled out.', [fig('up to 60', 0, 60)]],
    ['Its jets killed “more than 90 Houthi elements” overnight.', [fig('more than 90', 91, undefined)]],
    ["Witnesses said the blast wounded 'about 20' shoppers.", [fig('about 20', 20, 20, 'wounded', { approximate: true })]],
    ['The general vowed to send "more than 400 fighters" north.', []],
  ],
};

for (const [name, rows] of Object.entries(ROWS)) {
  test(`casualty shapes: ${name}`, () => {
    for (const [text, expected] of rows) check(text, expected);
  });
}

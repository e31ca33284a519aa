// Unknown people found by a title or an apposition, without a speech verb. Invented sentences.
// Run after `node esbuild.mjs`. Each row lists the actors in order as "text (type)".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../dist/core.js';

const rows = (text) => analyze(text).entities.filter((e) => e.kind === 'actor').map((e) => `${e.text} (${e.type})`);

const CASES = [
  ['Grand Mufti Tarek Osseiran urged restraint.', ['Tarek Osseiran (person)']],
  ['Sheikh Wadih Jaber visited the wounded.', ['Wadih Jaber (person)']],
  ['Odesa Mayor Petro Kovalenko said the port was hit.', ['Petro Kovalenko (person)']],
  ['Lt. Col. Samer Haddad led the patrol.', ['Samer Haddad (person)']],
  ['A 48-year-old farmer, Yusra Haddad, was wounded.', ['Yusra Haddad (person)']],
  ["Reuters' Lina Saab, reporting from the border, counted ten trucks.", ['Reuters (media)', 'Lina Saab (person)']],
  // negatives: no title, no apposition, a place after a title word
  ['Tall Tamr and Ras al-Ain were shelled.', []],
  ['The woman fled to the camp.', []],
];

test('people by title or apposition', () => {
  for (const [text, expected] of CASES) assert.deepEqual(rows(text), expected, text);
});

// findDuplicates: exact, reformatted, near and pull-quote copies; precision cases; the seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { findDuplicates, splitParagraphs, normalizeParagraph } from '../../dist/core.js';

/** expected: [copy index, original index, kind] for every finding, in order. */
function check(paragraphs, expected, threshold = 0.8) {
  const text = paragraphs.join('\n\n');
  const ps = splitParagraphs(text);
  assert.equal(ps.length, paragraphs.length, 'paragraph count');
  const found = findDuplicates(ps, threshold);
  assert.deepEqual(found.map((d) => [d.paragraph, d.originalParagraph, d.kind]), expected);
  for (const d of found) {
    assert.equal(text.slice(d.start, d.end), ps[d.paragraph].text);
    assert.equal(text.slice(d.originalStart, d.originalEnd), ps[d.originalParagraph].text);
    assert.ok(d.originalParagraph < d.paragraph);
    assert.ok(d.kind === 'near' ? d.similarity >= threshold && d.similarity <= 1 : d.similarity === 1);
  }
  return found;
}

const P1 = 'At least 23 civilians, including nine children, were killed on Monday when air strikes hit a market in the town of Maarat al-Numan in Idlib province, the Syrian Observatory for Human Rights said.';
const P2 = 'Regime forces backed by Iranian-supported militias have been pressing an offensive on the southern edge of the province since late April, seizing a string of villages.';
const Q3 = '"[The regime] received reinforcements from Hezbollah and the Iranian Republican Guards... The battle has been ongoing in Sheikh Miskeen for around a month," Hourani said.';
const SHORT = 'Regime helicopters dropped barrel bombs on jihadist positions, he said.';

const cases = [
  ['exact copy', [P1, P2, P1], [[2, 0, 'exact']]],
  ['case, curly quotes, whitespace and punctuation folded', [P1, `"Syria’s war"  is  ${P2}`, P1.toUpperCase().replace(/,/g, ''), `“syria's WAR” is ${P2}`], [[2, 0, 'exact'], [3, 1, 'exact']]],
  ['digit separators and apostrophes folded', ['More than 10,000 people fled Syria’s Aleppo.', 'More than 10000 people fled Syrias Aleppo'], [[1, 0, 'exact']]],
  ['a word dropped', [P1, P2, P1.replace(' nine', '')], [[2, 0, 'near']]],
  ['a word changed', [P1, P2, P1.replace('market', 'bakery')], [[2, 0, 'near']]],
  ['a word added', [P1, P2, P1.replace('were killed', 'were reportedly killed')], [[2, 0, 'near']]],
  ['short paragraph with a word changed (alignment)', [SHORT, P1, SHORT.replace('jihadist', 'rebel')], [[2, 0, 'near']]],
  ['pull quote with attribution', [P1, Q3, P2, 'The battle has been ongoing in Sheikh Miskeen for around a month. - Imad al-Hourani, activist |'], [[3, 1, 'near']]],
  ['pull quote with em dash and no pipe', [Q3, P2, '"The battle has been ongoing in Sheikh Miskeen for around a month." — Imad al-Hourani, activist'], [[2, 0, 'near']]],
  ['repeated headline line', ['Syria regime forces enter Daesh-held town following Russian air strikes', 'Updated 06 October 2017', 'Syria regime forces enter Daesh-held town following Russian air strikes', P1], [[2, 0, 'exact']]],
  ['repeated short headings are duplicates', ['Southern front', P1, "'Violent attack'", P2, 'Southern front', "'Violent attack'"], [[4, 0, 'exact'], [5, 2, 'exact']]],
  ['different short headings are not', ['Southern front', P1, 'Northern front', P2, 'Southern fronts'], []],
  ['sharing a common phrase is not a copy', [P1, 'The Syrian Observatory for Human Rights said the toll was likely to rise as rescuers searched the rubble in Maarat al-Numan.'], []],
  ['a short paragraph quoting a phrase is not a copy', [P1, 'The Syrian Observatory for Human Rights said.'], []],
  ['formulaic updates with several facts changed are not copies', ['At least 12 civilians were killed in air strikes on Douma on Monday, the Observatory said.', 'At least 9 civilians were killed in shelling on Harasta on Tuesday, the Observatory said.'], []],
  ['paragraphs without words are never copies', ['***', P1, '***', '|'], []],
  ['copies of a copy point at the kept original', [P1, P1.replace('market', 'bakery'), P1.replace('market', 'bakery'), P1], [[1, 0, 'near'], [2, 0, 'near'], [3, 0, 'exact']]],
];

for (const [name, paragraphs, expected] of cases) test(name, () => check(paragraphs, expected));

test('threshold: a stricter setting keeps a near copy, exact copies stay', () => {
  const near = P2.replace('string', 'series').replace('late', 'early');
  check([P2, near, P2], [[1, 0, 'near'], [2, 0, 'exact']], 0.7);
  check([P2, near, P2], [[2, 0, 'exact']], 0.95);
});

test('normalizeParagraph folds case, quotes, whitespace and punctuation', () => {
  assert.equal(normalizeParagraph('  “Syria’s  WAR,”  said U.S. officials—10,000 dead. '), 'syrias war said us officials 10000 dead');
  assert.equal(normalizeParagraph('Ḥalab, Dayr az-Zawr'), 'halab dayr az zawr');
});

// ---- the seeds (real scraped articles), expected duplicates listed explicitly ----
const SEEDS = '/work/shared/seeds';
const seed = (prefix) => readFileSync(`${SEEDS}/${readdirSync(SEEDS).find((f) => f.startsWith(prefix))}`, 'utf8');
const skip = !existsSync(SEEDS) && 'seeds not available';

function checkSeed(text, expected) {
  const ps = splitParagraphs(text);
  const found = findDuplicates(ps, 0.8);
  assert.deepEqual(found.map((d) => [d.paragraph, d.originalParagraph, d.kind, ps[d.paragraph].text.slice(0, 40)]), expected.map(([a, b, k]) => [a, b, k, ps[a].text.slice(0, 40)]));
}

test('seed 000: the repeated headline, the repeated block with its headings, two pull quotes', { skip }, () => {
  checkSeed(seed('000_'), [
    [1, 0, 'exact'], // As Kobane battle intensifies, regime continues Daraa attack
    [23, 5, 'exact'], [24, 6, 'exact'], [25, 7, 'exact'], [26, 8, 'exact'], [27, 9, 'exact'],
    [28, 10, 'exact'], // Southern front
    [29, 11, 'exact'], [30, 12, 'exact'], [31, 13, 'exact'],
    [32, 17, 'near'], // The battle has been ongoing in Sheikh Miskeen for around a month. - Imad al-Hourani, activist |
    [33, 14, 'exact'], [34, 15, 'exact'], [35, 16, 'exact'], [36, 17, 'exact'],
    [37, 18, 'exact'], // Moaz al-Khatib: 'I told Russia Assad should leave'
    [38, 19, 'exact'],
    [39, 21, 'near'], // It is impossible for Syria to stand on its own two feet with this man [Assad]. - Moaz al-Khatib, Syrian opposition |
    [40, 20, 'exact'], [41, 21, 'exact'], [42, 22, 'exact'],
  ]);
});

test('seed 001: the repeated caption', { skip }, () => checkSeed(seed('001_'), [[2, 1, 'exact']]));
test('seed 002: no duplicates', { skip }, () => checkSeed(seed('002_'), []));
test('seed 003: each story repeats its headline', { skip }, () => checkSeed(seed('003_'), [[3, 0, 'exact'], [25, 23, 'exact']]));
test('seed 004: no duplicates', { skip }, () => checkSeed(seed('004_'), []));

// Places: near (fold-only) spellings must look like transliterations, not coincidences of the fold.
// Run after `node esbuild.mjs`. Invented sentences; "span => canonical" rows as in places.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { findPlaces, splitParagraphs, defaultOptions } = require('../../dist/core.js');

const rows = (text) => findPlaces(text, splitParagraphs(text), defaultOptions).map((m) => (m.inDictionary ? `${m.text} => ${m.canonical}` : `${m.text} ?`));

const CASES = [
  // real transliteration pairs still meet
  ["Jets struck Ar-Raqqah and Raqa in Syria.", ['Ar-Raqqah => Raqqa', 'Raqa => Raqqa', 'Syria => Syria']],
  ['Convoys left Albukamal and Abukamal for Deir al-Zour, Syria.', ['Albukamal => Abu Kamal', 'Abukamal => Abu Kamal', 'Deir al-Zour => Deir ez-Zor', 'Syria => Syria']],
  ["Shells fell on Ma'arrat an-Nu'man and Khan Shaykhun, Syria.", ["Ma'arrat an-Nu'man => Maarat al-Numan", 'Khan Shaykhun => Khan Sheikhun', 'Syria => Syria']],
  ['Kurdish police patrolled Qamishlo and Hasakeh in Syria.', ['Qamishlo => Qamishli', 'Hasakeh => Hasakah', 'Syria => Syria']],
  // a possessive ends a name: two places, neither a person
  ["Mortars hit Syria's Idleb overnight.", ['Syria => Syria', 'Idleb => Idlib']],
  // never a match starting at a common English word, nor a different first letter, nor a far spelling
  ['In Daraa, two shops burned.', ['Daraa => Daraa']],
  ['Photo: a street in Homs after the raid.', ['Homs => Homs']],
  ['Tebu fighters clashed near Sabha, Libya.', ['Sabha => Sabha', 'Libya => Libya']],
  ['Emanuel Ortiz, a medic, reached Gaza on Sunday.', ['Gaza => Gaza']],
  ['Islah officials in Marib said the strike killed four in Yemen.', ['Marib => Marib', 'Yemen => Yemen']],
  // a person's name that is near a country's name is not that country
  ['Spokesman Turki Mansour said Yemen would respond.', ['Yemen => Yemen']],
  // a near spelling of a far country's town is not that town
  ['Sheikh Omar al-Kani spoke to elders in Tarhuna, Libya.', ['Tarhuna => Tarhuna', 'Libya => Libya']],
];

test('near spellings: transliterations meet, coincidences do not', () => {
  for (const [text, expected] of CASES) assert.deepEqual(rows(text), expected, text);
});

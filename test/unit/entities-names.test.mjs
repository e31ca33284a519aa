// Place words inside actor names, datelines and main location, lesser-known groups and outlets.
// Run after `node esbuild.mjs`. Invented sentences; each row lists the entities in order as "kind:text → Canonical".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, mainLocation } from '../../dist/core.js';

const rows = (text) => analyze(text).entities.map((e) => `${e.kind}:${e.text} → ${e.canonical}`);

const CASES = [
  // a place word inside an outlet's or a group's name is not a place
  ['The local site Suwayda 24 and the page Daraa24 said the checkpoint in Syria was hit.', ['actor:Suwayda 24 → Suwayda 24', 'actor:Daraa24 → Daraa24', 'place:Syria → Syria']],
  ['According to the Libya Herald, the road to Tripoli was shut.', ['actor:Libya Herald → Libya Herald', 'place:Tripoli → Tripoli']],
  ['The newspaper Aden al-Ghad reported a drone attack.', ['actor:Aden al-Ghad → Aden al-Ghad']],
  ["A Kurdistan Workers' Party unit withdrew.", ["actor:Kurdistan Workers' Party → Kurdistan Workers' Party"]],
  // lesser-known groups and outlets
  ['YBS fighters and the Kaniyat clashed with VDP auxiliaries.', ['actor:YBS → Sinjar Resistance Units', 'actor:Kaniyat → Kaniyat', 'actor:VDP → Volunteers for the Defence of the Homeland']],
  ['ORTM and the NNA carried the statement; Magen David Adom said two were hurt.', ['actor:ORTM → ORTM', 'actor:NNA → National News Agency', 'actor:Magen David Adom → Magen David Adom']],
  ['Near Manbij in Syria, the SNA and the Asayish traded fire, North Press reported.', ['place:Manbij → Manbij', 'place:Syria → Syria', 'actor:SNA → Syrian National Army', 'actor:Asayish → Asayish', 'actor:North Press → North Press Agency']],
  // the forces, groups and outlets of other wars, by name and acronym (a file format is no group: "PDF")
  ['The Rwanda Defence Force (RDF) and FARDC units fought M23 near Goma, Amu TV and HumAngle reported.', ['actor:Rwanda Defence Force → Rwanda Defence Force', 'actor:RDF → Rwanda Defence Force', 'actor:FARDC → Armed Forces of the Democratic Republic of the Congo', 'actor:M23 → M23', 'place:Goma → Goma', 'actor:Amu TV → Amu TV', 'actor:HumAngle → HumAngle']],
  ['Download report (PDF | 412.6 KB)', []],
  // negatives: the place alone stays a place
  ['Shells hit Suwayda and Daraa on Friday.', ['place:Suwayda → Sweida', 'place:Daraa → Daraa']],
];

test('place words in actor names; lesser-known actors', () => {
  for (const [text, expected] of CASES) assert.deepEqual(rows(text), expected, text);
});

test('a dateline does not decide the main location', () => {
  const text = 'BEIRUT (Reuters) — Shelling hit Saraqeb on Monday.\n\nSaraqeb lies in Idlib province. Residents of Saraqeb fled north.';
  assert.equal(mainLocation(analyze(text).entities)?.canonical, 'Saraqeb');
  const filed = 'AMMAN: Jordan closed a crossing.\n\nTrucks waited near Amman and in Amman itself.';
  assert.equal(mainLocation(analyze(filed).entities)?.canonical, 'Amman');
});

test('wire datelines in ASCII open an article, and the headline above belongs to it', () => {
  // " - " after a city in capitals is a dateline, not a hyphen inside a name: the city stays a place
  // and a capitalised context word after it still names its actor.
  assert.deepEqual(rows('ALEPPO - Regime helicopters dropped barrel bombs on Aleppo.'), ['place:ALEPPO → Aleppo', 'actor:Regime → Syrian government', 'place:Aleppo → Aleppo']);
  assert.deepEqual(rows('BEIRUT - Syrian regime forces pounded Daraa.'), ['place:BEIRUT → Beirut', 'actor:Syrian regime forces → Syrian government', 'place:Daraa → Daraa']);
  // "TRIPOLI (Reuters) - " opens a second article: "the regime" there is not the Syrian story's.
  const two = 'Regime jets pound Idlib\n\nBEIRUT (Reuters) - Syrian regime jets struck Saraqeb in Idlib province, residents said.\n\nLibyan forces advance on Tripoli\n\nTRIPOLI (Reuters) - Forces loyal to Khalifa Haftar advanced on Gharyan. The regime in Tripoli said it would fight back.';
  const regimes = analyze(two).entities.filter((e) => e.text.toLowerCase() === 'regime');
  assert.deepEqual(regimes.map((e) => e.start < two.indexOf('Libyan')), [true], 'only the Syrian article has a regime');
  // A place after "in" is no person's name, even before "said": "the defence ministry in Niamey said".
  assert.ok(rows('In Niger, the defence ministry in Niamey said soldiers had repelled the attack.').includes('place:Niamey → Niamey'));
});

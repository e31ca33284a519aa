// Countries and capitals acting as states vs the same names as locations. Invented sentences.
// Run after `node esbuild.mjs`. Each row lists the entities in order as "kind:text".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../dist/core.js';

const rows = (text) => analyze(text).entities.map((e) => `${e.kind}:${e.text}`);

const CASES = [
  // a coordinated subject acts together
  ['Paris and Berlin condemned the raid.', ['actor:Paris', 'actor:Berlin']],
  ['Tehran and Riyadh restored ties after talks in Baghdad.', ['actor:Tehran', 'actor:Riyadh', 'place:Baghdad']],
  // an inserted clause between the subject and its verb
  ['Iran, which arms the group, has denied any role.', ['actor:Iran']],
  ['Egypt, citing the crowds at Rafah, said it had shut the gate.', ['actor:Egypt', 'place:Rafah']],
  // a capital with a modal and a bare verb
  ['Ramallah would appeal to the court.', ['actor:Ramallah']],
  // people a state sends
  ['Mediators from Oman and the United States arrived.', ['actor:Oman', 'actor:United States']],
  // a capital as the agent after "by", addressed after "called on", and its conjunct; a headline verb in -s
  ['A ceasefire agreed by Moscow and Ankara has held; the SDF called on Washington to act.', ['actor:Moscow', 'actor:Ankara', 'actor:SDF', 'actor:Washington']],
  ['Missiles hit Erbil; Baghdad recalls envoy', ['place:Erbil', 'actor:Baghdad']],
  // a source, a backer, a party to deals
  ['The rebels took part, according to Ankara; they once received support from Washington and Amman, and signed deals with Russia.', ['actor:Ankara', 'actor:Washington', 'actor:Amman', 'actor:Russia']],
  ['Clashes killed 12, according to Syria’s official SANA news agency.', ['place:Syria', 'actor:SANA']],
  // an appositive owner of several words; a coordinated state body; members of a coalition; a deal negotiated with; "shot down"
  ['Russia, Bashar al-Assad’s ally, said so. Russia and the Syrian government have accused Washington of lying.', ['actor:Russia', 'actor:Bashar al-Assad', 'actor:Russia', 'actor:Syrian government', 'actor:Washington']],
  ['The coalition of Saudi Arabia and the United Arab Emirates struck; Turkey shot down a jet; a deal negotiated with Russia held.', ['actor:Saudi Arabia', 'actor:United Arab Emirates', 'actor:Turkey', 'actor:Russia']],
  // negatives: a place described, located, or listed
  ['Sudan has more than 10 million displaced people.', ['place:Sudan']],
  ['Yemen has been divided since the war began.', ['place:Yemen']],
  ['Drones struck northern Iraq and targets in Syria and Lebanon.', ['place:Iraq', 'place:Syria', 'place:Lebanon']],
  ['Aid reached Ramallah and Nablus, which lies to the north, by noon.', ['place:Ramallah', 'place:Nablus']],
  ['Lebanon, Jordan and Iraq host most of the refugees.', ['place:Lebanon', 'place:Jordan', 'place:Iraq']],
  ['The town is bordered by Damascus to the south; a march by Damascus residents followed.', ['place:Damascus', 'place:Damascus']],
];

test('states acting vs places', () => {
  for (const [text, expected] of CASES) assert.deepEqual(rows(text), expected, text);
});

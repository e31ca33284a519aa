// Syrian towns, villages and city districts added to places-extra.json (GeoNames cities500 lacks
// them, or holds them under another spelling): each is found whole, with its governorate.
// Run after `node esbuild.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { analyze } = require('../../dist/core.js');

const LEDE = 'Syrian regime forces pressed their offensive against rebel areas of Syria. ';

/** The places of `sentence` (after a Syrian lede), as "span => canonical / governorate". */
function placesOf(sentence, lede = LEDE) {
  const text = lede + sentence;
  return analyze(text)
    .entities.filter((e) => e.kind === 'place' && e.start >= lede.length)
    .map((e) => `${e.text} => ${e.canonical} / ${e.admin1 ?? '-'}`);
}

const CASES = [
  ['Air strikes hit Saqba and Hammouriyeh in Eastern Ghouta on Monday.', ['Saqba => Saqba / Rif Dimashq', 'Hammouriyeh => Hamouriyeh / Rif Dimashq', 'Eastern Ghouta => Eastern Ghouta / Rif Dimashq']],
  ['Fighting raged in Hamouria, Jisreen and Mesraba.', ['Hamouria => Hamouriyeh / Rif Dimashq', 'Jisreen => Jisreen / Rif Dimashq', 'Mesraba => Misraba / Rif Dimashq']],
  ['Two shells landed in Bab Touma, in the Old City of Damascus.', ['Bab Touma => Bab Touma / Damascus', 'Old City of Damascus => Old City of Damascus / Damascus']],
  ['A mortar round struck the Old City in Damascus.', ['Old City => Old City of Damascus / Damascus', 'Damascus => Damascus / Damascus']],
  ['Barrel bombs fell on Al-Shaar and Sakhour in eastern Aleppo.', ['Al-Shaar => Al-Shaar / Aleppo', 'Sakhour => Sakhour / Aleppo', 'Aleppo => Aleppo / Aleppo']],
  ['Rebels withdrew from Masaken Hanano and Bab al-Nairab.', ['Masaken Hanano => Masaken Hanano / Aleppo', 'Bab al-Nairab => Bab al-Nairab / Aleppo']],
  ['The death toll in Khan Sheikhoun rose to 86.', ['Khan Sheikhoun => Khan Sheikhun / Idlib']],
  ['Clashes erupted in Busra al-Harir and Daraa al-Balad.', ['Busra al-Harir => Busra al-Harir / Daraa', 'Daraa al-Balad => Daraa al-Balad / Daraa']],
  ['IS shelled the Deir ez-Zor airport overnight.', ['Deir ez-Zor airport => Deir ez-Zor airport / Deir ez-Zor']],
  ['IS fighters stormed the Ghweiran prison in Hasakah.', ['Ghweiran prison => Ghweiran prison / Al-Hasakah', 'Hasakah => Hasakah / Al-Hasakah']],
  ['The army retook Khalidiyeh and the Old City of Homs.', ['Khalidiyeh => Khalidiyeh / Homs', 'Old City of Homs => Old City of Homs / Homs']],
  ['A car bomb exploded in Akrama; rockets hit Damascus airport and Adra.', ['Akrama => Akrama / Homs', 'Damascus airport => Damascus International Airport / Rif Dimashq', 'Adra => Adra / Rif Dimashq']],
  ['Shells fell near the Umayyad Square and on Mount Qasioun.', ['Umayyad Square => Umayyad Square / Damascus', 'Mount Qasioun => Mount Qasioun / Damascus']],
];

test('Syrian towns and districts the gazetteer lacked are found with their governorate', () => {
  for (const [sentence, expected] of CASES) assert.deepEqual(placesOf(sentence), expected, sentence);
});

test('the new names do not take over namesakes, people or other cities', () => {
  // Jerusalem keeps its Old City; Beirut keeps Achrafieh.
  assert.deepEqual(placesOf('Police closed the Old City after the stabbing in Jerusalem.', ''), [
    'Old City => Old City / West Bank', 'Jerusalem => Jerusalem / Jerusalem District']);
  assert.deepEqual(placesOf('In Beirut, a bomb exploded in Ashrafieh.', ''), ['Beirut => Beirut / Beirut', 'Ashrafieh => Achrafieh / Beirut']);
  // A given name stays a person.
  const zahraa = analyze('Zahraa Ahmed, a mother of three, said she fled.').entities;
  assert.ok(!zahraa.some((e) => e.kind === 'place'), JSON.stringify(zahraa));
});

test('a spelling that is only a small namesake\'s is no vote for a big city abroad', () => {
  // "Maadan" folds like Indonesia's Medan, but is written as Syria's Ma'dan: the sentence's Raqqa decides.
  assert.deepEqual(placesOf('Government aircraft bombed Maadan in Raqqa province.', ''), ['Maadan => Ma\'dan / Raqqa', 'Raqqa => Raqqa / Raqqa']);
  assert.deepEqual(placesOf('Clashes erupted in the Midan district of Damascus.', ''), ['Midan => Midan / Damascus', 'Damascus => Damascus / Damascus']);
  // Medan itself, and in its own country, stays Indonesian.
  assert.deepEqual(placesOf('Riots broke out in Medan, Indonesia.', ''), ['Medan => Medan / -', 'Indonesia => Indonesia / -']);
});

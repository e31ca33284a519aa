// Places not in the gazetteer: cue-named villages and districts, named sites and features kept
// whole, multi-word Arabic names not cut at their first gazetteer word. Invented sentences.
// Run after `node esbuild.mjs`. Each row: text, then the expected place spans in order
// ("span" for a gazetteer place, "span ?" for a cue-only place), optionally "span ?type".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { findPlaces, splitParagraphs, defaultOptions } = require('../../dist/core.js');

function check(text, expected) {
  const got = findPlaces(text, splitParagraphs(text), defaultOptions);
  const shown = got.map((m) => (m.inDictionary ? m.text : `${m.text} ?`));
  assert.deepEqual(shown, expected.map((e) => e.replace(/ \?\w+$/, ' ?')), text);
  expected.forEach((e, i) => {
    const t = / \?(\w+)$/.exec(e);
    if (t) assert.equal(got[i].type, t[1], `${text}: ${e}`);
  });
}

const POSITIVES = [
  ['Shelling hit the hamlet of Qasr Bint Halwa overnight.', ['Qasr Bint Halwa ?village']],
  ['Gunmen stormed Tell Marqab, a small village near Manbij, on Monday.', ['Tell Marqab ?village', 'Manbij']],
  ['Families fled from near Beit Umm Jaafar after the raid.', ['Beit Umm Jaafar ?place']],
  ['Drones circled outside Khirbet al-Nasr for hours.', ['Khirbet al-Nasr ?place']],
  ['Mortars landed in the Hay al-Zuhur area, residents said.', ['Hay al-Zuhur ?place']],
  ['Troops moved through the Wadi al-Qamar area at dawn.', ['Wadi al-Qamar ?place']],
  ['Clashes broke out in Zawiyat Nabras town.', ['Zawiyat Nabras ?town']],
  ['Engineers inspected the Qartaba Dam after the strike.', ['Qartaba Dam ?site']],
  ['Worshippers left the Bilal Mosque before the shelling.', ['Bilal Mosque ?site']],
  ['Crowds filled Azadi Square in the evening.', ['Azadi Square ?site']],
  ['Staff at al-Rahma Martyrs Hospital counted the dead.', ['al-Rahma Martyrs Hospital ?site']],
  ['Aid trucks waited at the Tal Ghazal crossing.', ['Tal Ghazal crossing ?site']],
  ['Patrols climbed Mount Qarnayn and Jabal al-Zawiya.', ['Mount Qarnayn ?feature', 'Jabal al-Zawiya']],
  ['Fire reached the Zahra oil field near the border.', ['Zahra oil field ?site']],
  ['Students at Damascus University protested.', ['Damascus University ?site']],
  ['Israeli jets struck Mezzeh military airport.', ['Mezzeh military airport']],
  ['Jets hit the Tishreen Dam and Rmelan.', ['Tishreen Dam', 'Rmelan']],
  ['Raids continued in Jenin refugee camp and al-Hol camp.', ['Jenin refugee camp', 'al-Hol camp']],
  ['ISIS militants displayed heads on Palestine Street in the camp.', ['Palestine Street ?site']],
  ['Soldiers were captured near the al-Amiriya checkpoint.', ['al-Amiriya checkpoint ?site']],
  // a place named once by a cue is the same place when its bare name comes again nearby (not inside another word)
  ['Troops rounded up men in Moura, a town in the Mopti region. They arrested 51 others in Moura. A woman from Moura spoke. Mouraz is elsewhere.', ['Moura ?town', 'Mopti', 'Moura ?town', 'Moura ?town']],
  // a list in apposition to a plural noun; markets, cemeteries, roundabouts, shrines, malls, hotels
  ['The report describes the assault on Balouta, Barouda and Aramo, villages in the mountains.', ['Balouta ?village', 'Barouda ?village', 'Aramo ?village']],
  ['Funerals were held in the Hilaliya cemetery; a blast hit the Kawa roundabout and the Hadi Centre mall; gunmen stormed the Asasey Hotel.', ['Hilaliya cemetery ?site', 'Kawa roundabout ?site', 'Hadi Centre mall ?site', 'Asasey Hotel ?site']],
  // highways, stations and gates; a given name before a capitalised site noun names the site
  ['Gunmen stopped cars on the Kabul-Kandahar highway; the Alouk water station stopped; a bomb hit the Bab Sharqi border gate. The wounded were taken to Nasser Hospital.', ['Kabul-Kandahar highway ?site', 'Alouk water station ?site', 'Bab Sharqi border gate ?site', 'Nasser Hospital ?site']],
  // bases, towers and valleys
  ['A drone hit al-Anad base. Jets destroyed the al-Jalaa tower. Militants hid in the Wadi Omran valley.', ['al-Anad base ?site', 'al-Jalaa tower ?site', 'Wadi Omran valley ?feature']],
  // Lists under one plural cue noun, before or after the names.
  ['Troops took the villages of Tal Zawr, Abu Dalfa and Qusaybat on Tuesday.', ['Tal Zawr ?village', 'Abu Dalfa ?village', 'Qusaybat ?village']],
  // a list after "including", and before "areas"; a list with a word that names no place is none
  ['Gunmen raided the villages south of the mountain, including Kocho and Hardan.', ['Kocho ?village', 'Hardan ?village']],
  ['Police arrested four suspects in the Laithi and Hawari areas. Families of the Christian and Yazidi areas fled.', ['Laithi ?district', 'Hawari ?district']],
  ['Strikes hit the al-Badu and al-Sinaa neighbourhoods on Monday.', ['al-Badu ?district', 'al-Sinaa ?district']],
  ['The towns of Saraqeb and Qmeinas were shelled.', ['Saraqeb', 'Qmeinas ?town']],
  // Unknown items of a list opened by a preposition whose items are mostly known places.
  ['Families are staying in Tall Refaat, Fafin, Ahdath and Kafr Naya.', ['Tall Refaat', 'Fafin ?place', 'Ahdath ?place', 'Kafr Naya']],
  // Persian names linked by "e"; a commune; a lake
  ['Insurgents were detained in the Nawabad and Qala-e-Jawz areas; others hid in the rural commune of Kokorou near Lake Kivu.', ['Nawabad ?district', 'Qala-e-Jawz ?district', 'Kokorou ?district', 'Lake Kivu ?feature']],
  // "among them" opens a list; rivers and beaches; a given name opening a name before its place noun
  ['Strikes hit villages, among them Bint Jbeil, Marjayoun, Qlayleh and Kfar Rumman. A boat sank on the Shabelle River near Lido Beach. A teacher in the Tariq al-Sadd area spoke.', ['Bint Jbeil', 'Marjayoun', 'Qlayleh ?place', 'Kfar Rumman ?place', 'Shabelle River ?feature', 'Lido Beach ?feature', 'Tariq al-Sadd ?place']],
  // A known town paired with one unknown name after a preposition of movement or nearness.
  ['Regime forces advanced toward Yabroud and Flita on Sunday.', ['Yabroud', 'Flita ?place']],
  ['Buses carried 2,100 people from Ain al-Fijeh and Deir Miqren toward Idlib.', ["Ain al-Fijeh", 'Deir Miqren ?place', 'Idlib']],
  // a place before its governor or mayor stays a place
  ['Homs Governor Talal Barazi and the Kilis Mayor spoke.', ['Homs', 'Kilis']],
  // A capitalised preposition opening the sentence is no part of the name.
  ['In Qasr Hamid camp, aid ran out.', ['Qasr Hamid camp ?camp']],
  ['Near Tal Hamis village, fighting raged.', ['Tal Hamis ?village']],
  ['Militias clashed in the village of Souq al-Juma.', ['Souq al-Juma']],
  ['A blast hit Sayyida Zeinab, a town south of Damascus.', ['Sayyida Zeinab', 'Damascus']],
  ['Shells fell on Khiam, close to the Blue Line.', ['Khiam', 'Blue Line']],
  ['Fighting spread in Kursk Oblast and Dhi Qar province.', ['Kursk Oblast', 'Dhi Qar']],
  ['A bomb hit a school in Dasht-e-Barchi, a neighbourhood of Kabul.', ['Dasht-e-Barchi', 'Kabul']],
];

const NEGATIVES = [
  ['He arrived near Monday noon, Reuters said.', []],
  ['Allah is great, shouted men outside Reuters offices.', []],
  ['Ahmed, a village elder, told reporters the story.', []],
  ['Officials met near UN headquarters in January.', []],
  ['The town council voted; the village mayor resigned.', []],
  ['Fighters of the Syrian town were praised outside the Kurdish area.', []],
  ['Near the end of March, talks resumed.', []],
  ['The hospital said the dam was safe and the square was empty.', []],
  ['The Syrian and Turkish towns of the border were quiet.', []],
  ['Leaders of the Islamic State and Nusra Front camps disagreed.', []],
  ['In Aleppo, Ahmed and Fatima fled.', ['Aleppo']],
  // a pair after "near"/"between" whose second name is a person, a verb's subject or a possessor
  ['Fighting broke out between Idlib and Ahmed on Monday.', ['Idlib']],
  ['He was killed near Raqqa and Smith said so.', ['Raqqa']],
  ['Airstrikes hit near Douma and Monday\'s talks stalled.', ['Douma']],
  ['(Reporting by Suleiman Al-Khalidi in Amman and Ellen Francis in Beirut)', ['Amman', 'Beirut']],
  ['Families are staying in Tall Refaat, Fafin, Ahdath and Zakaria, the official said.', []],
];

test('unknown places named by cues, and sites kept whole', () => {
  for (const [text, expected] of POSITIVES) check(text, expected);
});

test('no place from months, weekdays, outlets, people or ordinary words', () => {
  for (const [text, expected] of NEGATIVES) check(text, expected);
});

test('a gazetteer word inside a longer site or cue name gives way to the whole name', () => {
  check('Protesters gathered near Abu Rummaneh Square in the capital.', ['Abu Rummaneh Square ?site']);
  check('Artillery hit the Hama countryside.', ['Hama']);
  check("Syria's Idlib province was shelled.", ['Syria', 'Idlib']);
});

// Cost on hostile input is measured by scripts/check-regex.mjs and the hostile-input tests, not timed here.
test('a long run of capitalised non-names is no place', () => {
  const long = 'Abc '.repeat(20000) + 'al-';
  assert.deepEqual(findPlaces(long, splitParagraphs(long), defaultOptions), []);
});

test('common words of war reporting at the start of a sentence are not places', () => {
  const words = 'Shelling Mortars Rockets Troops Aid Tanks Bombs Refugees Victims Survivors Rescuers Residents Officials Drones Militants Soldiers Gunmen Rebels Police Ceasefire Talks Sanctions Protesters Families Children Doctors Journalists Activists Convoys Trucks Buses Cars Boats Helicopters Missiles Shells Mines Explosions Fires Ruins Rubble Bodies Mosques Schools Markets Bridges Roads Fuel Tents Camps Checkpoints Tunnels Bases';
  for (const w of words.split(' ')) {
    const text = `${w} were reported across the area on Monday.`;
    assert.deepEqual(findPlaces(text, splitParagraphs(text), defaultOptions).map((p) => p.text), [], w);
  }
});

test('the words of a page\'s share and navigation links are not places, even in a story about a country that has such a village', () => {
  const text = 'Turkish jets struck Afrin in Syria, Turkey said.\nShare on Facebook Share on Twitter Share via Email Print Reply Subscribe Search Menu Login Comments';
  assert.deepEqual(findPlaces(text, splitParagraphs(text), defaultOptions).map((p) => p.text), ['Afrin', 'Syria', 'Turkey']);
});

test('a wire credit names journalists, not places: "Writing by George Obulutsa" is not Georgia', () => {
  const text = 'Fighting in Mogadishu killed 5. (Reporting by Abdi Sheikh; Writing by George Obulutsa; Editing by Helen Popper)';
  assert.deepEqual(findPlaces(text, splitParagraphs(text), defaultOptions).map((p) => p.text), ['Mogadishu']);
});

test('a major place after a preposition still starts a longer unknown name ("near Aden Yabaal" is not Yemen\'s Aden)', () => {
  const text = 'The US Africa Command said it had conducted two strikes near Aden Yabaal in Somalia.';
  assert.deepEqual(findPlaces(text, splitParagraphs(text), defaultOptions).map((p) => (p.inDictionary ? p.text : `${p.text} ?`)), ['Aden Yabaal ?', 'Somalia']);
});

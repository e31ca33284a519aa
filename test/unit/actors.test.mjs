// Actor recognition: dictionary aliases, case-sensitive acronyms, titles left out of spans, states
// acting vs places, coreference, names found by cues, user entity files. One check() helper, a table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, defaultOptions, findActors, findPlaces, parseEntityFile, resolveActors, scanActors, splitParagraphs } from '../../dist/core.js';
import { validate } from './jsonSchema.mjs';

const actorsOf = (text, options = defaultOptions) => analyze(text, options).entities.filter((e) => e.kind === 'actor');

/**
 * `expected`: the actor mentions in order, each "text" or "text → Canonical" or "text → Canonical (type)".
 * `keys`: groups of mention texts (by index) that must share one key.
 */
function check(text, expected, { keys = [], options } = {}) {
  const got = actorsOf(text, options);
  const show = got.map((m) => `${m.text} → ${m.canonical} (${m.type})`);
  assert.equal(got.length, expected.length, `mentions of ${JSON.stringify(text)}:\n  ${show.join('\n  ')}`);
  expected.forEach((want, k) => {
    const [surface, rest] = want.split(' → ');
    assert.equal(got[k].text, surface, show.join(' | '));
    assert.equal(text.slice(got[k].start, got[k].end), got[k].text, 'offsets agree with text');
    if (rest) {
      const [, canonical, type] = /^(.*?)(?: \((.+)\))?$/.exec(rest);
      assert.equal(got[k].canonical, canonical, show[k]);
      if (type) assert.equal(got[k].type, type, show[k]);
    }
  });
  for (const group of keys) assert.equal(new Set(group.map((k) => got[k].key)).size, 1, `one key for ${group.map((k) => got[k].text)}`);
  return got;
}

const cases = [
  // Aliases and acronyms.
  ['Daesh fighters attacked the town.', ['Daesh → Islamic State (armed-group)']],
  ['Islamic State (IS, formerly known as ISIS) have suffered heavy losses.', ['Islamic State → Islamic State', 'IS → Islamic State', 'ISIS → Islamic State'], { keys: [[0, 1, 2]] }],
  ["The Syrian regime also struck IS' self-proclaimed capital of Raqqa.", ['Syrian regime → Syrian government (state-force)', 'IS → Islamic State']],
  ["The raid levelled one of IS's largest car bomb factories.", ['IS → Islamic State']],
  ['Fighting between IS and Kurdish YPG forces intensified.', ['IS', "YPG → People's Protection Units (armed-group)"]],
  // Acronyms the article defines in brackets after a name, and their later uses.
  ['The Turkish Armed Forces (TAF) shelled the town. Later TAF withdrew.', ['Turkish Armed Forces → Turkish Armed Forces (state-force)', 'TAF → Turkish Armed Forces (state-force)', 'TAF → Turkish Armed Forces (state-force)'], { keys: [[0, 1, 2]] }],
  ['Officials met Rami Abdel Rahman (UK) in London.', ['Rami Abdel Rahman']],
  // Bodies named by a plural or service head word are organisations, not people.
  ['The Madani Resistance Committees said 12 people were killed. Aamin Ambulance said it carried 20 wounded.', ['Madani Resistance Committees → Madani Resistance Committees (organisation)', 'Aamin Ambulance → Aamin Ambulance (organisation)']],
  // A wire credit names journalists: no person, and no state folded from a given name ("George" is not Georgia).
  ['Fighting in Mogadishu killed 5, police said. (Reporting by Abdi Sheikh and Abdiqani Hassan; Writing by George Obulutsa; Editing by Helen Popper)', []],
  // "Civil Defense" named as a body is the story country's: the White Helmets in Syria; the common noun is no actor.
  ['Regime jets struck Idlib in Syria. Civil Defense teams pulled 7 bodies from the rubble.', ['Regime → Syrian government', 'Civil Defense → White Helmets (organisation)']],
  ['The White Helmets, a civil defence group, said 7 bodies were found in Idlib, Syria.', ['White Helmets → White Helmets']],
  // "the General Security" is the story country's: Syria's, or Lebanon's.
  ['In Sweida, Syria, government forces and the General Security were deployed.', ['government forces → Syrian government', 'General Security → Syrian General Security (state-force)']],
  ['The al-Qaeda affiliated al-Nusra Front and Jabhat Fateh al-Sham are one group.', ['al-Qaeda', 'al-Nusra Front → Al-Nusra Front', 'Jabhat Fateh al-Sham → Al-Nusra Front'], { keys: [[1, 2]] }],
  ["Haftar's Liberation National Army pressed on.", ['Haftar → Khalifa Haftar (person)', 'Liberation National Army → Libyan National Army']],
  // Short acronyms match only in capitals.
  ['Who is responsible is unclear, and this is un-acceptable.', []],
  ['The WHO said the UN convoy reached the SDF checkpoint.', ['WHO → World Health Organization', 'UN → United Nations', 'SDF → Syrian Democratic Forces']],
  ['WHERE IS THE CONVOY', []],
  ['The U.S.-led coalition struck again.', ['U.S.-led coalition → US-led coalition (state-force)']],
  // Titles are not part of the span; demonyms alone are not actors.
  ['President Bashar al-Assad said the war was over.', ['Bashar al-Assad → Bashar al-Assad (person)']],
  ['Syrian protesters and Kurdish residents gathered.', []],
  ['Hasakeh provincial governor Mohammad Zaal al-Ali insisted the city was safe.', ['Mohammad Zaal al-Ali → Mohammad Zaal al-Ali (person)']],
  // Countries: acting states vs places.
  ['Russia has not acknowledged any civilian deaths in Syria.', ['Russia → Russia (state)']],
  ["Syria's Aleppo province saw fighting, and refugees fled from Iraq to Turkey.", []],
  ['Residents fleeing to Turkey said the bombing went on all night.', []],
  ['Israeli air strikes on southern Lebanon killed six people.', []],
  ['Floods damaged tents across 80 camps in northwest Syria this winter.', []],
  ['U.S. forces struck targets in Iraq and Syria linked to Iran.', ['U.S. forces → United States Armed Forces (state-force)']],
  ['Forces massed near the area of Khanasor, and Baghdad and Erbil signed an agreement.', ['Baghdad → Iraq (state)']],
  ['The truce was brokered by the United States and Russia.', ['United States → United States (state)', 'Russia → Russia (state)']],
  ['The real decisions are made by (regime backers) Iran and Russia on one side.', ['regime', 'Iran → Iran (state)', 'Russia → Russia (state)']],
  ['Washington voiced concern on Monday.', ['Washington → United States (state)']],
  // a state or its capital addressed by blame, accusation or an appeal, a preposition after the capital
  ['Palestinians blame Israel for the blast. The minister accused Abu Dhabi of orchestrating a coup. He flew to Moscow for talks.', ['Israel → Israel (state)', 'Abu Dhabi → United Arab Emirates (state)']],
  // a plural title earlier in the clause: "one of its commanders, X,"
  ['Islamic Jihad said one of its commanders, Hussam Abu Harbeed, had been killed.', ['Islamic Jihad', 'Hussam Abu Harbeed → Hussam Abu Harbeed (person)']],
  // (a capitalised plural title is no cue after a name: site furniture)
  ['Powered by : © 2014 Systron Micronix :: Leaders in Web Hosting. All rights reserved', []],
  // a site named only by an actor and a common noun is the actor ("Security Belt camp" is no place)
  ['AQAP stormed a Security Belt camp.', ['AQAP', 'Security Belt → Security Belt Forces (armed-group)']],
  // an ampersand set off by spaces joins a name ("&" in a person's name makes a firm); spans drop a generic noun
  ['According to the Armed Conflict Location & Event Data Project (ACLED), 8 died. Ahmed & Sons said.', ['Armed Conflict Location & Event Data Project → ACLED (organisation)', 'ACLED → ACLED']],
  ['The Houthi movement and al-Shabaab militants denied it.', ['Houthi → Houthis', 'al-Shabaab → al-Shabaab']],
  // a speech verb cues a person only right before the name; "led by"; a qualified title in an appositive;
  // one name before a lower-case group noun; "Administration" heads a state body
  ['Lise Grande said camps at Amiriyat al-Fallujah were full. The brigade, led by Ahmad al-Awda, advanced.', ['Lise Grande → Lise Grande (person)', 'Ahmad al-Awda → Ahmad al-Awda (person)']],
  ['Zakaria Malahifji, political chief of the Fastaqim rebel group, said so. The Syrian rebel group left.', ['Zakaria Malahifji → Zakaria Malahifji (person)', 'Fastaqim → Fastaqim (armed-group)']],
  ['Drones hit the region, the Kherson Oblast Military Administration said.', ['Kherson Oblast Military Administration → Kherson Oblast Military Administration (state-force)']],
  // a name after a place preposition or before a place noun is no person; an article before a capital is no capital
  ['Khaled, a farmer from Al-Hawayij, said two died. A teacher in the Tariq al-Sadd area said so. Strikes hit Al-Juba.', []],
  // "the military" and "the junta" are the story country's forces; the Baath party; Syria's intelligence branches
  ['In Sudan, fighting broke out between the military and the RSF. The Baath party and Air Force Intelligence denied it.', ['military → Sudanese Armed Forces (state-force)', 'RSF → Rapid Support Forces (armed-group)', 'Baath party → Baath Party (organisation)', 'Air Force Intelligence → Air Force Intelligence (state-force)']],
  // officers and businessmen are titles; an appositive's article before a qualifier; a proper adjective inside it
  ['Ahmad Farouk, the former rebel commander, spoke. A senior Guards officer, Razi Mousavi, was killed, as was Peshraw Dizayee, a prominent Kurdish businessman.', ['Ahmad Farouk → Ahmad Farouk (person)', 'Razi Mousavi → Razi Mousavi (person)', 'Peshraw Dizayee → Peshraw Dizayee (person)']],
  // a title word inside a titled name or after an article; "gave his name as"; politicians; news organisations are outlets
  ['SDF spokeswoman Jihan Sheikh Ahmed spoke, said Dr. Mahmoud al-Sheikh, and a man who gave his name as Abu Omar.', ['SDF → Syrian Democratic Forces (armed-group)', 'Jihan Sheikh Ahmed → Jihan Sheikh Ahmed (person)', 'Mahmoud al-Sheikh → Mahmoud al-Sheikh (person)', 'Abu Omar → Abu Omar (person)']],
  ['Among them was Kurdish politician Hevrin Khalaf, the Aleppo Media Centre said.', ['Hevrin Khalaf → Hevrin Khalaf (person)', 'Aleppo Media Centre → Aleppo Media Centre (media)']],
  // an appositive relative clause holding a number with a thousands comma
  ['Turkey, which has about 10,000 troops in northern Syria, has carried out three offensives.', ['Turkey → Turkey (state)']],
  ["Russia, Assad's main ally, said the reports could be a provocation.", ['Russia → Russia (state)', 'Assad → Bashar al-Assad']],
  ['Russia and China on Saturday vetoed the resolution; the report calls on Iran and Turkey to stop.', ['Russia → Russia (state)', 'China → China (state)', 'Iran → Iran (state)', 'Turkey → Turkey (state)']],
  ['(Reporting by Lina Sabbagh and Rana Khoury; Editing by Peter Graff)', []],
  ["Ankara regards the People's Protection Units as an extension of the PKK.", ['Ankara → Turkey (state)', "People's Protection Units", 'PKK']],
  ['Khatib travelled to Moscow to meet officials.', []],
  ['Moscow has been carrying out air strikes in support of its ally Damascus.', ['Moscow → Russia (state)', 'Damascus → Syria (state)']],
  ["He told Russia's foreign minister Sergei Lavrov that he should go.", ['Russia → Russia (state)', 'Sergei Lavrov → Sergei Lavrov (person)']],
  ['Iran-backed militias moved in.', ['Iran → Iran (state)']],
  // ASCII that lost its apostrophes (annotation guide: "Syrias"): a possessive without one is still the name.
  ['Syrian regime forces shelled Daraa. Assads forces, backed by Russias jets, shelled Idlib as Hezbollahs fighters and the SDFs units advanced. Officials said Kurds and Sunnis fled.', ['Syrian regime forces', 'Assads forces → Syrian government', 'Russia → Russia (state)', 'Hezbollah → Hezbollah', 'SDF → Syrian Democratic Forces']],
  // Context phrases resolve by the story's country.
  ['Regime troops shelled Daraa in southern Syria. The regime denied it.', ['Regime troops → Syrian government', 'regime → Syrian government'], { keys: [[0, 1]] }],
  ['Army units restored security to villages in Hama, and the army said it killed 12 terrorists.', ['Army units → Syrian government', 'army → Syrian government'], { keys: [[0, 1]] }],
  // Only a country's own army in the dictionary: in a Gaza story "the army" is not a Palestinian one.
  ['Rockets fired from Gaza wounded three Israelis in Sderot, the army said.', []],
  ['Government forces retook Gharyan in Libya, backed by Turkey.', ['Government forces → Libyan Government of National Accord', 'Turkey → Turkey (state)']],
  // A context phrase ending where a longer name begins gives way to the name.
  ['The internationally recognised Government of National Accord (GNA) said Tripoli was shelled.', ['Government of National Accord → Libyan Government of National Accord', 'GNA']],
  ['Fighters of the Army of Islam shelled Damascus, the army said.', ['Army of Islam → Jaish al-Islam (armed-group)', 'army → Syrian government']],
  // Generic forces right after a named actor are that actor's own, not the story country's.
  ['Qamishli, Syria: a drone hit a checkpoint of the Asayish internal security forces. Hamas security forces were not involved.', ['Asayish → Asayish', 'Hamas → Hamas']],
  ['Syria regime forces entered the town, and the SDF and government forces clashed near Hasakeh.', ['regime forces → Syrian government', 'SDF', 'government forces → Syrian government']],
  // A ministry acting is its country's government: the story's, or the country whose possessive precedes it.
  ['Regime forces shelled Idlib. The interior ministry said 300 personnel were deployed.', ['Regime forces → Syrian government', 'interior ministry → Syrian government (state-force)']],
  ["Regime forces shelled Idlib. Russia's defence ministry denied it, and the Lebanese Health Ministry said three died.", ['Regime forces', "Russia's defence ministry → Russian government (state-force)", 'Lebanese Health Ministry → Lebanese Health Ministry (organisation)']],
  ["Lebanon's Health Ministry said 3,200 people had been killed.", ["Lebanon's Health Ministry → Lebanese Health Ministry (organisation)"]],
  ['Houthi rebels shelled Marib, Yemen. The Ministry of Public Health said five died.', ['Houthi', 'Ministry of Public Health → Yemeni Health Ministry (organisation)']],
  ['The Presidential Council of the Government of National Accord blamed Khalifa Hafter; the UN Assistance Mission for Iraq (UNAMI) did not.', ['Presidential Council → Presidential Council (organisation)', 'Government of National Accord', 'Khalifa Hafter → Khalifa Haftar', 'UN Assistance Mission for Iraq → United Nations Assistance Mission for Iraq', 'UNAMI']],
  ['Israeli jets struck Khan Younis. The Ministry of Health in Gaza said 27 people were killed; the health ministry said more.', ['Ministry of Health in Gaza → Gaza Health Ministry', 'health ministry → Gaza Health Ministry']],
  // "X-based": X is a place, the rest the actor.
  ['Regime jets struck Idlib, Syria. At least 27 people were wounded, according to the Britain-based monitor.', ['Regime → Syrian government', 'monitor → Syrian Observatory for Human Rights']],
  // "the coalition": the one the story's country or the article names; "a coalition of …" is none.
  ['US-led coalition jets struck Raqqa, Syria. Coalition spokesman Ryan Dillon said the coalition acknowledged 603 deaths. The operations room, a coalition of rebel factions, denied it.', ['US-led coalition', 'Coalition → US-led coalition', 'Ryan Dillon', 'coalition → US-led coalition']],
  ['Houthi rebels shelled Marib, Yemen. The coalition said it intercepted a drone.', ['Houthi', 'coalition → Saudi-led coalition']],
  ['Houthi rebels shelled Marib, Yemen, the Taiz Human Rights Coalition said.', ['Houthi', 'Taiz Human Rights Coalition → Taiz Human Rights Coalition (organisation)']],
  // A context phrase after another country's demonym is that country's, and not in the dictionary.
  ['Missiles hit Erbil, Iraq. The IRGC claimed the attack in a statement carried by Iranian state media.', ['IRGC → Islamic Revolutionary Guard Corps']],
  ['Regime jets hit Idlib, Syria. State media said three died.', ['Regime → Syrian government', 'State media → Syrian state media (media)']],
  // Coreference.
  ['Local activist Imad al-Hourani told reporters the battle went on. Hourani said the regime had brought in fighters in Daraa, Syria.', ['Imad al-Hourani → Imad al-Hourani (person)', 'Hourani → Imad al-Hourani', 'regime'], { keys: [[0, 1]] }],
  // A known person's surname after another given name is another person.
  ['Coalition spokesman Turki al-Maliki said. Prime Minister al-Maliki did not.', ['Turki al-Maliki → Turki al-Maliki (person)', 'Maliki → Nouri al-Maliki (person)']],
  ['Moaz al-Khatib met Lavrov. "We talked," Khatib said.', ['Moaz al-Khatib', 'Lavrov', 'Khatib → Moaz al-Khatib'], { keys: [[0, 2]] }],
  // The full name again (a pull quote's credit) is one mention of the whole name, not the surname alone.
  ['Kurdish official Mustafa Bali said the fighting continued.\nThey are bombing everything. - Mustafa Bali, SDF |', ['Mustafa Bali → Mustafa Bali (person)', 'Mustafa Bali → Mustafa Bali', 'SDF'], { keys: [[0, 1]] }],
  // ... also past a particle ("— Khalid al-Atbi, Martyrs Foundation")
  ['“They are deep,” said Khalid al-Atbi, a senior official at the Martyrs Foundation.\nEvery day we find more. — Khalid al-Atbi, Martyrs Foundation', ['Khalid al-Atbi → Khalid al-Atbi (person)', 'Martyrs Foundation', 'Khalid al-Atbi → Khalid al-Atbi', 'Martyrs Foundation'], { keys: [[0, 2]] }],
  // a body named after a country takes it in; "Project", "Press" are heads of names
  ['The Yemen Data Project says raids hit farms. The Harvest Monitoring Project said so. Monday | Khaama Press', ['Yemen Data Project → Yemen Data Project (organisation)', 'Harvest Monitoring Project → Harvest Monitoring Project (organisation)', 'Khaama Press → Khaama Press (media)']],
  // appositives with kin words and qualified titles; a title earlier in the clause
  ['Abbas Fadlallah, the girls’ uncle, said the family fled. Mahdi al-Fallah, a senior intelligence official, was among the dead.', ['Abbas Fadlallah → Abbas Fadlallah (person)', 'Mahdi al-Fallah → Mahdi al-Fallah (person)']],
  ['Observatory director Rami Abdel Rahman said 40 died. Abdel Rahman said more may die.', ['Observatory → Syrian Observatory for Human Rights', 'Rami Abdel Rahman', 'Abdel Rahman → Rami Abdel Rahman'], { keys: [[1, 2]] }],
  ['The Syrian Observatory for Human Rights said 12 died in Idlib. The Observatory said the group had fled, and the monitor added that the toll could rise.', ['Syrian Observatory for Human Rights', 'Observatory', 'monitor'], { keys: [[0, 1, 2]] }],
  // Unknown names by cues.
  ['A member of the opposition Syrian National Coalition (SNC), Nasr al-Hariri, spoke of a buffer zone.', ['Syrian National Coalition', 'SNC', 'Nasr al-Hariri → Nasr al-Hariri (person)']],
  ['"It is a siege," said Jan Egeland, the council\'s secretary general.', ['Jan Egeland → Jan Egeland (person)']],
  ['Moammar Al-Eryani, the Yemeni information minister, said the attack was a war crime.', ['Moammar Al-Eryani → Moammar Al-Eryani (person)']],
  // (Deir Hafer is a Syrian town, spelled as GeoNames has it: "the army" is then Syria's.)
  ['Deir Hafer, the town where the army commander died, fell.', ['army → Syrian government (state-force)']],
  ['Umm Khaled, a 38-year-old widow from Khan Sheikhoun, spent the night outside.', ['Umm Khaled → Umm Khaled (person)']],
  // A person by an age alone, a relative "who", or "identified as".
  ['Among those killed was Hevrin Khalaf, a 35-year-old Kurdish politician.', ['Hevrin Khalaf → Hevrin Khalaf (person)']],
  ["Federica Mogherini, the European Union's foreign policy chief, said the government bore responsibility.", ['Federica Mogherini → Federica Mogherini (person)', 'European Union']],
  ['Among the people at the lists was Ahmad Darwish, who has searched for his brother since 2012.', ['Ahmad Darwish → Ahmad Darwish (person)']],
  ['An army unit killed a leader identified as Abu Dujana al-Tunisi near Hama, Syria.', ['army unit → Syrian government', 'Abu Dujana al-Tunisi → Abu Dujana al-Tunisi (person)']],
  ['Prime Minister Mohammed Shia al-Sudani ordered an inquiry.', ['Mohammed Shia al-Sudani → Mohammed Shia al-Sudani (person)']],
  ['The shells came from the east, Abdulkarim al-Sharabi, deputy head of the health office, told reporters.', ['Abdulkarim al-Sharabi → Abdulkarim al-Sharabi (person)']],
  ['Fighters of the Deir Ezzor Tribal Army clashed with the Raqqa Revolutionaries Brigade.', ['Deir Ezzor Tribal Army → Deir Ezzor Tribal Army (armed-group)', 'Raqqa Revolutionaries Brigade → Raqqa Revolutionaries Brigade (armed-group)']],
  ['In March the Fierce Battle began. On Sunday Activists Say nothing.', []],
  ["Iraq's Security Media Cell said the Joint Operations Command had retaken the village.", ['Iraq → Iraq (state)', 'Security Media Cell → Security Media Cell (organisation)', 'Joint Operations Command → Joint Operations Command (organisation)']],
  ['Attacks killed 19 civilians, according to the "Syria Response Coordinators" team and the Free Idlib Coordinators.', ['Syria Response Coordinators → Syria Response Coordinators (organisation)', 'Free Idlib Coordinators → Free Idlib Coordinators (organisation)']],
  ['The paramilitary Rapid Support Forces (RSF) shelled the camp.', ['Rapid Support Forces → Rapid Support Forces (armed-group)', 'RSF → Rapid Support Forces']],
  ['Residents told Radio Monte Carlo and Al-Sumaria TV that Deir ez-Zor 24 had it first.', ['Radio Monte Carlo → Radio Monte Carlo (media)', 'Al-Sumaria TV → Alsumaria (media)', 'Deir ez-Zor 24 → Deir ez-Zor 24 (media)']],
  ['The Palestinian Civil Defense said rescuers were searching the rubble.', ['Palestinian Civil Defense → Palestinian Civil Defence (organisation)']],
];

for (const [text, expected, opts] of cases) test(`actors: ${text.slice(0, 70)}`, () => check(text, expected, opts));

test('actors: mentions carry the normalised record', () => {
  const [is] = check('IS militants attacked.', ['IS']);
  assert.equal(is.id, 'Q2429253');
  assert.equal(is.side, 'jihadist');
  assert.equal(is.key, 'actor:Q2429253');
  assert.ok(is.aliases.includes('Daesh') && is.inDictionary);
  const [hourani] = check('Local activist Imad al-Hourani told AFP.', ['Imad al-Hourani', 'AFP']);
  assert.equal(hourani.inDictionary, false);
});

test('actors: user entries (AnalyzeOptions.extraActors) are matched like built-in ones', () => {
  const { actors } = parseEntityFile(readFileSync(new URL('../fixtures/workspace/.conflict-lens/entities.json', import.meta.url), 'utf8'));
  const text = 'Fighters of Division 13 and the Radaa force clashed.';
  check(text, ['Division 13 → Division 13 (armed-group)', 'Radaa → Special Deterrence Force'], { options: { ...defaultOptions, extraActors: actors } });
  assert.deepEqual(findActors(text, splitParagraphs(text), [], defaultOptions).map((m) => m.text), ['Division 13'], 'without the file only the cue finds "Division 13"');
});

test('actors: the dictionary follows its schema, has 400+ entries and unique names and ids', () => {
  const schema = JSON.parse(readFileSync(new URL('../../server/data/actors.schema.json', import.meta.url), 'utf8'));
  const data = JSON.parse(readFileSync(new URL('../../server/data/actors.json', import.meta.url), 'utf8'));
  assert.ok(data.actors.length >= 400, `${data.actors.length} entries`);
  data.actors.forEach((a, i) => assert.deepEqual(validate(schema.definitions.actor, a, `actors[${i}]`), []));
  assert.equal(new Set(data.actors.map((a) => a.name)).size, data.actors.length, 'unique names');
  const ids = data.actors.filter((a) => a.wikidata).map((a) => a.wikidata);
  assert.equal(new Set(ids).size, ids.length, 'unique Wikidata ids');
  for (const a of data.actors) for (const s of a.acronyms ?? []) assert.ok(s.length <= 8, `acronym ${s}`);
});

test('actors: overlap F1 on the gold file stays above 0.8', () => {
  const lines = readFileSync(new URL('../fixtures/gold/actors.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  let tp = 0;
  let sys = 0;
  let gold = 0;
  for (const l of lines) {
    const text = l.text ?? readFileSync(new URL(`../../../shared/${l.doc}`, import.meta.url), 'utf8');
    const got = actorsOf(text);
    const used = new Set();
    for (const s of got) {
      const g = l.spans.findIndex((g, k) => !used.has(k) && g.start < s.end && s.start < g.end);
      if (g >= 0) used.add(g), tp++;
    }
    sys += got.length;
    gold += l.spans.length;
  }
  const p = tp / sys;
  const r = tp / gold;
  assert.ok((2 * p * r) / (p + r) >= 0.8, `P ${p.toFixed(3)} R ${r.toFixed(3)}`);
});

// Incremental analysis: per-paragraph scans (cacheable by paragraph text) + a document-level resolution.
const goldTexts = () =>
  readFileSync(new URL('../fixtures/gold/actors.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => {
    const g = JSON.parse(l);
    return g.text ?? readFileSync(new URL(`../../../shared/${g.doc}`, import.meta.url), 'utf8');
  });

function viaScans(text, options, cache = new Map()) {
  const paragraphs = splitParagraphs(text);
  const places = findPlaces(text, paragraphs, options);
  const scans = paragraphs.map((p) => {
    if (!cache.has(p.text)) cache.set(p.text, scanActors(p.text, options));
    return cache.get(p.text);
  });
  return { got: resolveActors(text, paragraphs, scans, places, options), want: findActors(text, paragraphs, places, options) };
}

test('actors: resolveActors over paragraph scans equals findActors on every gold document', () => {
  for (const text of goldTexts()) {
    const { got, want } = viaScans(text, defaultOptions);
    assert.deepEqual(got, want, text.slice(0, 60));
  }
});

test('actors: a scan is a pure function of the paragraph text, reusable when the paragraph moves', () => {
  const cache = new Map();
  const docs = goldTexts().slice(0, 12);
  for (const text of docs) viaScans(text, defaultOptions, cache);
  const size = cache.size;
  // Reorder paragraphs and join documents: every scan comes from the cache, and the result is still exact.
  const moved = docs.map((d) => d.split('\n').reverse().join('\n')).join('\n\n');
  const { got, want } = viaScans(moved, defaultOptions, cache);
  assert.equal(cache.size, size, 'no paragraph rescanned');
  assert.deepEqual(got, want);
  // Offsets in a scan are paragraph-relative: the same text gives equal scans anywhere.
  assert.deepEqual(scanActors('Russia said the regime struck Daraa.', defaultOptions), scanActors('Russia said the regime struck Daraa.', defaultOptions));
});

test('actors: user entries are built once per array, and scans made with other entries are redone', () => {
  const { actors } = parseEntityFile(readFileSync(new URL('../fixtures/workspace/.conflict-lens/entities.json', import.meta.url), 'utf8'));
  const options = { ...defaultOptions, extraActors: actors };
  const text = 'Fighters of Division 13 and the Radaa force clashed.\n\nThe Radaa force withdrew.';
  const paragraphs = splitParagraphs(text);
  assert.equal(scanActors(paragraphs[0].text, options).dict, scanActors(paragraphs[1].text, { ...options }).dict, 'one dictionary for one array');
  assert.notEqual(scanActors(paragraphs[0].text, options).dict, scanActors(paragraphs[0].text, defaultOptions).dict);
  const stale = paragraphs.map((p) => scanActors(p.text, defaultOptions));
  assert.deepEqual(resolveActors(text, paragraphs, stale, [], options), findActors(text, paragraphs, [], options));
  assert.deepEqual(findActors(text, paragraphs, [], options).map((m) => m.text), ['Division 13', 'Radaa', 'Radaa']);
});

// User entity files: errors carry offsets; valid entries survive bad neighbours.
const fileCases = [
  ['{"actors": [{"name": "Division 13", "type": "armed-group"}]}', { actors: ['Division 13'], places: [], errors: [] }],
  ['{"actors": [{"type": "armed-group"}, {"name": "Ok", "type": "person"}], "places": [{"name": "Mahkan", "type": "village"}]}', { actors: ['Ok'], places: ['Mahkan'], errors: [['without a "name"', '{"type": "armed-group"}']] }],
  ['{"actors": [{"name": "X", "type": "militia"}]}', { actors: [], places: [], errors: [['unknown type "militia"', '"militia"']] }],
  ['{"places": [{"name": "Y", "lat": 100}], "people": []}', { actors: [], places: [], errors: [['latitude', '100'], ['Unknown property "people"', '"people"']] }],
  ['{"actors": [\n  {"name": "X", "type": "person"},\n  {"name": "Y" "type": "person"}\n]}', { actors: [], places: [], errors: [['line 3, column 16', '"']] }],
  ['[1, 2]', { actors: [], places: [], errors: [['one object', '[1, 2]']] }],
  ['', { actors: [], places: [], errors: [['end of file', '']] }],
];

for (const [text, want] of fileCases) {
  test(`parseEntityFile: ${JSON.stringify(text).slice(0, 60)}`, () => {
    const got = parseEntityFile(text);
    assert.deepEqual(got.actors.map((a) => a.name), want.actors);
    assert.deepEqual(got.places.map((p) => p.name), want.places);
    assert.equal(got.errors.length, want.errors.length, JSON.stringify(got.errors));
    want.errors.forEach(([message, bad], k) => {
      assert.ok(got.errors[k].message.includes(message), got.errors[k].message);
      assert.equal(text.slice(got.errors[k].start, got.errors[k].end), bad);
    });
  });
}

// Casualty figures (annotation guide §3), data-driven: each row is [text, expected figures].
// Only the keys given in an expected figure are compared; `subsetOf` is an index into the result.
// Build first: `node esbuild.mjs`. Run: `node --test test/unit/casualties.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { findCasualties, splitParagraphs, splitSentences, tokenizeSentence, findNumbers } = require('../../dist/core.js');

/** An entity mention found by its text in `text` (the `occurrence`-th time). */
function ent(text, name, canonical, kind = 'actor', type = kind === 'actor' ? 'armed-group' : 'city', occurrence = 1) {
  let start = -1;
  for (let i = 0; i < occurrence; i++) start = text.indexOf(name, start + 1);
  assert.ok(start >= 0, `entity ${name} not in text`);
  return { kind, text: name, canonical, type, start, end: start + name.length, inDictionary: true, key: `${kind}:${canonical}` };
}

function check(text, expected, entities = []) {
  const got = findCasualties(text, splitParagraphs(text), entities);
  const view = got.map((g) => Object.fromEntries(Object.keys(expected[got.indexOf(g)] ?? { text: 1 }).map((k) => [k, g[k]])));
  assert.deepEqual(view, expected, `in: ${text}\n got: ${JSON.stringify(got.map((g) => [g.text, g.min, g.max, g.outcome]))}`);
  for (const g of got) assert.equal(text.slice(g.start, g.end), g.text);
}

const K = 'killed', W = 'wounded';
const fig = (text, min, max, outcome = K, extra = {}) => ({ text, min, max, outcome, ...extra });

const NUMBER_FORMS = [
  ['4,012 people were wounded in the fighting.', [fig('4,012', 4012, 4012, W)]],
  ['10000 people have been killed.', [fig('10000', 10000, 10000)]],
  ['1.5 million people have been displaced.', [fig('1.5 million', 1500000, 1500000, 'displaced')]],
  ['Seven soldiers were killed.', [fig('Seven', 7, 7)]],
  ['Twenty-three civilians died.', [fig('Twenty-three', 23, 23)]],
  ['A dozen people were wounded.', [fig('A dozen', 12, 12, W)]],
  ['Two thousand families fled the town.', [fig('Two thousand', 2000, 2000, 'displaced')]],
  ['Two hundred and fifty people were arrested.', [fig('Two hundred and fifty', 250, 250, 'arrested')]],
  ['A quarter of a million people have fled.', [fig('A quarter of a million', 250000, 250000, 'displaced')]],
  ['Half a million people have been killed.', [fig('Half a million', 500000, 500000)]],
  ['One and a half million people were displaced.', [fig('One and a half million', 1500000, 1500000, 'displaced')]],
  ['Dozens of people were killed.', [fig('Dozens', 12, undefined)]],
  ['Tens of civilians were wounded.', [fig('Tens', 10, undefined, W)]],
  ['Scores of protesters were arrested.', [fig('Scores', 20, undefined, 'arrested')]],
  ['Hundreds of civilians were killed.', [fig('Hundreds', 100, undefined)]],
  ['Thousands of families have fled.', [fig('Thousands', 1000, undefined, 'displaced')]],
  ['Several thousand people were detained.', [fig('Several thousand', 1000, undefined, 'arrested')]],
  ['Hundreds of thousands of people have been killed.', [fig('Hundreds of thousands', 100000, undefined)]],
  ['Tens of thousands of people have fled.', [fig('Tens of thousands', 10000, undefined, 'displaced')]],
  ['Millions have been displaced.', [fig('Millions', 1000000, undefined, 'displaced')]],
];

const QUALIFIERS_AND_RANGES = [
  ['At least 50 militants were killed.', [fig('At least 50', 50, undefined)]],
  ['More than 100 people were killed.', [fig('More than 100', 101, undefined)]],
  ['Over 100 troops have been killed.', [fig('Over 100', 101, undefined)]],
  ['Nearly 100 civilians were killed.', [fig('Nearly 100', 0, 100)]],
  ['Up to 100 people may have died.', [fig('Up to 100', 0, 100)]],
  ['Almost 40 people were wounded.', [fig('Almost 40', 0, 40, W)]],
  ['Fewer than 10 people were hurt.', [fig('Fewer than 10', 0, 9, W)]],
  ['About 30 women were kidnapped.', [{ text: 'About 30', min: 30, max: 30, approximate: true, outcome: 'kidnapped' }]],
  ['Some 30 bodies were found.', [{ text: 'Some 30', min: 30, max: 30, approximate: true, outcome: K }]],
  ['An estimated 350,000 people were displaced.', [{ text: 'An estimated 350,000', min: 350000, max: 350000, approximate: true, outcome: 'displaced' }]],
  ['More than a dozen people were killed.', [fig('More than a dozen', 13, undefined)]],
  ['Between 229 and 425 people were killed.', [fig('Between 229 and 425', 229, 425)]],
  ['10 to 15 fighters were killed.', [fig('10 to 15', 10, 15)]],
  ['10-15 fighters were killed.', [fig('10-15', 10, 15)]],
  ['Two or three people were wounded.', [fig('Two or three', 2, 3, W)]],
  ['More than 1.5 million people have fled.', [fig('More than 1.5 million', 1500001, undefined, 'displaced')]],
];

const STRUCTURES = [
  // Headlines: a preposition after the verb is not its object.
  ['Dozens killed as jets pound Idlib', [fig('Dozens', 12, undefined)]],
  ['Five killed at a checkpoint in Idlib', [fig('Five', 5, 5)]],
  ['50 killed over the weekend', [fig('50', 50, 50)]],
  // The guide's examples
  ['At least 50 IS militants reportedly killed in the northern Syrian town of Kobane, as regime attacks against FSA in Daraa leave at least 21 dead.', [fig('At least 50', 50, undefined, K, { victims: 'militants' }), fig('at least 21', 21, undefined, K, { victims: 'people' })]],
  ['At least 50 militants are reported to have been killed over the last 24 hours in the town.', [fig('At least 50', 50, undefined, K, { period: 'over the last 24 hours' })]],
  ['Of the 21 civilians reported dead, seven were women and two were children.', [fig('21', 21, 21, K, { victims: 'civilians' }), fig('seven', 7, 7, K, { victims: 'women', subsetOf: 0 }), fig('two', 2, 2, K, { victims: 'children', subsetOf: 0 })]],
  ['The WHO said 691 people have been killed so far, including 41 civilians, and 4,012 wounded, 135 of them civilians.', [fig('691', 691, 691), fig('41', 41, 41, K, { subsetOf: 0, victims: 'civilians' }), fig('4,012', 4012, 4012, W), fig('135', 135, 135, W, { subsetOf: 2, victims: 'civilians' })]],
  ['More than 220,000 people have been killed in Syria since 2011.', [fig('More than 220,000', 220001, undefined, K, { period: 'since 2011' })]],
  ['Daesh was using the release of about 30 Druze women and children it kidnapped last week as a bargaining chip.', [fig('about 30', 30, 30, 'kidnapped', { victims: 'women and children' })]],
  // Active verbs, headlines, passives, lists
  ['More than 100 killed in upsurge in Syria’s Aleppo', [fig('More than 100', 101, undefined)]],
  ['Car bomb kills 12 in Azaz', [fig('12', 12, 12)]],
  ['2 killed, 8 injured in Kabul blast', [fig('2', 2, 2), fig('8', 8, 8, W)]],
  ['Since Sunday, fighting has killed 61 rebels and members of Al-Nusra Front and 50 troops and pro-regime militia.', [fig('61', 61, 61, K, { period: 'Since Sunday' }), fig('50', 50, 50)]],
  ['In the past 24 hours alone, 42 rebels died, as well as 34 regime loyalists.', [fig('42', 42, 42, K, { period: 'In the past 24 hours' }), fig('34', 34, 34, K, { victims: 'loyalists' })]],
  ['Fighting left 27 regime fighters and 26 jihadists dead.', [fig('27', 27, 27), fig('26', 26, 26)]],
  ['A bomb killed four civilians and injured 18 others.', [fig('four', 4, 4), fig('18', 18, 18, W)]],
  ['Seven soldiers were killed and 10 went missing.', [fig('Seven', 7, 7), fig('10', 10, 10, 'missing')]],
  ['Islamic State executed 25 men in Mosul.', [fig('25', 25, 25, 'executed')]],
  ['Police arrested 19 suspects and detained 4 others.', [fig('19', 19, 19, 'arrested'), fig('4', 4, 4, 'arrested')]],
  ['The death toll rose to 86, including 30 children.', [fig('86', 86, 86), fig('30', 30, 30, K, { subsetOf: 0 })]],
  ['The attack has claimed the lives of 1,048 people.', [fig('1,048', 1048, 1048)]],
  ['The bodies of 15 men were found in a field.', [fig('15', 15, 15)]],
  ['A mass grave containing the remains of at least 50 Yazidi men and boys was found near Sinjar.', [fig('at least 50', 50, undefined)]],
  ['The situation remains tense, with 40 fighters deployed.', []],
  ['The shelling caused the martyrdom of 3 citizens and the injury of 11 others.', [fig('3', 3, 3), fig('11', 11, 11, W)]],
  ['Fighting has forced an estimated 350,000 people to flee their homes.', [fig('an estimated 350,000', 350000, 350000, 'displaced')]],
  ['Three children were among the dead.', [fig('Three', 3, 3)]],
  ['3 Pakistanis among 7 terrorists gunned down in Kashmir', [fig('3', 3, 3, K, { subsetOf: 1 }), fig('7', 7, 7)]],
  ['An air strike killed 19 civilians. Eight were children, medics said.', [fig('19', 19, 19), fig('Eight', 8, 8, K, { subsetOf: 0, victims: 'children' })]],
];

const NOT_COUNTED = [
  ['But nearly 100 extremists from the Army of Khaled Ben Al Waleed are surrounded in their last redoubt.', []],
  ['Around 7,000 Iranian and Iraqi fighters have arrived in Syria over the past few weeks.', []],
  ['Iran has deployed thousands of fighters in Syria, and 12 people were killed.', [fig('12', 12, 12)]],
  ['The village lies about 420 kilometers (260 miles) east of Damascus, where 3 died.', [fig('3', 3, 3)]],
  ['IS seized Palmyra and its 2,000-year-old ruins, killing 4 guards.', [fig('4', 4, 4)]],
  ['A deadly rampage on July 25 killed 200 people.', [fig('200', 200, 200)]],
  ['The 2011 uprising killed longtime ruler Muammar Qaddafi.', []],
  ['A mother of 10 children was killed in the strike.', []],
  ['At least six suicide bombers struck on Wednesday, and the attack killed two.', [fig('two', 2, 2)]],
  ['Two gunmen killed three policemen.', [fig('three', 3, 3)]],
  ['Two gunmen killed at least three policemen.', [fig('at least three', 3, undefined)]],
  // A part of people counted: the part is the figure, its whole no figure of its own.
  ['Two of the 15 hostages were killed.', [fig('Two', 2, 2, K, { victims: 'hostages' })]],
  ['Two of 15 hostages were killed.', [fig('Two', 2, 2)]],
  // A group named by its harm: the verb after it says what befell them, else the group does.
  ['Three of the wounded died later.', [fig('Three', 3, 3, K, { victims: 'people' })]],
  ['Five of the wounded are in critical condition.', [fig('Five', 5, 5, W)]],
  ['Security forces seized 12 suspects.', [fig('12', 12, 12, 'arrested', { victims: 'suspects' })]],
  ['Gunmen seized 30 passengers.', [fig('30', 30, 30, 'kidnapped')]],
  ['The group demanded $5 million and 30 percent of the oil revenue after killing 9.', [fig('9', 9, 9)]],
  ['A 12-year-old boy was killed at 2:30 p.m. on the road.', []],
  ['The 20th anniversary of the massacre was marked with 3 days of mourning.', []],
  ['Rebels destroyed 3 tanks and killed 12 soldiers near Route 4.', [fig('12', 12, 12)]],
  ['F-16 jets pounded the area, killing at least 9.', [fig('at least 9', 9, undefined)]],
  ['Of the 35 people detained, 20 were later released.', [fig('35', 35, 35, 'arrested')]],
  ['No one was hurt when one of the shells hit a school.', []],
];

for (const [name, rows] of Object.entries({ NUMBER_FORMS, QUALIFIERS_AND_RANGES, STRUCTURES, NOT_COUNTED })) {
  test(`casualties: ${name}`, () => {
    for (const [text, expected] of rows) check(text, expected.map((e) => Object.fromEntries(Object.entries(e).filter(([k, v]) => v !== undefined || k === 'max'))));
  });
}

test('casualties: victimActor, place and source come from the entities passed in', () => {
  const text = 'At least 50 IS militants were killed in Kobane, as regime strikes in Daraa left at least 21 dead, the Syrian Observatory for Human Rights said.';
  const entities = [
    ent(text, 'IS', 'Islamic State'),
    ent(text, 'Kobane', 'Kobani', 'place', 'city'),
    ent(text, 'regime', 'Syrian government', 'actor', 'state-force'),
    ent(text, 'Daraa', 'Daraa', 'place', 'city'),
    ent(text, 'Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights', 'actor', 'organisation'),
  ];
  check(text, [
    { text: 'At least 50', victimActor: 'Islamic State', place: 'Kobani', source: 'Syrian Observatory for Human Rights' },
    { text: 'at least 21', victimActor: undefined, place: 'Daraa', source: 'Syrian Observatory for Human Rights' },
  ], entities);
});

test('casualties: the place a strike verb takes as its object is the figure\'s place', () => {
  const text = 'Dozens killed as Russian jets pound rebel-held Eastern Ghouta';
  check(text, [{ text: 'Dozens', place: 'Eastern Ghouta' }], [ent(text, 'Eastern Ghouta', 'Eastern Ghouta', 'place', 'district')]);
  const text2 = 'A car bomb rocked Azaz, killing 12 people.';
  check(text2, [{ text: '12', place: 'Azaz' }], [ent(text2, 'Azaz', 'Azaz', 'place', 'town')]);
});

test('casualties: the victims of "fighters from Lebanon\'s Hezbollah" are Hezbollah\'s, not Lebanon\'s', () => {
  const text = "The toll includes 1,682 fighters from Lebanon's Hezbollah movement.";
  check(text, [{ text: '1,682', victimActor: 'Hezbollah' }], [ent(text, 'Lebanon', 'Lebanon', 'actor', 'state'), ent(text, 'Hezbollah', 'Hezbollah', 'actor', 'armed-group')]);
});

test('casualties: source without an entity is the literal phrase; "according to" works too', () => {
  check('Over 100 troops have been killed in four days, a monitoring group said Wednesday.', [{ text: 'Over 100', source: 'a monitoring group', period: 'in four days' }]);
  const text = 'A strike killed 38 civilians, according to the Observatory.';
  check(text, [{ text: '38', source: 'Syrian Observatory for Human Rights' }], [ent(text, 'Observatory', 'Syrian Observatory for Human Rights', 'actor', 'organisation')]);
});

test('casualties: the speaker of a cue stands in the verb\'s own clause; ", said it" has its speaker before', () => {
  let text = 'A car bomb hit a checkpoint of Ahrar al-Sham in Saraqeb, killing six of the group\'s fighters, activists said.';
  check(text, [{ text: 'six', source: 'activists' }], [ent(text, 'Ahrar al-Sham', 'Ahrar al-Sham', 'actor', 'armed-group')]);
  // An appositive between the speaker and the verb does not hide the speaker.
  text = 'The Syrian Observatory for Human Rights, a Britain-based monitor, said 12 civilians were killed.';
  check(text, [{ text: '12', source: 'Syrian Observatory for Human Rights' }], [ent(text, 'Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights', 'actor', 'organisation')]);
  text = 'The UN mission, MINUSMA, said it had sent a patrol and that two peacekeepers were injured.';
  check(text, [{ text: 'two', source: 'MINUSMA' }], [ent(text, 'MINUSMA', 'MINUSMA', 'actor', 'organisation')]);
  check('The UN mission, MINUSMA, said it had sent a patrol and that two peacekeepers were injured.', [{ text: 'two', source: 'MINUSMA' }]);
  // ", said three of…": a count after the verb is no speaker; the speaker's clause before the verb is taken whole.
  text = 'A spokesman for the Misrata brigades, Mohamed al-Gasri, said three of their fighters had died.';
  check(text, [{ text: 'three', source: 'Mohamed al-Gasri' }], [ent(text, 'Mohamed al-Gasri', 'Mohamed al-Gasri', 'actor', 'person')]);
  check('In Libya, forces loyal to the unity government in Tripoli said they had killed 14 militants.', [{ text: '14', source: 'forces loyal to the unity government in Tripoli' }]);
  // A reporting verb with an object of its own ("announced a new offensive") attributes nothing.
  text = 'Warplanes pounded Aleppo, killing at least 45 civilians as the army announced a new offensive, monitors and rescuers said.';
  check(text, [{ text: 'at least 45', source: 'monitors and rescuers' }], [ent(text, 'army', 'Syrian government', 'actor', 'state-force')]);
  // A relative pronoun stands for the speaker named before it.
  text = 'The toll was the highest since 2015, according to the Syrian Observatory for Human Rights, which added that more than 325 people were wounded.';
  check(text, [{ text: 'more than 325', source: 'Syrian Observatory for Human Rights' }], [ent(text, 'Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights', 'actor', 'organisation')]);
  // A monitor's own verbs report; an actor heading the line before a colon reports what follows (a place there does not).
  text = 'The SOHR documented the death of 23 civilians in Idlib.';
  check(text, [{ text: '23', source: 'Syrian Observatory for Human Rights' }], [ent(text, 'SOHR', 'Syrian Observatory for Human Rights', 'actor', 'organisation')]);
  text = 'SOHR: 23 civilians killed in Idlib';
  check(text, [{ text: '23', source: 'Syrian Observatory for Human Rights' }], [ent(text, 'SOHR', 'Syrian Observatory for Human Rights', 'actor', 'organisation')]);
  check('Idlib: 31 killed, including 9 children', [{ text: '31', source: undefined }, { text: '9', source: undefined }]);
});

test('casualties: works on a whole article with duplicated paragraphs and no entities', () => {
  const text = 'Headline: 5 killed in Idlib\n\nFive people were killed in Idlib on Monday.\n\nFive people were killed in Idlib on Monday.\n';
  check(text, [fig('5', 5, 5), fig('Five', 5, 5), fig('Five', 5, 5)]);
});

test('sentences: abbreviations, initials and decimals do not split; sentence ends do', () => {
  const text = 'On Oct. 5, 2017, Mr. Smith met U.S. officials at 10 a.m. in Washington. About 1.5 million fled. "Who?" he asked! J. Doe said so.';
  const got = splitSentences(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(got, ['On Oct. 5, 2017, Mr. Smith met U.S. officials at 10 a.m. in Washington.', 'About 1.5 million fled.', '"Who?" he asked!', 'J. Doe said so.']);
});

test('numberWords: phrases are parsed with offsets', () => {
  const text = 'between 10 and 15, nearly two dozen, several hundred thousand, 2.3 mln and twenty-one';
  const toks = tokenizeSentence(text, 0, text.length);
  const got = findNumbers(toks).map((n) => [text.slice(toks[n.first].start, toks[n.last].end), n.min, n.max]);
  assert.deepEqual(got, [['between 10 and 15', 10, 15], ['nearly two dozen', 0, 24], ['several hundred thousand', 100000, undefined], ['2.3 mln', 2300000, 2300000], ['twenty-one', 21, 21]]);
});

test('casualties: linking the paragraph scans gives findCasualties; a scan depends only on its paragraph', async () => {
  const { scanCasualties, linkCasualties } = require('../../dist/core.js');
  const { makeCorpus } = await import('../../bench/corpus.mjs');
  const text = `${makeCorpus(60_000, 5)}\n\nAn air strike killed 19 civilians in Ariha.\n\nThree children were among the dead.\n`;
  const paragraphs = splitParagraphs(text);
  const scans = paragraphs.map((p) => scanCasualties(p.text));
  const whole = findCasualties(text, paragraphs, []);
  assert.ok(whole.length > 50);
  assert.deepEqual(linkCasualties(text, paragraphs, scans, []), whole);
  // Breakdowns across paragraphs are decided by the link: "Three" belongs to the 19 of the paragraph before.
  const three = whole.find((f) => f.text === 'Three' && f.start > text.length - 60);
  assert.equal(whole[three.subsetOf].text, '19');
  // Scanning a paragraph alone gives the same candidates as in the document, and an unchanged text reuses its scan.
  for (const [i, p] of paragraphs.entries()) {
    const alone = scanCasualties(p.text);
    assert.deepEqual(alone, scans[i]);
    assert.equal(scanCasualties(p.text, alone), alone);
  }
  // Moving a paragraph keeps its candidates: only offsets change.
  const moved = `Preface.\n\n${text}`;
  const movedParagraphs = splitParagraphs(moved);
  const relinked = linkCasualties(moved, movedParagraphs, [scanCasualties('Preface.'), ...scans], []);
  assert.deepEqual(relinked.map((f) => [f.start - 10, f.text, f.min, f.outcome]), whole.map((f) => [f.start, f.text, f.min, f.outcome]));
});

test('casualties: styles of the second dev round', () => {
  check('The conflict has produced 6.5 million refugees.', [fig('6.5 million', 6500000, 6500000, 'displaced')]);
  check('About 10 000 people have been uprooted.', [{ text: 'About 10 000', min: 10000, max: 10000, approximate: true, outcome: 'displaced' }]);
  check('The ministry said 4.012 people had been injured.', [fig('4.012', 4012, 4012, W)]);
  check('An eight-member family was killed in the raid.', [fig('eight', 8, 8)]);
  check('Around 1,500 soldiers were taken prisoner.', [{ text: 'Around 1,500', outcome: 'kidnapped' }]);
  check('Gunmen shot dead a 65-year-old farmer and his two sons.', [fig('two', 2, 2)]);
  check('Police arrested 40 people, and at least 30 remain in detention.', [fig('40', 40, 40, 'arrested'), fig('at least 30', 30, undefined, 'arrested')]);
  check('A 15-member council met; the temperature was 1.250 degrees; a 10-member delegation arrived.', []);
});

test('casualties: a breakdown set out in paragraphs of its own (list items, "Among the victims") belongs to the figure above it', () => {
  const text = [
    'The Observatory documented the death of 1,383 civilians since March 6.',
    'SOHR sources confirmed that the bodies of 17 men were found on Friday.',
    'Distribution of the civilian victims by area:',
    '- Lattakia governorate: 762 civilians, among them 212 in Jableh and 54 in Qardaha',
    '- Hama governorate: 155 civilians',
    'Among the victims are at least 34 children and 60 women.',
  ].join('\n');
  // Each item is part of the 1,383 (the 17 just above are too few to hold them); its parts are its own.
  check(text, [
    { text: '1,383', subsetOf: undefined }, { text: '17', subsetOf: undefined },
    { text: '762', subsetOf: 0 }, { text: '212', subsetOf: 2 }, { text: '54', subsetOf: 2 }, { text: '155', subsetOf: 0 },
    { text: 'at least 34', subsetOf: 0 }, { text: '60', subsetOf: 0 },
  ]);
  // Numbers in a later list that no earlier figure can hold, or far from any figure, are no casualties.
  check('Five people were killed in Idlib.\nPopulation: 20,000 people', [{ text: 'Five' }]);
  check('Five people were killed in Idlib.\nThe town lies on the plain.\nIt has schools.\nIt has markets.\n- Residents: 3 people', [{ text: 'Five' }]);
});

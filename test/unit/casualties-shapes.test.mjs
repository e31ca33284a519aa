// Casualty figures in shapes a blind held-out run missed (annotation guide §3): quoted counts,
// capture verbs, clauses inserted between count and verb, ages in apposition, hardware, tolls.
// Each row is [text, expected figures]; only the keys given are compared. Build first: `node esbuild.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { analyze, findCasualties, splitParagraphs } = require('../../dist/core.js');

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
  // "several dozen" follows the guide's "several thousand" → 1,000: the scale word alone, as a minimum (12).
  capture: [
    ['The raiders killed 30 villagers, taking 19 hostages into the hills.', [fig('30', 30, 30), fig('19', 19, 19, 'kidnapped')]],
    ['By dawn they had taken several dozen conscripts prisoner.', [fig('several dozen', 12, undefined, 'kidnapped', { approximate: false })]],
    ['At least 8 engineers are still being held by the kidnappers.', [fig('At least 8', 8, undefined, 'kidnapped')]],
    ['Six teachers were seized outside the school.', [fig('Six', 6, 6, 'kidnapped')]],
    ['Gunmen seized 14 travellers on the highway.', [fig('14', 14, 14, 'kidnapped')]],
    ['Twelve men were held in detention without charge.', [fig('Twelve', 12, 12, 'arrested')]],
    ['They took 90 prisoners and executed dozens of them.', [fig('90', 90, 90, 'kidnapped'), fig('dozens', 12, undefined, 'executed', { subsetOf: 0 })]],
    ['The rebels seized 12 villages and were holding 5 hills.', []],
    ['Peace talks were held in 3 cities last month.', []],
  ],
  // Trapped under rubble: fate unknown, so missing; trapped by a siege is not a casualty.
  shapes: [
    ['Among the dead were three medics, the agency said.', [fig('three', 3, 3, 'killed', { victims: 'medics' })]],
    ['Among those wounded was one journalist.', [fig('one', 1, 1, 'wounded')]],
    ['21 people including two children were killed in the raid.', [fig('21', 21, 21), fig('two', 2, 2, 'killed', { subsetOf: 0 })]],
    ['Nearly 800,000 people – roughly a third of the province – have been displaced.', [fig('Nearly 800,000', 0, 800000, 'displaced')]],
    ['The strike killed 12 fighters as well as 4 civilians, medics said.', [fig('12', 12, 12), fig('4', 4, 4, 'killed', { victims: 'civilians' })]],
    ['Nine soldiers died in the ambush near the river, as well as 2 drivers.', [fig('Nine', 9, 9), fig('2', 2, 2)]],
    ['Some 60,000 people still live in camps for the displaced.', [fig('Some 60,000', 60000, 60000, 'displaced', { approximate: true })]],
    ['Thousands remain in displacement camps near the border.', [fig('Thousands', 1000, undefined, 'displaced', { approximate: false })]],
    ['Crews are digging for 7 people feared trapped beneath the debris.', [fig('7', 7, 7, 'missing')]],
    ['Eleven fishermen remain missing.', [fig('Eleven', 11, 11, 'missing')]],
    ['Some 20,000 civilians are trapped in the besieged district.', []],
    ['About 900 residents remain in the village.', []],
  ],
  agesAndHardware: [
    ['Her sons, aged 6 and 14, were injured in the shelling.', []],
    ['Two sons, aged 6 and 14, were injured in the shelling.', [fig('Two', 2, 2, 'wounded')]],
    ['Four girls, aged 7, 9 and 16, died in the fire.', [fig('Four', 4, 4)]],
    ['Air defences shot down 51 of 70 drones over the city.', []],
    ['Interceptors shot down 20 of the 24 missiles, and 3 people were wounded.', [fig('3', 3, 3, 'wounded')]],
    ['The battery intercepted 30 missiles and destroyed 12 tanks.', []],
    ['Soldiers gunned down 4 protesters and shot down 2 drones.', [fig('4', 4, 4)]],
  ],
  // A hyphenated sponsor or an ordinal inside the named tail of the victims: the noun after it still belongs to them.
  tails: [
    ['Aleppo: three members of the Turkish-backed factions were killed in clashes among themselves in Al-Bab.', [fig('three', 3, 3)]],
    ['Five fighters of the Russian-backed 8th Brigade were killed near Busra.', [fig('Five', 5, 5)]],
    // A named body ending at a noun of the security apparatus, a lower-case tail ending at a group noun, and "and" ending the short tail.
    ['Hours later, two members of the Military Security branch were killed and a third was wounded.', [fig('two', 2, 2)]],
    ['Five members of regime forces were killed in Daraa.', [fig('Five', 5, 5)]],
    // Defence ministries' words for the enemy dead.
    ['The ministry said that 1,200 militants had been eliminated since the start of the offensive.', [fig('1,200', 1200, 1200)]],
    ['Turkish forces liquidated 14 terrorists in northern Iraq.', [fig('14', 14, 14)]],
    // "Neutralised" also counts the captured and the surrendered: no outcome can be given.
    ['Turkey said 480 terrorists had been neutralised.', []],
    // A verb before the count is the main one, not the relative clause's; a capacity is no toll.
    ['Activists said ISIS militants beheaded at least two men they captured in the camp.', [fig('at least two', 2, undefined, 'executed')]],
    ['IS released about 30 Druze women and children it kidnapped last year.', [{ ...fig('about 30', 30, 30, 'kidnapped'), approximate: true }]],
    ['Saydnaya can hold between 10,000 and 20,000 prisoners.', []],
    ['ISIS released a video showing the beheading of 21 Egyptian Christians.', [fig('21', 21, 21, 'executed')]],
    ['At least 15 members of local Assyrian guard units had been killed.', [fig('At least 15', 15, undefined)]],
    // A burial counts the dead; "buried under the rubble" does not (trapped, perhaps alive).
    ['We buried 61 people on Saturday.', [fig('61', 61, 61)]],
    ['Five people were buried under the rubble.', []],
    ['Insurgents behead two fishermen near Mbau.', [fig('two', 2, 2, 'executed')]],
    ['The number of martyrs rose to 25.', [fig('25', 25, 25)]],
    ['SANA said 12 martyrs fell in the shelling of Mhardeh.', [fig('12', 12, 12)]],
    ['The dead included 114 militants, 33 members of the Syrian Democratic Forces (SDF) and the Internal Security Forces (Asayish), and seven civilians.', [fig('114', 114, 114), fig('33', 33, 33), fig('seven', 7, 7)]],
    ['Five members of the same family and 3 neighbours were killed.', [fig('Five', 5, 5), fig('3', 3, 3)]],
    ['TARTUS, Syria — Five members of the General Security forces were killed and two others wounded.', [fig('Five', 5, 5), fig('two', 2, 2, 'wounded')]],
    ["At least 17 soldiers from the army's Danab special forces were killed in the initial attack, and 25 others wounded.", [fig('At least 17', 17, undefined), fig('25', 25, 25, 'wounded')]],
    ['One protester killed, dozens hurt as rallies turn violent in Nasiriyah', [fig('One', 1, 1), fig('dozens', 12, undefined, 'wounded')]],
    ['Insurgents had taken several dozen soldiers prisoner by nightfall.', [fig('several dozen', 12, undefined, 'kidnapped', { victims: 'soldiers' })]],
  ],
  // A breakdown by place after "including": each count is part of the toll.
  byPlace: [
    ['The LCC said 120 people were killed across Syria on Tuesday, including 45 in Homs, 30 in Idlib and its countryside, 18 in Hama and 12 in Damascus and its suburbs.', [fig('120', 120, 120), fig('45', 45, 45, 'killed', { subsetOf: 0 }), fig('30', 30, 30, 'killed', { subsetOf: 0 }), fig('18', 18, 18, 'killed', { subsetOf: 0 }), fig('12', 12, 12, 'killed', { subsetOf: 0 })]],
    ['Fourteen people died in Homs and another 6 in Hama, while 3 in Aleppo survived.', [fig('Fourteen', 14, 14), fig('6', 6, 6)]],
    ['The dead were distributed as follows: 12 civilians, among them 4 children, in Maarat al-Numan city; 7 in Khan Sheikhoun; 5 in Kafranbel.', [fig('12', 12, 12), fig('4', 4, 4), fig('7', 7, 7), fig('5', 5, 5)]],
    // An item without a count between the semicolons does not end the list; items may name their victims.
    ['The dead were distributed as follows: 4 in Maarat al-Numan; a man and his wife in Hish; 3 in Kafr Zita; 2 children in Khan Sheikhoun.', [fig('4', 4, 4), fig('3', 3, 3), fig('2', 2, 2)]],
    ['Shelling killed 12 soldiers in Daraa; residents said 3 rebels in Homs were arrested.', [fig('12', 12, 12), fig('3', 3, 3, 'arrested')]],
    ['Shelling killed 12 soldiers in Daraa; 40 trucks in Homs.', [fig('12', 12, 12)]],
    ['Results were as follows: 12 votes for, 3 against.', []],
  ],
  // Projections and labels are no tolls.
  notTolls: [
    ['A prolonged siege could cost up to 250,000 lives, the UN warned.', []],
    ['Thousands could be killed if the offensive goes ahead.', []],
    ['At least 12 people may have been killed.', [fig('At least 12', 12, undefined)]],
    ["Forces advance into Sirte's District 3, 14 fighters killed", [fig('14', 14, 14)]],
  ],
  tolls: [
    ["The number of people killed in Tuesday night's air strike on the Tajoura detention centre for illegal migrants has risen to 53, including six children.", [fig('53', 53, 53), fig('six', 6, 6, 'killed', { subsetOf: 0 })]],
    // Items of the list after a nested subset are parts of the whole (a part is no bigger than its whole); tails end at their group nouns.
    ['The toll has risen to 872, they are: 291 civilians including 64 children, 309 members of the factions and jihadist groups, and 272 members of regime forces and loyal militias.', [fig('872', 872, 872), fig('291', 291, 291, 'killed', { subsetOf: 0 }), fig('64', 64, 64, 'killed', { subsetOf: 0 }), fig('309', 309, 309, 'killed', { subsetOf: 0 }), fig('272', 272, 272, 'killed', { subsetOf: 0 })]],
    // A colon right after the count opens its breakdown (a colon between digits is a clock time).
    ['In addition, the military death toll stands at 481: 231 members of the security forces and the Ministry of Defence, and 250 gunmen loyal to the former regime.', [fig('481', 481, 481), fig('231', 231, 231, 'killed', { subsetOf: 0 }), fig('250', 250, 250, 'killed', { subsetOf: 0 })]],
    ['At 12:30 two people were killed.', [fig('two', 2, 2)]],
    ['The toll has risen to 872, they are: 291 civilians, 309 fighters and 272 regime soldiers.', [fig('872', 872, 872), fig('291', 291, 291, 'killed', { subsetOf: 0 }), fig('309', 309, 309), fig('272', 272, 272)]],
    ['The attack killed two more soldiers, bringing to 32 the number of Turkish troops killed since the operation began.', [fig('two', 2, 2, 'killed', { victims: 'soldiers' }), fig('32', 32, 32)]],
    ["The blast raised to 45 the death toll from Sunday's attacks.", [fig('45', 45, 45)]],
    ['The army brought to 30 the number of tanks deployed.', []],
    ['Five of the 20 soldiers captured were executed.', [fig('Five', 5, 5, 'executed')]],
    ['One of the wounded died later.', [fig('One', 1, 1)]],
    ['He said three of the wounded being treated there had died.', [fig('three', 3, 3)]],
    ['Five of the wounded are in critical condition.', [fig('Five', 5, 5, 'wounded')]],
    ['Another 69,000 opposition fighters were killed, as were 67,296 jihadists.', [fig('69,000', 69000, 69000), fig('67,296', 67296, 67296)]],
    ['One of the soldiers said it was calm.', []],
    ['The toll climbed to 12, with 40 more injured, medics said.', [fig('12', 12, 12), fig('40', 40, 40, 'wounded')]],
    ['The death toll from Thursday\'s twin car bombings outside the main bus station in the old quarter has climbed to 73, with 210 others wounded.', [fig('73', 73, 73), fig('210', 210, 210, 'wounded')]],
    ['The toll has risen to 9, with 30 more injured.', [fig('9', 9, 9), fig('30', 30, 30, 'wounded')]],
  ],
  // Shapes the sixth held-out set showed (written blind): long asides before the verb, one of an owner's
  // people, subsets dying later, compounds and conditions of the wounded, phrasal verbs before the count.
  asides: [
    ['At least 22 people, including 12 staff members and 10 patients, three of them children, were killed.', [fig('At least 22', 22, undefined), fig('12', 12, 12, 'killed', { subsetOf: 0 }), fig('10', 10, 10), fig('three', 3, 3, 'killed', { subsetOf: 2 })]],
    ['Thirty-four fighters of Bunyan al-Marsous, the forces loyal to the Government of National Accord (GNA), were killed.', [fig('Thirty-four', 34, 34)]],
    ['Up to 500 people, civilians and members of the security forces, had been killed.', [fig('Up to 500', 0, 500)]],
    ['The strike killed 5 people, including a child, and 3 others were wounded.', [fig('5', 5, 5), fig('3', 3, 3, 'wounded')]],
    ['Islamic Jihad said one of its commanders, Hussam Abu Harbeed, had been killed.', [fig('one', 1, 1)]],
    ['The army said one of its soldiers was wounded. One of their leaders said the talks failed.', [fig('one', 1, 1, 'wounded')]],
  ],
  laterHarm: [
    ['The hospital received more than 150 wounded, seven of whom died on arrival.', [fig('more than 150', 151, undefined, 'wounded'), fig('seven', 7, 7, 'killed', { subsetOf: 0 })]],
    ['The sources said 22 of the dead were Houthi fighters and 17 were from the Giants Brigades.', [fig('22', 22, 22), fig('17', 17, 17)]],
    ['MSF said it had received more than 30 war-wounded and treated 64 war-wounded patients, including 23 children.', [fig('more than 30', 31, undefined, 'wounded'), fig('64', 64, 64, 'wounded', { victims: 'patients' }), fig('23', 23, 23, 'wounded', { subsetOf: 1 })]],
    ['Dozens of people were in critical condition and 31 others were treated for injuries. The talks were in a critical phase.', [fig('Dozens', 12, undefined, 'wounded'), fig('31', 31, 31, 'wounded')]],
    ['A video showed a commander shooting dead 10 blindfolded men. Soldiers rounded up several hundred men.', [fig('10', 10, 10), fig('several hundred', 100, undefined, 'arrested')]],
  ],
  // Shapes the seventh held-out set showed: relative clauses before the verb, subsets and lists.
  relatives: [
    ['Two gunmen who killed a soldier were arrested on Monday.', [fig('Two', 2, 2, 'arrested')]],
    ['More than 5,000 suspected jihadists who left the enclave had been detained by the SDF.', [fig('More than 5,000', 5001, undefined, 'arrested')]],
    ['Thousands of residents who had only recently returned to Kobane after its liberation fled again.', [fig('Thousands', 1000, undefined, 'displaced')]],
    ['More than 300 men who left the Old City are being held for questioning.', [fig('More than 300', 301, undefined, 'arrested')]],
    ['Three soldiers who had been guarding the bridge were killed. One villager who tried to stop them was shot dead.', [fig('Three', 3, 3), fig('One', 1, 1)]],
    ['The 20 fighters who arrived on Monday attacked the town.', []],
  ],
  subsetsAndLists: [
    ['Mortars struck, killing five people, one of them a volunteer, and wounding four others. One of them said it was calm.', [fig('five', 5, 5), fig('one', 1, 1, 'killed', { subsetOf: 0 }), fig('four', 4, 4, 'wounded')]],
    // "shot" kills in an execution ("in front of"), with "and burned", in a massacre, or among "those who died"
    ['Gunmen shot her two sons in front of her. At least 41 people were shot and burned. Of those who died, 128 starved to death, 49 were shot. Three protesters were shot in the legs.', [fig('two', 2, 2), fig('At least 41', 41, undefined), fig('128', 128, 128), fig('49', 49, 49), fig('Three', 3, 3, 'wounded')]],
    // the kin one lost, as a second object or after a possessive; not what one lost that is no person
    ['Ahmed Younis, 38, who lost his wife and three of his children, wept. "I lost my two sons and my brother," said his neighbour. He lost his job and two of his houses.', [fig('three', 3, 3), fig('two', 2, 2)]],
    ['Barrel bombs hit Nawa, killing nine people including a woman and her three children.', [fig('nine', 9, 9), fig('three', 3, 3, 'killed', { subsetOf: 0 })]],
    ['At least 33 people including five children were killed and more than 80 wounded.', [fig('At least 33', 33, undefined), fig('five', 5, 5, 'killed', { subsetOf: 0 }), fig('more than 80', 81, undefined, 'wounded')]],
    ['More than 100 rebels and at least 60 soldiers and members of the pro-government National Defence Forces were killed.', [fig('More than 100', 101, undefined), fig('at least 60', 60, undefined)]],
    ['Nine civilians and five fighters of the Manbij Military Council were among the dead.', [fig('Nine', 9, 9), fig('five', 5, 5)]],
    // breakdowns set off by a dash or after the verb and a colon; items past an "of" phrase; past a time phrase
    ['IS attacked truffle hunters, killing 53 people — 46 civilians and seven soldiers — state media said.', [fig('53', 53, 53), fig('46', 46, 46, 'killed', { subsetOf: 0 }), fig('seven', 7, 7, 'killed', { subsetOf: 0 })]],
    ['The monitor said 11 people were killed: eight Iranians, two Syrians and one Lebanese.', [fig('11', 11, 11), fig('eight', 8, 8, 'killed', { subsetOf: 0 }), fig('two', 2, 2), fig('one', 1, 1)]],
    ['At least 327 people were killed, among them 183 fighters of HTS and allied factions, 100 members of the army and pro-government groups, and 44 civilians.', [fig('At least 327', 327, undefined), fig('183', 183, 183), fig('100', 100, 100), fig('44', 44, 44)]],
    ['The dead since August 27 included 25 SDF fighters and 17 civilians. Thousands of fighters on both sides have been killed.', [fig('25', 25, 25), fig('17', 17, 17), fig('Thousands', 1000, undefined)]],
    // a toll past a bare number is more than it; taken away, taken to hospital, hospitalised, left their homes, evacuated
    ['The toll from the fighting tops 90. Dozens of young men were taken away and 14 were taken to hospital; 12 others were hospitalised.', [fig('90', 91, undefined), fig('Dozens', 12, undefined, 'kidnapped'), fig('14', 14, 14, 'wounded'), fig('12', 12, 12, 'wounded')]],
    ['About 300 families had left their homes and more than 11,000 people have been evacuated from border areas. Five wounded soldiers were evacuated to hospital. Four attackers had been captured.', [fig('About 300', 300, 300, 'displaced'), fig('more than 11,000', 11001, undefined, 'displaced'), fig('Five', 5, 5, 'wounded'), fig('Four', 4, 4, 'arrested')]],
    // the group named before "included" is the whole; "others" captured after militants, and their subset, are arrested
    ['The army said at least 24 people had been wounded, and that the dead soldiers included two officers.', [fig('at least 24', 24, undefined, 'wounded'), fig('two', 2, 2, 'killed')]],
    ['Its forces killed five militants and captured two others, one of them a senior commander.', [fig('five', 5, 5), fig('two', 2, 2, 'arrested'), fig('one', 1, 1, 'arrested', { subsetOf: 1 })]],
    // evacuation convoys; "not been heard of"; killed with his men; taken from their house; beaten; treated by a medic
    ['Green buses carried about 2,100 people from Ain al-Fijeh. Hundreds of fighters and families were bussed to Idlib after the evacuation of more than 46,000 civilians.', [fig('about 2,100', 2100, 2100, 'displaced', { approximate: true }), fig('Hundreds', 100, undefined, 'displaced'), fig('more than 46,000', 46001, undefined, 'displaced')]],
    ['The UN called for the evacuation of 1,000 wounded. Three have not been heard of since.', [fig('1,000', 1000, 1000, 'wounded'), fig('Three', 3, 3, 'missing')]],
    ['He was killed with seven of his men. His four sons were taken from their house. At least eight people were beaten. A medic treated about 40 soldiers.', [fig('seven', 7, 7), fig('four', 4, 4, 'kidnapped'), fig('At least eight', 8, undefined, 'wounded'), fig('about 40', 40, 40, 'wounded')]],
    ['Missile attacks wounded scores at hospitals. Scores feared dead as toll reaches 21. More than 600 fighters from both sides were killed. Relatives of 21 residents seized by gunmen waited.', [fig('scores', 20, undefined, 'wounded'), fig('Scores', 20, undefined), fig('21', 21, 21), fig('More than 600', 601, undefined), fig('21', 21, 21, 'kidnapped')]],
    // a count in apposition is the subject of the verb after it; a listed count whose verb has an object is not
    ['Most of the Kessab population, around 2000 Armenians, fled to Latakia. Clashes killed five rebels, three soldiers, wounded 20 others.', [fig('around 2000', 2000, 2000, 'displaced', { approximate: true }), fig('five', 5, 5), fig('three', 3, 3), fig('20', 20, 20, 'wounded')]],
    // "May" inside a sentence is the month; "my" owns like "his"
    ['The UN said in May that at least 10,810 civilians had been killed. Two of my colleagues are still missing.', [fig('at least 10,810', 10810, undefined), fig('Two', 2, 2, 'missing')]],
    // (the count opening the dashed list is among the dead too)
    ['Four Americans – two service members, an employee and a contractor – were among at least 19 people killed.', [fig('Four', 4, 4, 'killed', { subsetOf: 2 }), fig('two', 2, 2, 'killed', { subsetOf: 2 }), fig('at least 19', 19, undefined)]],
    // a count of people listed with others before the verb
    ['Two soldiers, a policeman and a child were killed. Officials said two US service members, a civilian employee of the Defense Department and a contractor were among the dead.', [fig('Two', 2, 2), fig('two', 2, 2)]],
    ['SANA said 14 militants had been captured. The offensive sent thousands of people fleeing into Lebanon.', [fig('14', 14, 14, 'arrested'), fig('thousands', 1000, undefined, 'displaced')]],
    ['More than 200 others were treated for breathing difficulties.', [fig('More than 200', 201, undefined, 'wounded')]],
  ],
};

for (const [name, rows] of Object.entries(ROWS)) {
  test(`casualty shapes: ${name}`, () => {
    for (const [text, expected] of rows) check(text, expected);
  });
}

test('casualty records: a list of victims stops before the speakers of a longer "…, X and Y said"', () => {
  const victims = analyze('Shells hit the camp, killing at least 40 people, including 10 children, local activists and aid groups said.').casualties.map((c) => c.victims);
  assert.deepEqual(victims, ['people', 'children']);
});

test('casualty records: the victims belong to the sponsored actor, not its sponsor', () => {
  const actorOf = (text) => analyze(text).casualties.map((c) => c.victimActor);
  assert.deepEqual(actorOf('Two members of the US-backed SDF were killed in Deir Ezzor.'), ['Syrian Democratic Forces']);
  assert.deepEqual(actorOf('Three fighters of Iran-backed militias were killed near Albu Kamal.'), [undefined]);
  assert.deepEqual(actorOf('It killed 61 members of Al-Qaeda-affiliated Al-Nusra Front.'), ['Al-Nusra Front']);
});

test('casualty records: a speaker after "said" is not the clause "said its forces…", and a literal source ends at a whole word', () => {
  const [gna] = analyze('A GNA spokesman, Mohamed Gnounou, said its forces had captured 17 LNA fighters near the former international airport.').casualties;
  assert.equal(gna.source, 'Mohamed Gnounou');
  const [long] = analyze('At least 12 civilians were killed, said a spokesman for the internationally recognised administration based in the east.').casualties;
  assert.equal(long.source, 'a spokesman for the internationally recognised');
});

test('casualty records: the place is the town, not the province holding it', () => {
  const placeOf = (text) => analyze(text).casualties.map((c) => c.place);
  assert.deepEqual(placeOf('Weekly toll across Syria\n• Idlib: 31 killed, including 9 children\n• Aleppo: 14 killed, 22 injured'), ['Idlib', 'Idlib', 'Aleppo', 'Aleppo']);
  assert.deepEqual(placeOf("Russian jets struck a market in the town of Maarat al-Numan in Syria's northwestern Idlib province, killing at least 15 civilians."), ['Maarat al-Numan']);
  assert.deepEqual(placeOf('Regime barrel bombs hit the town of Kafr Nabl in Idlib province on Tuesday, killing 12 civilians.'), ['Kafranbel']);
  assert.deepEqual(placeOf('Five people were killed in Khan Sheikhoun in southern Idlib, and three in Saraqeb.'), ['Khan Sheikhun', 'Saraqeb']);
});

test('casualty records: the speaker stands before an appositive that ends at the reporting verb', () => {
  const sourceOf = (text) => analyze(text).casualties.map((c) => c.source);
  assert.deepEqual(sourceOf('Abu Mohammad, a former teacher from Maarat al-Numan who now runs a small school in a tent, said three of his pupils had died since December.'), ['Abu Mohammad']);
  assert.deepEqual(sourceOf('Mohammed Abu Hamza, an activist with the Enab Baladi network, said two villagers were killed.'), ['Mohammed Abu Hamza']);
});

import { ARTICLES } from '../text/fold';

const words = (s: string) => s.trim().split(/\s+/);

/**
 * One-word names that are also common English words, person names or group names. A gazetteer
 * match on one of them needs a strong cue ("the village of X", "X province"). Compared in lower
 * case, not by fold: folded, "home" would stop "Hama" and "eden" "Aden".
 */
export const STOP = new Set(words(`
  of said mary bath nice reading hope victoria cars march may june july august april january february
  monday tuesday wednesday thursday friday saturday sunday today tonight
  jan feb mar apr jun jul aug sep sept oct nov dec
  the a an and or but in on at to by for from with as is it its this that these those he she they we you
  i me my his her their our us them who what when where which why how all any some no not new old
  north south east west northern southern eastern western central middle upper lower great little grand
  saint san santa mount lake river port cape bay island valley city town village state province
  police union independence liberty justice peace unity victory freedom hope faith glory
  army front forces force guard guards council party movement brigade brigades battalion division
  republic kingdom empire coalition alliance committee group groups network agency office ministry
  islamic islam muslim christian arab arabs kurd kurds druze alawite sunni shia shiite jewish
  news press times post daily herald observer address world global international national
  president minister general colonel commander chief leader spokesman official officials
  human rights watch red cross crescent health organisation organization
  battle war fight fighting attack attacks strike strikes killed dead death deaths
  key fierce heavy big small long short high low black white green blue red gold silver
  more most much many few first second third last next other another such only just also even
  well good best better bad worse worst right left free fair open close
  home house school church mosque market hospital airport camp base prison
  sun moon star stars rose lily hill hills field fields wood woods park garden
  buffalo mobile split march marks mark bill will king queen prince princess lord lady
  sky rain snow ice fire water stone rock sand salt
  dover york orange lincoln jackson cleveland houston phoenix florence
  eden zion bethel goshen canaan babel
  hamas fatah qaeda nusra daesh isis isil hezbollah hizbollah houthi houthis taliban shabab boko haram wagner
  assad khatib hariri rahman hourani haftar sarraj abbas hassan hussein husain jolani baghdadi nasrallah
  erdogan putin zelensky netanyahu sisi khamenei soleimani qasim ali omar amin karim salim salem
  ahmad ahmed mohammed muhammad mohamed mahmoud mustafa ibrahim youssef yusuf khalil nasser nasr
  jamal khaled khalid walid waleed bashar hafez maher rami moaz imad fayez abdel abdul abdullah
  said saad saeed zaal sami samir tariq ziad zaid yasser haider nouri masoud hamid rashid
  caliphate regime rebels militants jihadists extremists loyalists civilians abu umm bin ibn
  since one two three four five six seven eight nine ten there here then than thus once use used
  says say see seen saw get got go goes went come came make made take took give gave know knew
  if so yet still ever never again after before during while until within without between among
  about above below under over into onto upon off out up down near far away back around across
  can could would should shall must might was were be been being are am has have had do does did
  not nor both either neither each every per via amid despite though although because unless
  time times year years day days week weeks month months hour hours people man men woman women
  child children family world country area areas region part parts side sides end line lines
  call calls called told tell asked ask report reports reported claims claim meet met
  early late later soon now ago yesterday tomorrow tonight morning evening night
  share like tweet email print reply subscribe follow contact search menu login comments
`));

/** Given names and titles: a capitalised name right after one of them is a person, not a place. */
export const PERSON_BEFORE = new Set(
  words(`
  president mr mrs ms dr gen general colonel col lt major captain commander minister premier king
  prince emir imam pope senator envoy spokesman ambassador chief sergeant brigadier marshal
  abdel abdul abd abdullah ahmad ahmed ali amir ayman bashar hafez hassan hasan hussein hussain ibrahim
  imad jamal khaled khalid mahmoud mohammad mohammed muhammad mohamed mustafa moaz nasr nasser omar
  osama qasim qassem rami saleh samir sami tariq walid waleed yasser youssef yusuf ziad zaid fayez
  haider nouri masoud recep vladimir sergei antony staffan john michael david joe donald barack
  marianne hamza hamzah khalifa muammar moammar saddam ayatollah
`),
);

/** Words after a name that make it a person ("Khatib said"). Major places are exempt ("Damascus said"). */
export const PERSON_AFTER = new Set(words('said says told added claimed stated explained warned insisted denied vowed'));

/** "US-led", "UN-brokered": the name is an actor there, not a location. */
export const ACTOR_SUFFIX = /^[-‐‑–](?:led|backed|brokered|allied|affiliated|sponsored|supported|aligned|funded|trained|armed)\b/i;

/** Words right after a name that make it a first-level division. */
export const DIVISION_AFTER = new Set(words('province provinces governorate governorates region state oblast wilayah wilaya muhafazah countryside'));

/** Words before a name that make an unknown or small place likely (a cue). */
export const CUE_BEFORE = new Set(
  words(`in near at from outside of around into toward towards to via through across inside
  village town city hamlet district neighbourhood neighborhood camp province governorate suburb suburbs outskirts`),
);

/** Cue nouns of the unknown-place patterns, with the place type they give. */
export const CUE_TYPES: Record<string, import('../types').PlaceType> = {
  town: 'town', village: 'village', city: 'city', hamlet: 'village', district: 'district', neighbourhood: 'district',
  neighborhood: 'district', suburb: 'district', quarter: 'district', camp: 'camp', province: 'admin1',
  governorate: 'admin1', region: 'admin1', oblast: 'admin1', area: 'place', locality: 'place', settlement: 'village',
  countryside: 'place', crossing: 'site', airport: 'site', airbase: 'site', base: 'site', commune: 'district', municipality: 'town',
};

/** Words that never start or end an unknown place name found by cue. */
export const NOT_A_NAME = new Set(
  words(`The A An This That Its His Her Their Our Syrian Iraqi Libyan Kurdish Turkish Russian Iranian
  Israeli Palestinian Lebanese Yemeni Afghan Islamic State Army Front Forces Council Government Regime
  Coalition North South East West Northern Southern Eastern Western Central Upper Lower Greater Old New
  Rebel Rebels Opposition Jihadist Government-held Rebel-held Regime-held Daesh-held
  In On From Near To Into Inside Outside Across For With By After Before During Since Under Over Around
  Along Between Beyond Toward Towards Through Throughout Within Among Amid Against Despite And But Or
  Then When While Meanwhile Also Both Some Many Most All Every Each`),
);

export const isDash = (c: number) => c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013;

// Articles of up to three letters, as numbers built from their char codes (no string needed to test a word):
// 7 bits a character when all are ASCII (a small integer), else 16 (see code()).
const SHORT = [...ARTICLES].filter((a) => a.length <= 3);
const SHORT_ASCII = new Set(SHORT.filter((a) => /^[\x00-\x7f]+$/.test(a)).map((a) => asciiCode(a, 0, a.length)));
const SHORT_OTHER = new Set(SHORT.filter((a) => !/^[\x00-\x7f]+$/.test(a)).map((a) => code(a, 0, a.length)));

function code(s: string, from: number, to: number): number {
  let x = 0;
  for (let k = from; k < to; k++) x = x * 65536 + s.charCodeAt(k);
  return x;
}

/** code() for ASCII text; -1 when a character is not ASCII. */
function asciiCode(s: string, from: number, to: number): number {
  let x = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return -1;
    x = (x << 7) | c;
  }
  return x;
}

/** True when text[start, end) is an article word of up to three letters, exactly as written ("al", not "Al"). */
export function articleCode(text: string, start: number, end: number): boolean {
  if (end - start > 3) return false;
  const x = asciiCode(text, start, end);
  return x >= 0 ? SHORT_ASCII.has(x) : SHORT_OTHER.has(code(text, start, end));
}

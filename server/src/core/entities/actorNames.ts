import type { ActorType } from '../types';
import { ActorTokens, CAP, commaGap, DIGIT, POSS, UPPER } from './actorTokens';
import { words } from './actorHash';

/**
 * Names not in the dictionary, found by cues: a capitalised run is a person when a title precedes
 * it ("local activist Imad al-Hourani") or a speech verb follows it ("..., Nasr al-Hariri, spoke"),
 * and an organisation when it ends in an organisation word ("... Military Council").
 */

export interface NameFound {
  /** Token range [i, j). */
  i: number;
  j: number;
  type: ActorType;
}

/** Demonyms and country names, stripped from the front of a person. */
export type CountryWord = (t: ActorTokens, k: number) => boolean;

// Lower-case name particles inside Arabic, Dutch, French and other names.
const PARTICLES = words('al el bin ibn bint abu abd abdel abdul ben bou ould ag de di da du van von der den la le dos das del');
// Role titles before a name (not part of its span): a cue that a person follows.
const TITLES = words(
  ('president minister premier commander spokesman spokeswoman spokesperson activist activists director envoy head chief leader governor ' +
    'general gen colonel col major maj captain capt lieutenant lt sergeant sgt brigadier admiral dr mr mrs ms secretary ambassador king ' +
    'prince emir correspondent analyst researcher official resident journalist reporter mayor senator chairman chairwoman member ' +
    'founder cleric imam coordinator representative negotiator mufti judge lawyer doctor witness fighter medic nurse photographer ' +
    'defector expert professor prof diplomat counterpart mediator marshal ayatollah mullah sultan sayyed sheikh shaykh brig ' +
    'woman man boy girl mother father son daughter wife husband brother sister farmer teacher student driver shepherd ' +
    'widow widower vendor merchant trader refugee survivor mechanic'),
);
// Words that qualify a title ("Defence Minister", "former head"): stripped, but no cue on their own.
const MODIFIERS = words('grand deputy foreign defence defense interior prime vice first former late slain acting self-styled field local senior top rebel militant');
// Capitalised words that name things, not people ("Press Service", "Hospital").
const NOT_NAMES = words(
  ('press service services news agency office department ministry university hospital street road square airport base camp prison ' +
    'mosque church school city province district valley river mountain mountains desert bridge dam gate market photo video image ' +
    'images ap afp reuters getty file handout twitter facebook telegram youtube war battle operation offensive day week year'),
);
const SPEECH = words(
  ('said says told tells added adds claimed claims stated noted explained insisted vowed warned announced urged denied confirmed wrote ' +
    'tweeted declared stressed argued spoke dismissed accused described criticised criticized called asked replied commented ' +
    'acknowledged admitted threatened pledged promised met visited recalled estimated reported according reporting ordered'),
);
// Capitalised words that begin sentences or headlines but never a name.
const COMMON = words(
  ('the a an in on at of for to from by with and or but as if when while after before since during despite although though however ' +
    'this that these those there here it its he she they we i you his her their our my your who what which where why how ' +
    'meanwhile also earlier later recently now then today yesterday tomorrow last next some many most several all both each every no not ' +
    'more less other another such only even just still yet so than once about around near over under between among against into onto ' +
    'inside outside across along through throughout toward towards up down off out back away per via amid amidst following ' +
    'according local former new old first second third top senior security state government opposition rebel rebels regime army ' +
    'forces troops fighters militants jihadists activists officials residents sources witnesses police militia militias people ' +
    'civilians children women men islamist islamic jihadist sunni shiite shia kurdish arab western eastern northern southern central ' +
    'north south east west breaking update updated related read more photo video file caption reporting editing writing ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october ' +
    'november december mr mrs ms dr said says according president minister prime general'),
);
const ARMED_HEADS = words('front army brigade brigades battalion battalions legion division regiment corps militia militias guard guards forces force movement group units unit');
const ARABIC_ARMED_HEADS = words('jaish jaysh liwa harakat harakat jabhat kataib kata\'ib saraya ansar ahrar faylaq failaq jund firqat alwiya asaib katibat tajamu');
const STATE_HEADS = words('ministry police gendarmerie');
const ORG_HEADS = words(
  ('council observatory committee party agency coalition organization organisation union association network institute commission ' +
    'foundation society centre center crescent office authority mission fund programme program assembly federation league court ' +
    'tribunal parliament directorate syndicate initiative watch cell command headquarters bureau secretariat coordinators'),
);
// Common words that open an organisation's name when a name word follows: "Security Media Cell".
const ORG_OPENERS = words('security state government opposition army islamic local central');
const MEDIA_HEADS = words('tv television radio times post herald gazette tribune journal news daily newspaper channel');
const RADIO = words('radio');
const MEDIA_CUES = words('website websites newspaper newspapers daily channel broadcaster outlet outlets agency');
const CONNECTORS = words('of for');
const CREDITS = words('reporting writing editing edited compiled');
const AFTER_NAME = words('the a an former local then also later has had have who is was');
const ARTICLES = words('the a an');

/** Scans capitalised runs outside `covered` token indices and returns cued names. */
export function findNames(t: ActorTokens, covered: Uint8Array, isCountryWord: CountryWord): readonly NameFound[] {
  // Made on the first name (most paragraphs have none).
  let out: NameFound[] | undefined;
  const n = t.n;
  // Runs start at a capital or a digit: only those tokens are visited.
  for (let x = 0; x < t.leadCount; x++) {
    const i = t.leads[x];
    if (covered[i] || !(isNameWord(t, i) || numberedUnit(t, i))) continue;
    // Grow the run: capitalised words and particles, joined by spaces or hyphens, plus "of"/"for" after an organisation word.
    let j = i + 1;
    while (j < n && !covered[j] && t.joinable(j) && !(t.flags[j - 1] & POSS)) {
      if (isNameWord(t, j) || numberedUnit(t, j) || (PARTICLES.text(t, j) && j + 1 < n && isNameWord(t, j + 1))) j++;
      else if (CONNECTORS.text(t, j) && isHead(t, j - 1) && j + 1 < n && (isNameWord(t, j + 1) || (isThe(t, j + 1) && j + 2 < n && isNameWord(t, j + 2)))) j += isThe(t, j + 1) ? 2 : 1;
      else break;
    }
    // "Assistance Mission for" before a name already matched ("Iraq"): the run ends at its last name word.
    while (j - 1 > i && (CONNECTORS.text(t, j - 1) || isThe(t, j - 1))) j--;
    // A lone capitalised word is a name only after a media cue ("news website Enab").
    const found = j - i > 1 || (i > 0 && MEDIA_CUES.fold(t, i - 1)) ? classify(t, i, j, isCountryWord) : undefined;
    if (found) (out ??= []).push(found);
    while (x + 1 < t.leadCount && t.leads[x + 1] < j) x++;
  }
  return out ?? NONE;
}

const NONE: readonly NameFound[] = [];

function isThe(t: ActorTokens, k: number): boolean {
  return !(t.flags[k] & POSS) && t.keyEquals(k, 'the', false);
}

/** "444th Brigade", "Division 13": a number next to a unit word is part of the unit's name. */
function numberedUnit(t: ActorTokens, k: number): boolean {
  if (!(t.flags[k] & DIGIT)) return false;
  // The unit word first: most numbers have none, and the pattern needs the token's string.
  const before = k > 0 && t.joinable(k) && t.flags[k - 1] & CAP && ARMED_HEADS.fold(t, k - 1);
  const after = k + 1 < t.n && t.joinable(k + 1) && t.flags[k + 1] & CAP && ARMED_HEADS.fold(t, k + 1);
  return (!!before || !!after) && /^\d+(?:st|nd|rd|th)?$/.test(t.text(k));
}

function isNameWord(t: ActorTokens, k: number): boolean {
  const f = t.flags[k];
  if (!(f & CAP)) return false;
  // All-capital words longer than one letter are acronyms or shouting headlines, not names.
  return !(f & UPPER && !(f & POSS) && t.textLength(k) > 1);
}

function isHead(t: ActorTokens, k: number): boolean {
  return ARMED_HEADS.fold(t, k) || ORG_HEADS.fold(t, k) || STATE_HEADS.fold(t, k);
}

function hasDigit(t: ActorTokens, k: number): boolean {
  // The token's text in place (dotted initials have no digit either way).
  for (let i = t.start[k]; i < t.end[k]; i++) if (t.code[i] >= 48 && t.code[i] <= 57) return true;
  return false;
}

function classify(t: ActorTokens, i: number, j: number, isCountryWord: CountryWord): NameFound | undefined {
  // Organisation: ends in an organisation word (or one before "of"/"for"), or starts with an Arabic group word.
  let digits = false;
  for (let k = i; k < j; k++) if (t.flags[k] & DIGIT) digits = true;
  if (digits) for (let k = i; k < j; k++) if (ARMED_HEADS.fold(t, k)) return { i, j, type: 'armed-group' };
  let a = i;
  while (a < j && (COMMON.fold(t, a) || TITLES.fold(t, a))) a++;
  let head = -1;
  if (j - a >= 2) for (let k = j - 1; k > a; k--) if (isHead(t, k) || MEDIA_HEADS.fold(t, k)) { head = k; break; }
  // "Radio Dabanga", "Radio Free Europe": the outlet word first.
  if (head < 0 && j - a >= 2 && RADIO.fold(t, a)) return { i: a, j, type: 'media' };
  const arabic = j - a >= 2 && ARABIC_ARMED_HEADS.fold(t, a);
  // An organisation needs a head word or an Arabic group word (most runs are people and have neither).
  if (head >= 0 || arabic) {
    let kept = 0;
    let firstKept = -1;
    let substantive = false;
    for (let k = a; k < j; k++) {
      if (PARTICLES.text(t, k) || CONNECTORS.text(t, k) || isThe(t, k)) continue;
      if (kept++ === 0) firstKept = k;
      substantive ||= k !== head && t.textLength(k) > 2 && !COMMON.fold(t, k) && !isCountryWord(t, k);
    }
    if (substantive) {
      let type: ActorType = 'organisation';
      if (arabic || (head >= 0 && ARMED_HEADS.fold(t, head))) type = 'armed-group';
      if (head >= 0 && STATE_HEADS.fold(t, head)) type = 'state-force';
      if (head >= 0 && MEDIA_HEADS.fold(t, head)) type = 'media';
      if (head >= 0 && (t.fold(head) === 'forces' || t.fold(head) === 'army') && kept === 2 && isCountryWord(t, firstKept)) type = 'state-force';
      let o = a;
      while (o > i && ORG_OPENERS.fold(t, o - 1)) o--;
      return { i: o, j, type };
    }
  }
  // Media named after a cue word: "news websites The Address".
  const before = i > 0 && !t.breakBetween(i - 1, i) ? i - 1 : -1;
  if (before >= 0 && MEDIA_CUES.fold(t, before) && j - a >= 1 && !isCountryWord(t, a)) return { i: a, j, type: 'media' };
  // Person: two to five name words after titles, demonyms and sentence openers are stripped.
  let p = i;
  // "Kharkiv Mayor Ihor Terekhov": the name starts after the run's last title.
  for (let k = j - 3; k >= i; k--) if (TITLES.fold(t, k)) { p = k + 1; break; }
  while (p < j && (COMMON.fold(t, p) || TITLES.fold(t, p) || MODIFIERS.fold(t, p) || isCountryWord(t, p) || PARTICLES.text(t, p))) p++;
  let q = j;
  while (q > p && PARTICLES.text(t, q - 1)) q--;
  let names = 0;
  // After a title in the run a common word inside the name is part of it: "Prime Minister Mohammed Shia al-Sudani".
  const titled = p > i && TITLES.fold(t, p - 1);
  for (let k = p; k < q; k++) {
    if (PARTICLES.text(t, k)) continue;
    names++;
    const inner = titled && k > p && k < q - 1;
    if ((COMMON.fold(t, k) && !inner) || TITLES.fold(t, k) || MODIFIERS.fold(t, k) || NOT_NAMES.fold(t, k) || isCountryWord(t, k) || hasDigit(t, k)) return undefined;
  }
  if (names < 2 || names > 5) return undefined;
  return personCue(t, i, p, q) ? { i: p, j: q, type: 'person' } : undefined;
}

/** A title before the name, a speech verb after it (past an appositive), or "according to" / "said" before it. */
function personCue(t: ActorTokens, runStart: number, p: number, q: number): boolean {
  // Title inside the run ("President Bashar al-Assad") or just before it ("local activist Imad al-Hourani").
  for (let k = runStart; k < p; k++) if (TITLES.fold(t, k)) return true;
  for (let k = p - 1, n = 0; k >= 0 && n < 3 && !t.breakBetween(k, k + 1); k--, n++) {
    // "(Reporting by Lina Sabbagh; Editing by …)": a wire credit names its journalists, no actors.
    if (CREDITS.fold(t, k) && k + 1 < p && t.keyEquals(k + 1, 'by', true)) return false;
    if (TITLES.fold(t, k) || SPEECH.fold(t, k)) return true;
    if (t.keyEquals(k, 'to', true) && k > 0 && t.keyEquals(k - 1, 'according', true)) return true;
    // ", a member of the opposition Syrian National Coalition (SNC), Nasr al-Hariri": a title earlier in the clause.
    if (n === 0 && t.src.lastIndexOf(',', t.start[p] - 1) >= t.end[k] && /,\s*$/.test(t.src.slice(t.end[k], t.start[p]))) {
      for (let m = k, c = 0; m >= 0 && c < 10 && !t.breakBetween(m, m + 1); m--, c++) if (TITLES.fold(t, m)) return true;
    }
  }
  // After: "Hourani said", "Marianne Gasser, the head of ...", "Nasr al-Hariri, spoke".
  let k = q;
  for (let n = 0; k < t.n && n < 3 && !t.breakBetween(k - 1, k); k++, n++) {
    if (SPEECH.fold(t, k) || TITLES.fold(t, k)) return true;
    if (!AFTER_NAME.fold(t, k)) break;
  }
  // An appositive that opens with its title: "Abdulkarim al-Sharabi, deputy head of the health office".
  if (k === q && q < t.n && commaGap(t.src, t.end[q - 1], t.start[q])) {
    let m = q;
    while (m < q + 2 && m < t.n && MODIFIERS.fold(t, m)) m++;
    if (m < t.n && TITLES.fold(t, m) && !t.breakBetween(m - 1, m)) return true;
  }
  // An appositive reaching its title past a few qualifiers: "Moammar Al-Eryani, the Yemeni information minister".
  if (k > q && ARTICLES.fold(t, k - 1)) {
    // An age first: "Umm Khaled, a 38-year-old widow".
    if (k + 2 < t.n && t.flags[k] & DIGIT && t.keyEquals(k + 1, 'year', true) && t.keyEquals(k + 2, 'old', true)) k += 3;
    for (let n = 0; k < t.n && n < 4 && !t.breakBetween(k - 1, k); k++, n++) {
      if (TITLES.fold(t, k)) return true;
      if (COMMON.fold(t, k)) break;
    }
  }
  return false;
}

export { PARTICLES };

/** Whether token k is a role title or its qualifier ("Minister", "Prime", "spokesman"). */
export function isTitleWord(t: ActorTokens, k: number): boolean {
  return TITLES.fold(t, k) || MODIFIERS.fold(t, k);
}

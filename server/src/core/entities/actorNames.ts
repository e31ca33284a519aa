import type { ActorType } from '../types';
import { ActorTokens, CAP, commaGap, DIGIT, POSS, UPPER } from './actorTokens';
import { AFTER_NAME, ARABIC_ARMED_HEADS, ARMED_HEADS, ARTICLES, COMMON, CONNECTORS, CREDITS, MEDIA_CUES, NEWS_WORDS, OUTLET_HEADS, PLACE_AFTER, PLACE_PREPOSITIONS } from './actorNameWords';
import { AGED_THINGS, GROUP_KINDS, GROUP_NOUNS, LED, MEDIA_HEADS, MODIFIERS, NOT_NAMES, ORG_HEADS, ORG_OPENERS, PARTICLES, PLURAL_TITLES, RADIO, SPEECH, STATE_HEADS, TITLES } from './actorNameWords';

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
    const found = j - i > 1 || (i > 0 && MEDIA_CUES.fold(t, i - 1)) ? classify(t, i, j, isCountryWord) : armedBefore(t, i, j, isCountryWord);
    // "Yemen Data Project", "Libya Observer": a body named after a country already matched takes it in.
    if (found && found.i === i && found.type !== 'person' && i > 0 && covered[i - 1] && t.joinable(i) && !(t.flags[i - 1] & POSS) && isCountryWord(t, i - 1)) found.i = i - 1;
    if (found) (out ??= []).push(found);
    while (x + 1 < t.leadCount && t.leads[x + 1] < j) x++;
  }
  return out ?? NONE;
}

const NONE: readonly NameFound[] = [];

/** "the Fastaqim rebel group", "the Hamza faction": one name word before a lower-case group noun. */
function armedBefore(t: ActorTokens, i: number, j: number, isCountryWord: CountryWord): NameFound | undefined {
  if (i === 0 || !isThe(t, i - 1) || COMMON.fold(t, i) || isCountryWord(t, i) || t.textLength(i) < 4) return undefined;
  let k = j;
  if (k < t.n && !(t.flags[k] & CAP) && GROUP_KINDS.fold(t, k) && t.joinable(k)) k++;
  return k < t.n && !(t.flags[k] & CAP) && t.joinable(k) && GROUP_NOUNS.fold(t, k) ? { i, j, type: 'armed-group' } : undefined;
}

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
      // "Shaam News Network", "Aleppo Media Centre": an organisation of news is an outlet (not "Security Media Cell").
      else if (type === 'organisation' && head >= 0 && OUTLET_HEADS.fold(t, head)) for (let k = a; k < j; k++) if (NEWS_WORDS.fold(t, k)) type = 'media';
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
  // After a title a common word inside the name is part of it: "Prime Minister Mohammed Shia al-Sudani".
  const titled = p > 0 && TITLES.fold(t, p - 1) && !t.breakBetween(p - 1, p);
  for (let k = p; k < q; k++) {
    if (PARTICLES.text(t, k)) continue;
    names++;
    const inner = titled && k > p && k < q - 1;
    // (A title word is a name inside a titled run, or glued to an article: "Jihan Sheikh Ahmed", "Mahmoud al-Sheikh".)
    const named = inner || (k > p && PARTICLES.text(t, k - 1) && t.start[k] - t.end[k - 1] === 1);
    if ((COMMON.fold(t, k) && !inner) || (TITLES.fold(t, k) && !named) || MODIFIERS.fold(t, k) || NOT_NAMES.fold(t, k) || isCountryWord(t, k) || hasDigit(t, k)) return undefined;
  }
  if (names < 2 || names > 5) return undefined;
  // "Ahmed & Sons": a firm, not a person.
  for (let k = p + 1; k < q; k++) if (t.src.charCodeAt(t.start[k] - 2) === 38) return undefined;
  return personCue(t, i, p, q) ? { i: p, j: q, type: 'person' } : undefined;
}

/** A title before the name, a speech verb after it (past an appositive), or "according to" / "said" before it. */
function personCue(t: ActorTokens, runStart: number, p: number, q: number): boolean {
  // Title inside the run ("President Bashar al-Assad") or just before it ("local activist Imad al-Hourani").
  for (let k = runStart; k < p; k++) if (TITLES.fold(t, k)) return true;
  // A name with a place noun after it, or after a place preposition, is a place: "a teacher in the Tariq
  // al-Sadd area", "a farmer from Al-Hawayij, said".
  if (q < t.n && !t.breakBetween(q - 1, q) && PLACE_AFTER.fold(t, q)) return false;
  const at = p > 0 && isThe(t, p - 1) ? p - 2 : p - 1;
  if (at >= 0 && !t.breakBetween(at, p) && PLACE_PREPOSITIONS.fold(t, at)) return false;
  for (let k = p - 1, n = 0; k >= 0 && n < 3 && !t.breakBetween(k, k + 1); k--, n++) {
    // "(Reporting by Lina Sabbagh; Editing by …)": a wire credit names its journalists, no actors.
    if (CREDITS.fold(t, k) && k + 1 < p && t.keyEquals(k + 1, 'by', true)) return false;
    // "a leader identified as Abu Dujana al-Tunisi".
    if (n === 0 && k > 0 && t.keyEquals(k, 'as', true) && t.keyEquals(k - 1, 'identified', true)) return true;
    // "a resident who gave his name as Abu Omar".
    if (n === 0 && k > 0 && t.keyEquals(k, 'as', true) && t.keyEquals(k - 1, 'name', true)) return true;
    // (A speech verb only right before the name: "said Ahmed Younis", not "said camps at Amiriyat al-Fallujah".)
    if (TITLES.fold(t, k) || (n === 0 && SPEECH.fold(t, k))) return true;
    // "the brigade, led by Ahmad al-Awda": a leader named after "led by".
    if (n === 0 && k > 0 && t.keyEquals(k, 'by', true) && LED.fold(t, k - 1)) return true;
    if (t.keyEquals(k, 'to', true) && k > 0 && t.keyEquals(k - 1, 'according', true)) return true;
    // ", a member of the opposition Syrian National Coalition (SNC), Nasr al-Hariri": a title earlier in the clause.
    if (n === 0 && t.src.lastIndexOf(',', t.start[p] - 1) >= t.end[k] && /,\s*$/.test(t.src.slice(t.end[k], t.start[p]))) {
      for (let m = k, c = 0; m >= 0 && c < 10 && !t.breakBetween(m, m + 1); m--, c++) if (TITLES.fold(t, m) || PLURAL_TITLES.fold(t, m)) return true;
    }
  }
  // A relative clause for a person: "Ahmad Darwish, who has searched for his brother".
  if (q < t.n && commaGap(t.src, t.end[q - 1], t.start[q]) && t.keyEquals(q, 'who', true)) return true;
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
  // (The article may come before a qualifier the loop above passed: "Ahmad al-Awda, the former rebel commander".)
  if (k > q && (ARTICLES.fold(t, k - 1) || (k - 2 >= q && ARTICLES.fold(t, k - 2)))) {
    // An age first: "Umm Khaled, a 38-year-old widow"; an age alone says a person ("Hevrin Khalaf, a
    // 35-year-old Kurdish politician"), unless a place noun follows ("a 2,000-year-old city").
    if (k + 2 < t.n && t.flags[k] & DIGIT && t.keyEquals(k + 1, 'year', true) && t.keyEquals(k + 2, 'old', true)) {
      k += 3;
      if (!AGED_THINGS.fold(t, k)) return true;
    }
    // (An owner may come first: "Federica Mogherini, the European Union's foreign policy chief".)
    for (let n = 0; k < t.n && n < 6 && !t.breakBetween(k - 1, k); k++, n++) {
      if (TITLES.fold(t, k)) return true;
      if (COMMON.fold(t, k) && !MODIFIERS.fold(t, k) && !(t.flags[k] & CAP)) break; // ("a senior intelligence official"; "a prominent Kurdish businessman")
    }
  }
  return false;
}

export { PARTICLES };

/** Whether token k is a role title or its qualifier ("Minister", "Prime", "spokesman"). */
export function isTitleWord(t: ActorTokens, k: number): boolean {
  return TITLES.fold(t, k) || MODIFIERS.fold(t, k);
}

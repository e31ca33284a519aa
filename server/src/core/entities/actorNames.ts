import type { ActorType } from '../types';
import type { ActorToken } from './actorTokens';
import { sentenceBreak } from './actorTokens';
import { joinable } from '../text/tokens';

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

// Lower-case name particles inside Arabic, Dutch, French and other names.
const PARTICLES = new Set('al el bin ibn bint abu abd abdel abdul ben bou ould ag de di da du van von der den la le dos das del'.split(' '));
// Role titles before a name (not part of its span): a cue that a person follows.
const TITLES = new Set(
  ('president minister premier commander spokesman spokeswoman spokesperson activist activists director envoy head chief leader governor ' +
    'general gen colonel col major maj captain capt lieutenant lt sergeant sgt brigadier admiral dr mr mrs ms secretary ambassador king ' +
    'prince emir correspondent analyst researcher official resident journalist reporter mayor senator chairman chairwoman member ' +
    'founder cleric imam coordinator representative negotiator mufti judge lawyer doctor witness fighter medic nurse photographer ' +
    'defector expert professor prof diplomat counterpart mediator marshal ayatollah mullah sultan sayyed').split(' '),
);
// Words that qualify a title ("Defence Minister", "former head"): stripped, but no cue on their own.
const MODIFIERS = new Set('deputy foreign defence defense interior prime vice first former late slain acting self-styled field local senior top rebel militant'.split(' '));
// Capitalised words that name things, not people ("Press Service", "Hospital").
const NOT_NAMES = new Set(
  ('press service services news agency office department ministry university hospital street road square airport base camp prison ' +
    'mosque church school city province district valley river mountain mountains desert bridge dam gate market photo video image ' +
    'images ap afp reuters getty file handout twitter facebook telegram youtube war battle operation offensive day week year').split(' '),
);
const SPEECH = new Set(
  ('said says told tells added adds claimed claims stated noted explained insisted vowed warned announced urged denied confirmed wrote ' +
    'tweeted declared stressed argued spoke dismissed accused described criticised criticized called asked replied commented ' +
    'acknowledged admitted threatened pledged promised met visited recalled estimated reported according').split(' '),
);
// Capitalised words that begin sentences or headlines but never a name.
const COMMON = new Set(
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
    'november december mr mrs ms dr said says according president minister prime general').split(' '),
);
const ARMED_HEADS = new Set('front army brigade brigades battalion battalions legion division regiment corps militia militias guard guards forces force movement group units unit'.split(' '));
const ARABIC_ARMED_HEADS = new Set('jaish jaysh liwa harakat harakat jabhat kataib kata\'ib saraya ansar ahrar faylaq failaq jund firqat alwiya asaib katibat tajamu'.split(' '));
const STATE_HEADS = new Set('ministry police gendarmerie'.split(' '));
const ORG_HEADS = new Set(
  ('council observatory committee party agency coalition organization organisation union association network institute commission ' +
    'foundation society centre center crescent office authority mission fund programme program assembly federation league court ' +
    'tribunal parliament directorate syndicate initiative watch').split(' '),
);
const MEDIA_HEADS = new Set('tv television radio times post herald gazette tribune journal news daily newspaper channel'.split(' '));
const MEDIA_CUES = new Set('website websites newspaper newspapers daily channel broadcaster outlet outlets agency'.split(' '));
const CONNECTORS = new Set(['of', 'for']);

/**
 * Scans capitalised runs outside `covered` token indices and returns cued names.
 * `isCountryWord` tells demonyms and country names, which are stripped from the front of a person.
 */
export function findNames(text: string, toks: ActorToken[], covered: Uint8Array, isCountryWord: (t: ActorToken) => boolean): NameFound[] {
  const out: NameFound[] = [];
  let i = 0;
  while (i < toks.length) {
    if (covered[i] || !(isNameWord(toks[i]) || numberedUnit(text, toks, i))) {
      i++;
      continue;
    }
    // Grow the run: capitalised words and particles, joined by spaces or hyphens, plus "of"/"for" after an organisation word.
    let j = i + 1;
    while (j < toks.length && !covered[j] && joinable(text, toks[j - 1], toks[j]) && !toks[j - 1].possessive) {
      const t = toks[j];
      if (isNameWord(t) || numberedUnit(text, toks, j) || (PARTICLES.has(t.text) && j + 1 < toks.length && isNameWord(toks[j + 1]))) j++;
      else if (CONNECTORS.has(t.text) && isHead(toks[j - 1]) && j + 1 < toks.length && (isNameWord(toks[j + 1]) || (toks[j + 1].text === 'the' && j + 2 < toks.length && isNameWord(toks[j + 2])))) j += toks[j + 1].text === 'the' ? 2 : 1;
      else break;
    }
    // A lone capitalised word is a name only after a media cue ("news website Enab").
    const found = j - i > 1 || (i > 0 && MEDIA_CUES.has(toks[i - 1].fold)) ? classify(text, toks, i, j, isCountryWord) : undefined;
    if (found) out.push(found);
    i = j;
  }
  return out;
}

/** "444th Brigade", "Division 13": a number next to a unit word is part of the unit's name. */
function numberedUnit(text: string, toks: ActorToken[], k: number): boolean {
  if (!/^\d+(?:st|nd|rd|th)?$/.test(toks[k].text)) return false;
  const before = k > 0 && joinable(text, toks[k - 1], toks[k]) && toks[k - 1].capitalised && ARMED_HEADS.has(toks[k - 1].fold);
  const after = k + 1 < toks.length && joinable(text, toks[k], toks[k + 1]) && toks[k + 1].capitalised && ARMED_HEADS.has(toks[k + 1].fold);
  return before || after;
}

function isNameWord(t: ActorToken): boolean {
  if (!t.capitalised) return false;
  // All-capital words longer than one letter are acronyms or shouting headlines, not names.
  return !(t.text.length > 1 && t.text === t.text.toUpperCase());
}

function isHead(t: ActorToken): boolean {
  return ARMED_HEADS.has(t.fold) || ORG_HEADS.has(t.fold) || STATE_HEADS.has(t.fold);
}

function classify(text: string, toks: ActorToken[], i: number, j: number, isCountryWord: (t: ActorToken) => boolean): NameFound | undefined {
  // Organisation: ends in an organisation word (or one before "of"/"for"), or starts with an Arabic group word.
  if (toks.slice(i, j).some((t) => /^\d/.test(t.text))) {
    const head = toks.slice(i, j).find((t) => ARMED_HEADS.has(t.fold));
    if (head) return { i, j, type: 'armed-group' };
  }
  let a = i;
  while (a < j && (COMMON.has(toks[a].fold) || TITLES.has(toks[a].fold))) a++;
  if (j - a >= 2) {
    let head: ActorToken | undefined;
    for (let k = j - 1; k > a; k--) if (isHead(toks[k]) || MEDIA_HEADS.has(toks[k].fold)) { head = toks[k]; break; }
    const arabic = ARABIC_ARMED_HEADS.has(toks[a].fold);
    const words = toks.slice(a, j).filter((t) => !PARTICLES.has(t.text) && !CONNECTORS.has(t.text) && t.text !== 'the');
    const substantive = words.some((t) => t !== head && t.text.length > 2 && !COMMON.has(t.fold) && !isCountryWord(t));
    if ((head || arabic) && substantive) {
      let type: ActorType = 'organisation';
      if (arabic || (head && ARMED_HEADS.has(head.fold))) type = 'armed-group';
      if (head && STATE_HEADS.has(head.fold)) type = 'state-force';
      if (head && MEDIA_HEADS.has(head.fold)) type = 'media';
      if (head && (head.fold === 'forces' || head.fold === 'army') && words.length === 2 && isCountryWord(words[0])) type = 'state-force';
      return { i: a, j, type };
    }
  }
  // Media named after a cue word: "news websites The Address".
  const before = i > 0 && !sentenceBreak(text, toks[i - 1].end, toks[i].start) ? toks[i - 1] : undefined;
  if (before && MEDIA_CUES.has(before.fold) && j - a >= 1 && !isCountryWord(toks[a])) return { i: a, j, type: 'media' };
  // Person: two to five name words after titles, demonyms and sentence openers are stripped.
  let p = i;
  while (p < j && (COMMON.has(toks[p].fold) || TITLES.has(toks[p].fold) || MODIFIERS.has(toks[p].fold) || isCountryWord(toks[p]) || PARTICLES.has(toks[p].text))) p++;
  let q = j;
  while (q > p && PARTICLES.has(toks[q - 1].text)) q--;
  const names = toks.slice(p, q).filter((t) => !PARTICLES.has(t.text));
  if (names.length < 2 || names.length > 5) return undefined;
  if (names.some((t) => COMMON.has(t.fold) || TITLES.has(t.fold) || MODIFIERS.has(t.fold) || NOT_NAMES.has(t.fold) || isCountryWord(t) || /\d/.test(t.text))) return undefined;
  return personCue(text, toks, i, p, q) ? { i: p, j: q, type: 'person' } : undefined;
}

/** A title before the name, a speech verb after it (past an appositive), or "according to" / "said" before it. */
function personCue(text: string, toks: ActorToken[], runStart: number, p: number, q: number): boolean {
  // Title inside the run ("President Bashar al-Assad") or just before it ("local activist Imad al-Hourani").
  for (let k = runStart; k < p; k++) if (TITLES.has(toks[k].fold)) return true;
  const sameSentence = (a: number, b: number) => !sentenceBreak(text, toks[a].end, toks[b].start);
  for (let k = p - 1, n = 0; k >= 0 && n < 3 && sameSentence(k, k + 1); k--, n++) {
    if (TITLES.has(toks[k].fold) || SPEECH.has(toks[k].fold)) return true;
    if (toks[k].fold === 'to' && k > 0 && toks[k - 1].fold === 'according') return true;
    // ", a member of the opposition Syrian National Coalition (SNC), Nasr al-Hariri": a title earlier in the clause.
    if (n === 0 && /,\s*$/.test(text.slice(toks[k].end, toks[p].start))) {
      for (let m = k, c = 0; m >= 0 && c < 10 && sameSentence(m, m + 1); m--, c++) if (TITLES.has(toks[m].fold)) return true;
    }
  }
  // After: "Hourani said", "Marianne Gasser, the head of ...", "Nasr al-Hariri, spoke".
  for (let k = q, n = 0; k < toks.length && n < 3 && sameSentence(k - 1, k); k++, n++) {
    const f = toks[k].fold;
    if (SPEECH.has(f) || TITLES.has(f)) return true;
    if (!/^(the|a|an|former|local|then|also|later|has|had|have|who|is|was)$/.test(f)) break;
  }
  return false;
}

/**
 * Surname keys of a full name, for later mentions: "Imad al-Hourani" → "hourani";
 * "Rami Abdel Rahman" → "abdel rahman", "rahman".
 */
export function surnameKeys(nameToks: ActorToken[]): string[] {
  const words = nameToks.filter((t) => !PARTICLES.has(t.text));
  if (words.length < 2) return [];
  const last = words[words.length - 1];
  const keys = [last.fold];
  const idx = nameToks.indexOf(last);
  const before = nameToks[idx - 1];
  if (idx >= 2 && before && /^(abdel|abdul|abd|abu|bin|ibn|de|el|al|ben|van|von)$/i.test(before.text) && words.length >= 2) keys.unshift(`${before.fold} ${last.fold}`);
  return keys;
}

export { PARTICLES };

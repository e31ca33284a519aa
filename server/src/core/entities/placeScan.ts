import type { Place } from './placeTypes';
import { WordBuffer, capitalisedAt, joinableGap, nameGap } from '../text/tokens';
import type { PlaceIndex } from './gazetteer';
import { dominantCountry } from './placeContext';
import { filterBySpelling, filterWord } from './placeFuzzy';
import { ACTOR_SUFFIX, STOP, articleCode, isDash } from './placeWords';
import { CUE_NOUN_WORD, CUE_WORD, DIVISION_OF_WORD, DIVISION_WORD, NO_WORD, PERSON_AFTER_WORD, PERSON_BEFORE_WORD, ParagraphWords, type WordInfo } from './placeWordInfo';
import { KeyWalk, lookup, lookupExact } from './placeKeys';

/** A gazetteer match before disambiguation; offsets are relative to its paragraph. */
export interface Candidate {
  start: number;
  end: number;
  places: Place[];
  key: string;
  /** A weak cue precedes it ("in", "near", "village of"…). */
  cue: boolean;
  /** A strong cue: "the village of X", "X province". */
  strongCue: boolean;
  /** A division cue: "X province", "the province of X". */
  division: boolean;
  /** One name word only (articles aside). */
  single: boolean;
  /** That word in lower case, possessive stripped (for the stoplist). */
  word: string;
  /** The country the mention surely points to (see dominantCountry). */
  cc?: string;
  /** A given name or title precedes it ("Bashar al-Assad", "President Assad"): never a place. */
  person: boolean;
  /** Neighbouring words look like a person name ("Rami Abdel Rahman", "Khatib said"): only major places stay. */
  personish: boolean;
  /** Only a near transliteration of the place's spellings ("Idleb" for Idlib): kept only in the article's countries. */
  near?: boolean;
}

const words = new WordBuffer();
const infos = new ParagraphWords(words);
const walk = new KeyWalk();

/**
 * Scans one paragraph for gazetteer names (longest match first, left to right), appending
 * candidates and the countries of demonyms ("Libyan"). Returns the paragraph's words (a shared
 * buffer, valid until the next scan).
 */
export function scanNames(text: string, indexes: PlaceIndex[], out: Candidate[], evidence: string[]): WordBuffer {
  const n = words.scan(text);
  infos.reset(text);
  const S = words.starts;
  const E = words.ends;
  // A dateline or a label in capitals ("ADEN, Yemen", "GAZA CITY, Gaza Strip —", "IRAQ: …"): its short
  // words are no acronyms.
  const dateline = DATELINE_CAPS.exec(text)?.[0].length ?? 0;
  for (let i = 0; i < n; i++) {
    const s = S[i];
    const c0 = text.charCodeAt(s);
    if (c0 < 65 || (c0 > 90 && c0 < 97) || (c0 > 122 && c0 < 192)) continue; // digits and symbols start no name
    // A lower-case ASCII word starts no name unless it is an article ("al-Raqqa"); tested on char codes.
    if (c0 >= 97 && c0 <= 122 && !articleCode(text, s, E[i])) continue;
    const capital = c0 <= 90 || (c0 >= 192 && capitalisedAt(text, s));
    if (!capital && c0 >= 192) continue; // no article starts with a non-ASCII letter
    const w = infos.at(i);
    if (capital && w.dem) {
      evidence.push(w.dem);
      // A demonym starts no place, unless a longer name goes on from it ("Syrian Arab Republic").
      if (!(i + 1 < n && S[i + 1] === E[i] + 1 && capitalisedAt(text, S[i + 1]))) continue;
    }
    if (c0 <= 90 && E[i] - s <= 5) {
      const exact = lookupExact(indexes, w.text);
      if (exact && !actorSuffix(text, E[i])) {
        out.push(candidate(text, i, i, E[i], exact, `=${w.text}`, w));
        continue;
      }
    }
    if (w.article) {
      if (!(w.lower === 'al' || w.lower === 'el' || isDash(text.charCodeAt(E[i]))) || i + 1 >= n) continue;
    } else if (!capital) continue;
    walk.start(indexes);
    let lowerSeen = false;
    let bestJ = -1;
    let bestEnd = 0;
    let bestKey = '';
    let bestPlaces: Place[] | undefined;
    for (let j = i; j < n && j < i + 7; j++) {
      if (j > i && !joinableGap(text, E[j - 1], S[j])) break;
      const wj = j === i ? w : infos.at(j);
      // Acronyms (IS, UN, SDF) match only on exact case, above; not so a short word going on from a
      // longer one in capitals ("BURKINA FASO").
      if (wj.acronym && E[j] > dateline && !(j > i && w.text.length > 4 && w.text === w.text.toUpperCase())) break;
      const k = wj.fold;
      if (k === '') continue;
      if (j > i && !capitalisedAt(text, S[j])) lowerSeen = true;
      if (!walk.step(wj, lowerSeen)) {
        // ASCII text that lost its apostrophe: "Syrias" for "Syria's" (countries and capitals only:
        // "Ministers" must not become Monastir).
        if (wj.plural !== undefined) {
          const bare = walk.key + wj.plural;
          // Keys join words without a space: past the first word only a name of as many words may match
          // ("Nasiriyah was" is not Nasarawa).
          // (Spelled exactly as the place: "Francis" is no "France's".)
          const spelled = text.slice(s, E[j] - 1).toLowerCase();
          const ps = lookup(indexes, bare, false)?.filter((x) => (x.type === 'country' || x.population >= 1e6) && (j === i || /[\s-]/.test(x.name)) && (x.name.toLowerCase() === spelled || x.aliases.some((a) => a.toLowerCase() === spelled)));
          if (ps?.length) { bestJ = j; bestEnd = E[j] - 1; bestKey = bare; bestPlaces = ps; }
        }
        break;
      }
      walk.accept();
      const places = walk.places;
      if (places) { bestJ = j; bestEnd = S[j] + wj.stemLength; bestKey = walk.key; bestPlaces = places; }
      if (wj.stemLength !== wj.text.length) break;
    }
    if (!bestPlaces) continue;
    const kept = bestJ === i && bestEnd === s + w.stemLength ? filterWord(w, bestPlaces) : filterBySpelling(text.slice(s, bestEnd), w.lower, bestPlaces);
    if (!kept) continue; // a fold coincidence ("Photo" is not Fethiye): the next word may start a name
    // "Bab al-Tabbaneh": a name going on with an Arabic article is another, longer name.
    if (bestJ + 1 < n && S[bestJ + 1] === bestEnd + 1 && text.charCodeAt(bestEnd) === 32 && articleCode(text, S[bestJ + 1], E[bestJ + 1]) && isDash(text.charCodeAt(E[bestJ + 1]))) {
      i = bestJ;
      continue;
    }
    if (!actorSuffix(text, bestEnd)) {
      const c = candidate(text, i, bestJ, bestEnd, kept.places, bestKey, w);
      if (kept.near) c.near = true;
      out.push(c);
    }
    i = bestJ;
  }
  return words;
}

const DATELINE_CAPS = /^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*(?=\s*(?:,|\(|—|–|-|:))/;

/** A place's own officials after its name: "Homs Governor Talal Barazi" (the place stays a place). */
const OFFICE_AFTER = new Set(['governor', 'mayor', 'governorate']);

/** "US-led", "UN-brokered" right after `end`. */
function actorSuffix(text: string, end: number): boolean {
  return isDash(text.charCodeAt(end)) && ACTOR_SUFFIX.test(text.slice(end, end + 14));
}

function candidate(text: string, i: number, j: number, end: number, places: Place[], key: string, first: WordInfo): Candidate {
  const S = words.starts;
  const E = words.ends;
  const n = words.length;
  const prev1 = infoAt(i - 1);
  const prev2 = prev1.lower === 'of' ? infoAt(i - 2) : NO_WORD;
  const next = j + 1 < n && spaceOrDash(text, end, S[j + 1]) ? infoAt(j + 1) : NO_WORD;
  let nameWords = 0;
  let word = '';
  for (let k = i; k <= j; k++) {
    const w = k === i ? first : infos.at(k);
    if (!w.article) {
      nameWords++;
      word = w.lowerStem;
    }
  }
  const cueNounBefore = prev1.lower === 'of' && (prev2.roles & CUE_NOUN_WORD) !== 0;
  const division = (next.roles & DIVISION_WORD) !== 0 || (prev1.lower === 'of' && (prev2.roles & DIVISION_OF_WORD) !== 0);
  const strongCue = cueNounBefore || division;
  // A person: a given name or title before ("Bashar al-Assad", "President Assad"), or a capitalised
  // word glued before/after a one-word name ("Rami Abdel Rahman"), or "X said".
  let before = i - 1;
  if (before >= 1 && prev1.article) before--;
  // A possessive ends a name: "Syria's Idlib" is two places, not a person.
  const hasBefore = before >= 0 && nameGap(text, E[before], S[before + 1]) && !possessive(infos.at(before));
  const hasAfter = j + 1 < n && nameGap(text, E[j], S[j + 1]) && end === E[j];
  // "al-Araby al-Jadeed", "Fayez al-Sarraj": a lower-case article glued to a capitalised word continues that name.
  const c0 = text.charCodeAt(S[i]);
  const glued = i > 0 && c0 >= 97 && c0 <= 122 && capitalisedAt(text, S[i - 1]) && joinableGap(text, E[i - 1], S[i]);
  const person = glued || (hasBefore && (infos.at(before).roles & PERSON_BEFORE_WORD) !== 0);
  let personish = false;
  if (nameWords === 1) {
    const after = hasAfter ? infos.at(j + 1).roles : 0;
    personish =
      (next.roles & PERSON_AFTER_WORD) !== 0 ||
      (hasBefore && capitalisedAt(text, S[before]) && !sentenceStart(text, S[before])) ||
      (hasAfter && capitalisedAt(text, S[j + 1]) && (after & (CUE_NOUN_WORD | DIVISION_WORD)) === 0 && !OFFICE_AFTER.has(infos.at(j + 1).lower));
  }
  return {
    start: S[i], end, places, key, cc: dominantCountry(places, text, S[i], end),
    cue: strongCue || (prev1.roles & CUE_WORD) !== 0, strongCue, division, single: nameWords === 1, word, person, personish,
  };
}

/** Word k of the paragraph (NO_WORD outside it). */
function infoAt(k: number): WordInfo {
  return k >= 0 && k < words.length ? infos.at(k) : NO_WORD;
}

function possessive(w: WordInfo): boolean {
  return w.stemLength < w.text.length;
}

/** One or two characters of white space or hyphens between a name and the next word. */
function spaceOrDash(text: string, end: number, next: number): boolean {
  const n = next - end;
  if (n < 1 || n > 2) return false;
  for (let k = end; k < next; k++) {
    const c = text.charCodeAt(k);
    if (!(c === 45 || c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) return false;
  }
  return true;
}

/** True when the token begins a sentence or a paragraph line (capitalisation tells nothing there). */
export function sentenceStart(text: string, pos: number): boolean {
  for (let k = pos - 1; k >= 0; k--) {
    const c = text[k];
    if (c === ' ' || c === '\t' || c === '\u00a0' || c === '"' || c === '“' || c === '‘' || c === "'" || c === '(') continue;
    return c === '.' || c === '!' || c === '?' || c === '\n' || c === '\r' || c === ':' || c === '—' || c === '|';
  }
  return true;
}

/** True when the name is a one-word name that is also a common word or person name. */
export function isStopName(c: Candidate): boolean {
  return c.single && STOP.has(c.word);
}

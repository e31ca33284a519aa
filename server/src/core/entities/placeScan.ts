import type { Paragraph } from '../types';
import type { Place } from './placeTypes';
import { ARTICLES, foldToken } from '../text/fold';
import { isCapitalised, joinable, tokenize, type Token } from '../text/tokens';
import { demonymCountries, type PlaceIndex } from './gazetteer';
import { dominantCountry } from './placeContext';
import { ACTOR_SUFFIX, CUE_BEFORE, CUE_TYPES, DIVISION_AFTER, PERSON_AFTER, PERSON_BEFORE, STOP } from './placeWords';

/** A gazetteer match before disambiguation. */
export interface Candidate {
  start: number;
  end: number;
  paragraph: number;
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
  /** The country the mention surely points to (see dominantCountry), computed once. */
  cc?: string;
  /** A given name or title precedes it ("Bashar al-Assad", "President Assad"): never a place. */
  person: boolean;
  /** Neighbouring words look like a person name ("Rami Abdel Rahman", "Khatib said"): only major places stay. */
  personish: boolean;
}

/** Evidence of the country an article is about: a demonym ("Libyan") or a country/place mention. */
export interface Evidence {
  paragraph: number;
  cc: string;
  weight: number;
}

const POSSESSIVE = /['’]s$/i;

/** Scans one paragraph for gazetteer names (longest match first, left to right). */
export function scanParagraph(text: string, p: Paragraph, indexes: PlaceIndex[], out: Candidate[], evidence: Evidence[]): Token[] {
  const tokens = tokenize(text, p.start, p.end);
  const dem = demonymCountries();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const c0 = t.text.charCodeAt(0);
    if (c0 < 65 || (c0 > 90 && c0 < 97) || (c0 > 122 && c0 < 192)) continue; // digits and symbols start no name
    // Fast path: a lower-case ASCII word starts no name unless it is an article ("al-Raqqa").
    if (c0 >= 97 && c0 <= 122 && !(t.text.length <= 3 && ARTICLES.has(t.text))) continue;
    const capital = (c0 >= 65 && c0 <= 90) || (c0 >= 192 && isCapitalised(t));
    const lower = t.text.toLowerCase();
    const demCc = capital ? (dem.get(lower) ?? (lower.endsWith('s') ? dem.get(lower.replace(POSSESSIVE, '')) : undefined)) : undefined;
    if (demCc) {
      evidence.push({ paragraph: p.index, cc: demCc, weight: 0.5 });
      continue;
    }
    const exact = t.text.length <= 5 && c0 <= 90 ? lookupExact(indexes, t.text, text, t.end) : undefined;
    if (exact) {
      out.push(candidate(text, tokens, i, i, t.end, exact, `=${t.text}`, p.index));
      continue;
    }
    const article = ARTICLES.has(lower);
    if (article) {
      const hyphen = /^[-‐‑–]/.test(text.slice(t.end, t.end + 1));
      if (!(lower === 'al' || lower === 'el' || hyphen) || i + 1 >= tokens.length) continue;
    } else if (!capital) continue;
    let key = '';
    let lowerSeen = false;
    let best: { j: number; end: number; key: string; places: Place[] } | undefined;
    for (let j = i; j < tokens.length && j < i + 7; j++) {
      if (j > i && !joinable(text, tokens[j - 1], tokens[j])) break;
      const word = tokens[j].text;
      if (/^[A-Z]{2,4}$/.test(word)) break; // acronyms (IS, UN, SDF) match only on exact case, above
      const stem = word.replace(POSSESSIVE, '');
      const k = foldToken(stem);
      if (k === '') continue;
      if (j > i && !isCapitalised(tokens[j])) lowerSeen = true;
      const full = key + k;
      if (!indexes.some((x) => x.prefixes.has(full))) {
        // ASCII text that lost its apostrophe: "Syrias" for "Syria's" (countries and capitals only:
        // "Ministers" must not become Monastir).
        if (stem === word && /[a-z]s$/.test(word)) {
          const bare = key + foldToken(word.slice(0, -1));
          const ps = lookup(indexes, bare, false)?.filter((x) => x.type === 'country' || x.population >= 1e6);
          if (ps?.length) best = { j, end: tokens[j].end - 1, key: bare, places: ps };
        }
        break;
      }
      key = full;
      const places = lookup(indexes, key, lowerSeen);
      if (places) best = { j, end: tokens[j].start + stem.length, key, places };
      if (stem !== word) break;
    }
    if (!best) continue;
    if (ACTOR_SUFFIX.test(text.slice(best.end, best.end + 14))) {
      i = best.j;
      continue;
    }
    out.push(candidate(text, tokens, i, best.j, best.end, best.places, best.key, p.index));
    i = best.j;
  }
  return tokens;
}

function lookup(indexes: PlaceIndex[], key: string, lowerSeen: boolean): Place[] | undefined {
  let out: Place[] | undefined;
  for (const x of indexes) {
    const ps = x.get(key);
    if (!ps || (lowerSeen && !x.lowerOk.has(key))) continue;
    out = out ? [...out, ...ps.filter((q) => !out!.includes(q))] : ps;
  }
  return out;
}

function lookupExact(indexes: PlaceIndex[], word: string, text: string, end: number): Place[] | undefined {
  for (const x of indexes) {
    const ps = x.exact.get(word);
    if (ps && !ACTOR_SUFFIX.test(text.slice(end, end + 14))) return ps;
  }
  return undefined;
}

function candidate(text: string, tokens: Token[], i: number, j: number, end: number, places: Place[], key: string, paragraph: number): Candidate {
  const prev = (n: number) => (i - n >= 0 ? tokens[i - n].text.toLowerCase() : '');
  const next = j + 1 < tokens.length && joinableOrSpace(text, end, tokens[j + 1]) ? tokens[j + 1].text.toLowerCase() : '';
  let nameWords = 0;
  let word = '';
  for (let k = i; k <= j; k++) {
    const w = tokens[k].text.toLowerCase();
    if (!ARTICLES.has(w)) [nameWords, word] = [nameWords + 1, w.replace(POSSESSIVE, '')];
  }
  const cueNounBefore = prev(1) === 'of' && prev(2) in CUE_TYPES;
  const division = DIVISION_AFTER.has(next) || (prev(1) === 'of' && DIVISION_AFTER.has(prev(2).replace(/s$/, '')));
  const strongCue = cueNounBefore || division;
  // A person: a given name or title before ("Bashar al-Assad", "President Assad"), or a capitalised
  // word glued before/after a one-word name ("Rami Abdel Rahman"), or "X said".
  let before = i - 1;
  if (before >= 0 && ARTICLES.has(prev(1)) && before - 1 >= 0) before--;
  const beforeTok = before >= 0 && before < i && joinable(text, tokens[before], tokens[before + 1]) ? tokens[before] : undefined;
  const afterTok = j + 1 < tokens.length && joinable(text, tokens[j], tokens[j + 1]) ? tokens[j + 1] : undefined;
  // "al-Araby al-Jadeed", "Fayez al-Sarraj": a lower-case article glued to a capitalised word continues that name.
  const glued = i > 0 && /^[a-z]/.test(tokens[i].text) && isCapitalised(tokens[i - 1]) && joinable(text, tokens[i - 1], tokens[i]);
  const person = glued || (beforeTok !== undefined && PERSON_BEFORE.has(beforeTok.text.toLowerCase()));
  const personish =
    (nameWords === 1 && PERSON_AFTER.has(next)) ||
    (nameWords === 1 && beforeTok !== undefined && isCapitalised(beforeTok) && !sentenceStart(text, beforeTok.start)) ||
    (nameWords === 1 && afterTok !== undefined && isCapitalised(afterTok) && !(afterTok.text.toLowerCase() in CUE_TYPES) && !DIVISION_AFTER.has(afterTok.text.toLowerCase()));
  return {
    start: tokens[i].start,
    end,
    paragraph,
    places,
    key,
    cc: dominantCountry(places),
    cue: strongCue || CUE_BEFORE.has(prev(1)),
    strongCue,
    division,
    single: nameWords === 1,
    word,
    person,
    personish,
  };
}

function joinableOrSpace(text: string, end: number, next: Token): boolean {
  return /^[\s\u00a0-]{1,2}$/.test(text.slice(end, next.start));
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

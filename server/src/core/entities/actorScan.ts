import type { AnalyzeOptions } from '../types';
import type { ActorEntry } from './actorTypes';
import { ActorTokens, CAP, isDash, POSS, SHOUT, UPPER } from './actorTokens';
import { words } from './actorHash';
import { dictionaryWith, type ActorDictionary, type AliasValue } from './actorDictionary';
import { actsAsState, isDateline } from './actorContext';
import { findNames, personKey, surnameKeys, PARTICLES, type NameFound } from './actorNames';
import type { ActorType } from '../types';

/** A dictionary match in a paragraph. Offsets are relative to the paragraph start. */
export interface ScanMatch {
  /** The span (a leading determiner and a possessive "'s" left out). */
  start: number;
  end: number;
  /** From the start of its first token to the end of its last. */
  tokStart: number;
  tokEnd: number;
  values: AliasValue[];
  /** Has a name or capital alias: `fixed` is final (undefined: a country or capital used as a place). */
  named: boolean;
  fixed: ActorEntry | undefined;
  /** Surname keys, when an alias names a person. */
  surnames: string[] | undefined;
}

/** A name found by cues. Offsets are relative to the paragraph start. */
export interface ScanName {
  start: number;
  end: number;
  type: ActorType;
  /** People: the key later full mentions are looked up by, and the surname keys. */
  key: string;
  surnames: string[];
}

/** Fields of one `ActorScan.caps` row: a capitalised token outside the dictionary matches. */
export const ROW = { start: 0, end: 1, hash: 2, name: 3, particleStart: 4, possessive: 5, next: 6, nextName: 7, nextHash: 8, nextEnd: 9, token: 10, size: 11 } as const;

/**
 * The paragraph-local part of actor recognition, a pure function of the paragraph's text and the
 * options (so it can be cached by text and reused when the paragraph moves). Offsets are
 * relative to the paragraph start. `resolveActors` turns scans into mentions.
 */
export interface ActorScan {
  /** The dictionary the scan was made with (a scan made with other user entries is rescanned). */
  dict: ActorDictionary;
  text: string;
  matches: ScanMatch[];
  names: ScanName[];
  /** ISO codes of the capitalised demonyms, in text order (country votes). */
  demonyms: string[];
  /** Rows of ROW.size numbers: capitalised tokens a later surname mention can be at ("Hourani said"). */
  caps: number[];
  dateline: boolean;
}

const tokens = new ActorTokens();
let covered = new Uint8Array(256);
let nameOf = new Int32Array(256);
const lengths: number[] = [];
const nodes: AliasValue[][] = [];
const lengths2: number[] = [];
const nodes2: AliasValue[][] = [];
const PREFIXES = words('anti pro non post pre');

export function scanActors(paragraphText: string, options: AnalyzeOptions): ActorScan {
  return scanWith(paragraphText, dictionaryWith(options.extraActors), undefined);
}

/**
 * The scan, with `extra` ranges [start, end) (paragraph offsets) covered as if matched: a country
 * the places recogniser found acting as a state, which no cued name may run through.
 */
export function scanWith(text: string, dict: ActorDictionary, extra: number[] | undefined): ActorScan {
  const t = tokens.reset(text);
  if (covered.length < t.n) {
    covered = new Uint8Array(t.start.length);
    nameOf = new Int32Array(t.start.length);
  }
  covered.fill(0, 0, t.n);
  const scan: ActorScan = { dict, text, matches: [], names: [], demonyms: [], caps: [], dateline: isDateline(text) };
  const bounds: number[] = [];
  matchDictionary(t, dict, scan.matches, bounds);
  for (let m = 0; m < bounds.length; m += 2) covered.fill(1, bounds[m], bounds[m + 1]);
  resolveFixed(t, scan.matches, bounds);
  for (let r = 0; extra && r < extra.length; r += 2) {
    const i = t.at(extra[r]);
    let j = i + 1;
    while (j < t.n && t.start[j] < extra[r + 1]) j++;
    if (i >= 0) covered.fill(1, i, j);
  }
  for (let k = 0; k < t.n; k++) if (t.flags[k] & CAP && dict.demonymHashes.has(t.fh[k])) {
    const iso = dict.isoByDemonym.get(t.fold(k));
    if (iso) scan.demonyms.push(iso);
  }
  const isCountryWord = (tt: ActorTokens, k: number) => dict.countryHashes.has(tt.fh[k]) && (dict.isoByDemonym.has(tt.fold(k)) || dict.isoByName.has(tt.fold(k)));
  const found = findNames(t, covered, isCountryWord);
  nameOf.fill(-1, 0, t.n);
  found.forEach((n, x) => {
    nameOf.fill(x, n.i, n.j);
    scan.names.push(scanName(t, n));
  });
  surnameRows(t, covered, scan.caps);
  return scan;
}

/** Longest dictionary match at each token, left to right; `bounds` gets each match's token range. */
function matchDictionary(t: ActorTokens, dict: ActorDictionary, out: ScanMatch[], bounds: number[]): void {
  for (let i = 0; i < t.n; ) {
    const inExact = dict.exact.first.has(t.xh[i]);
    const inFold = dict.fold.first.has(t.fh[i]);
    if (!inExact && !inFold) {
      i++;
      continue;
    }
    if (inExact) dict.exact.matchAt(t, i, lengths, nodes);
    else lengths.length = nodes.length = 0;
    if (inFold) dict.fold.matchAt(t, i, lengths2, nodes2);
    else lengths2.length = nodes2.length = 0;
    let j = -1;
    // Longest first; at equal length exact-case aliases before folded ones.
    for (let a = 0, b = 0; j < 0 && (a < lengths.length || b < lengths2.length); ) {
      const exact = a < lengths.length && (b >= lengths2.length || lengths[a] >= lengths2[b]);
      const n = exact ? lengths[a] : lengths2[b];
      const all = exact ? nodes[a++] : nodes2[b++];
      const values = all.filter((v) => accepts(t, i, n, v));
      if (values.length === 0) continue;
      j = i + n;
      const start = values[0].skipFirst ? t.start[i + 1] : t.start[i];
      out.push({ start, end: t.trimEnd(j - 1), tokStart: t.start[i], tokEnd: t.end[j - 1], values, named: false, fixed: undefined, surnames: undefined });
      bounds.push(i, j);
    }
    i = j > 0 ? j : i + 1;
  }
}

function accepts(t: ActorTokens, i: number, n: number, v: AliasValue): boolean {
  for (let b = 0; b < n; b++) if (v.caps & (1 << b) && !(t.flags[i + b] & CAP)) return false;
  const hyphenBefore = i > 0 && t.start[i] - t.end[i - 1] === 1 && isDash(t.src.charCodeAt(t.end[i - 1]));
  if (hyphenBefore && (v.role !== 'name' || v.single) && PREFIXES.fold(t, i - 1)) return false;
  // A short acronym inside a line written in capitals is an ordinary word ("WHERE IS THE").
  if (v.caps === 0 && n === 1 && t.flags[i] & UPPER && t.textLength(i) - (t.flags[i] & POSS ? 2 : 0) <= 3) {
    if (i > 0 && t.flags[i - 1] & SHOUT && i + 1 < t.n && t.flags[i + 1] & SHOUT) return false;
  }
  return true;
}

/**
 * The entry each name or capital match stands for: a country or capital only when it acts as the
 * state; a country owning an actor ("Russia's Africa Corps"); states listed together act together.
 */
function resolveFixed(t: ActorTokens, matches: ScanMatch[], bounds: number[]): void {
  const nameOf = (m: ScanMatch) => m.values.find((v) => v.role === 'name');
  matches.forEach((m, k) => {
    const i = bounds[2 * k];
    const j = bounds[2 * k + 1];
    const name = nameOf(m);
    const capital = name ? undefined : m.values.find((v) => v.role === 'capital');
    m.named = !!(name || capital);
    if (name) m.fixed = name.entry.type === 'state' && name.entry.iso && !actsAsState(t, i, j, false) ? undefined : name.entry;
    else if (capital) m.fixed = actsAsState(t, i, j, true) ? capital.entry : undefined;
    if (m.values.some((v) => v.entry.type === 'person')) m.surnames = surnameKeys(t, t.at(m.start), j);
  });
  const isState = (k: number) => {
    const v = nameOf(matches[k]);
    return !!v && v.entry.type === 'state' && !!v.entry.iso;
  };
  for (let k = 0; k + 1 < matches.length; k++) {
    const v = nameOf(matches[k]);
    if (matches[k].fixed || !v || !isState(k) || !(t.flags[bounds[2 * k + 1] - 1] & POSS)) continue;
    const owned = nameOf(matches[k + 1]);
    const adjacent = bounds[2 * k + 2] === bounds[2 * k + 1] && matches[k].end < matches[k + 1].start;
    if (adjacent && owned && /^(state-force|armed-group|person)$/.test(owned.entry.type)) matches[k].fixed = v.entry;
  }
  const linked = (a: number, b: number) => {
    const aj = bounds[2 * a + 1];
    const bi = bounds[2 * b];
    if (bi - aj > 1 || t.breakBetween(aj - 1, bi)) return false;
    if (bi === aj) return /^\s*,\s*$/.test(t.src.slice(t.end[aj - 1], t.start[bi]));
    return t.fold(aj) === 'and' || t.fold(aj) === 'or';
  };
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k + 1 < matches.length; k++) {
      const [a, b] = pass === 0 ? [k, k + 1] : [matches.length - 2 - k, matches.length - 1 - k];
      if (!isState(a) || !isState(b) || !linked(a, b)) continue;
      if (matches[a].fixed && !matches[b].fixed) matches[b].fixed = nameOf(matches[b])!.entry;
      if (matches[b].fixed && !matches[a].fixed) matches[a].fixed = nameOf(matches[a])!.entry;
    }
  }
}

function scanName(t: ActorTokens, n: NameFound): ScanName {
  const person = n.type === 'person';
  return { start: t.start[n.i], end: t.trimEnd(n.j - 1), type: n.type, key: person ? personKey(t, n.i, n.j) : '', surnames: person ? surnameKeys(t, n.i, n.j) : [] };
}

/** A row for every capitalised token outside the dictionary matches (and `extra`), with the token after it. */
function surnameRows(t: ActorTokens, dictCovered: Uint8Array, rows: number[]): void {
  for (let k = 0; k < t.n; k++) {
    if (dictCovered[k] || !(t.flags[k] & CAP)) continue;
    const prev = k - 1;
    const particle = prev >= 0 && PARTICLES.text(t, prev) && t.start[k] - t.end[prev] === 1 && isDash(t.src.charCodeAt(t.end[prev]));
    const next = k + 1 < t.n && !dictCovered[k + 1];
    rows.push(t.start[k], t.trimEnd(k), t.fh[k], nameOf[k], particle ? t.start[prev] : -1, t.flags[k] & POSS ? 1 : 0);
    rows.push(next ? 1 : 0, next ? nameOf[k + 1] : -1, next ? t.fh[k + 1] : 0, next ? t.trimEnd(k + 1) : 0, k);
  }
}

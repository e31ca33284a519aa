import type { AnalyzeOptions } from '../types';
import type { ActorEntry } from './actorTypes';
import { ActorTokens, BARE, CAP } from './actorTokens';
import { dictionaryWith, type ActorDictionary, type AliasValue } from './actorDictionary';
import { resolveStates } from './actorContext';
import { isDateline } from './actorStories';
import { findNames, type CountryWord, type NameFound } from './actorNames';
import { acceptedValues, contextOnly, isNamed, nameAt, startsAlias } from './actorAccept';
import { personKey, surnameKeys } from './actorPeople';
import { surnameRows } from './actorSurnames';
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
  /** Has a name alias. */
  hasName: boolean;
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
  /** Capitalised tokens a later surname mention can be at ("Hourani said"): see actorSurnames.ts. */
  caps: number[];
  dateline: boolean;
}

const tokens = new ActorTokens();
let covered = new Uint8Array(256);
// Scratch for the dictionary matches and their token ranges [i, j) (two per match): the scan keeps
// an exact-length copy of the matches (a pushed array keeps room for 17 in every cached scan).
const found: ScanMatch[] = [];
let bounds = new Int32Array(512);
const lengths: number[] = [0];
const nodes: AliasValue[][] = [];
const lengths2: number[] = [0];
const nodes2: AliasValue[][] = [];

export function scanActors(paragraphText: string, options: AnalyzeOptions): ActorScan {
  return scanWith(paragraphText, dictionaryWith(options.extraActors), undefined);
}

const countryWords = new WeakMap<ActorDictionary, CountryWord>();

/** Demonyms and country names of a dictionary ("Syrian", "Russia"), stripped from the front of a person. */
function countryWord(dict: ActorDictionary): CountryWord {
  let f = countryWords.get(dict);
  if (!f) countryWords.set(dict, (f = countryWordOf(dict)));
  return f;
}

// Apart from countryWord, whose every call would otherwise make a context holding `dict`.
function countryWordOf(dict: ActorDictionary): CountryWord {
  return (t, k) => dict.countryHashes.has(t.fh[k]) && (dict.isoByDemonym.has(t.fold(k)) || dict.isoByName.has(t.fold(k)));
}

/**
 * The scan, with `extra` ranges [start, end) (paragraph offsets) covered as if matched: a country
 * the places recogniser found acting as a state, which no cued name may run through.
 */
export function scanWith(text: string, dict: ActorDictionary, extra: number[] | undefined): ActorScan {
  const t = tokens.reset(text);
  if (covered.length < t.n) {
    covered = new Uint8Array(t.start.length);
  }
  covered.fill(0, 0, t.n);
  if (bounds.length < 2 * t.n) bounds = new Int32Array(4 * t.n);
  const count = matchDictionary(t, dict);
  const matches = count ? found.slice(0, count) : NO_MATCHES;
  for (let m = 0; m < 2 * count; m += 2) for (let k = bounds[m]; k < bounds[m + 1]; k++) covered[k] = 1;
  if (count) resolveStates(t, matches, bounds);
  for (let k = 0; k < count; k++) {
    const m = matches[k];
    if (m.values.some(isPerson)) m.surnames = surnameKeys(t, t.at(m.start), bounds[2 * k + 1]);
  }
  for (let r = 0; extra && r < extra.length; r += 2) {
    const i = t.at(extra[r]);
    let j = i + 1;
    while (j < t.n && t.start[j] < extra[r + 1]) j++;
    if (i >= 0) covered.fill(1, i, j);
  }
  const demonyms = scratchDemonyms;
  let votes = 0;
  for (let x = 0; x < t.leadCount; x++) {
    const k = t.leads[x];
    if (!(t.flags[k] & CAP) || !dict.demonymHashes.maybe(t.fh[k])) continue;
    const iso = dict.isoByDemonym.get(t.fold(k));
    if (iso) demonyms[votes++] = iso;
  }
  const cued = findNames(t, covered, countryWord(dict));
  const names = cued.length ? new Array<ScanName>(cued.length) : NO_NAMES;
  for (let x = 0; x < cued.length; x++) names[x] = scanName(t, cued[x]);
  return { dict, text, matches, names, demonyms: votes ? demonyms.slice(0, votes) : NONE, caps: surnameRows(t, covered), dateline: isDateline(text) };
}

const scratchDemonyms: string[] = [];
const isPerson = (v: AliasValue) => v.entry.type === 'person';

const NONE: string[] = [];
const NO_NAMES: ScanName[] = [];
const NO_MATCHES: ScanMatch[] = [];

/** Longest dictionary match at each token, left to right, into `found` and `bounds`; returns their number. */
function matchDictionary(t: ActorTokens, dict: ActorDictionary): number {
  let count = 0;
  const fh = t.fh;
  for (let i = 0; i < t.n; ) {
    let h = fh[i];
    // Most tokens can start no alias, seen on their hash and the next token's (see ActorDictionary.starts).
    let bare = false;
    if (!startsAlias(dict, h, fh, i, t.n)) {
      // "Assads forces": a possessive that lost its apostrophe, tried as the name without the "s".
      bare = t.bareStem(i) && startsAlias(dict, (h = fh[i]), fh, i, t.n);
      if (!bare) {
        if (t.flags[i] & BARE) t.unstem(i);
        i++;
        continue;
      }
    }
    const inExact = dict.exact.first.maybe(t.xh[i]);
    const inFold = dict.fold.first.maybe(h);
    let a = inExact ? dict.exact.matchAt(t, i, lengths, nodes) - 1 : -1;
    let b = inFold ? dict.fold.matchAt(t, i, lengths2, nodes2) - 1 : -1;
    let j = -1;
    // Longest first; at equal length exact-case aliases before folded ones.
    while (j < 0 && (a >= 0 || b >= 0)) {
      const exact = a >= 0 && (b < 0 || lengths[a] >= lengths2[b]);
      const n = exact ? lengths[a] : lengths2[b];
      const all = exact ? nodes[a--] : nodes2[b--];
      const values = acceptedValues(t, i, n, all);
      if (!values || (bare && !values.every(isNamed))) continue;
      j = i + n;
      const start = t.start[i + values[0].skip];
      found[count] = { start, end: t.trimEnd(j - 1), tokStart: t.start[i], tokEnd: t.end[j - 1], values, named: false, hasName: false, fixed: undefined, surnames: undefined };
      bounds[2 * count] = i;
      bounds[2 * count++ + 1] = j;
    }
    if (bare && j < 0) t.unstem(i);
    // A context phrase whose last word starts a longer name ("the internationally recognised
    // Government of National Accord"): the name is the mention.
    if (j > i + 1 && contextOnly(found[count - 1].values) && nameAt(t, dict, j - 1, j)) {
      count--;
      i = j - 1;
      continue;
    }
    i = j > 0 ? j : i + 1;
  }
  return count;
}

function scanName(t: ActorTokens, n: NameFound): ScanName {
  const person = n.type === 'person';
  return { start: t.start[n.i], end: t.trimEnd(n.j - 1), type: n.type, key: person ? personKey(t, n.i, n.j) : '', surnames: person ? surnameKeys(t, n.i, n.j) : [] };
}

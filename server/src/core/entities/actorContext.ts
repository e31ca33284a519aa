import { ActorTokens, blankGap, CAP, commaGap, DIGIT, isDash, POSS } from './actorTokens';
import { ADDRESSED, ADVERBS, AFTER_COPULA, BEEN_PLACE, BEFORE, CALLS, DAYS, DIRECTIONS, ENVOYS } from './actorContextWords';
import { AFTER_AGENT, HAS_PLACE, HYPHEN_VERBS, LOCATIVE, LOCATIVE_BY, MEMBERS_OF, MODALS, NOT_VERBS, ROLES, SUPPORT_NOUNS, VERBS, WITH_NOUNS } from './actorContextWords';
import type { ScanMatch } from './actorScan';
import type { AliasValue } from './actorDictionary';

/**
 * When does a country name (or a capital) stand for the state acting, rather than a location?
 * "Russia has not acknowledged", "Washington voiced concern", "Russia's foreign minister",
 * "brokered by the United States and Russia", "I told Russia", "Iran-backed" act;
 * "in Syria", "to Moscow", "Syria's Aleppo province" are places.
 */

/**
 * The token where the predicate of a name ending at token j starts, past an inserted clause
 * ("Russia, which backs Assad, has…") or a coordinated subject ("Baghdad and Erbil signed"); -1 if none.
 */
function predicateStart(t: ActorTokens, j: number): number {
  if (blankGap(t.src, t.end[j - 1], t.start[j])) {
    if (t.fold(j) !== 'and' || j + 1 >= t.n || t.breakBetween(j, j + 1)) return j;
    let m = j + 1;
    if (t.fold(m) === 'the') m++;
    const first = m;
    while (m < t.n && m - first < 3 && t.flags[m] & CAP && !t.breakBetween(m - 1, m) && blankGap(t.src, t.end[m - 1], t.start[m])) m++;
    // ("Russia and the Syrian government have accused": a demonym and its state's noun.)
    if (m > first && m < t.n && ROLES.fold(t, m) && !t.breakBetween(m - 1, m)) m++;
    return m > first && m < t.n && !(t.flags[m] & CAP) && !t.breakBetween(m - 1, m) ? m : j;
  }
  // An appositive may open with an owner ("Russia, Assad's main ally, said", "Russia, Bashar al-Assad's ally,"), not
  // with another name (a list).
  if (!commaGap(t.src, t.end[j - 1], t.start[j]) || (t.flags[j] & CAP && !ownerAt(t, j))) return -1;
  for (let m = j + 1; m < t.n && m < j + 14; m++) {
    if (t.breakBetween(m - 1, m)) return -1;
    // (Not the comma of a number: "Turkey, which has about 10,000 troops in Syria, has carried out".)
    const thousands = t.flags[m - 1] & DIGIT && t.flags[m] & DIGIT && t.start[m] === t.end[m - 1] + 1;
    if (!thousands && commaGap(t.src, t.end[m - 1], t.start[m])) return t.flags[m] & CAP ? -1 : m;
  }
  return -1;
}

/** A name of a few words ending in a possessive starts at token j: "Bashar al-Assad's". */
function ownerAt(t: ActorTokens, j: number): boolean {
  for (let m = j; m < t.n && m < j + 4 && !t.breakBetween(m, m + 1); m++) {
    if (t.flags[m] & POSS) return true;
    if (!(t.flags[m] & CAP) && !/^(?:al|el|bin|ibn|abu)$/.test(t.fold(m))) return false;
  }
  return false;
}

const CAPITAL_OBJECT = new Set(['of', 'for', 'to']);
const AUXILIARIES = new Set('has have had will would could should can may might must did does do'.split(' '));

/**
 * True when the mention at tokens [i, j) (a country name when `capital` is false) acts in its sentence.
 * Capitals need a clear verb after them ("Washington voiced", "Moscow has been carrying out").
 */
export function actsAsState(t: ActorTokens, i: number, j: number, capital: boolean): boolean {
  const last = j - 1;
  const next = j < t.n && !t.breakBetween(last, j) ? j : -1;
  const before = i > 0 && !t.breakBetween(i - 1, i) ? i - 1 : -1;
  // "Negotiators from Qatar": people sent by the state.
  if (before > 0 && t.fold(before) === 'from' && !t.breakBetween(before - 1, before) && ENVOYS.fold(t, before - 1)) return true;
  const located = before >= 0 && locatedAt(t, i, true);
  if (next >= 0 && t.start[next] - t.end[last] === 1 && isDash(t.src.charCodeAt(t.end[last]))) return HYPHEN_VERBS.fold(t, next);
  if (next >= 0 && !located) {
    if (t.flags[last] & POSS) {
      if (ROLES.fold(t, next) && !capital) return true;
      return capital && ROLES.fold(t, next) && t.fold(next) !== 'air';
    }
    let k = predicateStart(t, j);
    if (k >= 0) {
      while (k < t.n - 1 && ADVERBS.fold(t, k)) k++;
      // "Russia and China on Saturday vetoed": a day between the subject and its verb.
      if (k < t.n - 2 && t.keyEquals(k, 'on', true) && DAYS.fold(t, k + 1)) k += 2;
      if (!t.breakBetween(k - 1, k) && !(t.flags[k] & CAP)) {
        const w = t.fold(k);
        if (w === 'is' || w === 'was' || w === 'are' || w === 'were') {
          if (k + 1 < t.n && AFTER_COPULA.fold(t, k + 1) && !(capital && t.fold(k + 1) === 'the')) return true;
        } else if (VERBS.fold(t, k)) {
          const after = k + 1 < t.n ? t.fold(k + 1) : '';
          // "Libya has been split", "Burkina Faso has more than 2 million displaced": a place.
          if ((w === 'has' || w === 'had' || w === 'have') && (HAS_PLACE.has(after) || (after === 'been' && k + 2 < t.n && BEEN_PLACE.fold(t, k + 2)))) return false;
          if (!capital) return true;
          if (!AUXILIARIES.has(w)) return true;
          // A modal and a bare verb: "Ramallah would turn to…".
          if (MODALS.has(w) && after && !(t.flags[k + 1] & CAP)) return true;
          if (after) {
            if (after === 'not' || after === 'been' || ADVERBS.fold(t, k + 1) || VERBS.fold(t, k + 1) || after.endsWith('ed') || after.endsWith('en')) return true;
          }
        } else if (!NOT_VERBS.fold(t, k) && w.length > 3 && w.endsWith('ed')) {
          return true;
        } else if (!capital && !NOT_VERBS.fold(t, k) && w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) {
          return true;
        }
      }
    }
  }
  if (i === 0 || t.breakBetween(i - 1, i)) return false;
  let p = i - 1;
  if (t.fold(p) === 'the' && p > 0) p--;
  if (p < i - 1 && t.breakBetween(p, p + 1)) return false;
  const prev = t.fold(p);
  if (prev === 'ally' && capital) return true;
  if (capital) {
    if (p === i - 1 && ADDRESSED.fold(t, p) && j < t.n && !t.breakBetween(last, j) && CAPITAL_OBJECT.has(t.fold(j))) return true;
    if (p !== i - 1 || (next >= 0 && blankGap(t.src, t.end[last], t.start[next]) && !AFTER_AGENT.fold(t, next))) return false;
    // "a ceasefire agreed by Moscow and Ankara", "called on Washington and Moscow to act": the agent, or a state addressed.
    if (prev === 'by') return !(p > 0 && LOCATIVE_BY.fold(t, p - 1));
    if (prev === 'on') return p > 0 && CALLS.fold(t, p - 1);
    if (!(t.flags[last] & POSS) && sourceOrPartner(t, p, prev)) return true;
    // The second of two: "by Moscow and Ankara", "support from Washington and Amman".
    if ((prev !== 'and' && prev !== 'or') || p === 0 || !(t.flags[p - 1] & CAP) || t.breakBetween(p - 1, p)) return false;
    let q = p - 1;
    while (q > 0 && t.flags[q - 1] & CAP && !t.breakBetween(q - 1, q)) q--;
    return q > 0 && actsAsState(t, q, p, true);
  }
  if (prev === 'by') return !(p > 0 && LOCATIVE_BY.fold(t, p - 1));
  if (BEFORE.fold(t, p)) return true;
  // "calls on Russia and China to stop": addressed as an actor.
  if (prev === 'on' && p > 0 && CALLS.fold(t, p - 1)) return true;
  // (Not "according to Syria's official SANA news agency": the agency is the source.)
  return !(t.flags[last] & POSS) && sourceOrPartner(t, p, prev);
}

/** "according to Ankara", "support from Washington", "talks with Russia": a source, a backer or a party to a deal. */
function sourceOrPartner(t: ActorTokens, p: number, prev: string): boolean {
  if (p === 0) return false;
  if (prev === 'to') return t.fold(p - 1) === 'according';
  if (prev === 'from') return SUPPORT_NOUNS.fold(t, p - 1);
  // "the coalition of Saudi Arabia and the United Arab Emirates"
  if (prev === 'of') return MEMBERS_OF.fold(t, p - 1);
  return prev === 'with' && WITH_NOUNS.fold(t, p - 1);
}

/**
 * The entry each name or capital match stands for: a country or capital only when it acts as the
 * state; a country owning an actor ("Russia's Africa Corps"); states listed together act together.
 */
export function resolveStates(t: ActorTokens, matches: ScanMatch[], bounds: Int32Array): void {
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const i = bounds[2 * k];
    const j = bounds[2 * k + 1];
    const name = nameOf(m);
    const capital = name ? undefined : m.values.find(isCapital);
    m.named = !!(name || capital);
    m.hasName = !!name;
    if (name) m.fixed = name.entry.type === 'state' && name.entry.iso && !actsAsState(t, i, j, false) ? undefined : name.entry;
    else if (capital) m.fixed = actsAsState(t, i, j, true) ? capital.entry : undefined;
  }
  for (let k = 0; k + 1 < matches.length; k++) {
    const v = nameOf(matches[k]);
    if (matches[k].fixed || !v || !isState(matches[k]) || !(t.flags[bounds[2 * k + 1] - 1] & POSS)) continue;
    const owned = nameOf(matches[k + 1])?.entry.type;
    const adjacent = bounds[2 * k + 2] === bounds[2 * k + 1] && matches[k].end < matches[k + 1].start;
    if (adjacent && (owned === 'state-force' || owned === 'armed-group' || owned === 'person')) matches[k].fixed = v.entry;
  }
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k + 1 < matches.length; k++) {
      const a = pass === 0 ? k : matches.length - 2 - k;
      const b = a + 1;
      if (!isState(matches[a]) || !isState(matches[b]) || !linked(t, bounds, a, b)) continue;
      if (matches[a].fixed && !matches[b].fixed) matches[b].fixed = nameOf(matches[b])!.entry;
      if (matches[b].fixed && !matches[a].fixed) matches[a].fixed = nameOf(matches[a])!.entry;
    }
  }
}

/**
 * Whether the name starting at token i stands as a location: after a locative word ("in Syria",
 * "in the Lebanon"), a direction ("on southern Lebanon"), or listed after a name that does ("in Iraq
 * and Syria linked to Iran": Syria is no actor).
 */
function locatedAt(t: ActorTokens, i: number, first: boolean): boolean {
  if (i === 0 || t.breakBetween(i - 1, i)) return false;
  let p = i - 1;
  if (DIRECTIONS.fold(t, p)) return true;
  if (t.fold(p) === 'the' && p > 0 && !t.breakBetween(p - 1, p)) p--;
  if (LOCATIVE.fold(t, p)) return true;
  // Only a list with no comma before its "and": "…area of Khanasor, and Baghdad and Erbil signed" is a new clause.
  if (!first || p === 0 || (t.fold(p) !== 'and' && t.fold(p) !== 'or') || !blankGap(t.src, t.end[p - 1], t.start[p]) || !(t.flags[p - 1] & CAP)) return false;
  // The conjunct before: back over its capitalised words.
  let q = p - 1;
  while (q > 0 && t.flags[q - 1] & CAP && !t.breakBetween(q - 1, q)) q--;
  return locatedAt(t, q, false);
}

const isCapital = (v: AliasValue) => v.role === 'capital';

function nameOf(m: ScanMatch): AliasValue | undefined {
  for (const v of m.values) if (v.role === 'name') return v;
  return undefined;
}

function isState(m: ScanMatch): boolean {
  const v = nameOf(m);
  return !!v && v.entry.type === 'state' && !!v.entry.iso;
}

/** States a and b are listed together: "Egypt and the United States", "Russia, Iran". */
function linked(t: ActorTokens, bounds: Int32Array, a: number, b: number): boolean {
  const aj = bounds[2 * a + 1];
  let bi = bounds[2 * b];
  if (bi - aj === 2 && t.fold(aj + 1) === 'the') bi--;
  if (bi - aj > 1 || t.breakBetween(aj - 1, bi)) return false;
  if (bi === aj) return /^\s*,\s*$/.test(t.src.slice(t.end[aj - 1], t.start[bi]));
  return t.fold(aj) === 'and' || t.fold(aj) === 'or';
}

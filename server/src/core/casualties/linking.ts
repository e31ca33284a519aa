import type { Outcome } from '../types';
import type { Tok } from './sentenceTokens';
import type { NumberPhrase } from './numberWords';
import { NUMBER_START_WORDS, parseNumberAt } from './numberWords';
import type { VictimPhrase } from './nounPhrase';
import { harmAt } from './harmWords';
import { CAPITALISED, COLLECTIVE, PERSON_NOUNS, PRONOUNS } from './victimWords';
import { afterListItems } from './listItems';

/**
 * How a count attaches to a harm word, read from the clause around it:
 *   after   "29 civilians were killed", "are reported to have been killed", "women and children it kidnapped"
 *   bare    "More than 100 killed in …", "leave at least 21 dead", "12 deaths"
 *   before  "killed 14 people", "killing at least 12", "kidnapped dozens of …"
 *   of      "the bodies of 12 men", "claimed the lives of 40"
 *   toll    "the death toll rose to 45", "bringing the number of displaced to 200,000"
 *   among   "three children were among those killed" (a subset of an earlier figure)
 * linkAfter (here) reads a harm word after the victims, linkBefore (linkBefore.ts) one before the count.
 */
export interface Link {
  outcome: Outcome;
  kind: 'after' | 'bare' | 'before' | 'of' | 'toll' | 'among';
  /** Token index just past the harm word (lets "…died, as well as 34 loyalists" inherit). */
  harmEnd: number;
  /** "12 wounded soldiers": the victim noun stands after the harm adjective. */
  victimsAfter?: string;
  /** Reached through a relative pronoun ("people who remain missing"): weaker than a verb before the count. */
  relative?: boolean;
}

// Words allowed between a victim phrase and its harm word: auxiliaries, reporting and hedging.
const AUX = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'being', 'will', 'would', 'may', 'might', 'could', 'reported', 'believed',
  'feared', 'thought', 'said', 'known', 'presumed', 'confirmed', 'found', 'to', 'so', 'far', 'also', 'all', 'both', 'later', 'already', 'now',
  'still', 'who', 'that', 'which', 'each', 'since', 'remain', 'remained', 'remains', 'lay', 'lie', 'lying', 'left', 'got', 'get', 'then',
  'either', 'reportedly', 'allegedly', 'apparently', 'subsequently', 'seriously', 'critically', 'badly', 'slightly', 'lightly', 'fatally',
  'mortally', 'say', 'says', 'claimed', 'among', 'in', 'total', 'live', 'living', 'sheltering', 'staying',
]);
const SINGULAR_AUX = new Set(['was', 'is', 'has']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'them', 'him', 'us', 'some', 'several', 'many', 'dozens', 'hundreds', 'thousands', 'scores', 'at', 'more', 'over', 'about', 'around', 'nearly', 'up']);

/** A harm word after the victim phrase: passive, intransitive, adjective or noun. */
export function linkAfter(toks: Tok[], np: VictimPhrase, num: NumberPhrase): Link | null {
  let k = np.end;
  // "Two soldiers, a policeman and a child were killed": past the list's other items to the verb.
  if (np.cls === 'person' && (toks[k]?.raw === ',' || toks[k]?.w === 'and')) k = afterListItems(toks, k);
  let aux = 0;
  let relative = false;
  // "women and children it kidnapped last week": an object relative clause.
  if (PRONOUNS.has(toks[k]?.w ?? '') && np.cls !== 'empty') {
    let j = k + 1;
    if (['had', 'has', 'have'].includes(toks[j]?.w ?? '')) j++;
    const h = harmAt(toks, j);
    // (A verb before the count is the main one: "beheaded at least two men they captured".)
    return h && h.part === 'past' ? { outcome: h.outcome, kind: 'after', harmEnd: j + h.len, relative: true } : null;
  }
  for (let steps = 0; k < toks.length && steps < 9; steps++) {
    const t = toks[k];
    if (t.kind === 'punct') {
      // (A count listed after another, "including 12 staff and 10 patients, …", is no subject of its own.)
      const listed = toks[num.first - 1]?.w === 'and' || toks[num.first - 1]?.raw === ',';
      // (But a count in apposition is the subject of the verb after it: "the Kessab population, around 2000 Armenians, fled".)
      const verb = t.raw === ',' && toks[num.first - 1]?.raw === ',' && k === np.end ? harmAt(toks, k + 1) : null;
      if (verb && (verb.part === 'intrans' || (verb.part === 'past' && !objectFollows(toks, k + 1 + verb.len)))) {
        k++;
        continue;
      }
      const skip = t.raw === ',' || t.raw === '—' || t.raw === '–' || t.raw === '(' ? skipAside(toks, k, !listed) : 0;
      if (!skip) return null;
      k = skip;
      continue;
    }
    const h = harmAt(toks, k);
    if (h && !(h.part === 'noun' && aux > 0) && h.part !== 'ing' && h.part !== 'pres') {
      const after = toks[k + h.len];
      if (h.part === 'past' && aux === 0 && after?.kind === 'word' && PERSON_NOUNS.has(after.w)) {
        // "12 wounded soldiers" reads as an adjective; "six gunmen killed three policemen" does not reach here.
        return np.cls === 'empty' ? { outcome: h.outcome, kind: 'bare', harmEnd: k + h.len, victimsAfter: after.w } : null;
      }
      if (h.part === 'past' && aux === 0 && after && objectFollows(toks, k + h.len)) return null;
      // "Two gunmen who killed a soldier were arrested": the relative clause's own verb and object.
      if (relative && h.part === 'past' && after && objectFollows(toks, k + h.len)) return mainVerb(toks, k + h.len);
      // "Five of the 20 soldiers captured were executed": the participle qualifies the victims; the verb follows.
      if (h.part === 'past' && aux === 0 && after && AUX.has(after.w) && (harmAt(toks, k + h.len + 1)?.part === 'past' || harmAt(toks, k + h.len + 2)?.part === 'past')) {
        k += h.len;
        continue;
      }
      if (h.part === 'noun' && k !== np.end) return null;
      return { outcome: h.outcome, kind: aux > 0 ? 'after' : 'bare', harmEnd: k + h.len, relative };
    }
    if (t.w === 'among') return amongLink(toks, k);
    // "16 people including civilians were killed": an unpunctuated aside up to the verb.
    if (t.w === 'including' && aux === 0) {
      let j = k + 1;
      while (j <= k + 6 && toks[j] && toks[j].kind !== 'punct' && !AUX.has(toks[j].w) && !harmAt(toks, j)) j++;
      if (j === k + 1 || j > k + 6 || !toks[j] || toks[j].kind === 'punct') return null;
      k = j;
      continue;
    }
    // "12 people in Israel have died": skip a named place; any other "in" starts a place or time phrase.
    if ((t.w === 'in' || t.w === 'inside') && aux === 0 && toks[k + 1]?.bits & CAPITALISED) {
      k++;
      while (k < toks.length && (toks[k].bits & CAPITALISED || (toks[k].raw === '-' && !toks[k].spaced) || (toks[k].kind === 'word' && toks[k - 1].raw === '-'))) k++;
      continue;
    }
    // "Thousands of fighters on both sides have been killed"
    if ((t.w === 'on' || t.w === 'from') && SIDES_OF.has(toks[k + 1]?.w ?? '') && (toks[k + 2]?.w === 'sides' || toks[k + 2]?.w === 'side')) {
      k += 3;
      continue;
    }
    if (t.w === 'in' && toks[k + 1]?.w !== 'total') return null;
    if (t.w === 'not' || t.w === 'never' || t.w === 'no') return null;
    if (!AUX.has(t.w) && !(t.w.length > 4 && t.w.endsWith('ly'))) return relative ? mainVerb(toks, k) : null;
    // "a mother of 10 children was killed": a plural count with a singular verb belongs to someone else.
    if (aux === 0 && SINGULAR_AUX.has(t.w) && num.min > 1 && !num.vague && !COLLECTIVE.has(toks[np.end - 1]?.w ?? '')) return null;
    if (t.w === 'who' || t.w === 'that' || t.w === 'which') relative = true;
    aux++;
    k++;
  }
  return null;
}

const SIDES_OF = new Set(['both', 'each', 'either', 'all']);
const BEFORE_PARTICIPLE = new Set(['were', 'was', 'are', 'is', 'been', 'being']);

/**
 * The main clause's harm verb after a subject relative clause ("5,000 jihadists who left the enclave
 * had been detained", "residents who had returned to Kobane fled again"): a participle after a form of
 * "be", or a bare past verb with no object, before any punctuation.
 */
function mainVerb(toks: Tok[], from: number): Link | null {
  for (let x = from; x < toks.length && x < from + 16; x++) {
    const t = toks[x];
    if (t.kind === 'punct' && !((t.raw === '-' || t.raw === "'" || t.raw === '’') && !t.spaced)) return null;
    const h = harmAt(toks, x);
    if (!h || (h.part !== 'past' && h.part !== 'intrans')) continue;
    if (BEFORE_PARTICIPLE.has(toks[x - 1]?.w ?? '') || (x > from && !objectFollows(toks, x + h.len))) {
      return { outcome: h.outcome, kind: 'after', harmEnd: x + h.len, relative: true };
    }
  }
  return null;
}

/**
 * Whether toks[j], just after a bare past verb, opens its object ("six gunmen killed three
 * policemen", "…killed at least 20"): then the count before the verb is not the victims. A word
 * that only may open a number ("at", "as", "over", "close") does so only when a number follows:
 * "Five killed at a checkpoint", "50 killed as jets pound Idlib" are headlines of victims.
 */
function objectFollows(toks: Tok[], j: number): boolean {
  const after = toks[j];
  if (after.kind === 'num') return true;
  if (after.kind !== 'word') return false;
  if (MAYBE_QUANTITY.has(after.w)) return parseNumberAt(toks, j) !== null;
  return DETERMINERS.has(after.w) || (NUMBER_START_WORDS.has(after.w) && after.w !== 'in');
}

// Qualifiers' first words that are also prepositions or adverbs.
const MAYBE_QUANTITY = new Set(['at', 'as', 'more', 'over', 'about', 'around', 'nearly', 'almost', 'up', 'close', 'just', 'well', 'under', 'fewer', 'less', 'no', 'not', 'roughly', 'approximately', 'upwards', 'between', 'estimated', 'circa', 'round']);

/** "among the dead", "among those killed", "among the victims". */
export function amongLink(toks: Tok[], k: number): Link | null {
  for (let j = k + 1; j <= k + 4 && j < toks.length; j++) {
    const h = harmAt(toks, j);
    if (h) return { outcome: h.outcome, kind: 'among', harmEnd: j + h.len };
    if (toks[j].w === 'victims') return { outcome: 'killed', kind: 'among', harmEnd: j + 1 };
    if (toks[j].kind !== 'word') return null;
  }
  return null;
}

/**
 * Skips an aside after a victim phrase: ", including three children," / "(most of them civilians)";
 * a longer one only after the sentence's `subject` (see asideBeforeVerb).
 */
export function skipAside(toks: Tok[], k: number, subject: boolean): number {
  const open = toks[k].raw;
  const close = open === '(' ? ')' : open;
  const w = toks[k + 1]?.w ?? '';
  // "Two daughters, aged 9 and 12, were wounded": skip the list of ages to the closing mark.
  if (w === 'aged' || w === 'ages') {
    let j = k + 2;
    while (toks[j] && (toks[j].kind === 'num' || toks[j].w === 'and' || (toks[j].raw === ',' && toks[j + 1]?.kind === 'num'))) j++;
    return toks[j]?.raw === close ? j + 1 : 0;
  }
  const opener = ['including', 'among', 'most', 'many', 'mostly', 'mainly', 'all', 'some', 'both', 'of', 'nearly', 'almost', 'half', 'one', 'or'].includes(w) || toks[k + 1]?.kind === 'num' || NUMBER_START_WORDS.has(w);
  let closed = 0;
  if (opener || open === '(') for (let j = k + 1; j < toks.length && j < k + 16 && !closed; j++) if (toks[j].raw === close) closed = j + 1;
  if (open !== ',' || (closed && (AUX.has(toks[closed]?.w ?? '') || harmAt(toks, closed)))) return closed;
  return (subject && asideBeforeVerb(toks, k)) || closed;
}

/**
 * A longer aside closed by the comma right before the clause's passive verb: "At least 22 people,
 * including 12 staff members and 10 patients, three of them children, were killed"; "34 fighters of
 * Bunyan al-Marsous, the forces loyal to the GNA, were killed". Returns the index after that comma.
 */
function asideBeforeVerb(toks: Tok[], k: number): number {
  for (let j = k; j < toks.length && j < k + 28; j++) {
    const t = toks[j];
    if (t.kind === 'punct' && (t.raw === ';' || t.raw === ':' || t.raw === '.')) return 0;
    if (t.raw !== ',' || !PASSIVE_AUX.has(toks[j + 1]?.w ?? '')) continue;
    let v = j + 2;
    while (v < toks.length && v < j + 5 && AUX.has(toks[v].w) && !harmAt(toks, v)) v++;
    return harmAt(toks, v)?.part === 'past' ? j + 1 : 0;
  }
  return 0;
}
const PASSIVE_AUX = new Set(['were', 'was', 'had', 'have', 'has', 'are', 'is']);

import type { Tok } from './sentenceTokens';
import type { Candidate } from './sentenceFigures';
import type { Link } from './linking';
import { harmAt } from './harmWords';
import { parseNumberAt } from './numberWords';

/* What the words around a count say about it: a breakdown's opening, a list label, a projection. */

const SUBSET_OPENERS = new Set(['including', 'includes', 'included', 'mostly', 'mainly']);
export const OF_WHOM: ReadonlySet<string> = new Set(['them', 'whom', 'those', 'these']);

/** One to four words, the first capitalised, and a colon, from the sentence's start (a list mark aside) to the count. */
export function labelBefore(toks: Tok[], first: number): boolean {
  if (toks[first - 1]?.raw !== ':') return false;
  const from = toks[0] && LIST_MARKS.has(toks[0].raw) ? 1 : 0;
  const words = first - 1 - from;
  if (words < 1 || words > 4 || !/^\p{Lu}/u.test(toks[from].raw)) return false;
  for (let k = from; k < first - 1; k++) if (toks[k].kind !== 'word') return false;
  return true;
}
const LIST_MARKS = new Set(['-', '•', '*', '–']);

// (And "can": "the prison can hold between 10,000 and 20,000 prisoners" is a capacity.)
const MODALS = new Set(['could', 'would', 'might', 'may', 'will', 'can']);

/** A projection, not a toll: "could cost up to 250,000 lives", "thousands could be killed". */
export function hypothetical(toks: Tok[], c: Candidate): boolean {
  const f = c.num.first;
  // (A capitalised "May" inside the sentence is the month: "said in May that at least 10,810 …".)
  if (MODALS.has(toks[f - 2]?.w ?? '') && !(toks[f - 2].raw === 'May' && f > 2) && toks[f - 1]?.kind === 'word' && toks[f - 1].w !== 'have') return true;
  if (c.link!.kind !== 'after') return false;
  for (let k = c.np.end; k < c.link!.harmEnd - 1; k++) if (MODALS.has(toks[k].w) && toks[k + 1]?.w === 'be') return true;
  return false;
}

/** The harm word of the clause before a colon just before the count ("The dead were distributed as follows:"). */
export function colonHarm(toks: Tok[], first: number): Link | null {
  let k = first - 1;
  while (k >= 0 && toks[k].raw !== ':' && first - k < 6) k--;
  if (k < 0 || toks[k].raw !== ':') return null;
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    const h = harmAt(toks, j);
    if (h) return { outcome: h.outcome, kind: 'before', harmEnd: j + h.len };
  }
  return null;
}

export function opensSubset(toks: Tok[], first: number): boolean {
  let k = first - 1;
  let colon = false;
  while (k >= 0 && (toks[k].raw === ',' || toks[k].raw === '(' || toks[k].raw === '—' || toks[k].raw === ':')) colon ||= toks[k--].raw === ':';
  const w = toks[k]?.w ?? '';
  if (SUBSET_OPENERS.has(w)) return true;
  // A breakdown after a colon: "has risen to 872, they are: 291 civilians …", "distributed as follows: 12 civilians".
  // (Or right after the count it breaks down: "the death toll stands at 481: 231 soldiers and 250 gunmen".)
  if (colon && (((w === 'are' || w === 'were') && toks[k - 1]?.w === 'they') || (w === 'follows' && toks[k - 1]?.w === 'as') || w === 'namely' || toks[k]?.kind === 'num')) return true;
  if (OF_WHOM.has(w) && (toks[k - 1]?.w === 'among' || toks[k - 1]?.w === 'of')) return true;
  // A breakdown after the verb and a colon: "11 people were killed: eight Iranians, two Syrians and one Lebanese".
  if (colon && toks[first - 1]?.raw === ':' && harmAt(toks, k) && (harmAt(toks, k)!.part === 'past' || harmAt(toks, k)!.part === 'intrans')) return true;
  // Or set off by a dash right after the count it breaks down: "killing 53 people — 46 civilians and seven soldiers —".
  if ((toks[first - 1]?.raw === '—' || toks[first - 1]?.raw === '–') && toks[first - 2]?.kind === 'word') {
    for (let j = first - 3; j >= 0 && j >= first - 4; j--) if (toks[j].kind === 'num' || parseNumberAt(toks, j)) return true;
  }
  return secondIncluded(toks, first);
}

const OWN = new Set(['his', 'her', 'their', 'its', 'the']);

/** "killing nine people including a woman and her three children": the second item after "including". */
function secondIncluded(toks: Tok[], first: number): boolean {
  let k = first - 1;
  if (OWN.has(toks[k]?.w ?? '')) k--;
  if (toks[k]?.w !== 'and') return false;
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    // (No count or verb of harm between: "including five children were killed and more than 80 wounded".)
    if (toks[j].kind !== 'word' || harmAt(toks, j) || parseNumberAt(toks, j)) return false;
    if (SUBSET_OPENERS.has(toks[j].w)) return j < k - 1;
  }
  return false;
}

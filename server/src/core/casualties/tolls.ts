import type { Outcome } from '../types';
import type { Tok } from './sentenceTokens';
import type { Link } from './linking';
import { harmAt } from './harmWords';
import type { NumberPhrase } from './numberWords';

// The nouns of a toll a count is linked to: "the death toll rose to 45", "bringing to 32 the number of troops killed".
const TOLL_NOUNS = new Set(['toll', 'tally', 'number', 'total', 'figure', 'count']);

/** "the death toll rose to 45", "the number of people killed reached 45", "a toll of 45". */
export function tollLink(toks: Tok[], k: number): Link | null {
  let toll = -1;
  let outcome: Outcome | undefined;
  // A "toll" may stand far back ("the death toll from Saturday's strikes on the … market has risen to 55").
  for (let j = k - 1; j >= 0 && j >= k - 30; j--) {
    const t = toks[j];
    if (t.raw === ';' || t.raw === ':') break;
    // "the number of people killed in Tuesday night's air strike on the … centre has risen to 53": a
    // number of people harmed may stand as far back as a toll.
    if (TOLL_NOUNS.has(t.w) && (j >= k - 12 || t.w === 'toll' || t.w === 'tally' || (toks[j + 1]?.w === 'of' && outcome !== undefined))) { toll = j; break; }
    const h = harmAt(toks, j);
    if (h) outcome = h.outcome;
  }
  if (toll < 0) return null;
  // "death toll", "casualty toll": the harm word sits in front of the toll noun.
  outcome ??= tollOutcome(toks, toll) ?? earlierHarm(toks, k);
  return outcome ? { outcome, kind: 'toll', harmEnd: k } : null;
}

/** A toll that "tops 90" is more than 90: at least 91, like "more than 90" (the guide). */
export const EXCEEDS: ReadonlySet<string> = new Set(['exceeded', 'exceeds', 'surpassed', 'surpasses', 'topped', 'tops', 'passed', 'passes', 'crossed']);

/** The count of a toll past a bare number ("tops 90"): min one more, no max. Any other count as it is. */
export function pastToll(toks: Tok[], num: NumberPhrase, link: Link): NumberPhrase {
  if (link.kind !== 'toll' || num.core !== num.first || num.max !== num.min || !EXCEEDS.has(toks[num.first - 1]?.w ?? '')) return num;
  return { ...num, min: num.value + 1, max: undefined };
}

export const BRING = new Set(['bringing', 'brings', 'brought', 'bring', 'raising', 'raises', 'raised', 'pushing', 'pushes', 'pushed', 'taking', 'takes', 'took']);

/** "… to 32 the (death) toll / the number of troops killed": a toll noun at j and its outcome. */
export function tollAfter(toks: Tok[], j: number, k: number): Link | null {
  if (toks[j]?.w === 'the') j++;
  if (harmAt(toks, j)?.part === 'noun' || toks[j]?.w === 'casualty') j++;
  if (!TOLL_NOUNS.has(toks[j]?.w ?? '')) return null;
  let outcome = toks[j - 1]?.w === 'the' ? undefined : tollOutcome(toks, j);
  for (let m = j + 1; !outcome && m < toks.length && m <= j + 10 && toks[m].kind !== 'punct'; m++) outcome = harmAt(toks, m)?.outcome;
  return outcome ? { outcome, kind: 'toll', harmEnd: k } : null;
}

/** "Five journalists have been killed …, bringing the total since 2011 to 211": the sentence's harm. */
function earlierHarm(toks: Tok[], k: number): Outcome | undefined {
  for (let j = k - 1; j >= 0 && j >= k - 30; j--) {
    const h = harmAt(toks, j);
    if (h && h.part !== 'noun') return h.outcome;
  }
  return undefined;
}

/** The outcome a toll noun at j names: "death toll", "casualty toll", a bare "toll" (killed). */
function tollOutcome(toks: Tok[], j: number): Outcome | undefined {
  const h = harmAt(toks, j - 1) ?? (toks[j - 1]?.w === 'casualty' ? harmAt(toks, j) : null);
  return h?.outcome ?? (toks[j].w === 'toll' ? 'killed' : undefined);
}

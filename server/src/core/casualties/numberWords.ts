import type { Tok } from './sentenceTokens';
import { matchSeq } from './sentenceTokens';
import { wordBit } from './wordTable';
import type { Qualifier } from './numberLexicon';
import { DIGIT_SCALES, FEW, QUALIFIERS, SCALES, TENS, UNITS, VAGUE } from './numberLexicon';
import { parseDigits, parseVague, parseWords, type Core } from './numberCounts';

/**
 * The number grammar: a qualifier ("at least", "nearly", "about") and a count written in digits
 * ("4,012", "10000", "1.5 million"), in words ("twenty-three", "half a million"), as a vague
 * plural ("dozens", "hundreds of thousands") or as a range ("between 229 and 425", "10-15").
 * Bounds follow the annotation guide (ACLED's conservative convention for vague words).
 */
export interface NumberPhrase {
  /** Token indices, inclusive; `first` includes the qualifier. */
  first: number;
  last: number;
  /** Index of the first token of the count itself (after the qualifier). */
  core: number;
  min: number;
  max?: number;
  /** Only "about / around / some N" (the guide); a vague word ("dozens") is a minimum, not an approximation. */
  approximate: boolean;
  /** The count before the qualifier is applied (lower end of a range). */
  value: number;
  vague: boolean;
  /** A bare run of digits: 4 digits 1900–2099 may be a year. */
  yearLike: boolean;
  /** Only the word "one" (often a pronoun: "one of", "no one"). */
  one: boolean;
  /** A decimal with no scale word ("1.5"): not a head count. */
  fraction: boolean;
}

/** Words that can start a number phrase; the cheap test before parsing. */
export const NUMBER_START_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(VAGUE), 'a', 'half', 'several', 'many', 'hundred', 'thousand', 'million', 'dozen',
  ...QUALIFIERS.map(([seq]) => seq[0]),
]);
const NUMBER_START = wordBit((w) => NUMBER_START_WORDS.has(w));

// The qualifiers by their first word, in the order they are tried (longest first).
const QUALIFIERS_BY_FIRST = new Map<string, [readonly string[], Qualifier][]>();
for (const entry of QUALIFIERS) {
  const list = QUALIFIERS_BY_FIRST.get(entry[0][0]);
  if (list) list.push(entry);
  else QUALIFIERS_BY_FIRST.set(entry[0][0], [entry]);
}
const QUALIFIER_START = wordBit((w) => QUALIFIERS_BY_FIRST.has(w));
// Every word a count in words can start with (parseVague, parseWords): most words that start a
// phrase are only qualifiers ("in", "at", "over"), and their count is rejected at once.
const CORE_START = wordBit((w) => w in VAGUE || FEW.has(w) || w === 'a' || w === 'half' || w in UNITS || w in TENS || w in SCALES);

/** Parses the number phrase starting at token i, or returns null. */
export function parseNumberAt(toks: Tok[], i: number): NumberPhrase | null {
  let q: Qualifier | undefined;
  let c = i;
  const t = toks[i];
  const seqs = t && t.bits & QUALIFIER_START ? QUALIFIERS_BY_FIRST.get(t.w) : undefined;
  if (seqs) {
    for (const [seq, kind] of seqs) {
      const n = matchSeq(toks, i, seq);
      if (n) { q = kind; c = i + n; break; }
    }
  }
  const a = parseCore(toks, c);
  if (!a) return null;
  let lo = a.value;
  let hi: number | undefined = a.vague ? undefined : a.value;
  let last = a.end - 1;
  // Ranges: "between 229 and 425", "10 to 15", "10-15", "two or three".
  const sep = toks[a.end];
  const rangeSep = q === 'between' ? sep?.w === 'and' : sep?.w === 'to' || sep?.w === 'or' || ((sep?.raw === '-' || sep?.raw === '–') && a.end + 1 < toks.length);
  if (rangeSep && !a.vague) {
    const b = parseCore(toks, a.end + 1);
    if (b && !b.vague && b.value > a.value) {
      hi = b.value;
      last = b.end - 1;
      // "10 to 15 million": the scale of the upper end applies to the lower one too.
      if (b.value >= 1000 * a.value && a.value < 1000 && b.end - 1 > a.end + 1) lo = a.value * scaleOf(toks[b.end - 1].w);
    }
  }
  if (q === 'between' && hi === lo) return null;
  const p: NumberPhrase = { first: i, last, core: c, min: lo, max: hi, approximate: false, value: lo, vague: a.vague, yearLike: a.yearLike && last === c, one: a.one && last === c, fraction: a.fraction };
  applyQualifier(p, q);
  return p;
}

function scaleOf(w: string): number {
  return DIGIT_SCALES[w] ?? SCALES[w] ?? 1;
}

function applyQualifier(p: NumberPhrase, q: Qualifier | undefined): void {
  const top = p.max ?? p.min;
  switch (q) {
    case 'atLeast': p.max = undefined; break;
    case 'moreThan': p.min = p.min + 1; p.max = undefined; break;
    case 'upTo': p.min = 0; p.max = top; break;
    case 'lessThan': p.min = 0; p.max = top - 1; break;
    case 'approx': p.max = top; p.approximate = true; break;
    default: break;
  }
}

function parseCore(toks: Tok[], i: number): Core | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === 'num') return parseDigits(toks, i);
  if (!(t.bits & CORE_START)) return null;
  return parseVague(toks, i) ?? parseWords(toks, i);
}

/** Every number phrase of a sentence, left to right, not overlapping. */
export function findNumbers(toks: Tok[]): NumberPhrase[] {
  const out: NumberPhrase[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'punct' || (t.kind === 'word' && !(t.bits & NUMBER_START))) continue;
    const p = parseNumberAt(toks, i);
    if (p) { out.push(p); i = p.last; }
  }
  return out;
}

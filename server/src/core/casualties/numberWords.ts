import type { Tok } from './sentenceTokens';
import { matchSeq } from './sentenceTokens';
import { wordBit } from './wordTable';
import type { Qualifier } from './numberLexicon';
import { PERSON_NOUNS } from './victimWords';
import { DIGIT_SCALES, FEW, QUALIFIERS, SCALES, SCORES_BEFORE, TENS, UNITS, VAGUE } from './numberLexicon';

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

interface Core {
  end: number;
  value: number;
  vague: boolean;
  yearLike: boolean;
  one: boolean;
  fraction: boolean;
}

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

function parseDigits(toks: Tok[], i: number): Core | null {
  const raw = toks[i].raw;
  // Thousands separators must group by three ("4,012"); "01,2018" is a date fragment.
  const comma = raw.includes(',');
  if (comma && !/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw)) return null;
  // Separators: commas ("4,012") and spaces ("10 000") group thousands.
  const grouped = comma || (raw.length >= 5 && /[^\d.]/.test(raw));
  let value = Number(grouped ? raw.replace(/[^\d.]/g, '') : raw);
  let fractional = raw.includes('.');
  const next = toks[i + 1];
  // "4.012 people": a European thousands separator, when people follow (a count of people is never fractional).
  if (fractional && !comma && next?.kind === 'word' && PERSON_NOUNS.has(next.w) && /^\d{1,3}(?:\.\d{3})+$/.test(raw)) {
    value = Number(raw.replace(/\./g, ''));
    fractional = false;
  }
  const scale = next && next.kind === 'word' ? DIGIT_SCALES[next.w] : undefined;
  // A spaced "m" or "k" is a unit ("5 m" = metres), so those two must touch the digits ("1.5m").
  if (scale && !((next.w === 'm' || next.w === 'k') && next.spaced)) {
    return { end: i + 2, value: Math.round(value * scale), vague: false, yearLike: false, one: false, fraction: false };
  }
  const yearLike = !fractional && !raw.includes(',') && raw.length === 4 && value >= 1900 && value <= 2099;
  return { end: i + 1, value, vague: false, yearLike, one: false, fraction: fractional };
}

const vague = (end: number, value: number): Core => ({ end, value, vague: true, yearLike: false, one: false, fraction: false });

function parseVague(toks: Tok[], i: number): Core | null {
  const w = toks[i].w;
  // "hundreds of thousands", "tens of thousands", "tens of millions"
  if ((w === 'hundreds' || w === 'tens') && toks[i + 1]?.w === 'of' && (toks[i + 2]?.w === 'thousands' || toks[i + 2]?.w === 'millions')) {
    return vague(i + 3, VAGUE[w] * VAGUE[toks[i + 2].w]);
  }
  if (w in VAGUE) {
    // "tens" and "scores" are numbers only as "tens of …" / "scores of …".
    // "scores wounded" / "scores more" also read as a count.
    const n1 = toks[i + 1]?.w;
    if (w === 'tens' && n1 !== 'of') return null;
    if (w === 'scores' && n1 !== 'of' && n1 !== 'more' && !SCORES_BEFORE.has(n1 ?? '')) return null;
    return vague(i + 1, VAGUE[w]);
  }
  // "several thousand", "a few hundred", "many thousands", "several hundred thousand"
  let j = i;
  if (w === 'a' && toks[i + 1]?.w === 'few') j = i + 1;
  else if (!FEW.has(w)) return null;
  const s = toks[j + 1]?.w;
  const base = s === undefined ? undefined : SCALES[s] ?? VAGUE[s];
  if (!base || s === 'tens' || s === 'scores') return null;
  if ((s === 'hundred' || s === 'hundreds') && toks[j + 2]?.w === 'thousand') return vague(j + 3, 1e5);
  return vague(j + 2, base);
}

const wordAt = (toks: Tok[], k: number): string => toks[k]?.w ?? '';
const done = (start: number, end: number, value: number): Core => ({ end, value, vague: false, yearLike: false, one: value === 1 && end === start + 1, fraction: false });

function parseWords(toks: Tok[], i: number): Core | null {
  const first = wordAt(toks, i);
  // Most words reach here only as a possible qualifier ("in", "at", "over"): reject them at once.
  if (first !== 'a' && first !== 'half' && first !== 'one' && first !== 'three' && !(first in UNITS) && !(first in TENS) && !(first in SCALES)) return null;
  const w = (k: number) => wordAt(toks, k);
  // "half a million", "half a dozen"
  if (w(i) === 'half' && w(i + 1) === 'a' && SCALES[w(i + 2)]) return done(i, i + 3, SCALES[w(i + 2)] / 2);
  // "a quarter of a million", "three quarters of a million"
  const quarters = w(i) === 'a' || w(i) === 'one' ? 1 : w(i) === 'three' ? 3 : 0;
  if (quarters && (w(i + 1) === 'quarter' || w(i + 1) === 'quarters') && w(i + 2) === 'of' && w(i + 3) === 'a' && SCALES[w(i + 4)] >= 1000) {
    return done(i, i + 5, (quarters * SCALES[w(i + 4)]) / 4);
  }
  let j = i;
  let total = 0;
  let current = 0;
  let any = false;
  let lastWasUnit = false;
  if (w(j) === 'a') {
    if (!SCALES[w(j + 1)]) return null;
    current = 1;
    j++;
  }
  for (; j < toks.length; j++) {
    const x = w(j);
    if (x in UNITS || x in TENS) {
      if (lastWasUnit) break;
      let v = UNITS[x] ?? TENS[x];
      // "twenty-three"
      if (x in TENS && toks[j + 1]?.raw === '-' && !toks[j + 1].spaced && UNITS[w(j + 2)] < 10 && !toks[j + 2].spaced) { v += UNITS[w(j + 2)]; j += 2; }
      current += v;
      any = true;
      lastWasUnit = true;
    } else if (x === 'hundred' || x === 'dozen') {
      current = (current || 1) * SCALES[x];
      any = true;
      lastWasUnit = false;
    } else if (x === 'thousand' || x === 'million' || x === 'billion') {
      total += (current || 1) * SCALES[x];
      current = 0;
      any = true;
      lastWasUnit = false;
    } else if (x === 'and' && any && w(j + 1) === 'a' && w(j + 2) === 'half' && SCALES[w(j + 3)] >= 1000) {
      // "one and a half million"
      total += (current + 0.5) * SCALES[w(j + 3)];
      current = 0;
      j += 3;
      lastWasUnit = false;
    } else if (x === 'and' && any && !lastWasUnit && (w(j + 1) in UNITS || w(j + 1) in TENS)) {
      // "two hundred and fifty"
      continue;
    } else break;
  }
  if (!any) return null;
  return done(i, j, total + current);
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

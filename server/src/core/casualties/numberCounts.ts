import type { Tok } from './sentenceTokens';
import { PERSON_NOUNS } from './victimWords';
import { DIGIT_SCALES, FEW, SCALES, SCORES_BEFORE, TENS, UNITS, VAGUE } from './numberLexicon';

/**
 * The count of a number phrase (numberWords.ts), the qualifier already read: in digits ("4,012",
 * "10000", "1.5 million"), as a vague plural ("dozens", "hundreds of thousands") or in words
 * ("twenty-three", "half a million"). Each parser returns null when the count does not start at
 * token i; parseCore (numberWords.ts) tries them.
 */
export interface Core {
  end: number;
  value: number;
  vague: boolean;
  yearLike: boolean;
  one: boolean;
  fraction: boolean;
}

export function parseDigits(toks: Tok[], i: number): Core | null {
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

const SCORES_AFTER = new Set(['killed', 'wounded', 'injured', 'killing', 'wounding', 'injuring', 'kills', 'wounds', 'injures']);

export function parseVague(toks: Tok[], i: number): Core | null {
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
    // (Or the object of a harm verb: "wounded scores at hospitals".)
    if (w === 'scores' && n1 !== 'of' && n1 !== 'more' && !SCORES_BEFORE.has(n1 ?? '') && !SCORES_AFTER.has(toks[i - 1]?.w ?? '')) return null;
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

export function parseWords(toks: Tok[], i: number): Core | null {
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

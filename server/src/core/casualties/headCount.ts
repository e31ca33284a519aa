import type { Tok } from './sentenceTokens';
import type { NumberPhrase } from './numberWords';
import type { VictimPhrase } from './nounPhrase';
import { CAPITALISED } from './victimWords';

/* Numbers that count no people harmed: dates, ages, times, units, labels, money, pronouns. */

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const LABELS = new Set(['district', 'zone', 'area', 'resolution', 'route', 'highway', 'article', 'no', 'number', 'brigade', 'division', 'unit', 'flight', 'sector', 'section', 'chapter', 'phase', 'level', 'road', 'gate', 'building', 'block', 'battalion', 'regiment', 'corps', 'page', 'version', 'verse']);
/** The harmed named as a group: "Three of the wounded died". */
export const HARMED_GROUPS: ReadonlySet<string> = new Set(['wounded', 'injured']);
const KIN_OF = new Set(['mother', 'father', 'parents', 'family', 'husband', 'wife', 'grandmother', 'grandfather', 'head', 'none', 'neither', 'one', 'each', 'any']);
const OWNERS = new Set(['its', 'their', 'his', 'her', 'our', 'my']);
const CURRENCY = new Set(['$', '€', '£', '¥', '#']);

/** True when the number is plainly not a head count: a date, year, age, time, unit, label, money or fraction. */
export function isNotAHeadCount(toks: Tok[], num: NumberPhrase, np: VictimPhrase): boolean {
  if (num.fraction || num.min + (num.max ?? 0) === 0) return true;
  if (np.cls === 'nonperson') return true;
  if (num.yearLike && np.cls !== 'person') return true;
  const first = toks[num.first];
  const core = toks[num.core];
  const last = toks[num.last];
  const prev = toks[num.first - 1];
  const prev2 = toks[num.first - 2];
  const next = toks[num.last + 1];
  // Dates: "July 25", "Oct. 5", "25 July".
  if (prev && (MONTHS.has(prev.w) || (prev.raw === '.' && prev2 && MONTHS.has(prev2.w))) && core.kind === 'num') return true;
  if (next && MONTHS.has(next.w) && next.w !== 'may' && last.kind === 'num') return true;
  // Glued to letters or other tokens: "F-16", "M4", "21st", "10km", "5pm", "2,000-year-old", "12:30".
  if (!first.spaced && prev && (prev.kind !== 'punct' || prev.raw === '-' || prev.raw === '/' || prev.raw === '.' || prev.raw === ':')) return true;
  // (A colon only between digits, "12:30": "the toll stands at 481: 231 soldiers …" ends a count.)
  const clock = next?.raw === ':' && toks[num.last + 2]?.kind === 'num' && !toks[num.last + 2].spaced;
  if (next && !next.spaced && (next.kind !== 'punct' || next.raw === '-' || next.raw === '/' || clock || next.raw === '%')) {
    // "twenty-three" was consumed by the parser; anything still glued on is a compound or a unit.
    return true;
  }
  if (next && (next.raw === '%' || next.w === 'percent' || (next.w === 'per' && toks[num.last + 2]?.w === 'cent'))) return true;
  if (prev && CURRENCY.has(prev.raw)) return true;
  if (prev && (prev.w === 'aged' || prev.w === 'ages' || (prev.w === 'of' && prev2?.w === 'age'))) return true;
  // The later ages of a list: "aged 9 and 12", "aged 10, 13 and 15".
  for (let j = num.first - 1; j >= num.first - 8 && j >= 0 && (toks[j].kind === 'num' || toks[j].raw === ',' || toks[j].w === 'and'); j--) {
    if (toks[j - 1]?.w === 'aged' || toks[j - 1]?.w === 'ages') return true;
  }
  if (next?.w === 'years' && toks[num.last + 2]?.w === 'old') return true;
  if (prev && LABELS.has(prev.w) && prev.bits & CAPITALISED && core.kind === 'num') return true;
  // "mother of 10 children", "none of the 12 passengers", "one of 12"
  if (prev?.w === 'of' && prev2 && KIN_OF.has(prev2.w)) return true;
  if (prev?.w === 'the' && prev2?.w === 'of' && KIN_OF.has(toks[num.first - 3]?.w ?? '')) return true;
  // "one" is mostly a pronoun or determiner: "one of", "no one", "one side".
  // (But "one of the wounded died": one of the harmed, counted by what befell them.)
  // (Nor "one of its commanders … had been killed": one of a group of people named after an owner;
  // nor "killing five people, one of them a volunteer": one of the figure before.)
  const after = toks[num.last + 2]?.w ?? '';
  const ofHarmed = next?.w === 'of' && ((after === 'the' && HARMED_GROUPS.has(toks[num.last + 3]?.w ?? '')) || (OWNERS.has(after) && np.cls === 'person') || after === 'them' || after === 'whom');
  if (num.one && !ofHarmed && (next?.w === 'of' || next?.w === 'another' || prev?.w === 'no' || prev?.w === 'every' || prev?.w === 'any')) return true;
  if (num.one && (np.cls === 'unknown' || prev?.w === 'of')) return true;
  return false;
}

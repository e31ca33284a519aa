/**
 * The words of the number grammar (numberWords.ts, numberCounts.ts): qualifiers and the bounds they
 * set, number words, scale words, and vague plurals with ACLED's conservative minimum.
 */
export type Qualifier = 'atLeast' | 'moreThan' | 'upTo' | 'lessThan' | 'approx' | 'between';

export const QUALIFIERS: [readonly string[], Qualifier][] = [
  [['at', 'the', 'very', 'least'], 'atLeast'], [['at', 'least'], 'atLeast'], [['no', 'fewer', 'than'], 'atLeast'],
  [['no', 'less', 'than'], 'atLeast'], [['not', 'less', 'than'], 'atLeast'], [['a', 'minimum', 'of'], 'atLeast'],
  [['more', 'than'], 'moreThan'], [['just', 'over'], 'moreThan'], [['well', 'over'], 'moreThan'], [['over'], 'moreThan'],
  [['upwards', 'of'], 'moreThan'], [['in', 'excess', 'of'], 'moreThan'], [['well', 'above'], 'moreThan'],
  [['nearly'], 'upTo'], [['almost'], 'upTo'], [['up', 'to'], 'upTo'], [['as', 'many', 'as'], 'upTo'], [['close', 'to'], 'upTo'],
  [['at', 'most'], 'upTo'], [['no', 'more', 'than'], 'upTo'], [['not', 'more', 'than'], 'upTo'],
  [['fewer', 'than'], 'lessThan'], [['less', 'than'], 'lessThan'], [['just', 'under'], 'lessThan'], [['under'], 'lessThan'],
  [['about'], 'approx'], [['around'], 'approx'], [['some'], 'approx'], [['approximately'], 'approx'], [['roughly'], 'approx'],
  [['an', 'estimated'], 'approx'], [['estimated'], 'approx'], [['approx'], 'approx'], [['circa'], 'approx'], [['round', 'about'], 'approx'],
  [['between'], 'between'],
];

export const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
export const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, dozen: 12 };
// Scale abbreviations after digits: "1.5m", "2 mln", "10k" (a spaced "m" would be metres, so only "mln"/"mn" may be spaced).
export const DIGIT_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, mln: 1e6, mn: 1e6, bn: 1e9, m: 1e6, k: 1e3 };
// Vague plurals: ACLED's conservative minimum.
export const VAGUE: Record<string, number> = { dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, tens: 10 };
export const SCORES_BEFORE = new Set(['killed', 'wounded', 'injured', 'dead', 'hurt', 'others', 'people', 'were', 'have', 'had', 'feared']);
export const FEW = new Set(['several', 'few', 'many']);


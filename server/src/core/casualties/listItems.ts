import type { Tok } from './sentenceTokens';

/**
 * After the other items of a list of people the count opens ("…, a civilian employee of the Defense
 * Department and a contractor"): each item starts with an article, the last follows "and"; a dash
 * closing an aside the list stands in is passed too. `at` when no such list ends there.
 */
export function afterListItems(toks: Tok[], at: number): number {
  let k = at;
  let last = false;
  for (let items = 0; items < 6 && !last; items++) {
    if (toks[k]?.raw === ',') k++;
    if (toks[k]?.w === 'and') {
      last = true;
      k++;
    }
    if (!LIST_ARTICLE.has(toks[k]?.w ?? '')) return at;
    let n = 0;
    for (k++; toks[k] && toks[k].kind === 'word' && toks[k].w !== 'and' && !AUX_AMONG.has(toks[k].w); k++) if (++n > 8) return at;
  }
  if (toks[k]?.raw === '–' || toks[k]?.raw === '—') k++;
  return AUX_AMONG.has(toks[k]?.w ?? '') ? k : at;
}

const LIST_ARTICLE = new Set(['a', 'an', 'the', 'one', 'another']);
const AUX_AMONG = new Set(['were', 'are']);

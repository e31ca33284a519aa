import type { Tok } from './sentenceTokens';
import type { Candidate } from './sentenceFigures';
import { CAPITALISED } from './victimWords';
import { ARTICLES } from '../text/fold';
import { harmAt } from './harmWords';
import { parseNumberAt } from './numberWords';

// Words that may join the counts of one list: "61 rebels … and 50 troops", "14 dead in Homs and another 6 in Hama".
const COORDINATORS = new Set([',', 'and', 'as', 'well', 'plus', 'along', 'with', 'while', '&', 'another', 'a', 'further', 'also']);

/**
 * Lists share one harm word: "has killed 61 rebels … and 50 troops", "27 regime fighters and 26
 * jihadists dead", "42 rebels … died, as well as 34 regime loyalists", "14 dead in Homs and another 6 in Hama".
 */
export function inheritFromLists(toks: Tok[], cands: Candidate[]): void {
  const joined = (from: number, to: number) => {
    if (to <= from) return false;
    for (let k = from; k < to; k++) if (!COORDINATORS.has(toks[k].w) && !COORDINATORS.has(toks[k].raw)) return false;
    return true;
  };
  // The inheriting count must end its clause: "and 10 children survived" has a verb of its own.
  const endsClause = (c: Candidate) => {
    const n = toks[ofTail(toks, c.np.end)];
    return !n || n.kind !== 'word' || CLAUSE_END.has(n.w);
  };
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i];
    const p = cands[i - 1];
    if (c.link || c.parent !== undefined || !p.link || c.np.cls === 'unknown' || !endsClause(c)) continue;
    const from = p.link.kind === 'after' || p.link.kind === 'bare' ? Math.max(p.np.end, p.link.harmEnd) : p.np.end;
    const lead = toks[c.num.first - 1]?.w;
    // ("…, as were 67,296 jihadists": the verb of the count before stands for this one too.)
    const lead2 = toks[c.num.first - 2]?.w;
    const ellipsis = lead === 'another' || lead === 'further' || (lead2 === 'along' && lead === 'with') || (lead2 === 'well' && lead === 'as') || (lead2 === 'as' && (lead === 'were' || lead === 'was')) || (c.np.cls === 'empty' && lead === 'and');
    // "including 45 in Homs, 30 in Idlib and its countryside and 12 in Damascus": counts by place.
    const tail = toks[afterPlace(toks, c.np.end)];
    // (The items of such a list may be set off by semicolons: "12 in Maarat al-Numan; 7 in Khan Sheikhoun".)
    // An item with a victim noun ("2 children in Khan Sheikhoun") counts only where semicolons set the items off.
    const placeEnd = afterPlace(toks, p.np.end + (toks[p.np.end]?.raw === ',' ? 1 : 0));
    const bySemicolon = semicolonItems(toks, placeEnd, c.num.first);
    const byPlace = (c.np.cls === 'empty' || bySemicolon) && PLACE_PREPOSITIONS.has(toks[c.np.end]?.w ?? '') && (!tail || tail.kind === 'punct' || tail.w === 'and') && (joined(afterPlace(toks, p.np.end), c.num.first) || bySemicolon);
    if (joined(from, c.num.first) || joined(ofTail(toks, p.np.end), c.num.first) || ellipsis || byPlace) {
      c.link = p.link;
      // A part is no bigger than its whole: in "291 civilians including 64 children, 309 fighters …" the 309 are 291's sibling.
      let whole = typeof p.parent === 'number' ? p.parent : undefined;
      while (whole !== undefined && cands[whole].num.min < c.num.min) whole = typeof cands[whole].parent === 'number' ? (cands[whole].parent as number) : undefined;
      if (whole !== undefined) c.parent = whole;
      else if (p.parent === 'previous') c.parent = 'previous'; // "Among the victims are 34 children and 60 women"
    }
  }
  for (let i = cands.length - 2; i >= 0; i--) {
    const c = cands[i];
    const n = cands[i + 1];
    if (c.link || c.parent !== undefined || !n.link || (n.link.kind !== 'after' && n.link.kind !== 'bare' && n.link.kind !== 'among')) continue;
    // ("nine civilians and five fighters … were among the dead": both are of the figure the next one is of.)
    if (c.np.cls !== 'unknown' && joined(c.np.end, n.num.first)) {
      c.link = n.link;
      if (n.link.kind === 'among') c.parent = n.parent;
    }
  }
}

/**
 * Past the "of" phrase (or the rest of one the victim phrase stopped in) that ends a list item at a
 * comma ("183 fighters of HTS and allied factions, 100 members of the army and pro-government
 * groups, and 44 civilians"), or k when there is none.
 */
function ofTail(toks: Tok[], k: number): number {
  if (!TAIL_START.has(toks[k]?.w ?? '')) return k;
  let j = k + 1;
  for (; j < toks.length && j <= k + 8 && toks[j].raw !== ','; j++) if (toks[j].kind === 'num' || parseNumberAt(toks, j) || harmAt(toks, j) || VERB_OR_RELATIVE.has(toks[j].w)) return k;
  return toks[j]?.raw === ',' ? j : k;
}

const TAIL_START = new Set(['of', 'from', 'and']);
const VERB_OR_RELATIVE = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'who', 'which', 'that', 'whom']);

/** Items without a count between semicolons ("a man and his wife in Hish"): words before a place phrase. */
const COUNTLESS_ITEM_WORDS = 10;

/**
 * Only a semicolon between, or semicolons setting off items without a count that each end at a
 * place phrase ("12 in Saraqeb; a man and his wife in Hish; 3 in Kafr Zita"): the next item of a
 * list by place.
 */
function semicolonItems(toks: Tok[], from: number, to: number): boolean {
  let k = from;
  while (k < to && toks[k].raw === ';') {
    if (k + 1 === to) return true;
    let j = k + 1;
    let placed = false;
    for (; j < to && toks[j].raw !== ';'; j++) {
      if (toks[j].kind === 'num' || j - k > COUNTLESS_ITEM_WORDS) return false;
      if (!placed && PLACE_PREPOSITIONS.has(toks[j].w) && j > k + 1) placed = afterPlace(toks, j) === nextSemicolon(toks, j, to);
    }
    if (!placed) return false;
    k = j;
  }
  return false;
}

function nextSemicolon(toks: Tok[], from: number, to: number): number {
  let j = from;
  while (j < to && toks[j].raw !== ';') j++;
  return j;
}

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'across', 'around']);
const PLACE_WORDS = new Set(['province', 'city', 'governorate', 'countryside', 'district', 'area', 'region', 'town', 'suburbs', 'outskirts', 'environs']);

/** Past a place phrase at k ("in Idlib and its countryside", "in the Damascus suburbs"), or k when none starts there. */
function afterPlace(toks: Tok[], k: number): number {
  if (!PLACE_PREPOSITIONS.has(toks[k]?.w ?? '')) return k;
  let j = k + 1;
  if (toks[j]?.w === 'the') j++;
  const name = j;
  // Capitalised words, hyphens and what they glue on ("Maarat al-Numan": the article too).
  const glued = (x: number) => toks[x + 1]?.raw === '-' && !toks[x + 1].spaced;
  while (toks[j] && (toks[j].bits & CAPITALISED || (toks[j].raw === '-' && !toks[j].spaced) || (toks[j - 1]?.raw === '-' && toks[j].kind === 'word') || (j > name && glued(j) && ARTICLES.has(toks[j].w)))) j++;
  if (j === name) return k;
  while (toks[j] && PLACE_WORDS.has(toks[j].w)) j++;
  if (toks[j]?.w === 'and' && toks[j + 1]?.w === 'its' && PLACE_WORDS.has(toks[j + 2]?.w ?? '')) j += 3;
  return j;
}

// (Also the modifiers that say whose they are: "and 250 gunmen loyal to the former regime".)
const CLAUSE_END = new Set(['in', 'on', 'at', 'near', 'among', 'and', 'or', 'across', 'around', 'from', 'during', 'while', 'since', 'according', 'including', 'last', 'this', 'loyal', 'affiliated', 'allied', 'belonging', 'linked', 'aligned']);

import type { EntityMention } from '../types';
import { CUE_NAME, cueName, type CueMention } from './placeCues';

/**
 * Unknown places listed among known ones: "in Tall Refaat, Fafin, Ahdath and Kafr Naya". A list
 * opened by a place preposition and closed by "and"/"or" whose items are mostly known places (at
 * least two, and at least half) names places in its other items too; so does a known town paired
 * with one name after a preposition ("toward Yabroud and Flita", "from Ain al-Fijeh and Deir Miqren
 * toward Idlib"). `known`: the paragraph's known place mentions, sorted, offsets absolute; `base`:
 * the paragraph's start in `text`.
 */
export function listedPlaces(text: string, base: number, paragraphEnd: number, known: readonly EntityMention[]): CueMention[] {
  const out: CueMention[] = [];
  for (let k = 0; k < known.length; k++) {
    const opener = OPENS_LIST.exec(text.slice(Math.max(base, known[k].start - 12), known[k].start));
    if (!opener) continue;
    // The list's items from known[k] on: known mentions by index, unknown names as cue mentions.
    let pos = known[k].end;
    let next = k + 1;
    let knownItems = 1;
    let closed = false;
    const unknown: CueMention[] = [];
    while (knownItems + unknown.length < MAX_ITEMS) {
      SEPARATOR.lastIndex = pos;
      const sep = SEPARATOR.exec(text);
      if (!sep || pos + sep[0].length >= paragraphEnd) break;
      const at = pos + sep[0].length;
      while (next < known.length && known[next].start < at) next++;
      if (next < known.length && known[next].start === at) {
        pos = known[next++].end;
        knownItems++;
      } else {
        CUE_NAME.lastIndex = at;
        const m = CUE_NAME.exec(text);
        const q = m && m.index + m[1].length <= paragraphEnd && (next >= known.length || known[next].start >= at + m[1].length) ? cueName(m[1], at - base, 'place') : undefined;
        if (!q) break;
        unknown.push(q);
        pos = at + m![1].length;
      }
      if (sep[1] !== undefined) {
        closed = true;
        break;
      }
    }
    // A pair: the clause goes on after it, and no wire credit ("Reporting by Suleiman Al-Khalidi in Amman and Ellen Francis in Beirut").
    const pair = knownItems === 1 && unknown.length === 1 && SETTLEMENTS.has(known[k].type) && NEAR.has(opener[1]) && PAIR_END.test(text.slice(pos, pos + 12)) && !CREDIT.test(text.slice(base, known[k].start));
    if (closed && unknown.length && ((knownItems >= 2 && knownItems >= unknown.length) || pair)) for (const q of unknown) out.push(q);
    k = Math.max(k, next - 1);
  }
  return out;
}

/** Items of one list at most. */
const MAX_ITEMS = 10;
/** Right before a list's first item: a preposition of place ("in", "near", "including"). */
const OPENS_LIST = /\b(in|near|at|from|to|into|including|between|around|across|towards?|of|them) $/; // "among them", "including them"
const NEAR = new Set(['near', 'toward', 'towards', 'between', 'around', 'from', 'to', 'in', 'on', 'at', 'into']);
const SETTLEMENTS = new Set<string>(['city', 'town', 'village', 'district', 'camp']);
/** After a pair's unknown name: the clause goes on with punctuation or a preposition, not a verb ("near Raqqa and Smith said"). */
const PAIR_END = /^(?:[.,;:)]|\s+(?:on|in|at|from|to|towards?|for|near|after|before|since|during|with|where|amid|following|over|this|last|overnight|north|south|east|west)\b)/;
const CREDIT = /\b(?:[Rr]eporting|[Ww]riting|[Ee]diting) by\b/;
/** Between two items: ", ", or (group 1) the closing " and ", ", and ", " or ". */
const SEPARATOR = /, (?!and |or )|(,? (?:and|or) )/y;

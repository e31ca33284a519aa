import type { CasualtyFigure, EntityMention, Paragraph } from '../types';
import { splitSentences } from '../text/sentences';
import { tokenizeSentence } from './sentenceTokens';
import { HARM_HINT } from './harmWords';
import { analyseSentence } from './sentenceFigures';
import { periodOf, placeOf, sourceOf, victimActorOf } from './context';

// Cheap pre-filter: a sentence can hold a figure only if it has a digit or a number word.
const NUMBER_HINT = /\d|\b(?:one|t(?:wo|hree|en|welve|wenty|hirty|housands?|hirteen|ens)|f(?:our|ive|ifty|orty|ourteen|ifteen)|s(?:ix|even|ixty|eventy|ixteen|eventeen|cores)|e(?:ight|leven|ighty|ighteen)|nine(?:ty|teen)?|hundreds?|millions?|dozens?)\b/i;

// Characters either side of a figure searched for its place, source and victim actor.
const CONTEXT = 300;

/** The entities (sorted by start) that lie inside [a, b), found by binary search. */
function within(sorted: EntityMention[], a: number, b: number): EntityMention[] {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < a) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityMention[] = [];
  for (let k = lo; k < sorted.length && sorted[k].start < b; k++) if (sorted[k].end <= b) out.push(sorted[k]);
  return out;
}

/**
 * Finds casualty figures: counts of people killed, wounded, kidnapped, missing, executed, arrested
 * or displaced (annotation guide §3). Only sentences with both a number and a harm word are
 * tokenised; each is read by the clause grammar in sentenceFigures.ts, then given its context.
 */
export function findCasualties(text: string, paragraphs: Paragraph[], entities: EntityMention[]): CasualtyFigure[] {
  const out: CasualtyFigure[] = [];
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  let cursor = 0;
  // The last figure and its paragraph, for breakdowns in a later sentence ("seven were women").
  let recent: { index: number; paragraph: number } | undefined;
  for (const p of paragraphs) {
    if (!NUMBER_HINT.test(p.text) || !HARM_HINT.test(p.text)) continue;
    for (const s of splitSentences(text, p.start, p.end)) {
      const sentence = text.slice(s.start, s.end);
      // A sentence after a figure may break it down without a harm word: "Eight were children."
      const follows = recent !== undefined && recent.paragraph === p.index;
      if (!NUMBER_HINT.test(sentence) || !(follows || HARM_HINT.test(sentence))) continue;
      const toks = tokenizeSentence(text, s.start, s.end);
      const figures = analyseSentence(toks);
      if (figures.length === 0) continue;
      while (cursor < sorted.length && sorted[cursor].end <= s.start) cursor++;
      const here: EntityMention[] = [];
      for (let k = cursor; k < sorted.length && sorted[k].start < s.end; k++) here.push(sorted[k]);
      const base = out.length;
      const period = periodOf(sentence.length > 4 * CONTEXT ? '' : sentence);
      for (const f of figures) {
        const start = toks[f.num.first].start;
        const end = toks[f.num.last].end;
        let subsetOf: number | undefined;
        let outcome = f.link.outcome;
        if (typeof f.subsetOf === 'number') subsetOf = base + f.subsetOf;
        else if (f.subsetOf === 'previous' && recent && p.index - recent.paragraph <= 1) {
          subsetOf = recent.index;
          // A breakdown with no harm word of its own ("seven were women") takes its parent's outcome.
          if (f.link.harmEnd < 0) outcome = out[recent.index].outcome;
        } else if (f.link.harmEnd < 0) continue;
        const npStart = toks[f.np.start]?.start ?? end;
        const npEnd = f.np.end > f.np.start ? toks[f.np.end - 1].end : end;
        const fig: CasualtyFigure = {
          start,
          end,
          text: text.slice(start, end),
          min: f.num.min,
          ...(f.num.max !== undefined && { max: f.num.max }),
          approximate: f.num.approximate,
          outcome,
          victims: f.victims,
        };
        // Context is read within a window around the figure, so a run-on "sentence" stays linear.
        const wStart = Math.max(s.start, start - CONTEXT), wEnd = Math.min(s.end, end + CONTEXT);
        const near = within(here, wStart, wEnd);
        const actor = victimActorOf(near, npStart, npEnd);
        const place = placeOf(text, wStart, near, start, end);
        const source = sourceOf(text, wStart, wEnd, near, start);
        if (actor) fig.victimActor = actor;
        if (place) fig.place = place;
        if (period) fig.period = period;
        if (source) fig.source = source;
        if (subsetOf !== undefined) fig.subsetOf = subsetOf;
        out.push(fig);
      }
      // Only a figure that is not itself a breakdown can be the parent of a later one.
      for (let k = out.length - 1; k >= base; k--) {
        if (out[k].subsetOf === undefined) { recent = { index: k, paragraph: p.index }; break; }
      }
    }
  }
  return out;
}

import type { Outcome } from '../types';
import { splitSentences } from '../text/sentences';
import { tokenizeSentence, withoutQuotes } from './sentenceTokens';
import { HARM_HINT } from './harmWords';
import { analyseSentence } from './sentenceFigures';
import { periodOf } from './context';
import type { SourceCue } from './sourceCues';
import { sourceCues } from './sourceCues';

/** A figure candidate of one paragraph, with offsets relative to the paragraph start. */
export interface ScannedFigure {
  start: number;
  end: number;
  min: number;
  max?: number;
  approximate: boolean;
  outcome: Outcome;
  victims: string;
  /** Ordinal of its sentence in the paragraph. */
  sentence: number;
  /** Its sentence has no harm word: a breakdown ("Eight were children."), kept only after a figure of the same paragraph. */
  followOnly: boolean;
  /** No harm word of its own ("seven were women"): takes its parent's outcome, and is dropped without a parent. */
  inherits: boolean;
  /** Index in this scan of the figure it is part of, or 'previous': the last figure before its sentence. */
  parent?: number | 'previous';
  /** The victim phrase, where an actor named inside it owns the victims ("IS militants"). */
  npStart: number;
  npEnd: number;
  /** The context window searched for place and source. */
  wStart: number;
  wEnd: number;
  period?: string;
  sources: SourceCue[];
}

/** The paragraph-local half of casualty finding: a pure function of the paragraph's text, so it can be cached by text. */
export interface CasualtyScan {
  readonly text: string;
  readonly figures: readonly ScannedFigure[];
}

// Cheap pre-filter: a sentence can hold a figure only if it has a digit or a number word (and a harm word).
// Digits are looked for first: they are the common case, and a one-class regex runs much faster.
const DIGIT_G = /\d/g;
const NUMBER_WORD_G = /\b(?:one|t(?:wo|hree|en|welve|wenty|hirty|housands?|hirteen|ens)|f(?:our|ive|ifty|orty|ourteen|ifteen)|s(?:ix|even|ixty|eventy|ixteen|eventeen|cores)|e(?:ight|leven|ighty|ighteen)|nine(?:ty|teen)?|hundreds?|millions?|dozens?)\b/gi;
const HARM_HINT_G = new RegExp(HARM_HINT.source, 'gi');

// A list item or label before a colon and a count, or "Among/Of the …" opening the sentence.
const BREAKDOWN_LEAD = /^\s*(?:[-•*–]\s+)?(?:\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}:\s*\d|(?:Among|Of) (?:the|them|those|these)\b)/uy;

/** Whether text[start, end) opens like a breakdown of an earlier figure. */
function startsBreakdown(text: string, start: number, end: number): boolean {
  // Most sentences are ruled out without the regex: none opens with "A"/"O" and has a colon near its start.
  const first = text.charCodeAt(start);
  if (first !== 65 && first !== 79) {
    const colon = text.indexOf(':', start);
    if (colon < 0 || colon >= end || colon - start > 60) return false;
  }
  BREAKDOWN_LEAD.lastIndex = start;
  const m = BREAKDOWN_LEAD.exec(text);
  return m !== null && m.index + m[0].length <= end;
}

/** Where re next matches in text at or after `from`, or text.length. */
function nextMatch(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : text.length;
}

// Characters either side of a figure searched for its place, source and victim actor.
const CONTEXT = 300;
const EMPTY: readonly ScannedFigure[] = [];

/**
 * Finds the figure candidates of one paragraph (annotation guide §3). Only sentences with both a
 * number and a harm word are tokenised and read by the clause grammar (sentenceFigures.ts); a
 * sentence with a number but no harm word is read too after a figure, as a possible breakdown.
 * Pass the previous scan of a paragraph to reuse it when the text has not changed.
 */
export function scanCasualties(paragraphText: string, previous?: CasualtyScan): CasualtyScan {
  if (previous && previous.text === paragraphText) return previous;
  const text = paragraphText;
  // The next harm word, digit and number word at or after the current sentence: each regex crosses the paragraph once.
  let harm = nextMatch(HARM_HINT_G, text, 0);
  if (harm === text.length && !startsBreakdown(text, 0, text.length)) return { text, figures: EMPTY };
  let digit = nextMatch(DIGIT_G, text, 0);
  let word = digit < text.length ? -1 : nextMatch(NUMBER_WORD_G, text, 0);
  if (word === text.length) return { text, figures: EMPTY };
  const out: ScannedFigure[] = [];
  let ordinal = -1;
  for (const s of splitSentences(text)) {
    ordinal++;
    if (harm < s.start) harm = nextMatch(HARM_HINT_G, text, s.start);
    const harmless = harm >= s.end;
    // A sentence without a harm word is read after a figure of the paragraph, or when it opens like
    // a breakdown of one before it ("- Lattakia governorate: 762 civilians", "Among the victims are …").
    if (harmless && out.length === 0 && !startsBreakdown(text, s.start, s.end)) continue;
    if (digit < s.start) digit = nextMatch(DIGIT_G, text, s.start);
    if (digit >= s.end) {
      if (word < s.start) word = nextMatch(NUMBER_WORD_G, text, s.start);
      if (word >= s.end) continue;
    }
    const all = tokenizeSentence(text, s.start, s.end);
    // The grammar reads through quotation marks; period and source cues keep them.
    const toks = withoutQuotes(all);
    const figures = analyseSentence(toks);
    if (figures.length === 0) continue;
    const sentence = text.slice(s.start, s.end);
    const base = out.length;
    const period = sentence.length > 4 * CONTEXT ? undefined : periodOf(sentence, all, s.start);
    // One set of cues for the sentence; a figure in a long sentence reads only its own window.
    const cues = sourceCues(text, all, s.start, s.end);
    for (const f of figures) {
      const start = toks[f.num.first].start;
      const end = toks[f.num.last].end;
      const wStart = Math.max(s.start, start - CONTEXT), wEnd = Math.min(s.end, end + CONTEXT);
      const fig: ScannedFigure = {
        start,
        end,
        min: f.num.min,
        approximate: f.num.approximate,
        outcome: f.link.outcome,
        victims: f.victims,
        sentence: ordinal,
        followOnly: harmless,
        inherits: f.link.harmEnd < 0,
        npStart: toks[f.np.start]?.start ?? end,
        npEnd: f.np.end > f.np.start ? toks[f.np.end - 1].end : end,
        wStart,
        wEnd,
        sources: wStart === s.start && wEnd === s.end ? cues : sourceCues(text, all, wStart, wEnd),
      };
      if (f.num.max !== undefined) fig.max = f.num.max;
      if (typeof f.subsetOf === 'number') fig.parent = base + f.subsetOf;
      else if (f.subsetOf === 'previous') fig.parent = 'previous';
      if (period) fig.period = period;
      out.push(fig);
    }
  }
  return { text, figures: out };
}

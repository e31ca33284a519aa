import { tokenize, type Token } from '../text/tokens';
import { foldCase } from '../text/fold';

/**
 * A word token as the actor recogniser sees it: a possessive "'s" is cut from the match keys and
 * from the span end ("Russia's" keys as "russia", "IS's" as "IS"), and a dotted initialism
 * ("U.S.", "U.N.") is one token keyed "US" / "us".
 */
export interface ActorToken extends Token {
  /** End of the token without a possessive "'s". */
  trimEnd: number;
  /** Case and diacritic folded key (possessive cut). */
  fold: string;
  /** Exact-case key (possessive cut), for acronyms. */
  exact: string;
  possessive: boolean;
  capitalised: boolean;
}

/** Tokenises text[start, end) for actor matching (also used on dictionary aliases, so both sides key alike). */
export function actorTokens(text: string, start = 0, end = text.length): ActorToken[] {
  const raw = start === 0 && end === text.length ? wordTokens(text) : tokenize(text, start, end);
  const out: ActorToken[] = [];
  for (let k = 0; k < raw.length; k++) {
    let t = raw[k];
    if (isInitial(t) && text.charCodeAt(t.end) === 46 && k + 1 < raw.length && raw[k + 1].start === t.end + 1 && isInitial(raw[k + 1])) {
      let letters = t.text;
      let last = t;
      while (k + 1 < raw.length && raw[k + 1].start === last.end + 1 && text.charCodeAt(last.end) === 46 && isInitial(raw[k + 1])) {
        last = raw[++k];
        letters += last.text;
      }
      const stop = text.charCodeAt(last.end) === 46 ? last.end + 1 : last.end;
      t = { start: t.start, end: stop, text: letters };
    }
    out.push(withKeys(t));
  }
  return out;
}

// The same word pattern as text/tokens.ts, run once over the whole text.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼʿʾ`][\p{L}\p{M}]+)*/gu;

function wordTokens(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

function isInitial(t: Token): boolean {
  return t.text.length === 1 && t.text >= 'A' && t.text <= 'Z';
}

function withKeys(t: Token): ActorToken {
  const s = t.text;
  const possessive = s.length > 2 && (s.endsWith("'s") || s.endsWith('’s'));
  const core = possessive ? s.slice(0, -2) : s;
  const c = core[0];
  return {
    start: t.start,
    end: t.end,
    text: s,
    trimEnd: possessive ? t.end - 2 : t.end,
    fold: fastFold(core),
    exact: core,
    possessive,
    capitalised: c !== c.toLowerCase(),
  };
}

const foldCache = new Map<string, string>();

/** foldCase, with a fast path for plain ASCII words (most tokens) and a cache of frequent words. */
export function fastFold(s: string): string {
  const hit = foldCache.get(s);
  if (hit !== undefined) return hit;
  let f: string | undefined;
  for (let i = 0; i < s.length && f === undefined; i++) if (s.charCodeAt(i) > 127 || s.charCodeAt(i) === 96) f = foldCase(s);
  f ??= s.toLowerCase();
  if (foldCache.size < 50000) foldCache.set(s, f);
  return f;
}

/** True when the text between two tokens ends a sentence or a line. */
export function sentenceBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 33 || c === 63 || c === 59) return true;
    if (c === 46 && (i + 1 >= to || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10)) return true;
  }
  return false;
}

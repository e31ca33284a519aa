/** A word token: a run of letters and digits (apostrophes inside a word, "Ya'qub", stay in it). */
export interface Token {
  start: number;
  end: number;
  text: string;
}

// Letters of any script, combining marks and digits; inner apostrophes (' ’ ʼ ʿ ʾ) are kept.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼʿʾ`][\p{L}\p{M}]+)*/gu;

/** Tokenises text[start, end) into word tokens with absolute offsets. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** True when only spaces or a single hyphen/dash separate two adjacent tokens (so they can form one name). */
export function joinable(text: string, left: Token, right: Token): boolean {
  const gap = text.slice(left.end, right.start);
  return gap.length <= 3 && /^(?:[ \u00a0]?[-‐‑–][ \u00a0]?|[ \u00a0]{1,2})$/.test(gap);
}

/** True when the token starts with an upper-case letter (or is written with letters that have no case). */
export function isCapitalised(t: Token): boolean {
  const c = t.text[0];
  return c !== c.toLowerCase() || (c === c.toUpperCase() && /\p{L}/u.test(c) && !/[a-z]/i.test(c));
}

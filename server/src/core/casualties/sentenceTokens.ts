/**
 * The token stream the casualty grammar reads: words, digit groups ("4,012", "1.5") and single
 * punctuation marks, with absolute offsets, a lower-cased form and whether whitespace precedes.
 */
export interface Tok {
  start: number;
  end: number;
  /** The text as written. */
  raw: string;
  /** Lower-cased, curly apostrophes straightened. */
  w: string;
  kind: 'num' | 'word' | 'punct';
  /** True when whitespace (or the sentence start) precedes the token. */
  spaced: boolean;
}

// Digit groups with separators or a decimal point; words with inner apostrophes; any other
// single non-space character. The separator class [.,] is disjoint from \d, so no backtracking blow-up.
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\d]/gu;

/** Tokenises text[start, end). */
export function tokenizeSentence(text: string, start: number, end: number): Tok[] {
  const slice = text.slice(start, end);
  const out: Tok[] = [];
  let prevEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const raw = m[0];
    const c = raw.charCodeAt(0);
    const kind = c >= 48 && c <= 57 ? 'num' : /[\p{L}\p{M}]/u.test(raw[0]) ? 'word' : 'punct';
    out.push({
      start: start + m.index,
      end: start + m.index + raw.length,
      raw,
      w: kind === 'word' ? raw.toLowerCase().replace(/’/g, "'") : raw,
      kind,
      spaced: out.length === 0 || m.index > prevEnd,
    });
    prevEnd = m.index + raw.length;
  }
  return out;
}

/** True when tokens[i] is a word equal to one of `words`. */
export function isWord(toks: Tok[], i: number, ...words: string[]): boolean {
  const t = toks[i];
  return t !== undefined && t.kind === 'word' && words.includes(t.w);
}

/** Matches a sequence of lower-case words at i; returns the number of tokens matched or 0. */
export function matchSeq(toks: Tok[], i: number, seq: readonly string[]): number {
  for (let k = 0; k < seq.length; k++) if (toks[i + k]?.w !== seq[k]) return 0;
  return seq.length;
}

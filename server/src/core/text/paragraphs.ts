import type { Paragraph } from '../types';

/**
 * Splits a document into paragraphs. Both scraped layouts are handled: blank-line separated blocks
 * and one paragraph a line. A block of several lines is one paragraph only when it looks
 * hard-wrapped (see looksHardWrapped); otherwise every line is its own paragraph. Leading and trailing whitespace is excluded from a paragraph's span.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  splitRange(text, 0, text.length, plainLines(text), out);
  return out;
}

/**
 * Whether every line ends with \n or \r\n (no lone \r, U+2028 or U+2029): then indexOf finds line
 * ends at memchr speed.
 */
export function plainLines(text: string): boolean {
  return text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0 && (text.indexOf('\r') < 0 || !/\r(?!\n)/.test(text));
}

/**
 * Appends the paragraphs of text[from, to) to `out` (indexed on from out's length). `from` must
 * start a line and `to` be the text's end or the start of a blank line: then the blocks inside are
 * the ones a split of the whole text finds (see resplit).
 */
export function splitRange(text: string, from: number, to: number, plain: boolean, out: Paragraph[]): void {
  // The current block's lines, as [start, end) pairs, reused from block to block.
  const block: number[] = [];
  const flush = () => {
    if (block.length === 0) return;
    if (block.length > 4 && looksHardWrapped(text, block)) push(out, text, block[0], block[block.length - 1]);
    else for (let k = 0; k < block.length; k += 2) push(out, text, block[k], block[k + 1]);
    block.length = 0;
  };
  const n = text.length;
  for (let i = from; i < to; ) {
    // One line: [i, j) up to its terminator; blank when it holds nothing but spaces.
    let j: number;
    let next: number;
    if (plain) {
      const lf = text.indexOf('\n', i);
      next = lf < 0 ? n : lf + 1;
      j = lf < 0 ? n : lf > i && text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
    } else {
      for (j = i; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) break;
      }
      next = text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
    }
    let k = i;
    while (k < j && isSpace(text.charCodeAt(k))) k++;
    if (k === j) flush();
    else block.push(i, j);
    if (j >= n) break;
    i = next;
  }
  flush();
}

interface Line {
  start: number;
  /** End of the line's content, before its terminator. */
  end: number;
}

/** Lines with any terminator: \r\n, \n, \r, U+2028, U+2029. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      lines.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 11 || c === 12;
}

const SENTENCE_END = /[.!?:"”'’»|)\]]\s*$/;
/** A line that stops mid-phrase: on a comma, dash or a word that cannot end a sentence. */
const RUNS_ON = /(?:[,;\-–—]|\b(?:the|of|and|or|but|in|to|a|an|for|on|with|by|at|from|that|as|who|which|its|their|his|her|into|after|before|than)\s*)$/i;

/**
 * Hard-wrapped prose: three lines or more, every one but the last 40–100 characters long, not
 * ending a sentence, and visibly running on: the next line starts in lower case or with a digit,
 * or the line stops on a comma, a dash or a word like "the". A repeated headline or a caption
 * over a paragraph is therefore kept as lines of their own. (Two-line blocks stay two paragraphs: taking a line out of
 * a block of three must not make the other two merge.)
 */
function looksHardWrapped(text: string, block: number[]): boolean {
  for (let k = 0; k + 2 < block.length; k += 2) {
    const line = text.slice(block[k], block[k + 1]).trimEnd();
    if (line.length < 40 || line.length > 100 || SENTENCE_END.test(line)) return false;
    const next = text.slice(block[k + 2], block[k + 3]).trimStart();
    if (!/^[\p{Ll}\d]/u.test(next) && !RUNS_ON.test(line)) return false;
  }
  return true;
}

function push(out: Paragraph[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end) });
}

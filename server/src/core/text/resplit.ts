import type { Paragraph } from '../types';
import { isSpace, plainLines, splitRange } from './paragraphs';
import { commonPrefix, commonSuffix } from './commonEnds';

/**
 * The paragraphs of `text`, given those of an earlier version `old` (what splitParagraphs returned
 * for it): only the blocks between the last blank line before the change and the first blank line
 * after it are split again; the paragraphs outside are the old ones, those after the change moved.
 * The result equals splitParagraphs(text) (blocks are separated by blank lines, and a block's
 * paragraphs depend on its lines alone). The paragraphs before the change are the old objects, and
 * those after it keep their old text strings: a caller that must not keep old versions of the
 * document alive gives paragraphs texts of their own (IncrementalAnalyzer gives them detached
 * copies). `oldPlain` says whether every line of `old` ends in \n or \r\n (see plainLines); the
 * result says the same of `text`, so no caller scans a whole text for it on every edit.
 */
export function resplit(old: string, oldParagraphs: readonly Paragraph[], text: string, oldPlain: boolean): { paragraphs: Paragraph[]; plain: boolean } {
  const out: Paragraph[] = [];
  const n = text.length;
  const pre = commonPrefix(old, text);
  const suf = commonSuffix(old, text, Math.min(old.length, n) - pre);
  // Only documents whose lines all end in \n or \r\n (nearly all): their line starts are easy to
  // find. The new text is such a document when the old one was and the change brought no other
  // line end (looked for in the changed stretch and the character either side).
  if (!oldPlain || !plainStretch(text, pre - 1, n - suf + 1)) {
    const plain = plainLines(text);
    splitRange(text, 0, n, plain, out);
    return { paragraphs: out, plain };
  }
  const d = n - old.length;
  const w0 = blockStartBefore(text, pre);
  const w1 = blockEndAfter(text, n - suf);
  for (const p of oldParagraphs) {
    if (p.start >= w0) break;
    out.push(p);
  }
  splitRange(text, w0, w1, true, out);
  for (const p of oldParagraphs) {
    if (p.start < w1 - d) continue;
    out.push({ index: out.length, start: p.start + d, end: p.end + d, text: p.text });
  }
  return { paragraphs: out, plain: true };
}

/** No U+2028, U+2029 or \r not followed by \n in text[from, to) (clamped to the text). */
function plainStretch(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let k = Math.max(0, from); k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(k + 1) !== 10)) return false;
  }
  return true;
}

/**
 * The start of the line after the last blank line lying wholly before `pre` (its terminator
 * included), or 0: where a block starts, before any changed character.
 */
function blockStartBefore(text: string, pre: number): number {
  // The line holding the last common character (or the changed one, at pre = 0) is not checked:
  // its end may have changed.
  let start = pre > 0 ? text.lastIndexOf('\n', pre - 2) + 1 : 0;
  while (start > 0) {
    const prev = text.lastIndexOf('\n', start - 2) + 1;
    if (blank(text, prev, start - 1)) return start;
    start = prev;
  }
  return 0;
}

/**
 * The start of the first blank line whose whole line, and the terminator before it, lie at or after
 * `from` (in the unchanged suffix), or the text's end.
 */
function blockEndAfter(text: string, from: number): number {
  let lf = text.indexOf('\n', Math.max(0, from));
  while (lf >= 0) {
    const start = lf + 1;
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    if (blank(text, start, end)) return start;
    lf = next;
  }
  return text.length;
}

/** Whether text[start, end) is only spaces (and the \r of a \r\n). */
function blank(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (!isSpace(c) && !(c === 13 && k === end - 1)) return false;
  }
  return true;
}

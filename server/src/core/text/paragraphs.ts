import type { Paragraph } from '../types';

/**
 * Splits a document into paragraphs. Both scraped layouts are handled: blank-line separated blocks
 * and one paragraph a line. A block of several lines is one paragraph only when it looks
 * hard-wrapped (its lines run on: no line but the last ends a sentence); otherwise every line is
 * its own paragraph. Leading and trailing whitespace is excluded from a paragraph's span.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const lines = splitLines(text);
  const out: Paragraph[] = [];
  let block: Line[] = [];
  const flush = () => {
    if (block.length === 0) return;
    if (block.length > 1 && looksHardWrapped(text, block)) push(out, text, block[0].start, block[block.length - 1].end);
    else for (const l of block) push(out, text, l.start, l.end);
    block = [];
  };
  for (const line of lines) {
    if (isBlank(text, line)) flush();
    else block.push(line);
  }
  flush();
  return out;
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

function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 11 || c === 12;
}

const SENTENCE_END = /[.!?:"”'’»|)\]]\s*$/;

/** Hard-wrapped prose: every line but the last is 40–100 characters and does not end a sentence. */
function looksHardWrapped(text: string, block: Line[]): boolean {
  for (let i = 0; i < block.length - 1; i++) {
    const len = block[i].end - block[i].start;
    if (len < 40 || len > 100 || SENTENCE_END.test(text.slice(block[i].start, block[i].end))) return false;
  }
  return true;
}

function push(out: Paragraph[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end) });
}

import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Positions of increasing offsets in one document, for encoding thousands of tokens in order: the
 * line of an offset is looked up (a binary search) only when the offset is past the current line's
 * end, found by indexOf. Lines end at \n, \r\n or \r, as for TextDocument.
 */
export class LineCursor {
  private readonly text: string;
  private line = -1;
  private lineStart = 0;
  /** Offset of the current line's terminator (or the text's end). */
  lineEnd = -1;
  private nextLF = -1;
  private nextCR = -1;
  private lineStartSeen = 0;

  constructor(private readonly doc: TextDocument) {
    this.text = doc.getText();
  }

  position(offset: number): { line: number; character: number } {
    if (this.line >= 0 && offset >= this.lineStart && offset <= this.lineEnd) return { line: this.line, character: offset - this.lineStart };
    const p = this.doc.positionAt(offset);
    this.line = p.line;
    this.lineStart = offset - p.character;
    this.lineEnd = this.breakFrom(this.lineStart);
    return p;
  }

  private breakFrom(s: number): number {
    const n = this.text.length;
    if (s < this.lineStartSeen) this.nextLF = this.nextCR = -1; // moved back: the kept line ends may be past s's
    this.lineStartSeen = s;
    if (this.nextLF < s && this.nextLF !== n) this.nextLF = this.find('\n', s);
    if (this.nextCR < s && this.nextCR !== n) this.nextCR = this.find('\r', s);
    return Math.min(this.nextLF, this.nextCR);
  }

  private find(c: string, s: number): number {
    const i = this.text.indexOf(c, s);
    return i < 0 ? this.text.length : i;
  }
}

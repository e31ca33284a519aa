/**
 * A text's UTF-16 code units in a typed array, for the tokenisers' per-character loops: reading a
 * Uint16Array is about twice as fast as charCodeAt on a paragraph (a sliced string), and copying
 * the text in costs less than that. Each tokeniser owns one (a buffer is overwritten by the next
 * text loaded), so no scan can spoil another's codes.
 */
export class CodeUnits {
  private loaded: string | undefined;
  private codes = new Uint16Array(1024);
  private bytes: { write(s: string, offset: number, encoding: 'utf16le'): number } | undefined;

  /** The code units of `text`, then a 0 (a sentinel that is no word character); valid until the next load. */
  load(text: string): Uint16Array {
    if (text === this.loaded) return this.codes;
    if (this.codes.length < text.length + 1) {
      this.codes = new Uint16Array(Math.max(text.length + 1, 2 * this.codes.length));
      this.bytes = undefined;
    }
    const codes = this.codes;
    if (typeof Buffer === 'undefined') for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
    else (this.bytes ??= Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength)).write(text, 0, 'utf16le');
    codes[text.length] = 0;
    this.loaded = text;
    return codes;
  }
}

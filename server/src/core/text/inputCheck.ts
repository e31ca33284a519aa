/**
 * Why a text should not be analysed, or undefined when it can be. Binary content (NUL bytes or
 * mostly control characters) and texts over the size limit are refused with a message that says
 * what is wrong and, for size, which setting raises the limit.
 */
export function checkText(text: string, maxFileSizeMB: number): string | undefined {
  const mb = text.length / (1024 * 1024);
  if (mb > maxFileSizeMB) {
    return `Conflict Lens skipped this file: it is ${mb.toFixed(1)} MB, over the conflictLens.maxFileSizeMB limit of ${maxFileSizeMB} MB.`;
  }
  if (looksBinary(text)) return 'Conflict Lens skipped this file: it looks binary (it contains NUL bytes or control characters), not article text.';
  return undefined;
}

/** Samples the start of the text: NUL bytes or > 10% C0 control characters mean binary. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

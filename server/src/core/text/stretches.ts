/**
 * Running a costly name pattern only where it can match. The place patterns ("X Dam", "near X",
 * "X, a village") spend their time trying every capitalised word of a paragraph as a name start;
 * but each match contains a cheap literal (its cue word), and consists of name characters only.
 * So the pattern need only run over the stretch of name characters around each cue word.
 */

/**
 * Name characters: ASCII letters, white space, hyphens, apostrophes, (optionally) commas, and any
 * non-ASCII character (a wider stretch is harmless; it keeps every character outside ASCII).
 */
function stretchChar(c: number, commas: boolean): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 32 || c === 45 || c === 39 || (c >= 9 && c <= 13) || c >= 128 || (commas && c === 44);
}

/**
 * Calls `each(k, m)` with every match `m` of each global regex `patterns[k]` in `text`, with
 * `index` made absolute: per pattern, the same matches in the same order as an `exec` loop over
 * the whole text, provided that
 *  - the patterns consume name characters only (commas too when `commas`), so a match lies in one stretch;
 *  - every match contains a place where the global regex `trigger` matches, consuming name
 *    characters only (its lookarounds may read any of the match's characters), at a start where
 *    `accept(text, start)` holds (a further cheap test, optional: after a refused trigger match the
 *    search goes on from the next character, so an overlapping one is still seen);
 *  - no pattern looks further outside a stretch than one character (\b, a one-character
 *    lookbehind, a lookahead that starts with a name character): it is passed along as context.
 * Stretches hold no match start of another, so running a pattern on each from its start gives the
 * whole text's global matches, and stretches without a trigger hold none. A stretch's matches are
 * reported pattern by pattern.
 */
export function matchAround(
  text: string,
  trigger: RegExp,
  patterns: readonly RegExp[],
  commas: boolean,
  each: (k: number, m: RegExpExecArray) => void,
  accept?: (text: string, start: number) => boolean,
): void {
  trigger.lastIndex = 0;
  for (let t = trigger.exec(text); t; t = trigger.exec(text)) {
    if (accept && !accept(text, t.index)) {
      trigger.lastIndex = t.index + 1;
      continue;
    }
    let a = t.index;
    while (a > 0 && stretchChar(text.charCodeAt(a - 1), commas)) a--;
    let b = t.index + t[0].length;
    while (b < text.length && stretchChar(text.charCodeAt(b), commas)) b++;
    const from = a > 0 ? a - 1 : 0;
    const slice = text.slice(from, b < text.length ? b + 1 : b);
    for (let k = 0; k < patterns.length; k++) {
      const re = patterns[k];
      re.lastIndex = a - from;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        m.index += from;
        each(k, m);
      }
    }
    trigger.lastIndex = b;
  }
}

/**
 * For a cue that follows a name ("X Dam", "X, a village"): whether the word right before text[at]
 * may end a name, that is, holds a capital. Tested loosely (any non-ASCII character counts), so it
 * holds wherever a name pattern (…\p{Lu}[\p{L}\p{M}'’]* right before the cue) could match.
 */
export function capitalBefore(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
    if (!((c >= 97 && c <= 122) || c === 39)) return false;
  }
  return false;
}

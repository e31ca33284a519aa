/**
 * Teasers: the truncated headlines and ledes of other stories a site lists under "Related
 * Articles", "Read more" or "More from …" at the end of an article, as in seed 002:
 *
 *     Related Articles
 *     BEIRUT — A string of suicide blasts and raids claimed by Daesh killed … in one of the mil
 *
 * Conservative, because a story paragraph must never be flagged: a teaser must follow such a
 * heading (with only teasers and other furniture in between), must not end a sentence, and must
 * be cut mid-word after a dateline or a lede's length, or be a short headline; and the run of
 * teasers must reach the end of the document or more furniture. A run that stops at anything else
 * (a story paragraph, or the next article's byline) flags nothing after the last furniture in it.
 */
export const TEASER_RULE = 'related-teaser';

/** Rules whose paragraph heads a list of teasers. */
const HEADINGS = new Set(['related-articles', 'read-more', 'popular-posts']);
/** Furniture that opens an article ("3 min read", "You are here"): what precedes it may be the next story's headline. */
const OPENERS = new Set(['read-time', 'breadcrumb']);

/** Ends a sentence: . ! ? … or : ; possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…:;]["'”’»)\]]*\s*$/u;
/** A wire dateline: "BEIRUT —", "BEIRUT, Lebanon —", "DAMASCUS (AFP) -". */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]{2,30}(,\s*\p{Lu}[\p{L} .'’-]{1,30})?(\s*\([^)]{1,20}\))?\s+[-–—]{1,2}\s/u;
/** A byline opens a story, it does not tease one. */
const BYLINE = /^(By|BY|From|FROM)\s+\p{Lu}/u;
/** A lede cut at a fixed length is longer than any headline. */
const LEDE_MIN_CHARS = 90;
const TEASER_MAX_CHARS = 300;
const HEADLINE_MAX_WORDS = 14;

/** Whether a paragraph reads like a teaser of another story (see the file comment). */
export function looksLikeTeaser(text: string): boolean {
  if (text.length > TEASER_MAX_CHARS || SENTENCE_END.test(text)) return false;
  if (!/^[\p{Lu}\p{N}"'“‘]/u.test(text) || BYLINE.test(text)) return false;
  const cutMidWord = /[\p{L}\p{N}]$/u.test(text);
  if (cutMidWord && (DATELINE.test(text) || text.length >= LEDE_MIN_CHARS)) return true;
  // A headline: a few words, none of the sentence-internal punctuation of a lede.
  return text.length < LEDE_MIN_CHARS && text.split(/\s+/).length <= HEADLINE_MAX_WORDS && !/[,;]\s/.test(text);
}

/**
 * The paragraphs (indices into `texts`) that are teasers, given each paragraph's boilerplate rule
 * (undefined for story text).
 */
export function findTeasers(texts: string[], rules: (string | undefined)[]): number[] {
  const out: number[] = [];
  for (let h = 0; h < texts.length; h++) {
    const rule = rules[h];
    if (!rule || !HEADINGS.has(rule)) continue;
    const run: number[] = [];
    let i = h + 1;
    for (; i < texts.length; i++) {
      if (rules[i]) {
        if (OPENERS.has(rules[i]!)) break;
        // more furniture confirms the teasers before it
        out.push(...run);
        run.length = 0;
        if (HEADINGS.has(rules[i]!)) break;
        continue;
      }
      if (!looksLikeTeaser(texts[i])) break;
      run.push(i);
    }
    if (i >= texts.length) out.push(...run);
    h = i - 1;
  }
  return out;
}

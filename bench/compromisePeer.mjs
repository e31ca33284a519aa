// The peer recogniser run beside ours by the entity benchmarks: compromise's people and
// organizations count as actors, its places as places, with spans trimmed of surrounding
// punctuation and a possessive "'s" so they compare with the guide's spans.
import { createRequire } from 'node:module';

const nlp = createRequire(import.meta.url)('compromise');

export function compromiseSpans(text, kind) {
  const doc = nlp(text);
  const views = kind === 'place' ? [doc.places()] : [doc.people(), doc.organizations()];
  const out = [];
  for (const v of views) {
    for (const m of v.json({ offset: true })) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      while (end > start && /[\s.,;:!?"'’”)\]]/.test(text[end - 1])) end--;
      if (/['’]s$/.test(text.slice(start, end))) end -= 2;
      while (start < end && /[\s"'‘“(\[]/.test(text[start])) start++;
      if (end > start) out.push({ start, end, text: text.slice(start, end) });
    }
  }
  return out;
}

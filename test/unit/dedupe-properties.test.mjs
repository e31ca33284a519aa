// Property-based tests (fast-check) of duplicate removal on generated documents: both layouts,
// LF and CRLF. Removal keeps exactly one copy of every paragraph, keeps order and layout, is
// idempotent, and never removes a paragraph without an earlier twin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dedupeText, findDuplicates, normalizeParagraph, splitParagraphs } from '../../dist/core.js';

const VOCAB = 'regime forces rebels shelled the town of Daraa Idlib Raqqa killing at least 21 civilians said monitor Observatory on Monday Tuesday air strikes hit a market hospital school near border with Turkey Jordan fighters jihadists advanced captured villages after heavy clashes'.split(' ');
const word = fc.constantFrom(...VOCAB);
const sentence = fc.array(word, { minLength: 1, maxLength: 28 }).map((ws) => ws.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.');

/** A copy of an earlier paragraph: exact or reformatted (case, quotes, spacing, punctuation). */
const copyOp = fc.record({ of: fc.nat(), style: fc.constantFrom('exact', 'upper', 'lower', 'spaces', 'nopunct') });
const restyle = (text, style) => ({ exact: text, upper: text.toUpperCase(), lower: text.toLowerCase(), spaces: text.replace(/ /g, '  '), nopunct: text.replace(/[.,]/g, '') })[style];

const documentArb = fc.record({
  base: fc.array(sentence, { minLength: 1, maxLength: 14 }),
  copies: fc.array(fc.record({ op: copyOp, at: fc.nat() }), { maxLength: 10 }),
  layout: fc.constantFrom('blank', 'lines'),
  eol: fc.constantFrom('\n', '\r\n'),
});

function build({ base, copies, layout, eol }) {
  const paragraphs = [...base];
  for (const { op, at } of copies) {
    const from = op.of % paragraphs.length;
    const pos = from + 1 + (at % (paragraphs.length - from));
    paragraphs.splice(pos, 0, restyle(paragraphs[from], op.style));
  }
  const sep = layout === 'blank' ? eol + eol : eol;
  return { paragraphs, sep, eol, text: paragraphs.join(sep) + eol };
}

const shingles = (text) => {
  const w = normalizeParagraph(text).split(' ');
  const out = new Set();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
};

const runs = { numRuns: 300 };

test('removal keeps exactly one copy of every paragraph, in order, with the layout', () => {
  fc.assert(fc.property(documentArb, fc.constantFrom(0.6, 0.8, 1), (d, threshold) => {
    const { paragraphs, sep, eol, text } = build(d);
    const ps = splitParagraphs(text);
    assert.equal(ps.length, paragraphs.length);
    const removed = new Set(findDuplicates(ps, threshold).map((f) => f.paragraph));
    const kept = paragraphs.filter((_, i) => !removed.has(i));
    const out = dedupeText(text, threshold).text;
    // order and layout: the kept paragraphs joined by the document's own separator
    assert.equal(out, kept.join(sep) + eol);
    // exactly one copy: no two kept paragraphs normalise alike, and every text is still there
    const keptNorm = kept.map(normalizeParagraph);
    assert.equal(new Set(keptNorm).size, keptNorm.length);
    for (const p of paragraphs) if (normalizeParagraph(p)) assert.ok(keptNorm.includes(normalizeParagraph(p)) || threshold < 1);
  }), runs);
});

test('removal is idempotent', () => {
  fc.assert(fc.property(documentArb, fc.constantFrom(0.6, 0.8, 1), (d, threshold) => {
    const once = dedupeText(build(d).text, threshold);
    assert.deepEqual(dedupeText(once.text, threshold), { text: once.text, removed: 0 });
  }), runs);
});

test('a paragraph is never removed without an earlier, kept twin', () => {
  fc.assert(fc.property(documentArb, (d) => {
    const { text } = build(d);
    const ps = splitParagraphs(text);
    const found = findDuplicates(ps, 0.8);
    const flagged = new Set(found.map((f) => f.paragraph));
    for (const f of found) {
      assert.ok(f.originalParagraph < f.paragraph);
      assert.ok(!flagged.has(f.originalParagraph), 'the original is kept');
      const a = normalizeParagraph(ps[f.paragraph].text);
      const b = normalizeParagraph(ps[f.originalParagraph].text);
      if (f.kind === 'exact') assert.equal(a, b);
      else {
        // a near copy shares at least three word 3-shingles with its original
        const sa = shingles(ps[f.paragraph].text);
        const sb = shingles(ps[f.originalParagraph].text);
        assert.ok([...sa].filter((s) => sb.has(s)).length >= 3, `${a} <- ${b}`);
      }
    }
    // and a paragraph with no exact twin and fewer than three shingles in common with each earlier one is kept
    ps.forEach((p, i) => {
      const n = normalizeParagraph(p.text);
      const s = shingles(p.text);
      const hasTwin = ps.slice(0, i).some((q) => normalizeParagraph(q.text) === n || [...s].filter((x) => shingles(q.text).has(x)).length >= 3);
      if (!hasTwin) assert.ok(!flagged.has(i), `unique paragraph ${i} flagged: ${p.text}`);
    });
  }), runs);
});

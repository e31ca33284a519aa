// Fuzz: random and mutated articles, seeded and reproducible (FUZZ_SEED=n FUZZ_CASES=n to vary).
// Asserts no exception, every span inside the text, non-overlapping highlight spans, and the
// dedupe invariants (removal keeps one copy, is idempotent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { analyze, applyEdits, removalEdits, splitParagraphs } from '../../dist/core.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const CASES = Number(process.env.FUZZ_CASES ?? 2000);

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const corpus = [];
const samples = new URL('../fixtures/samples/', import.meta.url);
for (const f of readdirSync(samples)) if (f.endsWith('.txt')) corpus.push(readFileSync(new URL(f, samples), 'utf8'));
const seeds = new URL('../../../shared/seeds/', import.meta.url);
if (existsSync(seeds)) for (const f of readdirSync(seeds)) corpus.push(readFileSync(new URL(f, seeds), 'utf8'));

const PIECES = ['\n', '\r\n', '\r', '\n\n', ' ', '\u00a0', '\t', '—', '“', '”', '’', '😀', '𝔸', '\u0000', '\ufeff', '\u200f', 'دمشق', 'الرقة ', ' - ', ' |', '...', '1,000', '2,000-year-old', 'at least', 'more than', 'dozens', 'killed', 'IS', 'Daesh', 'the regime', 'Raqqa', 'al-', "'s", '(', ')', '[', ']', '"', '0', '9', '.', ',', 'A', 'a'];

function mutate(text, r) {
  const n = 1 + Math.floor(r() * 12);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * (text.length + 1));
    const op = r();
    if (op < 0.4) text = text.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + text.slice(at);
    else if (op < 0.6) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 20));
    else if (op < 0.8) {
      const from = Math.floor(r() * text.length);
      text = text.slice(0, at) + text.slice(from, from + Math.floor(r() * 300)) + text.slice(at);
    } else text = text.slice(0, at) + String.fromCharCode(Math.floor(r() * 0x3000)) + text.slice(at);
  }
  return text;
}

function randomText(r) {
  const len = Math.floor(r() * 400);
  let s = '';
  for (let i = 0; i < len; i++) s += r() < 0.7 ? PIECES[Math.floor(r() * PIECES.length)] : String.fromCharCode(32 + Math.floor(r() * 95));
  return s;
}

function checkSpans(name, spans, text, { overlapFree }) {
  let lastEnd = -1;
  for (const s of spans) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length, `${name} span [${s.start}, ${s.end}) inside a text of ${text.length}`);
    if (s.text !== undefined) assert.equal(s.text, text.slice(s.start, s.end), `${name} text matches its span`);
    if (overlapFree) {
      assert.ok(s.start >= lastEnd, `${name} spans do not overlap`);
      lastEnd = s.end;
    }
  }
}

test(`${CASES} random and mutated articles (seed ${SEED})`, () => {
  const r = rng(SEED);
  for (let i = 0; i < CASES; i++) {
    const text = i % 5 === 0 || corpus.length === 0 ? randomText(r) : mutate(corpus[Math.floor(r() * corpus.length)], r);
    try {
      const model = analyze(text);
      checkSpans('entity', model.entities, text, { overlapFree: true });
      checkSpans('casualty', model.casualties, text, { overlapFree: true });
      checkSpans('paragraph', model.paragraphs, text, { overlapFree: true });
      checkSpans('duplicate', model.duplicates, text, { overlapFree: true });
      for (const c of model.casualties) assert.ok(c.min >= 0 && (c.max === undefined || c.max >= c.min), 'bounds are ordered');
      const once = applyEdits(text, removalEdits(text, model.paragraphs, model.duplicates.map((d) => d.paragraph)));
      const again = analyze(once);
      assert.equal(again.duplicates.length, 0, 'after removal no duplicates remain');
      assert.ok(splitParagraphs(once).length === model.paragraphs.length - model.duplicates.length, 'exactly the duplicates were removed');
    } catch (e) {
      e.message = `case ${i} (FUZZ_SEED=${SEED}): ${e.message}\ntext: ${JSON.stringify(text.slice(0, 2000))}`;
      throw e;
    }
  }
});

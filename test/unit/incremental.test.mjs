// Incremental analysis gives exactly what a fresh analysis gives, edit after edit, and re-scans
// only what changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { analyze, IncrementalAnalyzer } from '../../dist/core.js';

const docs = [readFileSync(new URL('../fixtures/samples/sample-idlib.txt', import.meta.url), 'utf8')];
const seeds = new URL('../../../shared/seeds/', import.meta.url);
if (existsSync(seeds)) for (const f of readdirSync(seeds).sort()) docs.push(readFileSync(new URL(f, seeds), 'utf8'));

const strip = (m) => JSON.stringify({ ...m, text: undefined });

/** Applies each [at (0..1), insert, delete count] edit in turn; after each, the incremental model must equal a fresh one. */
function editsMatchFresh(text, edits) {
  const inc = new IncrementalAnalyzer();
  inc.analyze(text);
  for (const [at, insert, del] of edits) {
    const pos = Math.floor(at * text.length);
    text = text.slice(0, pos) + insert + text.slice(pos + del);
    assert.equal(strip(inc.analyze(text)), strip(analyze(text)));
  }
}

test('edit after edit, the incremental model equals a fresh analysis', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: docs.length - 1 }),
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('', 'x', ' ', '\n', '\n\n', 'Raqqa', ' killed 5 people', 'IS said'), fc.nat(40)), { minLength: 1, maxLength: 6 }),
      (d, edits) => editsMatchFresh(docs[d], edits.map(([at, , insert, del]) => [at, insert, del])),
    ),
    { numRuns: 60, seed: 42 },
  );
});

test('scans are kept per paragraph text: an edit leaves the others cached, repeats share one', () => {
  const inc = new IncrementalAnalyzer();
  const text = 'Alpha paragraph about Raqqa.\n\nBeta paragraph about Idlib.\n\nAlpha paragraph about Raqqa.\n';
  inc.analyze(text);
  assert.equal(inc.cachedParagraphs, 2, 'the repeated paragraph is scanned once');
  inc.analyze(text.replace('Beta', 'Gamma'));
  assert.equal(inc.cachedParagraphs, 2, 'the old version of the edited paragraph is dropped');
});

test('sliced analysis equals a fresh one, gives up when stale, and keeps what it finished', async () => {
  const text = docs[docs.length - 1];
  const pause = () => new Promise((r) => setImmediate(r));
  const inc = new IncrementalAnalyzer();
  const whole = await inc.analyzeInSlices(text, undefined, 'k', { pause, isStale: () => false, sliceMs: 0 });
  assert.equal(strip(whole), strip(analyze(text)));
  const other = new IncrementalAnalyzer();
  let pauses = 0;
  const given = await other.analyzeInSlices(text, undefined, 'k', { pause: async () => void pauses++, isStale: () => pauses >= 3, sliceMs: 0 });
  assert.equal(given, undefined, 'a newer version stops the run');
  const resumed = await other.analyzeInSlices(text, undefined, 'k', { pause, isStale: () => false, sliceMs: 0 });
  assert.equal(strip(resumed), strip(whole), 'the next run finishes from the kept scans');
});

// A file of several articles (datelines open them) and a long one without datelines (cut at
// content-defined points): an edit re-resolves only the section it touched.
const { makeCorpus } = await import('../../bench/corpus.mjs');
const dump = makeCorpus(120 * 1024, 9);

test('in a file of many articles, edits give what a fresh analysis gives', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('x', '\n\n', '\nBEIRUT — 12 people were killed in Raqqa, the Observatory said.\n', ' Idlib ', 'Abu Khaled said'), fc.nat(300)), { minLength: 1, maxLength: 4 }),
      (edits) => editsMatchFresh(dump, edits),
    ),
    { numRuns: 12, seed: 7 },
  );
});

test('an edit keeps the resolved entities of the sections before it and moves those after it', () => {
  const inc = new IncrementalAnalyzer();
  const before = inc.analyze(dump);
  const at = dump.indexOf('\n', dump.length >> 1);
  const after = inc.analyze(dump.slice(0, at) + ' Two more.' + dump.slice(at));
  const early = before.entities.filter((e) => e.end < at - 20000);
  assert.ok(early.length > 100);
  assert.ok(early.every((e, k) => after.entities[k] === e), 'the sections before the edit keep their entity objects');
  const late = after.entities.filter((e) => e.start > at + 20000);
  assert.ok(late.length > 100);
  const moved = new Map(before.entities.map((e) => [e.start + 10, e]));
  assert.ok(late.every((e) => moved.get(e.start)?.canonical === e.canonical), 'the later sections moved by the ten characters inserted');
});

test('a long article without datelines is still cut into sections that survive an edit elsewhere', () => {
  // Many paragraphs without any dateline: one article to the dateline rule, cut by content.
  const paras = dump.split(/\n+/).filter((p) => p.length > 60 && !/^[A-Z]{3,}/.test(p)).slice(0, 400);
  const text = paras.join('\n\n');
  const inc = new IncrementalAnalyzer();
  const before = inc.analyze(text);
  const cut = text.length - 2000;
  const after = inc.analyze(text.slice(0, cut) + 'x' + text.slice(cut));
  const kept = before.entities.filter((e) => e.end < text.length / 2);
  assert.ok(kept.length > 50 && kept.every((e, k) => after.entities[k] === e), 'an edit near the end does not re-resolve the first half');
  assert.equal(strip(after), strip(analyze(text.slice(0, cut) + 'x' + text.slice(cut))));
});

test('an edited document does not keep its old versions alive', async () => {
  const v8 = await import('node:v8');
  const vm = await import('node:vm');
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  let text = makeCorpus(2 << 20, 4);
  const inc = new IncrementalAnalyzer();
  inc.analyze(text).entities;
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 20; i++) {
    const at = Math.floor(((i * 7919) % 1000) / 1000 * text.length);
    text = text.slice(0, at) + (i % 3 ? 'x' : '\n\nA new paragraph about Raqqa.\n\n') + text.slice(at);
    inc.analyze(text).entities;
  }
  gc();
  const grown = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  // Keeping each version (2 MB of text) through a slice would add some 40 MB.
  assert.ok(grown < 16, `heap grew by ${grown.toFixed(1)} MB over 20 edits`);
});

test('heavy scans are dropped once a section is resolved, and kept for the section being edited', () => {
  const inc = new IncrementalAnalyzer();
  const text = makeCorpus(200 * 1024, 5);
  inc.analyze(text);
  assert.equal(inc.heavyParagraphs, 0, 'after opening, only light scans are kept');
  const at = text.indexOf('.', text.length >> 1);
  const edited = text.slice(0, at) + ' Two more.' + text.slice(at);
  const model = inc.analyze(edited);
  assert.ok(inc.heavyParagraphs > 0 && inc.heavyParagraphs <= 2000, `the edited section keeps its heavy scans (${inc.heavyParagraphs})`);
  assert.equal(strip(model), strip(analyze(edited)));
});

test('highlight spans, made per section and moved, are the model entities and figures in order', async () => {
  const { highlightSpans, ACTOR_TYPES, OUTCOMES } = await import('../../dist/core.js');
  const inc = new IncrementalAnalyzer();
  let text = dump;
  for (let i = 0; i < 4; i++) {
    const at = Math.floor(((i + 1) / 5) * text.length);
    text = text.slice(0, at) + (i % 2 ? '\n\nAt least 7 people were killed in Homs.\n\n' : ' x') + text.slice(at);
    const m = inc.analyze(text);
    const expected = [
      ...m.entities.map((e) => [e.start, e.end, e.kind === 'actor' ? 0 : 1, e.kind === 'actor' ? ACTOR_TYPES.indexOf(e.type) : 255, e.inDictionary ? 0 : 1]),
      ...m.casualties.map((c) => [c.start, c.end, 2, OUTCOMES.indexOf(c.outcome), 0]),
    ].sort((a, b) => a[0] - b[0] || a[2] - b[2]);
    const s = highlightSpans(m);
    const got = Array.from({ length: s.length }, (_, k) => [s.start[k], s.end[k], s.kind[k], s.detail[k], s.inferred[k]]);
    assert.deepEqual(got, expected, `after edit ${i}`);
  }
});

test('highlights reported while a run goes on are the final ones up to where they reach', async () => {
  const { highlightSpans, spansOfParts } = await import('../../dist/core.js');
  const inc = new IncrementalAnalyzer();
  const pause = () => Promise.resolve();
  const rows = (s, upTo) => Array.from({ length: s.length }, (_, k) => [s.start[k], s.end[k], s.kind[k], s.detail[k], s.inferred[k]]).filter((r) => r[0] < upTo);
  let text = dump;
  for (let i = 0; i < 4; i++) {
    const seen = [];
    const onProgress = (h) => void seen.push({ upTo: h.upTo, count: h.count, complete: h.complete, spans: spansOfParts(h.parts, 0, h.count) });
    const model = await inc.analyzeInSlices(text, undefined, 'k', { pause, isStale: () => false, onProgress, sliceMs: 0 });
    assert.ok(seen.length >= (i === 0 ? 3 : 1), `progress reported (${seen.length} times)`);
    assert.ok(seen.at(-1).complete && seen.at(-1).upTo === text.length, 'the last report is complete');
    const final = highlightSpans(model);
    for (const [k, p] of seen.entries()) {
      if (k > 0) assert.ok(p.count > seen[k - 1].count && p.upTo > seen[k - 1].upTo, 'each report reaches further');
      assert.deepEqual(rows(p.spans, p.upTo), rows(final, p.upTo), `edit ${i}, report ${k} up to ${p.upTo}`);
      assert.equal(rows(p.spans, Infinity).length, rows(p.spans, p.upTo).length, 'no span beyond upTo');
    }
    const at = Math.floor(((i + 1) / 5) * text.length);
    text = text.slice(0, at) + (i % 2 ? '\n\nAt least 7 people were killed in Homs.\n\n' : ' x') + text.slice(at);
  }
});

test('the sections reported on opening a long document are the final ones, wherever its articles start', async () => {
  const { highlightSpans, spansOfParts } = await import('../../dist/core.js');
  const rows = (x, upTo) => Array.from({ length: x.length }, (_, k) => [x.start[k], x.end[k], x.kind[k], x.detail[k], x.inferred[k]]).filter((r) => r[0] < upTo);
  const body = (k, paras) => makeCorpus(paras * 180, k).split(/\n+/).slice(0, paras).join('\n\n');
  const docs = [makeCorpus(400 * 1024, 21), makeCorpus(300 * 1024, 22, { layout: 'lines' })];
  // Articles of varying length opened by datelines after runs of short headline paragraphs (up to
  // more than a dateline may reach back over), so that article starts fall all around the first
  // paragraphs scanned.
  for (const shift of [0, 3, 7, 11]) {
    const articles = [];
    for (let k = 0; k < 40; k++) {
      const headlines = Array.from({ length: (k + shift) % 15 }, (_, h) => `Headline ${h} of story ${k}`);
      articles.push([...headlines, `ALEPPO — ${body(k, 1)}`, body(k + 100, 5 + ((k * 37 + shift) % 160))].join('\n\n'));
    }
    docs.push(articles.join('\n\n'));
  }
  for (const [d, text] of docs.entries()) {
    const seen = [];
    const onProgress = (h) => void seen.push({ upTo: h.upTo, count: h.count, complete: h.complete, spans: spansOfParts(h.parts, 0, h.count) });
    const model = await new IncrementalAnalyzer().analyzeInSlices(text, undefined, 'k', { pause: () => Promise.resolve(), isStale: () => false, onProgress, sliceMs: 0 });
    assert.ok(!seen[0].complete && seen[0].upTo > 0, `doc ${d}: the top is reported first`);
    const final = highlightSpans(model);
    for (const [k, p] of seen.entries()) {
      if (k > 0) assert.ok(p.count > seen[k - 1].count && p.upTo > seen[k - 1].upTo, 'each report reaches further');
      assert.deepEqual(rows(p.spans, p.upTo), rows(final, p.upTo), `doc ${d}, report ${k} up to ${p.upTo}`);
    }
  }
});

test('runs given up at any point, edit after edit, leave nothing that changes the next result', async () => {
  const inc = new IncrementalAnalyzer();
  let text = makeCorpus(60 * 1024, 8);
  const pause = () => Promise.resolve();
  for (let i = 0; i < 24; i++) {
    const at = Math.floor((((i * 7919) % 997) / 997) * text.length);
    text = text.slice(0, at) + ['x', '\n\n', ' killed 3 people in Idlib.', '\nBEIRUT — 5 soldiers were wounded.\n'][i % 4] + text.slice(at);
    // Give up after a number of pauses that varies from 0 to many, then finish the same version.
    let pauses = 0;
    const limit = (i * 5) % 23;
    const given = await inc.analyzeInSlices(text, undefined, 'k', { pause: async () => void pauses++, isStale: () => pauses > limit, sliceMs: 0 });
    const whole = given ?? (await inc.analyzeInSlices(text, undefined, 'k', { pause, isStale: () => false, sliceMs: 0 }));
    assert.equal(strip(whole), strip(analyze(text)), `edit ${i}, given up after ${limit} pauses: ${given === undefined}`);
  }
});

test('the settled sections of the first paragraphs are those of the whole document, whatever follows', async () => {
  const { sectionStarts, settledSections } = await import('../../dist/core.js');
  const { rng } = await import('../../bench/corpus.mjs');
  const random = rng(11);
  const int = (n) => Math.floor(random() * n);
  for (let run = 0; run < 4000; run++) {
    // Articles: a run of short headlines (up to more than a dateline reaches back over), a
    // dateline, a body of up to several times the length at which articles are cut.
    const kinds = [];
    for (let a = 1 + int(12); a > 0; a--) kinds.push(...Array(int(15)).fill('headline'), 'dateline', ...Array(int(400)).fill('sentence'));
    const paragraphs = kinds.map((kind, i) => ({ start: i, end: i + 1, index: i, text: kind === 'headline' ? `Short headline ${i}` : `BEIRUT — A sentence ${i}.` }));
    const datelines = kinds.map((kind) => kind === 'dateline');
    const hashes = Int32Array.from(kinds, () => int(2 ** 31));
    // The first paragraphs end anywhere, or (half the time) just before a dateline, among its headlines.
    const at = datelines.indexOf(true, int(kinds.length));
    const m = Math.max(1, run % 2 && at > 0 ? at - int(15) : int(kinds.length));
    const full = sectionStarts(paragraphs, datelines, hashes);
    const top = sectionStarts(paragraphs.slice(0, m), datelines.slice(0, m), hashes.slice(0, m));
    const k = settledSections(top, datelines.slice(0, m), paragraphs.slice(0, m), m, kinds.length);
    // Sections 0..k-1 and where the last of them ends.
    assert.deepEqual(top.slice(0, k + 1), full.slice(0, k + 1), `run ${run}: ${m} of ${kinds.length} paragraphs, ${k} settled`);
  }
});

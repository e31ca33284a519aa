// Casualty-figure benchmark: our grammar against a naive compromise baseline, on the invented
// development set (test/fixtures/casualties-dev.jsonl) and the hand-annotated seeds
// (test/fixtures/seeds-casualties.json). Run `node esbuild.mjs` first, then `node bench/casualties.mjs`.
// Add --errors to list every miss and false alarm of our grammar; --set <file.jsonl> scores another
// set in the dev format instead of the dev set.
import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';

const require = createRequire(import.meta.url);
const core = require(process.env.CORE ?? '../dist/core.js');
const nlp = require('compromise');
const here = (p) => new URL(p, import.meta.url);
const showErrors = process.argv.includes('--errors');

// ---- data sets: [{ name, text, gold: [{start,end,min,max,outcome}] }]
const setArg = process.argv.indexOf('--set');
const devPath = setArg > 0 ? new URL(process.argv[setArg + 1], `file://${process.cwd()}/`) : here('../test/fixtures/casualties-dev.jsonl');
const dev = readFileSync(devPath, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line, i) => {
    const r = JSON.parse(line);
    return { name: `dev:${i + 1}`, text: r.text, gold: r.figures };
  });
const seedsDir = here('../../shared/seeds/');
const seedGold = JSON.parse(readFileSync(here('../test/fixtures/seeds-casualties.json'), 'utf8')).files;
const seeds = Object.entries(seedGold)
  .filter(([file]) => existsSync(new URL(file, seedsDir)))
  .map(([file, gold]) => ({ name: file, text: readFileSync(new URL(file, seedsDir), 'utf8'), gold }));

// ---- systems: text -> [{start,end,min,max,outcome}]
const ours = (text) => core.findCasualties(text, core.splitParagraphs(text), []);

const HARM = [
  [/kill|dead|death|died|die|slain|massacr|fatalit|casualt|bodies/i, 'killed'],
  [/wound|injur|hurt/i, 'wounded'],
  [/kidnap|abduct|hostage/i, 'kidnapped'],
  [/missing|unaccounted/i, 'missing'],
  [/execut|behead/i, 'executed'],
  [/arrest|detain|custody/i, 'arrested'],
  [/displac|fled|flee/i, 'displaced'],
];
const HARM_WORD = /\b(?:kill\w*|dead|deaths?|died|dies?|slain|massacre\w*|fatalities|casualties|bodies|wound\w*|injur\w*|hurt|kidnap\w*|abduct\w*|hostages?|missing|unaccounted|execut\w*|behead\w*|arrest\w*|detain\w*|custody|displac\w*|fled|flee\w*)\b/i;

/** Naive baseline: every compromise number in a sentence that holds a harm word; outcome = first harm word. */
function baseline(text) {
  const out = [];
  for (const p of core.splitParagraphs(text)) {
    for (const s of nlp(p.text).sentences().json({ offset: true })) {
      const m = HARM_WORD.exec(s.text);
      if (!m) continue;
      const outcome = HARM.find(([re]) => re.test(m[0]))[1];
      for (const n of nlp(s.text).numbers().json({ offset: true })) {
        const raw = n.text.replace(/[\s,.;:!?"'”’)]+$/, '');
        const start = p.start + s.offset.start + n.offset.start;
        out.push({ start, end: start + raw.length, min: n.number.num, max: n.number.num, outcome });
      }
    }
  }
  return out;
}

// ---- scoring
function score(sets, system) {
  let tp = 0, fp = 0, fn = 0, strictTp = 0, bounds = 0, outcome = 0, bytes = 0, ms = 0;
  const errors = [];
  for (const d of sets) {
    const t0 = performance.now();
    const pred = system(d.text);
    ms += performance.now() - t0;
    bytes += d.text.length;
    const gold = new Map(d.gold.map((g) => [`${g.start}:${g.end}`, g]));
    const seen = new Set();
    for (const p of pred) {
      const key = `${p.start}:${p.end}`;
      const g = gold.get(key);
      if (!g || seen.has(key)) { fp++; errors.push(`FP ${d.name} [${d.text.slice(p.start, p.end)}] ${p.outcome} :: ${ctx(d.text, p)}`); continue; }
      seen.add(key);
      tp++;
      const okBounds = p.min === g.min && (p.max ?? null) === (g.max ?? null);
      const okOutcome = p.outcome === g.outcome;
      if (okBounds) bounds++;
      if (okOutcome) outcome++;
      if (okBounds && okOutcome) strictTp++;
      else errors.push(`XX ${d.name} [${g.text}] got ${p.min}..${p.max ?? ''} ${p.outcome}, want ${g.min}..${g.max ?? ''} ${g.outcome} :: ${ctx(d.text, g)}`);
    }
    for (const [key, g] of gold) if (!seen.has(key)) { fn++; errors.push(`FN ${d.name} [${g.text}] ${g.outcome} :: ${ctx(d.text, g)}`); }
  }
  const f1 = (t, p, g) => (t === 0 ? 0 : (2 * t) / (p + g));
  const gold = tp + fn, predicted = tp + fp;
  return {
    gold,
    predicted,
    spanP: tp / (predicted || 1),
    spanR: tp / (gold || 1),
    spanF1: f1(tp, predicted, gold),
    boundsAcc: bounds / (tp || 1),
    outcomeAcc: outcome / (tp || 1),
    strictF1: f1(strictTp, predicted, gold),
    mbPerS: bytes / 1e6 / (ms / 1000),
    errors,
  };
}

function ctx(text, s) {
  return text.slice(Math.max(0, s.start - 50), s.end + 50).replace(/\s+/g, ' ');
}

// ---- report
const pct = (x) => `${(100 * x).toFixed(1)}%`;
const rows = [
  ['gold figures', (r) => String(r.gold)],
  ['predicted', (r) => String(r.predicted)],
  ['span precision', (r) => pct(r.spanP)],
  ['span recall', (r) => pct(r.spanR)],
  ['span F1', (r) => pct(r.spanF1)],
  ['exact bounds (of matched)', (r) => pct(r.boundsAcc)],
  ['outcome (of matched)', (r) => pct(r.outcomeAcc)],
  ['strict F1', (r) => pct(r.strictF1)],
  ['MB/s (cold, tiny docs)', (r) => r.mbPerS.toFixed(2)],
];
const results = [
  ['dev / ours', score(dev, ours)],
  ['dev / compromise', score(dev, baseline)],
  ['seeds / ours', score(seeds, ours)],
  ['seeds / compromise', score(seeds, baseline)],
];
const w0 = Math.max(...rows.map(([n]) => n.length));
const cols = results.map(([n]) => n);
console.log(`${''.padEnd(w0)}  ${cols.map((c) => c.padStart(18)).join('')}`);
for (const [name, get] of rows) console.log(`${name.padEnd(w0)}  ${results.map(([, r]) => get(r).padStart(18)).join('')}`);
console.log(`\n(dev: ${dev.length} invented sentences/paragraphs; seeds: ${seeds.length} articles)`);

// Throughput of findCasualties alone on a large body of article-like text (the seeds repeated to ~8 MB).
const big = seeds.map((s) => s.text).join('\n\n').repeat(Math.ceil(8e6 / seeds.reduce((n, s) => n + s.text.length, 1)));
const paras = core.splitParagraphs(big);
const runs = [];
let n = 0;
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  n = core.findCasualties(big, paras, []).length;
  runs.push((performance.now() - t0) / 1000);
}
const mbs = runs.map((secs) => big.length / 1e6 / secs).sort((a, b) => a - b);
console.log(`findCasualties throughput on ${(big.length / 1e6).toFixed(1)} MB of seed text (${n} figures; paragraphs split beforehand): first run ${(big.length / 1e6 / runs[0]).toFixed(1)} MB/s, median of 5 ${mbs[2].toFixed(1)} MB/s`);

if (showErrors) for (const [name, r] of results.filter(([n]) => n.endsWith('ours'))) console.log(`\n## ${name}\n${r.errors.join('\n')}`);

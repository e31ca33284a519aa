// Entity recognition quality: our analyser vs compromise on the gold files
// (test/fixtures/gold/places.jsonl, actors.jsonl when present). Precision / recall / F1 per kind,
// with exact-span and overlapping-span matching, and the main-location governorate hit rate on the
// Syrian gold documents (`main.alt` lists other governorates an analyst could call main). Run after `node esbuild.mjs`: node bench/entities.mjs
import { createRequire } from 'node:module';
import { compromiseSpans } from './compromisePeer.mjs';
import { existsSync, readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const core = require(root + 'dist/core.js');

function load(kind) {
  const file = `${root}test/fixtures/gold/${kind}s.jsonl`;
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => {
    const g = JSON.parse(l);
    g.text ??= readFileSync(`${root}../shared/${g.doc}`, 'utf8');
    return g;
  });
}


/** One-to-one matching: exact spans, or overlapping spans (greedy in text order). */
function score(gold, found, overlap) {
  const used = new Set();
  let tp = 0;
  for (const g of gold) {
    const k = found.findIndex((f, i) => !used.has(i) && (overlap ? f.start < g.end && g.start < f.end : f.start === g.start && f.end === g.end));
    if (k >= 0) {
      used.add(k);
      tp++;
    }
  }
  return { tp, fp: found.length - tp, fn: gold.length - tp };
}

const prf = ({ tp, fp, fn }) => {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return [p, r, (2 * p * r) / (p + r || 1)].map((x) => x.toFixed(3));
};

const add = (a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const zero = () => ({ tp: 0, fp: 0, fn: 0 });
const rows = [];
const misses = [];
for (const kind of ['place', 'actor']) {
  const gold = load(kind);
  if (!gold) {
    console.log(`(no test/fixtures/gold/${kind}s.jsonl: ${kind}s skipped)`);
    continue;
  }
  const acc = { oursExact: zero(), oursOverlap: zero(), compExact: zero(), compOverlap: zero() };
  for (const g of gold) {
    const ours = core.analyze(g.text).entities.filter((e) => e.kind === kind);
    const comp = compromiseSpans(g.text, kind);
    acc.oursExact = add(acc.oursExact, score(g.spans, ours, false));
    acc.oursOverlap = add(acc.oursOverlap, score(g.spans, ours, true));
    acc.compExact = add(acc.compExact, score(g.spans, comp, false));
    acc.compOverlap = add(acc.compOverlap, score(g.spans, comp, true));
    if (process.argv.includes('--misses')) {
      for (const s of g.spans) if (!ours.some((f) => f.start < s.end && s.start < f.end)) misses.push(`FN ${kind} ${JSON.stringify(s.text)} in ${g.doc ?? g.text.slice(0, 50)}`);
      for (const f of ours) if (!g.spans.some((s) => f.start < s.end && s.start < f.end)) misses.push(`FP ${kind} ${JSON.stringify(f.text)} → ${f.canonical} in ${g.doc ?? g.text.slice(0, 50)}`);
    }
  }
  const n = gold.reduce((s, g) => s + g.spans.length, 0);
  rows.push([`${kind} (${gold.length} docs, ${n} spans)`, 'exact', ...prf(acc.oursExact), ...prf(acc.compExact)]);
  rows.push(['', 'overlap', ...prf(acc.oursOverlap), ...prf(acc.compOverlap)]);

  if (kind === 'place') {
    // Main location: our mainLocation's admin1 vs the gold governorate; compromise by name alone
    // (its first place, looked up in our gazetteer by exact name).
    const syrian = gold.filter((g) => g.country === 'SY' && g.main?.admin1);
    let ours = 0;
    let comp = 0;
    for (const g of syrian) {
      const m = core.mainLocation(core.analyze(g.text).entities);
      const ok = (a) => a !== undefined && (a === g.main.admin1 || (g.main.alt ?? []).includes(a));
      if (ok(m?.admin1)) ours++;
      const first = compromiseSpans(g.text, 'place')[0];
      if (first) {
        const hit = core.findPlaces(first.text, [{ index: 0, start: 0, end: first.text.length, text: first.text }], core.defaultOptions).find((e) => e.start === 0 && e.end === first.text.length);
        if (ok(hit?.admin1)) comp++;
      }
    }
    rows.push([`main-location governorate (${syrian.length} Syrian docs)`, 'hit rate', (ours / syrian.length).toFixed(3), '', '', (comp / syrian.length).toFixed(3), '', '']);
  }
}

console.log('| kind | match | ours P | ours R | ours F1 | compromise P | compromise R | compromise F1 |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
if (misses.length) console.log('\n' + misses.join('\n'));

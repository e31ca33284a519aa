// Semantic tokens over JSON-RPC: every entity and figure of the model, in order, never
// overlapping, at the right line and character whatever the line ends (LF, CRLF, lone CR); range
// tokens are the full ones inside the range; deltas applied to the last result give the new full.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { analyze } from '../../dist/core.js';
import { decodeTokens, positionOf, startServer } from './client.mjs';

const server = await startServer({ settings: { maxFileSizeMB: 50 } });
after(() => server.stop());
const legend = server.init.capabilities.semanticTokensProvider.legend;
const seeds = new URL('../../../shared/seeds/', import.meta.url);
const samples = new URL('../fixtures/samples/', import.meta.url);
const texts = readdirSync(samples).sort().map((f) => readFileSync(new URL(f, samples), 'utf8'));
if (existsSync(seeds)) for (const f of readdirSync(seeds).sort()) texts.push(readFileSync(new URL(f, seeds), 'utf8'));
const variants = (t) => [t, t.replace(/\n/g, '\r\n'), t.replace(/\n/g, '\r'), t.replace(/\n\n/g, '\r\r').replace(/\n/g, '\r\n')];

/** The spans the model says should be highlighted: entities and figures by start, the first of overlapping ones kept. */
function expected(text) {
  const m = analyze(text);
  const all = [...m.entities.map((e) => ({ start: e.start, end: e.end, type: e.kind })), ...m.casualties.map((c) => ({ start: c.start, end: c.end, type: 'casualty' }))];
  all.sort((a, b) => a.start - b.start || (a.type === 'casualty') - (b.type === 'casualty'));
  const out = [];
  for (const s of all) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

/** Decoded tokens as offsets (a token never spans lines in these texts). */
function offsets(text, data) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') continue;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return decodeTokens(data, legend, text).map((t) => {
    const start = starts[t.line] + t.char;
    // The token lies within its line: its text there is the text at its offsets.
    assert.equal(t.text, text.slice(start, start + t.length), `token at line ${t.line}, character ${t.char}`);
    return { start, end: start + t.length, type: t.type };
  });
}

test('full tokens are the model spans, at the right positions with LF, CRLF and CR line ends', async () => {
  let n = 0;
  for (const base of texts) {
    for (const text of variants(base)) {
      const uri = `file:///tokens/${n++}.txt`;
      server.open(uri, text);
      const r = await server.request('textDocument/semanticTokens/full', { textDocument: { uri } });
      assert.deepEqual(offsets(text, r.data), expected(text), uri);
      // A range holds exactly the full tokens that meet it.
      const a = Math.floor(text.length / 3);
      const b = Math.floor((2 * text.length) / 3);
      const range = await server.request('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: positionOf(text, a), end: positionOf(text, b) } });
      assert.deepEqual(offsets(text, range.data), expected(text).filter((s) => s.end > a && s.start < b), `${uri} range`);
    }
  }
});

test('a delta applied to the last result gives the new full tokens', async () => {
  const uri = 'file:///tokens/delta.txt';
  let text = texts[texts.length - 1].replace(/\n/g, '\r\n');
  server.open(uri, text);
  let last = await server.request('textDocument/semanticTokens/full', { textDocument: { uri } });
  let data = last.data;
  for (let i = 0; i < 6; i++) {
    const at = Math.floor(((i + 1) / 7) * text.length);
    const insert = i % 2 ? ' Raqqa ' : '\r\n\r\nAt least 5 civilians were killed.\r\n\r\n';
    server.notify('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ range: { start: positionOf(text, at), end: positionOf(text, at) }, text: insert }] });
    text = text.slice(0, at) + insert + text.slice(at);
    const d = await server.request('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: last.resultId });
    for (const e of [...(d.edits ?? [])].reverse()) data = [...data.slice(0, e.start), ...(e.data ?? []), ...data.slice(e.start + e.deleteCount)];
    if (d.data) data = d.data;
    assert.deepEqual(offsets(text, data), expected(text), `after edit ${i}`);
    last = d;
  }
});

test('range tokens of a long document come before its analysis ends, and are the final ones', async () => {
  const { makeCorpus } = await import('../../bench/corpus.mjs');
  const text = makeCorpus(2 << 20, 5);
  const uri = 'file:///tokens/long.txt';
  const order = [];
  server.open(uri, text);
  // Full tokens asked first, then the first screen (as an editor does on opening): the screen is
  // answered as soon as its sections are resolved, the full tokens only once all are.
  const full = server.request('textDocument/semanticTokens/full', { textDocument: { uri } }).then((r) => (order.push('full'), r));
  const screen = { start: { line: 0, character: 0 }, end: { line: 80, character: 0 } };
  const first = await server.request('textDocument/semanticTokens/range', { textDocument: { uri }, range: screen }).then((r) => (order.push('range'), r));
  const all = await full;
  assert.deepEqual(order, ['range', 'full']);
  const end = text.split('\n').slice(0, 80).join('\n').length + 1;
  const want = offsets(text, all.data).filter((s) => s.start < end);
  assert.ok(want.length > 20, `the first screen has tokens (${want.length})`);
  assert.deepEqual(offsets(text, first.data), want);
});

test('deltas stay exact over many kinds of edits to a document of many sections', async () => {
  const { makeCorpus } = await import('../../bench/corpus.mjs');
  let seed = 7;
  const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  for (const eol of ['\n', '\r\n', '\r']) {
    const uri = `file:///tokens/sections-${eol.length}${eol[0] === '\r' ? 'r' : 'n'}.txt`;
    // Articles opened by datelines (a section each), some long enough to be cut further.
    const articles = Array.from({ length: 14 }, (_, k) => `ALEPPO — ${makeCorpus((k % 5 ? 6 : 40) * 1024, k)}`);
    let text = articles.join('\n\n').replace(/\n/g, eol);
    server.open(uri, text);
    let last = await server.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    let data = last.data;
    const edits = [
      () => [random(text.length), 0, 'x'],
      () => [random(text.length), 0, `${eol}${eol}At least 4 people were killed in Aleppo.${eol}${eol}`],
      () => [random(text.length), 200, ''],
      // A paragraph break made a line break of the same length, and back: lines move, offsets do not.
      () => { const at = text.indexOf(eol + eol, random(text.length)); return at < 0 ? [0, 0, ' '] : [at, 2 * eol.length, eol === '\n' ? '\r\n' : eol + ' ']; },
      () => [0, 0, `ALEPPO — 3 soldiers were wounded.${eol}`],
      () => [text.length, 0, `${eol}Clashes in Idlib killed 2.`],
      () => { const a = random(text.length); return [a, Math.min(5000, text.length - a), '']; },
      // A paragraph with tokens added at the end of an article, just before the next one's dateline:
      // the first token after the edited section moves relative to the one before it.
      () => {
        const dateline = /^[A-Z]{3,}[A-Za-z ,]* — /gm;
        dateline.lastIndex = random(text.length);
        const hit = dateline.exec(text);
        return [hit ? hit.index : 0, 0, `Fighting in Homs killed 9 people.${eol}${eol}`];
      },
    ];
    for (let i = 0; i < 21; i++) {
      const [at, len, insert] = edits[i % edits.length]();
      const range = { start: positionOf(text, at), end: positionOf(text, at + len) };
      server.notify('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ range, text: insert }] });
      text = text.slice(0, at) + insert + text.slice(at + len);
      const d = await server.request('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: last.resultId });
      for (const e of [...(d.edits ?? [])].reverse()) data = [...data.slice(0, e.start), ...(e.data ?? []), ...data.slice(e.start + e.deleteCount)];
      if (d.data) data = d.data;
      assert.deepEqual(offsets(text, data), expected(text), `${uri} after edit ${i}`);
      if (d.edits?.length) assert.ok(d.edits[0].data.length < data.length / 2 || text.length < 1000, `edit ${i} sends part of the tokens (${d.edits[0].data.length} of ${data.length})`);
      last = d;
    }
  }
});

// The analyst's workbench over JSON-RPC: references across aliases, outline, workspace symbols,
// Show Entity across files, the summary, inlay hints and the article report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { positionOf, startServer } from './client.mjs';

const root = mkdtempSync(join(tmpdir(), 'conflict-lens-nav-'));
const a = 'Daesh fighters attacked Kobane on Monday.\n\nIslamic State militants later withdrew from Kobani, and at least 12 IS fighters were killed, the Observatory said.\n';
const b = 'Kurdish forces said ISIS had lost more ground near Raqqa.\n';
writeFileSync(join(root, 'a.txt'), a);
writeFileSync(join(root, 'b.txt'), b);
const uriA = pathToFileURL(join(root, 'a.txt')).toString();
const uriB = pathToFileURL(join(root, 'b.txt')).toString();

let server;
before(async () => {
  server = await startServer({ workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'ws' }], settings: { inlayHints: { casualties: true } } });
  server.open(uriA, a);
  await server.waitForDiagnostics(uriA);
});
after(() => server.stop());

test('references and highlights find every alias of an actor', async () => {
  const pos = positionOf(a, a.indexOf('Daesh') + 1);
  const refs = await server.request('textDocument/references', { textDocument: { uri: uriA }, position: pos, context: { includeDeclaration: true } });
  assert.equal(refs.length, 3, 'Daesh, Islamic State, IS');
  const hl = await server.request('textDocument/documentHighlight', { textDocument: { uri: uriA }, position: pos });
  assert.equal(hl.length, 3);
});

test('the outline lists the headline, then actors, places and figures', async () => {
  const symbols = await server.request('textDocument/documentSymbol', { textDocument: { uri: uriA } });
  assert.equal(symbols.length, 1);
  const groups = Object.fromEntries(symbols[0].children.map((g) => [g.name, g.children.map((c) => c.name)]));
  assert.deepEqual(groups.Actors.sort(), ['Islamic State', 'Syrian Observatory for Human Rights']);
  assert.equal(groups.Places.length, 1, 'Kobane and Kobani are one place');
  assert.equal(groups['Casualty figures'].length, 1);
});

test('workspace symbols and Show Entity reach files that are not open', async () => {
  const symbols = await server.request('workspace/symbol', { query: 'islamic' });
  assert.deepEqual([...new Set(symbols.map((s) => s.location.uri))].sort(), [uriA, uriB].sort());
  const mentions = await server.request('workspace/executeCommand', { command: 'conflictLens.entityMentions', arguments: [uriA, positionOf(a, a.indexOf('Daesh'))] });
  assert.equal(mentions.length, 4, 'three in a.txt, ISIS in b.txt');
  assert.ok(mentions.some((m) => m.uri === uriB && m.range.start.line === 0));
});

test('summary, inlay hints and the article report', async () => {
  const s = await server.request('conflictLens/summary', { uri: uriA });
  assert.match(s.text, /^2 actors · 1 place · ≥ 12 killed$/);
  const hints = await server.request('textDocument/inlayHint', { textDocument: { uri: uriA }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } });
  assert.equal(hints.length, 1);
  assert.match(hints[0].label, /≥ 12 killed · fighters \(Islamic State\)/);
  const html = await server.request('workspace/executeCommand', { command: 'conflictLens.articleReport', arguments: [uriA] });
  assert.match(html, /<svg class="map"/);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  assert.doesNotMatch(html, /<script/);
});

test('export of one file and of the whole workspace', async () => {
  const one = await server.request('workspace/executeCommand', { command: 'conflictLens.exportFindings', arguments: [uriA, 'jsonl'] });
  assert.equal(one.trim().split('\n').length, 1);
  const csv = await server.request('workspace/executeCommand', { command: 'conflictLens.exportFindings', arguments: [null, 'csv'] });
  const files = new Set(csv.trim().split('\n').slice(1).map((row) => row.split(',')[0]));
  assert.equal(files.size, 2, 'rows from both files, one header');
  const geo = JSON.parse(await server.request('workspace/executeCommand', { command: 'conflictLens.exportFindings', arguments: [null, 'geojson'] }));
  assert.ok(geo.features.some((f) => f.properties.name === 'Raqqa'));
});

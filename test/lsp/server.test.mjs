// Protocol tests: the built server in its own process, spoken to over JSON-RPC as an editor would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { applyTextEdits, decodeTokens, positionOf, startServer } from './client.mjs';

const seedsDir = new URL('../../../shared/seeds/', import.meta.url);
const seed000 = existsSync(seedsDir) ? readdirSync(seedsDir).find((f) => f.startsWith('000_')) : undefined;
const sample = seed000
  ? { uri: 'file:///articles/000.txt', text: readFileSync(new URL(seed000, seedsDir), 'utf8'), actor: 'FSA', place: 'Kobane', casualty: 'At least 50' }
  : { uri: 'file:///articles/sample.txt', text: readFileSync(new URL('../fixtures/samples/sample-idlib.txt', import.meta.url), 'utf8'), actor: 'White Helmets', place: 'Idlib', casualty: 'at least 17' };

let server;
before(async () => {
  server = await startServer();
  server.open(sample.uri, sample.text);
});
after(() => server.stop());

const nonEmptyLines = (t) => t.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

test('advertises the features the extension relies on', () => {
  const caps = server.init.capabilities;
  assert.deepEqual(caps.semanticTokensProvider.legend.tokenTypes, ['actor', 'place', 'casualty']);
  assert.ok(caps.semanticTokensProvider.full.delta && caps.semanticTokensProvider.range);
  assert.ok(caps.hoverProvider && caps.codeActionProvider && caps.referencesProvider && caps.documentSymbolProvider);
  assert.ok(caps.executeCommandProvider.commands.includes('conflictLens.removeDuplicates'));
});

test('semantic tokens mark an actor, a place and a casualty figure', async () => {
  await server.waitForDiagnostics(sample.uri);
  const result = await server.request('textDocument/semanticTokens/full', { textDocument: { uri: sample.uri } });
  const tokens = decodeTokens(result.data, server.init.capabilities.semanticTokensProvider.legend, sample.text);
  const find = (type, text) => tokens.find((t) => t.type === type && t.text === text);
  assert.ok(find('actor', sample.actor), `actor token on ${sample.actor}`);
  assert.ok(find('place', sample.place), `place token on ${sample.place}`);
  assert.ok(find('casualty', sample.casualty), `casualty token on ${sample.casualty}`);
  const range = await server.request('textDocument/semanticTokens/range', { textDocument: { uri: sample.uri }, range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } } });
  assert.ok(range.data.length > 0 && range.data.length < result.data.length, 'range tokens are a subset');
});

test('hover shows the normalised record of a place', async () => {
  const at = sample.text.indexOf(sample.place) + 1;
  const h = await server.request('textDocument/hover', { textDocument: { uri: sample.uri }, position: positionOf(sample.text, at) });
  assert.ok(h, 'a hover');
  assert.match(h.contents.value, /place/);
  assert.match(h.contents.value, /OpenStreetMap/);
});

test('every later copy of a paragraph gets a diagnostic pointing at the first', async () => {
  const diags = await server.waitForDiagnostics(sample.uri);
  const dups = diags.filter((d) => d.code === 'duplicate-paragraph');
  assert.ok(dups.length >= 2, `${dups.length} duplicate diagnostics`);
  for (const d of dups) {
    assert.equal(d.source, 'conflict-lens');
    assert.ok(d.relatedInformation[0].location.range.start.line < d.range.start.line, 'original comes first');
  }
});

test('the quick fix removes one duplicated paragraph and carries the version', async () => {
  const diags = await server.waitForDiagnostics(sample.uri);
  const dup = diags.find((d) => d.code === 'duplicate-paragraph');
  const actions = await server.request('textDocument/codeAction', { textDocument: { uri: sample.uri }, range: dup.range, context: { diagnostics: [dup], only: ['quickfix'] } });
  const fix = actions.find((a) => a.title === 'Remove duplicate paragraph');
  assert.ok(fix, 'the quick fix is offered');
  const change = fix.edit.documentChanges[0];
  assert.equal(change.textDocument.version, 1);
  const after = applyTextEdits(sample.text, change.edits);
  const lines = nonEmptyLines(sample.text);
  const duplicated = nonEmptyLines(sample.text.split(/\r?\n/)[dup.range.start.line])[0];
  assert.equal(nonEmptyLines(after).length, lines.length - 1);
  assert.ok(nonEmptyLines(after).includes(duplicated), 'the original stays');
});

test('the remove-duplicates command applies a versioned edit leaving one copy of each paragraph', async () => {
  const before = server.applied.length;
  const result = await server.request('workspace/executeCommand', { command: 'conflictLens.removeDuplicates', arguments: [sample.uri] });
  assert.ok(result.removed >= 2);
  const edit = server.applied[before].edit.documentChanges[0];
  assert.equal(edit.textDocument.version, 1);
  const after = applyTextEdits(sample.text, edit.edits);
  const folded = nonEmptyLines(after).map((l) => l.toLowerCase());
  assert.equal(new Set(folded).size, folded.length, 'no paragraph appears twice');
});

test('bad requests are answered with errors and the server keeps serving', async () => {
  await assert.rejects(server.request('workspace/executeCommand', { command: 'conflictLens.removeDuplicates', arguments: [] }), /URI/);
  await assert.rejects(server.request('workspace/executeCommand', { command: 'conflictLens.nope', arguments: [] }), /unknown command/);
  const none = await server.request('textDocument/hover', { textDocument: { uri: 'file:///not/open.txt' }, position: { line: 0, character: 0 } });
  assert.equal(none, null);
  const h = await server.request('textDocument/hover', { textDocument: { uri: sample.uri }, position: positionOf(sample.text, sample.text.indexOf(sample.place)) });
  assert.ok(h);
});

test('binary and oversized documents are skipped with a message, not analysed', async () => {
  server.open('file:///articles/binary.txt', 'PNG\u0000\u0000\u0001 IHDR garbage');
  const d = await server.waitForDiagnostics('file:///articles/binary.txt');
  assert.equal(d.length, 0);
  const until = Date.now() + 5000;
  while (!server.messages.some((m) => /binary/.test(m.message)) && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
  assert.ok(server.messages.some((m) => /binary/.test(m.message)), 'the user is told why');
});

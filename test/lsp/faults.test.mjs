// Faults over the wire: malformed params, unknown documents, stale edits, huge documents.
// Every bad request gets an error or an empty answer, and the server keeps serving.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { positionOf, startServer } from './client.mjs';

let server;
const uri = 'file:///faults/a.txt';
const text = 'At least 7 civilians were killed in Idlib, the Observatory said.\n\nAt least 7 civilians were killed in Idlib, the Observatory said.\n';
before(async () => {
  server = await startServer();
  server.open(uri, text);
  await server.waitForDiagnostics(uri);
});
after(() => server.stop());

const alive = async () => {
  const h = await server.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, text.lastIndexOf('Idlib') + 1) }); // the last line is never edited below
  assert.ok(h && /Idlib/.test(h.contents.value), 'the server still answers');
};

test('malformed params are answered, never crash the server', async () => {
  const bad = [
    ['textDocument/hover', { textDocument: { uri } }],
    ['textDocument/hover', { textDocument: {}, position: { line: -5, character: 'x' } }],
    ['textDocument/hover', null],
    ['textDocument/semanticTokens/full', { textDocument: { uri: 42 } }],
    ['textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: 1e9, character: 0 }, end: { line: -1, character: 0 } } }],
    ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [{ code: 'duplicate-paragraph', data: { paragraph: 999 } }] } }],
    ['textDocument/codeAction', { textDocument: { uri }, range: null, context: null }],
    ['textDocument/references', { textDocument: { uri }, position: { line: 99999, character: 99999 }, context: {} }],
    ['workspace/executeCommand', { command: 'conflictLens.removeDuplicates', arguments: [{ nope: true }] }],
    ['workspace/executeCommand', { command: 'conflictLens.exportFindings', arguments: [uri, 'xml'] }],
    ['workspace/executeCommand', { command: 'conflictLens.entityMentions', arguments: [uri, 'here'] }],
    ['conflictLens/summary', { uri: 17 }],
  ];
  for (const [method, params] of bad) {
    try {
      await server.request(method, params);
    } catch (e) {
      assert.ok(typeof e.message === 'string' && e.message.length > 0, `${method}: an error with a message`);
    }
  }
  server.notify('textDocument/didChange', { textDocument: { uri: 'file:///never/opened.txt', version: 2 }, contentChanges: [{ text: 'x' }] });
  server.notify('textDocument/didOpen', { textDocument: { uri: 'file:///faults/b.txt' } });
  await alive();
});

test('a quick fix names the version it was computed for, so the editor refuses it once stale', async () => {
  const diags = await server.waitForDiagnostics(uri);
  const dup = diags.find((d) => d.code === 'duplicate-paragraph');
  const [fix] = await server.request('textDocument/codeAction', { textDocument: { uri }, range: dup.range, context: { diagnostics: [dup], only: ['quickfix'] } });
  assert.equal(fix.edit.documentChanges[0].textDocument.version, 1, 'the edit names the version it was computed for');
  server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Update: ' }] });
  const d2 = await server.waitForDiagnostics(uri, 2);
  const [fix2] = await server.request('textDocument/codeAction', { textDocument: { uri }, range: d2[0].range, context: { diagnostics: [d2[0]], only: ['quickfix'] } });
  assert.equal(fix2.edit.documentChanges[0].textDocument.version, 2);
});

test('a document over the size limit is skipped with a message naming the setting', async () => {
  const big = 'Shelling was reported near the town overnight.\n'.repeat(Math.ceil((21 * 1048576) / 48));
  server.open('file:///faults/big.txt', big);
  await server.waitForDiagnostics('file:///faults/big.txt', 1, 60000);
  const until = Date.now() + 10000;
  while (!server.messages.some((m) => /conflictLens\.maxFileSizeMB/.test(m.message)) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  assert.ok(server.messages.some((m) => /over the conflictLens\.maxFileSizeMB limit of 20 MB/.test(m.message)));
  const tokens = await server.request('textDocument/semanticTokens/full', { textDocument: { uri: 'file:///faults/big.txt' } });
  assert.deepEqual(tokens.data, []);
  await alive();
});

// conflictLens.maxDiagnostics: a file with more duplicate and boilerplate paragraphs than the limit
// lists the first ones in document order (both kinds merged), says so once, and 0 lists them all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../dist/core.js';
import { makeCorpus } from '../../bench/corpus.mjs';
import { startServer } from './client.mjs';

const text = makeCorpus(300 * 1024, 4);
const model = analyze(text);
const all = [...model.duplicates.map((d) => [d.start, 'duplicate-paragraph']), ...model.boilerplate.map((b) => [b.start, 'boilerplate'])].sort((a, b) => a[0] - b[0]);
const startOf = (d) => {
  const lines = text.split('\n');
  let offset = 0;
  for (let l = 0; l < d.range.start.line; l++) offset += lines[l].length + 1;
  return offset + d.range.start.character;
};

test('the first maxDiagnostics findings in document order, and one message saying how many there are', async () => {
  assert.ok(model.boilerplate.length > 10 && model.duplicates.length > 100, 'both kinds, more than the limit');
  const server = await startServer({ settings: { maxDiagnostics: 100 } });
  try {
    const uri = 'file:///limit/a.txt';
    server.open(uri, text);
    assert.deepEqual((await server.waitForDiagnostics(uri, 1, 60000)).map((d) => [startOf(d), d.code]), all.slice(0, 100));
    // An edit at the end: the same first hundred, and no second message.
    server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: text + '\n\nOne more paragraph.' }] });
    assert.deepEqual((await server.waitForDiagnostics(uri, 2, 60000)).map((d) => [startOf(d), d.code]), all.slice(0, 100));
    const told = server.messages.filter((m) => /maxDiagnostics/.test(m.message));
    assert.equal(told.length, 1, 'told once per document');
    assert.match(told[0].message, new RegExp(`first 100 of ${all.length} `));
    assert.match(told[0].message, /a\.txt/);
  } finally {
    await server.stop();
  }
});

test('maxDiagnostics 0 lists every finding', async () => {
  const server = await startServer({ settings: { maxDiagnostics: 0 } });
  try {
    server.open('file:///limit/b.txt', text);
    const list = await server.waitForDiagnostics('file:///limit/b.txt', 1, 60000);
    assert.deepEqual(list.map((d) => [startOf(d), d.code]), all);
    assert.equal(server.messages.filter((m) => /maxDiagnostics/.test(m.message)).length, 0);
  } finally {
    await server.stop();
  }
});

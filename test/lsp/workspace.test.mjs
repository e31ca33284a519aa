// The workspace command: copies inside files, a footer shared by many files, same-article copies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyTextEdits, startServer } from './client.mjs';

const para = (i) => `Paragraph ${i} of a story about shelling near the town of Nawa, where residents said the bombardment lasted ${i + 3} hours without pause.`;
const footer = 'Copyright 2019 Levant Wire Syndicate. Reproduction of this article without written permission of the publisher is strictly prohibited.';

test('removes copies in files and a shared footer from all but the first file, reports same-article copies, leaves clean files alone', async () => {
  const root = mkdtempSync(join(tmpdir(), 'conflict-lens-wsd-'));
  const files = {
    'a.txt': [para(1), para(2), para(1), footer].join('\n\n') + '\n',
    'b.txt': [para(10), para(11), para(12), para(13), footer].join('\n\n') + '\n',
    'c.txt': [para(20), para(21), footer].join('\n') + '\n',
    'd.txt': [para(1), para(2), para(1), footer].join('\n\n') + '\n',
    'clean.txt': [para(30), para(31)].join('\n\n') + '\n',
    'notes.md': [para(1), para(1)].join('\n\n'),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const server = await startServer({ workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'ws' }] });
  try {
    const r = await server.request('workspace/executeCommand', { command: 'conflictLens.removeDuplicatesInWorkspace', arguments: [{ preview: false }] });
    assert.equal(r.files, 5, 'the five .txt files are read; notes.md is not served');
    assert.equal(r.applied, true);
    assert.ok(r.copies.some((c) => c.includes('d.txt') && c.includes('a.txt')), 'd.txt is reported as a copy of a.txt');
    const edit = server.applied.at(-1).edit;
    const after = {};
    for (const change of edit.documentChanges) {
      assert.equal(change.textDocument.version, null, 'closed files carry no version');
      const name = change.textDocument.uri.split('/').pop();
      after[name] = applyTextEdits(files[name], change.edits);
    }
    assert.ok(!('clean.txt' in after), 'a file with nothing to remove gets no edit');
    assert.equal(after['a.txt'], [para(1), para(2), footer].join('\n\n') + '\n', 'the first file keeps the footer');
    assert.equal(after['b.txt'], [para(10), para(11), para(12), para(13)].join('\n\n') + '\n');
    assert.equal(after['c.txt'], [para(20), para(21)].join('\n') + '\n', 'one-a-line layout kept');
    assert.equal(readFileSync(join(root, 'a.txt'), 'utf8'), files['a.txt'], 'the server edits through the client only');
    assert.ok(server.messages.some((m) => /Removed \d+ duplicate paragraphs in \d of 5 files/.test(m.message)), 'a summary is shown');
  } finally {
    await server.stop();
  }
});

test('from the palette it asks first: dismissing changes nothing, "Review Changes…" opens the preview', async () => {
  const root = mkdtempSync(join(tmpdir(), 'conflict-lens-wsp-'));
  writeFileSync(join(root, 'a.txt'), [para(1), para(2), para(1)].join('\n\n') + '\n');
  let reply = null;
  const server = await startServer({ workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'ws' }], answer: (p) => p.actions.find((a) => a.title === reply) ?? null });
  try {
    const dismissed = await server.request('workspace/executeCommand', { command: 'conflictLens.removeDuplicatesInWorkspace', arguments: [] });
    assert.equal(dismissed.cancelled, true);
    assert.equal(server.applied.length, 0, 'nothing applied when the question is dismissed');
    assert.match(server.messages.at(-2).message, /found 1 duplicate paragraph in 1 of 1 files/);
    reply = 'Review Changes…';
    const reviewed = await server.request('workspace/executeCommand', { command: 'conflictLens.removeDuplicatesInWorkspace', arguments: [{ preview: true }] });
    assert.equal(reviewed.applied, true);
    const edit = server.applied.at(-1).edit;
    assert.equal(edit.changeAnnotations.dedupe.needsConfirmation, true, 'the editor shows its refactor preview');
    assert.ok(edit.documentChanges[0].edits.every((e) => e.annotationId === 'dedupe'));
  } finally {
    await server.stop();
  }
});

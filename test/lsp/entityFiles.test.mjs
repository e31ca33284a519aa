// User entity files: valid entries are used without a rebuild, malformed ones get diagnostics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeTokens, startServer } from './client.mjs';

test('a workspace entity file adds an actor and reports its malformed entry where it is', async () => {
  const root = mkdtempSync(join(tmpdir(), 'conflict-lens-ws-'));
  mkdirSync(join(root, '.conflict-lens'));
  const file = join(root, '.conflict-lens', 'entities.json');
  writeFileSync(file, JSON.stringify({ actors: [{ name: 'Liwa Zarqa al-Yamama', type: 'armed-group', side: 'opposition', aliases: ['Zarqa Brigade'] }, { type: 'armed-group' }] }, null, 2));
  const server = await startServer({ workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'ws' }] });
  try {
    const fileUri = pathToFileURL(file).toString();
    const until = Date.now() + 5000;
    while (!server.diagnostics.has(fileUri) && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    const diags = server.diagnostics.get(fileUri)?.diagnostics ?? [];
    assert.equal(diags.length, 1, 'one problem: the entry without a name');
    assert.equal(diags[0].code, 'entity-file');
    assert.equal(diags[0].range.start.line, 10, 'at the bad entry (its opening brace)');

    const uri = pathToFileURL(join(root, 'a.txt')).toString();
    const text = 'Fighters of the Zarqa Brigade clashed with Islamic State near Raqqa on Monday.';
    server.open(uri, text);
    await server.waitForDiagnostics(uri);
    const r = await server.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    const tokens = decodeTokens(r.data, server.init.capabilities.semanticTokensProvider.legend, text);
    assert.ok(tokens.some((t) => t.type === 'actor' && t.text === 'Zarqa Brigade'), 'the user actor is highlighted');
    assert.ok(tokens.some((t) => t.type === 'actor' && t.text === 'Islamic State'), 'built-in actors still work');
  } finally {
    await server.stop();
  }
});

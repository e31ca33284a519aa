// The packaged extension in a clean editor: test/e2e/run.mjs packages it as `npm run package` does
// (minified, no source maps), installs the .vsix into a fresh extensions folder of a new code-server,
// and loads test/e2e/vsix-host (which contributes nothing) as the development extension, so
// everything Conflict Lens does here comes from the installed package.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DiagnosticCodes, DiagnosticSource, TokenTypes } from '../../../../server/src/protocol';
import { codeOf, eventually, hoverText, occurrences, semanticTokens, seedCopy } from '../helpers';

const EXTENSION_ID = 'conflict-lens.conflict-lens';
/** This file runs from <repo>/dist/e2e-vsix/. */
const REPO = path.resolve(__dirname, '../..');

suite('Conflict Lens installed from the .vsix (clean editor)', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    doc = await vscode.workspace.openTextDocument(seedCopy());
    await vscode.window.showTextDocument(doc);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the extension comes from the installed package, not from this checkout', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed; extensions: ${vscode.extensions.all.filter((e) => !e.id.startsWith('vscode.')).map((e) => e.id).join(', ')}`);
    const where = ext.extensionPath;
    assert.ok(!path.resolve(where).startsWith(REPO + path.sep), `the extension runs from the checkout (${where}), not from the installed .vsix`);
    for (const f of ['package.json', 'dist/client.js', 'dist/server.js']) assert.ok(fs.existsSync(path.join(where, f)), `the package has no ${f}`);
    for (const f of ['client/src', 'server/src', 'node_modules', 'dist/server.js.map', 'dist/cli.js']) {
      assert.ok(!fs.existsSync(path.join(where, f)), `the package should not ship ${f}`);
    }
    const host = vscode.extensions.getExtension('conflict-lens-e2e.conflict-lens-e2e-vsix-host');
    assert.ok(host, 'the empty development host (test/e2e/vsix-host) should be loaded');
  });

  test('activates on a plain-text article', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await eventually(() => assert.ok(ext.isActive, 'Conflict Lens is not active after opening a .txt article'));
  });

  test('the semantic tokens legend has actor, place and casualty, and the article gets tokens', async () => {
    const legend = await eventually(async () => {
      const l = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
      assert.ok(l, 'no semantic tokens legend for the article');
      return l;
    });
    for (const type of ['actor', 'place', 'casualty']) assert.ok(legend.tokenTypes.includes(type), `the legend lacks "${type}": ${legend.tokenTypes.join(', ')}`);
    assert.deepEqual(legend.tokenTypes.slice(0, TokenTypes.length), [...TokenTypes]);
    await eventually(async () => {
      const types = new Set((await semanticTokens(doc)).map((t) => t.type));
      for (const type of TokenTypes) assert.ok(types.has(type), `no "${type}" token in the article (types: ${[...types].join(', ') || 'none'})`);
    });
  });

  test('a hover on a place answers', async () => {
    const at = occurrences(doc, 'Kobane')[0];
    assert.ok(at, 'the seed mentions Kobane');
    await eventually(async () => {
      const t = await hoverText(doc.uri, at.start.translate(0, 2));
      assert.match(t, /Kobani/, `hover at "Kobane" should name Kobani; got:\n${t || '(no hover)'}`);
    }, 15_000);
  });

  test('duplicate-paragraph diagnostics arrive', async () => {
    await eventually(() => {
      const all = vscode.languages.getDiagnostics(doc.uri);
      const dupes = all.filter((d) => codeOf(d) === DiagnosticCodes.duplicate && d.source === DiagnosticSource);
      assert.ok(dupes.length > 0, `no ${DiagnosticCodes.duplicate} diagnostics (all: ${all.map((d) => `${d.source}/${String(codeOf(d))}`).join(', ') || 'none'})`);
    });
  });
});

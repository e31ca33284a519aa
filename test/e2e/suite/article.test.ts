// Conflict Lens in a real VS Code: one scraped article (a copy of seed 000), every editor-facing feature.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands, DiagnosticCodes, DiagnosticSource } from '../../../server/src/protocol';
import { codeOf, eventually, hoverText, occurrences, paragraphs, semanticTokens, seedCopy, type DecodedToken } from './helpers';

const QUICK_FIX_TITLE = 'Remove duplicate paragraph';
const HOVER_TIMEOUT_MS = 15_000;

suite('Conflict Lens on seed 000 (real editor)', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    doc = await vscode.workspace.openTextDocument(seedCopy());
    await vscode.window.showTextDocument(doc);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('highlights actors, places and casualty figures with semantic tokens', async () => {
    await eventually(async () => {
      const tokens = await semanticTokens(doc);
      assertTokenOn(tokens, 'actor', ['Islamic State', 'FSA']);
      assertTokenOn(tokens, 'place', ['Kobane', 'Daraa']);
      assertTokenOn(tokens, 'casualty', ['At least 50']);
    });
  });

  test('hover on an actor shows its canonical name', async () => {
    const at = occurrences(doc, 'FSA')[0];
    assert.ok(at, 'the seed mentions FSA');
    const text = await eventually(async () => {
      const t = await hoverText(doc.uri, at.start.translate(0, 1));
      assert.match(t, /Free Syrian Army/, `hover at "FSA" should name the Free Syrian Army; got:\n${t || '(no hover)'}`);
      return t;
    }, HOVER_TIMEOUT_MS);
    assert.ok(text.length > 0);
  });

  test('hover on a place shows its canonical name', async () => {
    // "Kobani" is the name server/data/places-extra.json gives the place the seed spells "Kobane".
    const at = occurrences(doc, 'Kobane')[0];
    await eventually(async () => {
      const t = await hoverText(doc.uri, at.start.translate(0, 2));
      assert.match(t, /Kobani/, `hover at "Kobane" should name Kobani; got:\n${t || '(no hover)'}`);
    }, HOVER_TIMEOUT_MS);
  });

  test(`flags duplicated paragraphs, and "${QUICK_FIX_TITLE}" removes one`, async () => {
    const dupes = await eventually(() => {
      const found = vscode.languages.getDiagnostics(doc.uri)
        .filter((d) => codeOf(d) === DiagnosticCodes.duplicate && d.source === DiagnosticSource);
      assert.ok(found.length > 0, `no ${DiagnosticCodes.duplicate} diagnostics yet (all: ${describe(vscode.languages.getDiagnostics(doc.uri))})`);
      return found;
    });
    const target = dupes[dupes.length - 1];
    const paragraph = doc.lineAt(target.range.start.line).text.trim();
    const before = paragraphs(doc.getText()).filter((p) => p === paragraph).length;
    assert.ok(before >= 2, `the flagged paragraph should appear at least twice, appears ${before}×: ${paragraph}`);

    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider', doc.uri, target.range);
    const fix = actions?.find((a): a is vscode.CodeAction => a.title === QUICK_FIX_TITLE);
    assert.ok(fix, `no "${QUICK_FIX_TITLE}" action; got: ${actions?.map((a) => a.title).join(', ') || 'none'}`);
    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix edit was refused');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));

    await eventually(() => {
      const after = paragraphs(doc.getText()).filter((p) => p === paragraph).length;
      assert.equal(after, before - 1, `"${paragraph.slice(0, 60)}…" should appear once less after the fix`);
    });
  });

  test(`${Commands.removeDuplicates} leaves every paragraph once, and undo restores the text`, async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const before = doc.getText();
    assert.ok(hasRepeats(before), 'the article still has a repeated paragraph before the command');

    await vscode.commands.executeCommand(Commands.removeDuplicates, doc.uri.toString());
    await eventually(() => {
      const repeated = repeats(doc.getText());
      assert.deepEqual(repeated, [], 'paragraphs still repeated after the command');
    });
    assert.notEqual(doc.getText(), before);

    assert.equal(vscode.window.activeTextEditor?.document, editor.document, 'the article should be the active editor');
    await vscode.commands.executeCommand('undo');
    await eventually(() => assert.equal(doc.getText(), before, 'undo should restore the text as it was before the command'));
  });
});

/** Asserts some token of `type` overlaps an occurrence of one of `phrases`. */
function assertTokenOn(tokens: DecodedToken[], type: string, phrases: string[]): void {
  const ofType = tokens.filter((t) => t.type === type);
  const hit = ofType.some((t) => phrases.some((p) => t.text.includes(p) || (p.includes(t.text) && t.text.length > 1)));
  const seen = [...new Set(ofType.map((t) => t.text))].slice(0, 15).join(' | ');
  assert.ok(hit, `expected a "${type}" token on ${phrases.map((p) => `"${p}"`).join(' or ')}; ${tokens.length} tokens, "${type}" ones: ${seen || 'none'}`);
}

function repeats(text: string): string[] {
  const counts = new Map<string, number>();
  for (const p of paragraphs(text)) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([p, n]) => `${n}× ${p.slice(0, 60)}`);
}

const hasRepeats = (text: string) => repeats(text).length > 0;

function describe(diags: readonly vscode.Diagnostic[]): string {
  return diags.map((d) => `${d.source}/${String(codeOf(d))}@${d.range.start.line}`).join(', ') || 'none';
}

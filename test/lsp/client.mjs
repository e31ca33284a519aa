// A JSON-RPC client that starts the built server as a separate process and speaks LSP over stdio.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export const serverPath = fileURLToPath(new URL('../../dist/server.js', import.meta.url));
/** The Node flags the editor starts the server with (server/node-flags.json). */
export const serverFlags = JSON.parse(readFileSync(new URL('../../server/node-flags.json', import.meta.url), 'utf8')).execArgv;

/**
 * Starts the server and initialises it. `settings` answers workspace/configuration;
 * `onApplyEdit(edit)` answers workspace/applyEdit (default: applied); `execArgv` are Node flags for
 * the server process (default: the editor's, server/node-flags.json). Diagnostics are collected.
 */
export async function startServer({ settings = {}, onApplyEdit, workspaceFolders = null, answer = () => null, execArgv = serverFlags } = {}) {
  const proc = spawn(process.execPath, [...execArgv, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const diagnostics = new Map();
  const messages = [];
  const logs = [];
  const applied = [];
  conn.onNotification('textDocument/publishDiagnostics', (p) => diagnostics.set(p.uri, p));
  conn.onNotification('window/showMessage', (p) => messages.push(p));
  conn.onRequest('window/showMessageRequest', (p) => (messages.push(p), answer(p)));
  conn.onNotification('window/logMessage', (p) => logs.push(p));
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => settings));
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification('$/progress', () => undefined);
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/semanticTokens/refresh', () => null);
  conn.onRequest('workspace/workspaceFolders', () => workspaceFolders);
  conn.onRequest('workspace/applyEdit', (p) => {
    applied.push(p);
    return onApplyEdit ? onApplyEdit(p.edit) : { applied: true };
  });
  conn.listen();
  const init = await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders,
    capabilities: {
      workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true, changeAnnotationSupport: {} }, semanticTokens: { refreshSupport: true } },
      window: { workDoneProgress: true },
      textDocument: {
        semanticTokens: { requests: { full: { delta: true }, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true, tagSupport: { valueSet: [1, 2] } },
      },
    },
  });
  conn.sendNotification('initialized', {});
  const api = {
    conn,
    proc,
    init,
    diagnostics,
    messages,
    logs,
    applied,
    stderr: () => stderr,
    request: (method, params) => conn.sendRequest(method, params),
    notify: (method, params) => conn.sendNotification(method, params),
    open(uri, text, languageId = 'plaintext', version = 1) {
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    /** Polls until publishDiagnostics for uri (optionally of a version) arrives. */
    async waitForDiagnostics(uri, version, timeoutMs = 10000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const d = diagnostics.get(uri);
        if (d && (version === undefined || d.version === version)) return d.diagnostics;
        if (Date.now() > until) throw new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms; stderr: ${stderr}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async stop() {
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        conn.sendNotification('exit');
      } catch {
        /* already gone */
      }
      setTimeout(() => proc.kill(), 500).unref();
      conn.dispose();
    },
  };
  return api;
}

/** Decodes LSP relative semantic token data against a legend. */
export function decodeTokens(data, legend, text) {
  const lines = text.split(/\r\n|\r|\n/);
  const out = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const mods = legend.tokenModifiers.filter((_, b) => data[i + 4] & (1 << b));
    out.push({ line, char, length: data[i + 2], type: legend.tokenTypes[data[i + 3]], modifiers: mods, text: lines[line].slice(char, char + data[i + 2]) });
  }
  return out;
}

/** Applies LSP TextEdits (line/character ranges) to a text. */
export function applyTextEdits(text, edits) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') continue;
    if (c === '\n' || c === '\r') starts.push(i + 1);
  }
  const off = (p) => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  const sorted = edits.map((e) => ({ s: off(e.range.start), e: off(e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  for (const e of sorted) text = text.slice(0, e.s) + e.t + text.slice(e.e);
  return text;
}

/** Offset → LSP position. */
export function positionOf(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line, character: offset - lastBreak - 1 };
}

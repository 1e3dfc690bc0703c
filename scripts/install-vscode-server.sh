#!/usr/bin/env bash
# Installs what the in-VS-Code (e2e) tests need on this kind of machine:
#   - Debian packages: libkrb5-dev, ripgrep, chromium
#   - a real VS Code server (code-server@4.100.3 ships VS Code 1.100.3) in the
#     git-ignored cache folder <repo>/.vscode-test/code-server
# Why not @vscode/test-electron: it downloads VS Code from Microsoft's servers,
# which these machines cannot reach; see shared/docs/vscode-testing.md.
# Idempotent: a marker file makes a repeated run return at once.
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
# The versions code-server 4.100.3 pins for @vscode/ripgrep and its rg binary:
# the cached archive must carry exactly these names to be found.
RIPGREP_PKG_VERSION="1.15.11"
RIPGREP_BIN_VERSION="v13.0.0-10"

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
CACHE_DIR="$REPO_ROOT/.vscode-test/code-server"
MARKER="$CACHE_DIR/.installed-code-server-$CODE_SERVER_VERSION"
SERVER_MAIN="$CACHE_DIR/node_modules/code-server/lib/vscode/out/server-main.js"

log() { echo "[install-vscode-server] $*"; }
die() { echo "[install-vscode-server] ERROR: $*" >&2; exit 1; }
trap 'die "failed at line $LINENO (exit $?)"' ERR

# --- 1. Debian packages (apt only when something is missing) ---------------
DEB_PACKAGES=(libkrb5-dev ripgrep chromium)
missing=()
for pkg in "${DEB_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  command -v apt-get >/dev/null || die "missing Debian packages (${missing[*]}) and no apt-get"
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  log "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || die "apt-get install ${missing[*]} failed"
else
  log "Debian packages present: ${DEB_PACKAGES[*]}"
fi
command -v rg >/dev/null || die "rg not on PATH after installing ripgrep"
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium missing after installing chromium"

# --- fast path: already installed ------------------------------------------
if [[ -f "$MARKER" && -f "$SERVER_MAIN" ]]; then
  log "code-server $CODE_SERVER_VERSION already installed in $CACHE_DIR (marker found)"
  exit 0
fi

# --- 2. ripgrep cache archive for @vscode/ripgrep ---------------------------
# @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds this
# archive in os.tmpdir() ($TMPDIR or /tmp); we build it from Debian's rg.
case "$(uname -m)" in
  x86_64) RG_TARGET="x86_64-unknown-linux-musl" ;;
  aarch64 | arm64) RG_TARGET="aarch64-unknown-linux-musl" ;;
  *) die "unsupported CPU $(uname -m) for the ripgrep cache archive" ;;
esac
TMP_ROOT="${TMPDIR:-/tmp}"
TMP_ROOT="${TMP_ROOT%/}"
RG_CACHE_DIR="$TMP_ROOT/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
RG_ARCHIVE="$RG_CACHE_DIR/ripgrep-$RIPGREP_BIN_VERSION-$RG_TARGET.tar.gz"
if [[ -s "$RG_ARCHIVE" ]]; then
  log "ripgrep cache archive present: $RG_ARCHIVE"
else
  log "making ripgrep cache archive from $(command -v rg): $RG_ARCHIVE"
  mkdir -p "$RG_CACHE_DIR"
  staging="$(mktemp -d)"
  cp "$(command -v rg)" "$staging/rg"
  chmod 755 "$staging/rg"
  # One file named rg at the archive's top level, as the release archives have.
  tar -czf "$RG_ARCHIVE.partial" -C "$staging" rg
  mv "$RG_ARCHIVE.partial" "$RG_ARCHIVE"
  rm -rf "$staging"
fi

# --- 3. code-server into the cache folder -----------------------------------
mkdir -p "$CACHE_DIR"
# A package.json of its own keeps npm from walking up into the repo's.
if [[ ! -f "$CACHE_DIR/package.json" ]]; then
  echo '{ "name": "nota-vscode-test-cache", "private": true }' >"$CACHE_DIR/package.json"
fi
log "npm install code-server@$CODE_SERVER_VERSION in $CACHE_DIR (about a minute or two)"
start=$(date +%s)
# unsafe_perm: code-server's install script refuses to run as root otherwise.
# yes: an inner `npx node-gyp` would otherwise stop and ask.
(
  cd "$CACHE_DIR"
  npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --no-save --loglevel=error \
    "code-server@$CODE_SERVER_VERSION"
) || die "npm install code-server@$CODE_SERVER_VERSION failed (see npm output above)"
[[ -f "$SERVER_MAIN" ]] || die "install finished but $SERVER_MAIN is missing"
vscode_version="$(node -p "require('$CACHE_DIR/node_modules/code-server/lib/vscode/package.json').version" 2>/dev/null || echo '?')"
date -u +%FT%TZ >"$MARKER"
log "installed code-server $CODE_SERVER_VERSION (VS Code $vscode_version) in $(($(date +%s) - start))s"

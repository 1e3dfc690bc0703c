#!/usr/bin/env bash
# Installs everything `npm test` needs beyond `npm install`, on a Debian
# machine of the kind the project is developed on:
#   - Debian packages: Chromium, ripgrep and libkrb5-dev for the VS Code
#     server; LibreOffice (writer), poppler and qpdf to read the exported Word
#     and PDF files back; pre-commit for the hook test; pandoc, the yardstick
#     of `npm run bench`; libxml2-utils (xmllint) to validate the JUnit report
#     against its schema;
#   - the VS Code server (code-server@4.100.3 ships VS Code 1.100.3) into the
#     git-ignored cache folder <repo>/.vscode-test/code-server;
#   - the npm-delivered tools (playwright-core, mocha, ...) come with
#     `npm install`; this only checks that they are there.
# Why not @vscode/test-electron: it downloads VS Code from Microsoft's servers,
# which these machines cannot reach; see README, "Tests in a real VS Code".
#
# Idempotent and quick when everything is present (one dpkg query and a marker
# file). Where something is missing and cannot be installed (not root and no
# password-less sudo, no apt-get, no registry), it fails with one message that
# names the exact command to run; it never lets a test stage be skipped.
#
#   bash scripts/install-test-tools.sh [--check]   --check: install nothing, only report
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
# The versions code-server 4.100.3 pins for @vscode/ripgrep and its rg binary:
# the cached archive must carry exactly these names to be found.
RIPGREP_PKG_VERSION="1.15.11"
RIPGREP_BIN_VERSION="v13.0.0-10"
DEB_PACKAGES=(chromium ripgrep libkrb5-dev libreoffice-writer-nogui poppler-utils qpdf pre-commit pandoc git libxml2-utils)

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
CACHE_DIR="${NOTA_CODE_SERVER_DIR:-$REPO_ROOT/.vscode-test/code-server}"
MARKER="$CACHE_DIR/.installed-code-server-$CODE_SERVER_VERSION"
SERVER_MAIN="$CACHE_DIR/node_modules/code-server/lib/vscode/out/server-main.js"
CHECK_ONLY=false
[[ "${1:-}" == "--check" ]] && CHECK_ONLY=true

log() { echo "[install-test-tools] $*"; }
# One clear message and the exact command that fixes it.
die() {
  echo "[install-test-tools] ERROR: $1" >&2
  [[ -n "${2:-}" ]] && echo "[install-test-tools] Run:  $2" >&2
  exit 1
}
trap 'die "failed at line $LINENO (exit $?)"' ERR
started=$(date +%s%N)

# Runs a command as root: directly, or with sudo when that needs no password.
as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo -n "$@"; fi
}
can_be_root() {
  [[ $(id -u) -eq 0 ]] || { command -v sudo >/dev/null && sudo -n true 2>/dev/null; }
}

# --- 0. npm-delivered tools --------------------------------------------------
for tool in mocha tsx eslint esbuild; do
  [[ -e "$REPO_ROOT/node_modules/.bin/$tool" ]] || die "'$tool' is missing from node_modules" "npm install"
done
[[ -d "$REPO_ROOT/node_modules/playwright-core" ]] || die "playwright-core is missing from node_modules" "npm install"

# --- 1. Debian packages (apt only when something is missing) ---------------
missing=()
while read -r pkg status; do
  [[ "$status" == "installed" ]] || missing+=("$pkg")
done < <(for pkg in "${DEB_PACKAGES[@]}"; do
  printf '%s %s\n' "$pkg" "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || echo absent)"
done)
if ((${#missing[@]})); then
  install_cmd="sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
  $CHECK_ONLY && die "missing Debian packages: ${missing[*]}" "$install_cmd"
  command -v apt-get >/dev/null || die "missing Debian packages (${missing[*]}) and there is no apt-get here" "install ${missing[*]} with this system's package manager"
  can_be_root || die "missing Debian packages (${missing[*]}); installing them needs root" "$install_cmd"
  log "installing Debian packages: ${missing[*]} (a minute or two)"
  # Other checkouts on this machine may be installing at the same time: apt takes one at a time.
  exec 9>"${TMPDIR:-/tmp}/nota-install-test-tools.lock"
  flock 9
  as_root apt-get update -qq || die "apt-get update failed (is a Debian mirror reachable?)" "$install_cmd"
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed" "$install_cmd"
  flock -u 9
fi
command -v rg >/dev/null || die "rg is not on PATH although ripgrep is installed" "sudo apt-get install --reinstall ripgrep"
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium is missing although chromium is installed" "sudo apt-get install --reinstall chromium"

# --- 2. the VS Code server ----------------------------------------------------
if [[ -f "$MARKER" && -f "$SERVER_MAIN" ]]; then
  log "all present: Debian packages, VS Code server $CODE_SERVER_VERSION ($(( ($(date +%s%N) - started) / 1000000 )) ms)"
  exit 0
fi
$CHECK_ONLY && die "the VS Code server is not installed in $CACHE_DIR" "bash scripts/install-test-tools.sh"

# @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds this
# archive in os.tmpdir() ($TMPDIR or /tmp); it is made from Debian's rg.
case "$(uname -m)" in
  x86_64) RG_TARGET="x86_64-unknown-linux-musl" ;;
  aarch64 | arm64) RG_TARGET="aarch64-unknown-linux-musl" ;;
  *) die "no ripgrep archive name is known for the CPU $(uname -m)" ;;
esac
TMP_ROOT="${TMPDIR:-/tmp}"
TMP_ROOT="${TMP_ROOT%/}"
RG_CACHE_DIR="$TMP_ROOT/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
RG_ARCHIVE="$RG_CACHE_DIR/ripgrep-$RIPGREP_BIN_VERSION-$RG_TARGET.tar.gz"
if [[ ! -s "$RG_ARCHIVE" ]]; then
  log "making the ripgrep archive from $(command -v rg): $RG_ARCHIVE"
  mkdir -p "$RG_CACHE_DIR"
  staging="$(mktemp -d)"
  cp "$(command -v rg)" "$staging/rg"
  chmod 755 "$staging/rg"
  # One file named rg at the archive's top level, as the release archives have.
  tar -czf "$RG_ARCHIVE.partial" -C "$staging" rg
  mv "$RG_ARCHIVE.partial" "$RG_ARCHIVE"
  rm -rf "$staging"
fi

mkdir -p "$CACHE_DIR"
# A package.json of its own keeps npm from walking up into the repository's.
[[ -f "$CACHE_DIR/package.json" ]] || echo '{ "name": "nota-vscode-test-cache", "private": true }' >"$CACHE_DIR/package.json"
log "npm install code-server@$CODE_SERVER_VERSION into $CACHE_DIR (about a minute and a half)"
t0=$(date +%s)
# unsafe_perm: code-server's install script refuses to run as root otherwise.
# yes: an inner `npx node-gyp` would otherwise stop and ask.
(
  cd "$CACHE_DIR"
  npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$CODE_SERVER_VERSION"
) || die "npm install code-server@$CODE_SERVER_VERSION failed (is the npm registry reachable? output above)" "bash scripts/install-test-tools.sh"
[[ -f "$SERVER_MAIN" ]] || die "code-server installed, but $SERVER_MAIN is missing" "rm -rf '$CACHE_DIR' && bash scripts/install-test-tools.sh"
vscode_version="$(node -p "require('$CACHE_DIR/node_modules/code-server/lib/vscode/package.json').version" 2>/dev/null || echo '?')"
date -u +%FT%TZ >"$MARKER"
log "installed the VS Code server (code-server $CODE_SERVER_VERSION, VS Code $vscode_version) in $(($(date +%s) - t0)) s"

#!/usr/bin/env bash
# Installs axe-core, the accessibility check that tests/e2e/browser_check.py runs in the
# search page, from the npm registry at the version tests/e2e/package-lock.json pins (`npm ci`
# checks the lock's integrity hash), into BUILD_DIR/e2e-npm/node_modules (default: build/).
# Nothing is installed in the source tree. Does nothing when that lock is already installed.
# Exits 1, saying why, when npm is missing or the install fails: the browser test then says
# "skipped", or fails under CI=true.
#   scripts/install-axe.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$root/build}/e2e-npm
lock=$root/tests/e2e/package-lock.json
if [ -f "$dir/node_modules/axe-core/axe.min.js" ] && cmp -s "$lock" "$dir/package-lock.json"; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "install-axe: npm not found (Debian: apt-get install npm)" >&2
  exit 1
fi
mkdir -p "$dir"
cp "$root/tests/e2e/package.json" "$lock" "$dir/"
# A registry that cannot be reached fails in about a minute, not after npm's default retries.
if ! npm ci --prefix "$dir" --ignore-scripts --no-audit --no-fund --loglevel=error \
    --fetch-retries=1 --fetch-timeout=30000 >&2; then
  echo "install-axe: npm ci failed in $dir" >&2
  exit 1
fi
echo "install-axe: axe-core $(node -p 'require(process.argv[1]).version' \
  "$dir/node_modules/axe-core/package.json" 2>/dev/null || echo '?') in $dir/node_modules"

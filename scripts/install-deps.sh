#!/usr/bin/env bash
# Installs qadex's build and test dependencies from Debian 12 packages (run as root).
set -euo pipefail
packages=(
  build-essential cmake pkg-config ninja-build
  libxapian-dev xapian-tools
  libicu-dev
  libcli11-dev
  catch2
  libpugixml-dev
  nlohmann-json3-dev
  libfmt-dev
  libcpp-httplib-dev  # qadex serve
  curl python3-yaml python3-jsonschema  # tests/e2e/serve_test.sh checks against docs/openapi.yaml
  chromium chromium-driver  # tests/e2e/serve_browser_test.sh (skipped without them)
  python3
  help2man  # man pages from --help (cli/CMakeLists.txt)
  clang libclang-rt-14-dev  # the sanitizer build and the fuzzers (libFuzzer)
  clang-format  # tests/e2e/format_test.sh: the tree as .clang-format leaves it
  wamerican hunspell-en-med  # word lists compiled into the analyzer (text/dictionary.hpp)
  libhunspell-dev hunspell-en-us  # spelling suggestions for short texts (query/spelling.hpp)
  libsqlite3-dev liblucene++-dev libboost-dev  # bench/speed's peers: SQLite FTS5, Lucene++
)
# npm installs axe-core for the browser test's accessibility check (scripts/install-axe.sh).
# Debian's npm only where there is none: a Node.js from elsewhere brings its own, and
# Debian's would conflict with it.
command -v npm >/dev/null || packages+=(npm)
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

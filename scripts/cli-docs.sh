#!/usr/bin/env bash
# Regenerates docs/cli/<command>.md from the real --help of a built qadex, so the docs
# cannot drift from the program.
#   bash scripts/cli-docs.sh [path/to/qadex]           rewrite docs/cli
#   bash scripts/cli-docs.sh --check [path/to/qadex]   exit 1 naming each page that differs
#                                                      (tests/e2e/cli_docs_test.sh, in CI)
set -euo pipefail
cd "$(dirname "$0")/.."
check=false
if [ "${1:-}" = --check ]; then
  check=true
  shift
fi
qadex=${1:-build/cli/qadex}
commands=(index search show eval stats delete serve)
page() {
  echo "# qadex $1"
  echo
  echo "Generated from \`qadex $1 --help\` by scripts/cli-docs.sh."
  echo
  echo '```text'
  "$qadex" "$1" --help
  echo '```'
}
if $check; then
  stale=0
  for command in "${commands[@]}"; do
    if ! diff -u "docs/cli/$command.md" <(page "$command") >&2; then
      echo "docs/cli/$command.md differs from \`qadex $command --help\`" >&2
      stale=1
    fi
  done
  [ $stale -eq 0 ] && echo "docs/cli matches --help"
  [ $stale -eq 0 ] || echo "run: bash scripts/cli-docs.sh" >&2
  exit $stale
fi
mkdir -p docs/cli
for command in "${commands[@]}"; do page "$command" >"docs/cli/$command.md"; done
echo "wrote docs/cli/{$(IFS=,; echo "${commands[*]}")}.md"

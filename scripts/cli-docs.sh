#!/usr/bin/env bash
# Regenerates docs/cli/<command>.md from the real --help of a built qadex, so the docs
# cannot drift from the program. Usage: bash scripts/cli-docs.sh [path/to/qadex]
set -euo pipefail
cd "$(dirname "$0")/.."
qadex=${1:-build/cli/qadex}
mkdir -p docs/cli
for command in index search show eval stats delete serve; do
  {
    echo "# qadex $command"
    echo
    echo "Generated from \`qadex $command --help\` by scripts/cli-docs.sh."
    echo
    echo '```text'
    "$qadex" "$command" --help
    echo '```'
  } >"docs/cli/$command.md"
done
echo "wrote docs/cli/{index,search,show,eval,stats,delete,serve}.md"

#!/usr/bin/env bash
# Formats the tree's C++ with clang-format (.clang-format; Debian 12's clang-format 14).
#   bash scripts/format.sh          rewrite every tracked .cpp/.hpp in place
#   bash scripts/format.sh --check  exit 1 naming each file that is not formatted
#                                   (tests/e2e/format_test.sh, in CI)
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=${CLANG_FORMAT:-clang-format}
mapfile -t files < <(git ls-files '*.cpp' '*.hpp')
if [ "${1:-}" = --check ]; then
  "$clang_format" --dry-run -Werror "${files[@]}"
  echo "formatted: ${#files[@]} files"
else
  "$clang_format" -i "${files[@]}"
fi

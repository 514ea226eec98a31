#!/usr/bin/env bash
# Every tracked C++ file is as clang-format leaves it (.clang-format): run
# `bash scripts/format.sh` before committing.
source "$(dirname "$0")/lib.sh"
command -v clang-format >/dev/null || { echo "skipped: clang-format not installed"; exit 77; }
[ -d "$ROOT/.git" ] || [ -f "$ROOT/.git" ] || { echo "skipped: $ROOT is no git checkout"; exit 77; }
bash "$ROOT/scripts/format.sh" --check >"$WORK/out" 2>"$WORK/err" ||
  { fail "files not formatted (bash scripts/format.sh)"; grep -oE '^[^:]+\.(cpp|hpp)' "$WORK/err" | sort -u | head -20 >&2; }
finish

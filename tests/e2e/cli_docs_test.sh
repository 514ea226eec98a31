#!/usr/bin/env bash
# docs/cli/*.md is the --help of the program as built: a changed option needs
# `bash scripts/cli-docs.sh` run before it lands.
source "$(dirname "$0")/lib.sh"
bash "$ROOT/scripts/cli-docs.sh" --check "$QADEX" >"$WORK/out" 2>"$WORK/err" ||
  { fail "docs/cli is stale"; head -40 "$WORK/err" >&2; }
finish

# Helpers for end-to-end tests of the qadex executable. Sourced by each test script, which
# is run by ctest as: bash SCRIPT QADEX_BINARY REPO_ROOT.
set -uo pipefail

QADEX=$1
ROOT=$2
SHARED_DATA="$ROOT/../shared/data"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/qadex-e2e.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# run EXPECTED_STATUS ARGS...: runs qadex, keeps stdout in $WORK/out and stderr in $WORK/err.
run() {
  local expected=$1; shift
  "$QADEX" "$@" >"$WORK/out" 2>"$WORK/err"
  local status=$?
  if [ "$status" -ne "$expected" ]; then
    fail "qadex $* exited $status, expected $expected"
    sed 's/^/  stderr: /' "$WORK/err" | head -20 >&2
  fi
}

# expect_in FILE PATTERN [WHAT]: FILE must contain the extended regex PATTERN.
expect_in() { grep -qE -- "$2" "$1" || { fail "${3:-$1} lacks /$2/"; sed 's/^/  | /' "$1" | head -20 >&2; }; }
expect_not_in() { ! grep -qE -- "$2" "$1" || fail "${3:-$1} has /$2/"; }
expect_eq() { [ "$1" = "$2" ] || fail "${3:-value}: got '$1', expected '$2'"; }

# json_get FILE PYTHON_EXPR: evaluates the expression with `d` bound to the parsed JSON.
json_get() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"; }

finish() {
  if [ "$failures" -ne 0 ]; then echo "$failures check(s) failed" >&2; exit 1; fi
  echo "all checks passed"
}

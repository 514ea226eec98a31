#!/usr/bin/env bash
# A module sees only its own folder and those of the modules it DEPENDS on (qadex_add_module,
# CMakeLists.txt): compiled with a module's include directories, a header of a module it does
# not depend on is not found. Each probe first compiles, the same way, a header the module
# may include, so that the forbidden one cannot fail for another reason.
#   run by ctest as: bash SCRIPT QADEX_BINARY REPO_ROOT CXX INCLUDES_DIR
# INCLUDES_DIR/<module>.includes lists the module's include directories, one a line.
source "$(dirname "$0")/lib.sh"
CXX=$3
INCLUDES=$4

# compile MODULE HEADER: a file that includes HEADER, with MODULE's include directories;
# the compiler's messages in $WORK/err.
compile() {
  local flags=()
  while IFS= read -r dir; do [ -n "$dir" ] && flags+=("-I$dir"); done <"$INCLUDES/$1.includes"
  echo "#include \"$2\"" >"$WORK/probe.cpp"
  "$CXX" -std=c++20 -fsyntax-only "${flags[@]}" "$WORK/probe.cpp" 2>"$WORK/err"
}

# probe MODULE ALLOWED FORBIDDEN
probe() {
  if ! compile "$1" "$2"; then
    fail "$1 cannot include $2 (a module it depends on)"
    sed 's/^/  | /' "$WORK/err" | head -5 >&2
  fi
  [ -f "$ROOT/$3" ] || fail "$3 is not in the tree: the probe needs a header that exists"
  if compile "$1" "$3"; then
    fail "$1 can include $3 (a module it does not depend on)"
  else
    expect_in "$WORK/err" "$3.*(No such file|not found)" "compiling $3 for $1"
  fi
}

probe qadex_query store/record_codec.hpp indexer/index_writer.hpp
probe qadex_store text/ascii.hpp indexer/parallel_build.hpp
probe qadex_corpus text/ascii.hpp store/schema.hpp
probe qadex_text text/analyzer.hpp store/schema.hpp
finish

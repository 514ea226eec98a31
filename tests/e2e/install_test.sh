# Installs qadex into a temporary prefix and builds examples/ against it with
# find_package(qadex), as another project would; then runs the example.
source "$(dirname "$0")/lib.sh"
BUILD=$3
cmake --install "$BUILD" --prefix "$WORK/prefix" >"$WORK/install.log" 2>&1 || { cat "$WORK/install.log"; fail "install"; finish; }
[ -f "$WORK/prefix/include/qadex/qadex.hpp" ] || fail "public header installed"
[ -x "$WORK/prefix/bin/qadex" ] || fail "qadex installed"
[ -f "$WORK/prefix/share/qadex/sample/qadex-sample.jsonl" ] || fail "sample corpus installed"
if cmake -S "$ROOT/examples" -B "$WORK/examples" -G Ninja -DCMAKE_PREFIX_PATH="$WORK/prefix" \
     >"$WORK/configure.log" 2>&1 && cmake --build "$WORK/examples" >"$WORK/build.log" 2>&1; then
  "$WORK/examples/qadex_embed" "$WORK/embed-index" || fail "installed example ran"
else
  cat "$WORK/configure.log" "$WORK/build.log" >&2
  fail "examples build against the installed package"
fi
# The installed tool finds its library through its RPATH.
"$WORK/prefix/bin/qadex" --version >/dev/null || fail "installed qadex runs"
finish

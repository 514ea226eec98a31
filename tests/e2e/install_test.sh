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
# The same example built with pkg-config only (no CMake), as a Makefile would.
pcdir=$(dirname "$(find "$WORK/prefix" -name qadex.pc | head -1)")
[ -f "$pcdir/qadex.pc" ] || fail "qadex.pc installed"
expect_eq "$(PKG_CONFIG_PATH="$pcdir" pkg-config --modversion qadex)" \
  "$("$WORK/prefix/bin/qadex" --version | cut -d' ' -f2)" "pkg-config version = qadex --version"
libdir=$(PKG_CONFIG_PATH="$pcdir" pkg-config --variable=libdir qadex)
# shellcheck disable=SC2046
if c++ -std=c++20 "$ROOT/examples/embed.cpp" -o "$WORK/embed-pc" \
     $(PKG_CONFIG_PATH="$pcdir" pkg-config --cflags --libs qadex) -Wl,-rpath,"$libdir" \
     2>"$WORK/pc-build.log"; then
  "$WORK/embed-pc" "$WORK/embed-pc-index" >/dev/null || fail "example built with pkg-config ran"
else
  cat "$WORK/pc-build.log" >&2
  fail "the example builds with pkg-config"
fi
ls "$libdir"/libqadex.so.0.* >/dev/null 2>&1 || fail "SONAME carries major.minor"

# Man pages for qadex and each command, and the bash completion.
for page in qadex qadex-index qadex-search qadex-show qadex-eval qadex-stats qadex-delete; do
  file=$(find "$WORK/prefix" -path "*man1/$page.1" | head -1)
  [ -n "$file" ] && grep -q '^\.SH OPTIONS' "$file" || fail "man page $page installed"
done
grep -qF 'limit UINT' "$(find "$WORK/prefix" -path '*man1/qadex-search.1')" || fail "qadex-search.1 has --limit"
[ -f "$WORK/prefix/share/bash-completion/completions/qadex" ] || fail "bash completion installed"

# The installed tool finds its library through its RPATH.
"$WORK/prefix/bin/qadex" --version >/dev/null || fail "installed qadex runs"
finish

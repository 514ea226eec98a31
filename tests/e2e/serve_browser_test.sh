# The search page in headless Chromium: a complaint typed, answers with sources, a facet
# clicked, a full answer opened, back, a related question followed, an emergency banner
# shown first; axe-core's accessibility check (WCAG 2.0 and 2.1, A and AA) in each state, on
# a phone and a desktop (browser_check.py says which). Screenshots: build/serve-screenshots/.
# axe-core comes from npm (scripts/install-axe.sh, into build/e2e-npm/); where it cannot be
# installed the test runs the other checks, then says "skipped" (exit 77), except under
# CI=true, where that fails.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/serve_lib.sh"
driver_bin=$(command -v chromedriver || true)
if [ -z "$driver_bin" ] || ! command -v chromium >/dev/null; then
  echo "skipped: chromium and chromium-driver not installed"
  exit 77
fi
build_dir=$(cd "$(dirname "$QADEX")/.." && pwd)
axe="$build_dir/e2e-npm/node_modules/axe-core/axe.min.js"
axe_skipped=
if ! bash "$ROOT/scripts/install-axe.sh" "$build_dir" >"$WORK/axe.log" 2>&1; then
  axe=
  if [ "${CI:-}" = true ]; then
    fail "axe-core could not be installed (with CI=true the accessibility check is required)"
    sed 's/^/  | /' "$WORK/axe.log" >&2
  else
    axe_skipped=$(grep "^install-axe:" "$WORK/axe.log" | tail -1)
    axe_skipped=${axe_skipped:-install-axe: scripts/install-axe.sh failed}
  fi
fi
run 0 index --db "$WORK/db" "$ROOT/corpus/sample"
start_server page --db "$WORK/db" --quiet || finish
page_port=$PORT
driver_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$driver_bin" --port="$driver_port" >"$WORK/driver.log" 2>&1 &
SERVERS+=($!)
for _ in $(seq 50); do curl -s "http://127.0.0.1:$driver_port/status" >/dev/null && break; sleep 0.2; done
shots="$build_dir/serve-screenshots"
mkdir -p "$shots"
python3 "$ROOT/tests/e2e/browser_check.py" "http://127.0.0.1:$driver_port" \
  "http://127.0.0.1:$page_port/" "$shots" ${axe:+"$axe"} || fail "browser checks"
if [ -n "$axe_skipped" ] && [ "$failures" -eq 0 ]; then
  echo "skipped: the accessibility check (axe-core could not be installed: ${axe_skipped#install-axe: });" \
    "the other browser checks passed"
  exit 77
fi
finish

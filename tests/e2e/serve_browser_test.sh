# The search page in headless Chromium: a complaint typed, answers with sources, a facet
# clicked, a full answer opened, back, a related question followed, an emergency banner
# shown first. Screenshots: build/serve-screenshots/.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/serve_lib.sh"
driver_bin=$(command -v chromedriver || true)
if [ -z "$driver_bin" ] || ! command -v chromium >/dev/null; then
  echo "skipped: chromium and chromium-driver not installed"
  exit 77
fi
run 0 index --db "$WORK/db" "$ROOT/corpus/sample"
start_server page --db "$WORK/db" --quiet || finish
page_port=$PORT
driver_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$driver_bin" --port="$driver_port" >"$WORK/driver.log" 2>&1 &
SERVERS+=($!)
for _ in $(seq 50); do curl -s "http://127.0.0.1:$driver_port/status" >/dev/null && break; sleep 0.2; done
shots="$(dirname "$QADEX")/../serve-screenshots"
mkdir -p "$shots"
python3 "$ROOT/tests/e2e/browser_check.py" "http://127.0.0.1:$driver_port" \
  "http://127.0.0.1:$page_port/" "$shots" || fail "browser checks"
finish

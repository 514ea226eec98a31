# Runs the README's usage block as written, from a copy of the repository's root files, with
# `qadex` on PATH as the README says: every example must work.
source "$(dirname "$0")/lib.sh"
mkdir -p "$WORK/bin" "$WORK/root"
ln -s "$QADEX" "$WORK/bin/qadex"
ln -s "$ROOT/corpus" "$ROOT/examples" "$WORK/root/"
# The indented lines that start with "qadex" in the "## Use" section.
awk '/^## Use/ { inside = 1; next } /^## / { inside = 0 } inside && /^    qadex / { sub(/^    /, ""); print }' \
  "$ROOT/README.md" >"$WORK/examples.sh"
[ "$(wc -l <"$WORK/examples.sh")" -ge 5 ] || fail "the README's usage block was not found"
while IFS= read -r line; do
  if [[ $line == "qadex serve"* ]]; then
    # A server runs until stopped: it must start and answer; on another port if 8080 is taken.
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    (cd "$WORK/root" && PATH="$WORK/bin:$PATH" exec ${line%%#*} --listen "127.0.0.1:$port" --quiet) \
      >"$WORK/out" 2>"$WORK/err" &
    server=$!
    up=""
    for _ in $(seq 100); do
      curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && { up=yes; break; }
      sleep 0.1
    done
    kill "$server" 2>/dev/null; wait "$server" 2>/dev/null
    [ -n "$up" ] || fail "README example did not start a server: $line"
    continue
  fi
  if ! (cd "$WORK/root" && PATH="$WORK/bin:$PATH" bash -euo pipefail -c "$line") \
       >"$WORK/out" 2>"$WORK/err"; then
    fail "README example failed: $line"
    sed 's/^/  | /' "$WORK/err" | head -5 >&2
  fi
done <"$WORK/examples.sh"
expect_in "$WORK/root/run.txt" "^q1 Q0 sample-" "the batch example's run"
finish

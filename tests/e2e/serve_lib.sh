# Helpers for tests of `qadex serve`: start one on a free loopback port, call it with curl,
# check answers against docs/openapi.yaml. Sourced after lib.sh.
if ! command -v curl >/dev/null; then
  echo "skipped: curl not installed"
  exit 77
fi
SERVERS=()
trap 'for p in "${SERVERS[@]}"; do kill -9 "$p" 2>/dev/null; done; rm -rf "$WORK"' EXIT

# start_server NAME ARGS...: runs `qadex serve --listen 127.0.0.1:0 ARGS`, waits until it
# listens; sets PORT and SERVER (its pid). Its stdout and stderr: $WORK/NAME.out, NAME.err.
start_server() {
  local name=$1; shift
  "$QADEX" serve --listen 127.0.0.1:0 "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" &
  SERVER=$!
  SERVERS+=("$SERVER")
  PORT=
  for _ in $(seq 100); do
    PORT=$(grep -oE 'listening on http://127\.0\.0\.1:[0-9]+/' "$WORK/$name.out" | grep -oE '[0-9]+/$' | tr -d /)
    [ -n "$PORT" ] && return 0
    kill -0 "$SERVER" 2>/dev/null || break
    sleep 0.1
  done
  fail "qadex serve $* did not start"
  sed 's/^/  | /' "$WORK/$name.err" >&2
  return 1
}

# call EXPECTED_STATUS METHOD PATH [CURL_ARGS...]: the body goes to $WORK/body.
call() {
  local expected=$1 method=$2 path=$3; shift 3
  local status
  status=$(curl -s -o "$WORK/body" -w '%{http_code}' -X "$method" "$@" "http://127.0.0.1:$PORT$path")
  if [ "$status" != "$expected" ]; then
    fail "$method $path answered $status, expected $expected"
    head -c 400 "$WORK/body" | sed 's/^/  | /' >&2
  fi
}

# conforms METHOD SPEC_PATH STATUS: $WORK/body matches docs/openapi.yaml's schema for it.
conforms() {
  python3 -W ignore "$ROOT/tests/e2e/openapi_check.py" "$ROOT/docs/openapi.yaml" "$1" "$2" "$3" \
    "$WORK/body" || fail "$1 $2 $3 does not match docs/openapi.yaml"
}

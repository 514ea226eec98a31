# qadex serve over two xapian-tcpsrv shards, each half of the sample corpus: the ranking and
# facets must equal those of one local index of the whole corpus.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/serve_lib.sh"
if ! command -v xapian-tcpsrv >/dev/null; then
  echo "skipped: xapian-tcpsrv not installed (Debian package xapian-tools)"
  exit 77
fi
awk 'NR % 2 == 1' "$ROOT/corpus/sample/qadex-sample.jsonl" >"$WORK/odd.jsonl"
awk 'NR % 2 == 0' "$ROOT/corpus/sample/qadex-sample.jsonl" >"$WORK/even.jsonl"
run 0 index --db "$WORK/whole" "$ROOT/corpus/sample"
run 0 index --db "$WORK/odd" "$WORK/odd.jsonl"
run 0 index --db "$WORK/even" "$WORK/even.jsonl"

# start_tcpsrv DB: serves DB on a free loopback port; sets TCP_PORT.
start_tcpsrv() {
  TCP_PORT=
  for port in $(shuf -i 20000-40000 -n 5); do
    xapian-tcpsrv --interface 127.0.0.1 --port "$port" --quiet --idle-timeout 1500 "$1" \
      >"$WORK/tcpsrv-$port.log" 2>&1 &
    local pid=$!
    sleep 0.5
    if kill -0 "$pid" 2>/dev/null; then SERVERS+=("$pid"); TCP_PORT=$port; return 0; fi
  done
  fail "xapian-tcpsrv did not start"
  return 1
}
start_tcpsrv "$WORK/odd" || finish
odd=$TCP_PORT
start_tcpsrv "$WORK/even" || finish
even=$TCP_PORT

start_server shards --db "tcp://127.0.0.1:$odd" --db "tcp://127.0.0.1:$even" --quiet || finish
call 200 GET /v1/stats
expect_eq "$(json_get "$WORK/body" 'd["records"]')" \
  "$(wc -l <"$ROOT/corpus/sample/qadex-sample.jsonl" | tr -d ' ')" "records over both shards"

# Ids in order, ties (equal scores) compared as sets: the order of equal scores follows
# document numbers, which differ between one index and two.
ranking='[sorted(h["id"] for h in d["hits"] if round(h["score"], 6) == s) for s in sorted({round(h["score"], 6) for h in d["hits"]}, reverse=True)]'
for question in "I have lower back stiffness. What could it be?" "what causes migraine" \
                "treatment for a sprained ankle" "my child has a fever and a rash"; do
  "$QADEX" search --db "$WORK/whole" --format json --facets -n 10 "$question" >"$WORK/local" 2>"$WORK/err" ||
    fail "local search for $question"
  call 200 POST /v1/search -H 'Content-Type: application/json' \
    --data "$(python3 -c 'import json,sys; print(json.dumps({"q": sys.argv[1], "n": 10}))' "$question")"
  conforms POST /v1/search 200
  expect_eq "$(json_get "$WORK/body" "$ranking")" "$(json_get "$WORK/local" "$ranking")" "ranking of \"$question\""
  expect_eq "$(json_get "$WORK/body" 'd["facets"]')" "$(json_get "$WORK/local" 'd["facets"]')" "facets of \"$question\""
done
# xapian-tcpsrv closes connections idle past --idle-timeout: the server's pooled handles then
# fail once, and it answers with a newly opened one.
sleep 2
call 200 GET '/v1/search?q=migraine&n=3'
call 200 GET /readyz

# A shard's server gone: not ready, as no new connection can be made (searches on a connection
# its child processes still serve may answer until they close it).
children=$(ps -o pid= --ppid "${SERVERS[0]}")  # one per open connection
kill -9 "${SERVERS[0]}"
sleep 0.5
call 503 GET /readyz; conforms GET /readyz 503
# Those gone too: searches answer 503, without naming the shard.
for child in $children; do kill -9 "$child" 2>/dev/null; done
sleep 0.5
call 503 GET '/v1/search?q=migraine'; conforms GET /v1/search 503
expect_not_in "$WORK/body" "127\\.0\\.0\\.1|$WORK" "no address or path in the message"
call 200 GET /healthz
[ "$failures" -eq 0 ] || sed "s/^/  shards.err: /" "$WORK/shards.err" | head -20 >&2
finish

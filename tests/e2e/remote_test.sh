# A remote index: xapian-tcpsrv serves a qadex index on loopback; search and stats reach it as
# tcp://127.0.0.1:PORT, alone and as a shard beside a local index.
source "$(dirname "$0")/lib.sh"
if ! command -v xapian-tcpsrv >/dev/null; then
  echo "skipped: xapian-tcpsrv not installed (Debian package xapian-tools)"
  exit 77
fi
run 0 index --db "$WORK/remote" "$ROOT/corpus/sample"
printf '{"id": "local-1", "question": "What is frostnip?", "answer": "Frostnip is mild cold injury of the skin."}\n' >"$WORK/local.jsonl"
run 0 index --db "$WORK/local" "$WORK/local.jsonl"

# A free port on loopback: try a few from a range until the server stays up.
server=
for port in $(shuf -i 20000-40000 -n 5); do
  # Its own output file, so no pipe of the test runner stays open behind it.
  xapian-tcpsrv --interface 127.0.0.1 --port "$port" --quiet --timeout 2000 "$WORK/remote" \
    >"$WORK/server.log" 2>&1 &
  server=$!
  sleep 0.5
  if kill -0 "$server" 2>/dev/null; then break; fi
  server=
done
[ -n "$server" ] || { fail "xapian-tcpsrv did not start"; finish; }
trap 'kill -9 $server 2>/dev/null; rm -rf "$WORK"' EXIT

run 0 search --db "tcp://127.0.0.1:$port" --format json -n 3 lower back stiffness
case "$(json_get "$WORK/out" 'd["hits"][0]["id"]')" in sample-back-*) ;; *) fail "remote first hit";; esac
run 0 search --db "tcp://127.0.0.1:$port" --db "$WORK/local" --format json frostnip
expect_eq "$(json_get "$WORK/out" 'd["hits"][0]["id"]')" "local-1" "local shard beside a remote one"
# TREC output reads ids from a value slot, which a remote shard serves too.
run 0 search --db "tcp://127.0.0.1:$port" --db "$WORK/local" --format trec -n 3 lower back stiffness
case "$(awk 'NR == 1 { print $3 }' "$WORK/out")" in sample-back-*) ;; *) fail "remote first hit, ids only";; esac
run 0 stats --db "tcp://127.0.0.1:$port" --db "$WORK/local" --json
records=$(json_get "$WORK/out" 'd["records"]')
[ "$records" -ge 61 ] || fail "records over both shards: $records"
run 2 search --db "tcp://127.0.0.1" back
kill -9 "$server"
sleep 0.5
run 1 search --db "tcp://127.0.0.1:$port" back
expect_in "$WORK/err" "xapian-tcpsrv" "unreachable remote advice"
finish

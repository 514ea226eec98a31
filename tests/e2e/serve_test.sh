# qadex serve over the sample corpus: every endpoint and error status, the response shape
# against docs/openapi.yaml, escaping, a commit seen without restart, a clean stop.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/serve_lib.sh"
DB="$WORK/db"
run 0 index --db "$DB" "$ROOT/corpus/sample"
# A record whose text is markup: the snippet must carry it as text.
printf '%s\n' '{"id": "markup-1", "question": "What is scriptitis?", "source": "test", "answer": "Scriptitis <script>alert(1)</script> & <b>bold</b> claims are \"text\" here."}' \
  >"$WORK/markup.jsonl"
run 0 index --db "$DB" "$WORK/markup.jsonl"

start_server main --db "$DB" --threads 3 || finish
expect_in "$WORK/main.out" "listening on http://127.0.0.1:$PORT/" "where it listens"

call 200 GET /healthz; conforms GET /healthz 200
call 200 GET /readyz; conforms GET /readyz 200
call 200 GET /v1/stats; conforms GET /v1/stats 200
records=$(json_get "$WORK/body" 'd["records"]')

# A search: the shape, facets over the whole match set, the full answer.
call 200 GET '/v1/search?q=I%20have%20lower%20back%20stiffness.%20What%20could%20it%20be%3F&n=3'
conforms GET /v1/search 200
cp "$WORK/body" "$WORK/search"
case "$(json_get "$WORK/body" 'd["hits"][0]["id"]')" in sample-back-*) ;; *) fail "first hit is not a back record";; esac
expect_eq "$(json_get "$WORK/body" 'd["schema"]')" "qadex.search/1" "schema"
expect_eq "$(json_get "$WORK/body" 'len(d["hits"])')" 3 "n"
expect_eq "$(json_get "$WORK/body" 'sum(d["facets"]["source"].values()) >= 3')" True "facets count beyond the page"
expect_eq "$(json_get "$WORK/body" 'd["emergency"] is None and d["did_you_mean"] is None')" True "nulls"
expect_eq "$(json_get "$WORK/body" '"<mark>" in " ".join(h["snippet"] for h in d["hits"])')" True "marks"
first=$(json_get "$WORK/body" 'd["hits"][0]["id"]')
answer_len=$(json_get "$WORK/body" 'len(d["hits"][0]["answer"])')

# The same by POST, and a page further.
call 200 POST /v1/search -H 'Content-Type: application/json' \
  --data '{"q": "I have lower back stiffness. What could it be?", "n": 3, "related": 2}'
conforms POST /v1/search 200
expect_eq "$(json_get "$WORK/body" '[h["id"] for h in d["hits"]]')" "$(json_get "$WORK/search" '[h["id"] for h in d["hits"]]')" "POST = GET"
call 200 GET '/v1/search?q=lower%20back%20stiffness&n=2&offset=1'
expect_eq "$(json_get "$WORK/body" 'd["hits"][0]["rank"]')" 2 "offset"

# Filters: repeated, and the facets then count the filtered matches.
call 200 GET '/v1/search?q=pain&filter=source:qadex-sample&filter=source:test'
conforms GET /v1/search 200
expect_eq "$(json_get "$WORK/body" 'set(h["source"] for h in d["hits"]) <= {"qadex-sample", "test"}')" True "filtered sources"
call 200 GET '/v1/search?q=pain&filter=source:nowhere'
expect_eq "$(json_get "$WORK/body" 'len(d["hits"]), d["facets"]')" "0 {'source': {}, 'qtype': {}}" "nothing matched"

# Spelling: did you mean, search instead for.
call 200 GET '/v1/search?q=lower%20back%20stifness'
conforms GET /v1/search 200
expect_eq "$(json_get "$WORK/body" 'd["search_instead_for"]')" "lower back stifness" "search instead for"
expect_eq "$(json_get "$WORK/body" 'd["did_you_mean"]')" "lower back stiffness" "did you mean"
call 200 GET '/v1/search?q=lower%20back%20stifness&spelling=false'
expect_eq "$(json_get "$WORK/body" 'd["did_you_mean"], d["search_instead_for"]')" "None None" "the words as written"

# Markup in a record stays text in the snippet; the answer is plain text (JSON-escaped).
call 200 GET '/v1/search?q=scriptitis'
conforms GET /v1/search 200
json_get "$WORK/body" 'd["hits"][0]["snippet"]' >"$WORK/snippet"
expect_in "$WORK/snippet" '&lt;script&gt;alert\(1\)&lt;/script&gt; &amp; &lt;b&gt;' "escaped snippet"
expect_not_in "$WORK/snippet" '<script|<b>' "no markup but <mark>"
expect_in "$WORK/snippet" '<mark>Scriptitis</mark>' "highlight"

# Records.
call 200 GET "/v1/records/$first"; conforms GET '/v1/records/{id}' 200
expect_eq "$(json_get "$WORK/body" 'len(d["answer"])')" "$answer_len" "the full answer, in search and record"
call 404 GET /v1/records/no-such-record; conforms GET '/v1/records/{id}' 404

# Errors: one shape, the right status, no path or stack in the message.
call 400 GET /v1/search; conforms GET /v1/search 400
call 400 GET '/v1/search?q=back&n=ten'; conforms GET /v1/search 400
call 400 GET '/v1/search?q=back&n=0'
call 400 GET '/v1/search?q=back&filter=color:red'
call 400 GET '/v1/search?q=back&filter=source'
call 400 GET '/v1/search?q=back&related=6'
expect_in "$WORK/body" 'related' "related beyond the library's 5 is refused, by name"
call 400 GET '/v1/search?q=back&limit=3'
expect_in "$WORK/body" '"code":"bad_parameter"' "error code"
call 400 POST /v1/search -H 'Content-Type: application/json' --data '{"q": "back"'
conforms POST /v1/search 400
call 422 POST /v1/search -H 'Content-Type: application/json' --data '{"q": 5}'
conforms POST /v1/search 422
call 422 POST /v1/search -H 'Content-Type: application/json' --data '["back"]'
python3 -c 'import json; print(json.dumps({"q": "back " * 4000}))' >"$WORK/long.json"
call 413 POST /v1/search -H 'Content-Type: application/json' --data-binary "@$WORK/long.json"
conforms POST /v1/search 413
expect_in "$WORK/body" 'query_too_long' "query over kMaxQueryBytes"
head -c 70000 /dev/zero | tr '\0' 'a' >"$WORK/huge.txt"
call 413 POST /v1/search -H 'Content-Type: application/json' --data-binary "@$WORK/huge.txt"
conforms POST /v1/search 413
call 404 GET /no/such/page
expect_in "$WORK/body" '"error"' "404 in the error shape"
grep -h -o '"message":"[^"]*"' "$WORK"/body >"$WORK/messages" || true
expect_not_in "$WORK/messages" "$WORK" "a path in a message"

# The page and its assets, compiled in.
call 200 GET /
expect_in "$WORK/body" '<label for="q">' "labelled search box"
expect_in "$WORK/body" 'I have lower back stiffness. What could it be\?' "placeholder"
call 200 GET /app.js
expect_in "$WORK/body" 'textContent' "app.js"
call 200 GET /style.css

# A commit by `qadex index` into the same directory is searched without a restart.
printf '%s\n' '{"id": "late-1", "question": "What is zorbitis?", "answer": "Zorbitis is a made-up condition for this test."}' >"$WORK/late.jsonl"
call 200 GET '/v1/search?q=zorbitis'
expect_eq "$(json_get "$WORK/body" 'len(d["hits"])')" 0 "before the commit"
run 0 index --db "$DB" "$WORK/late.jsonl"
call 200 GET '/v1/search?q=zorbitis'
expect_eq "$(json_get "$WORK/body" '[h["id"] for h in d["hits"]]')" "['late-1']" "after the commit"
call 200 GET /v1/stats
expect_eq "$(json_get "$WORK/body" 'd["records"]')" "$((records + 1))" "stats after the commit"

# The access log: one JSON line per request, the path without the question.
expect_in "$WORK/main.err" '^\{"method":"GET","path":"/v1/search","status":200,"ms":[0-9.]+\}$' "access log"
expect_not_in "$WORK/main.err" 'stiffness' "no question in the log"

# SIGTERM: a clean stop, once the request in flight (a body sent slowly, 2.5 s) is answered.
python3 -c 'import json; print(json.dumps({"q": "back pain" + " " * 50000}))' >"$WORK/slow.json"
curl -s -o "$WORK/slow.body" -w '%{http_code}' --limit-rate 20k -H 'Content-Type: application/json' \
  --data-binary "@$WORK/slow.json" "http://127.0.0.1:$PORT/v1/search" >"$WORK/slow.status" &
slow=$!
sleep 1
kill -TERM "$SERVER"
wait "$slow"
expect_eq "$(cat "$WORK/slow.status")" 413 "the request in flight at SIGTERM is answered"
for _ in $(seq 50); do kill -0 "$SERVER" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$SERVER" 2>/dev/null; then fail "still running after SIGTERM"; else
  wait "$SERVER"; expect_eq "$?" 0 "exit status after SIGTERM"; fi
expect_in "$WORK/main.out" "stopped" "stop message"

# Overload: with one worker held by a client that sends nothing (until the 5-s read timeout),
# a search that waited past --max-queue-wait is answered 503 busy, not searched.
start_server busy --db "$DB" --threads 1 --max-queue-wait 200 || finish
exec 3<>"/dev/tcp/127.0.0.1/$PORT"
sleep 0.3
call 503 GET '/v1/search?q=back%20pain'
expect_eq "$(json_get "$WORK/body" 'd["error"]["code"]')" busy "busy error code"
conforms GET /v1/search 503
exec 3<&-
call 200 GET '/v1/search?q=back%20pain'
kill -TERM "$SERVER"; wait "$SERVER"

# --quiet: no access log; a missing index fails at startup with exit status 1.
start_server quiet --db "$DB" --quiet || finish
call 200 GET /healthz
expect_eq "$(wc -c <"$WORK/quiet.err" | tr -d ' ')" 0 "quiet"
kill -TERM "$SERVER"; wait "$SERVER"
run 1 serve --db "$WORK/missing" --listen 127.0.0.1:0
expect_in "$WORK/err" "missing" "missing index message"
run 2 serve --db "$DB" --listen nowhere
finish

# kill -9 at random points of a new build and of an add: the index always opens at a commit
# boundary (or is absent, for a build), and running the same command again completes it.
# Trials: QADEX_KILL_TRIALS (default 3; scripts or people may ask for more).
source "$(dirname "$0")/lib.sh"
TRIALS=${QADEX_KILL_TRIALS:-3}

records() {  # records FILE FIRST COUNT
  python3 - "$@" <<'PY'
import json, sys
path, first, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(path, "w") as out:
    for i in range(first, first + count):
        out.write(json.dumps({"id": f"k-{i}", "question": f"Why does my knee ache, case {i}?",
                              "answer": f"Case {i}: knee pain comes from strain, arthritis or injury.",
                              "source": "generated"}) + "\n")
PY
}
record_count() { "$QADEX" stats --db "$1" --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["records"])'; }
seconds_since() { python3 -c "import time,sys; print(time.time() - float(sys.argv[1]))" "$1"; }
random_delay() { python3 -c "import random,sys; print(round(random.uniform(0.05, float(sys.argv[1])), 3))" "$1"; }

# run_killed DELAY ARGS...: starts qadex ARGS, kills it with SIGKILL after DELAY seconds.
run_killed() {
  local delay=$1; shift
  "$QADEX" "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
}

BUILD_RECORDS=30000
records "$WORK/build.jsonl" 0 "$BUILD_RECORDS"
start=$(date +%s.%N)
run 0 index --db "$WORK/timed" "$WORK/build.jsonl"
build_time=$(seconds_since "$start")

for trial in $(seq "$TRIALS"); do
  DB="$WORK/build-$trial"
  delay=$(random_delay "$build_time")
  run_killed "$delay" index --db "$DB" "$WORK/build.jsonl"
  # A killed build leaves no index, or the whole merged one: never a piece of one, never corrupt.
  count=$(record_count "$DB")
  if [ -n "$count" ]; then
    expect_eq "$count" "$BUILD_RECORDS" "records of a build killed after ${delay}s"
  else
    "$QADEX" stats --db "$DB" >/dev/null 2>"$WORK/err"
    expect_in "$WORK/err" "no index here" "opening a build killed after ${delay}s"
    expect_not_in "$WORK/err" "corrupt" "opening a build killed after ${delay}s"
  fi
  run 0 index --db "$DB" "$WORK/build.jsonl"
  expect_eq "$(record_count "$DB")" "$BUILD_RECORDS" "records after re-running build $trial"
  [ -e "$DB/.qadex-build" ] && fail "build $trial: parts left behind"
done

ADD_RECORDS=6000
BATCH=500
records "$WORK/add.jsonl" 100000 "$ADD_RECORDS"
run 0 index --db "$WORK/add-timed" "$ROOT/corpus/sample"
base=$(record_count "$WORK/add-timed")
start=$(date +%s.%N)
run 0 index --db "$WORK/add-timed" --batch-size "$BATCH" "$WORK/add.jsonl"
add_time=$(seconds_since "$start")

for trial in $(seq "$TRIALS"); do
  DB="$WORK/add-$trial"
  run 0 index --db "$DB" "$ROOT/corpus/sample"
  delay=$(random_delay "$add_time")
  run_killed "$delay" index --db "$DB" --batch-size "$BATCH" "$WORK/add.jsonl"
  count=$(record_count "$DB")
  if [ -z "$count" ]; then
    fail "add $trial killed after ${delay}s: the index does not open"
    continue
  fi
  added=$((count - base))
  # Whole batches only: what a commit made durable, nothing in between.
  if [ $((added % BATCH)) -ne 0 ] && [ "$added" -ne "$ADD_RECORDS" ]; then
    fail "add $trial killed after ${delay}s: $added records added, not a commit boundary"
  fi
  run 0 index --db "$DB" --batch-size "$BATCH" "$WORK/add.jsonl"
  expect_eq "$(record_count "$DB")" "$((base + ADD_RECORDS))" "records after re-running add $trial"
  echo "trial $trial: build killed, add killed after ${delay}s with $added records committed"
done
finish

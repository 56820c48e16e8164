#!/usr/bin/env bash
# Times whole `gov` commands on generated repositories against baselines
# measured in the same run on the same data (`cat` of the record files,
# `git log --all --format=%H%x00%B`), and peers where they install (`adrs
# doctor`, a Python front matter + JSON Schema check). Prints a table with
# the mean, the ratio to the baseline, peak RSS and the scaling factor (time
# at 10x the input / time at 1x); writes it with every hyperfine JSON to
# target/bench-results/<time>/.
#
# usage: benches/run.sh [--sizes 1k,10k] [--seed 1] [--runs 5] [--no-peers]
#                       [--only NAME,...] [--timeout SECS] [--out DIR]
#
# A size N means N records and 10xN code commits (1k: 1,000 records, 10,000
# commits); RECORDS:COMMITS sets both (10k:100k). Data is generated once per
# size and seed under target/bench-data/ and again when the generator changes.
# A gov command is timed only when `gov <cmd> --help` succeeds (and lists the
# options used), so each command is timed as soon as it lands: to time a new
# one, add a line to COMMANDS below. A command whose first run takes longer
# than --timeout (default 300 s) is reported as such and not repeated; one
# that takes over 20 s is timed twice instead of --runs times.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

SIZES=1k,10k SEED=1 RUNS=5 PEERS=1 ONLY= OUT= TIMEOUT=300
while [ $# -gt 0 ]; do
  case $1 in
    --sizes) SIZES=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --no-peers) PEERS=0; shift ;;
    --only) ONLY=$2; shift 2 ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
OUT=${OUT:-$ROOT/target/bench-results/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
TOOLS=$ROOT/target/bench-tools
GOV=$ROOT/target/release/gov
export NO_COLOR=1 COLUMNS=120

say() { printf '%s\n' "$*" >&2; }

# Name | gov arguments | baseline | allowed exit codes | cold: drop gov's cache first.
# @DIR is the governance repository; @DEC a decision ID; @TAG a release tag;
# @SITE a folder for gov publish, emptied first when the last column is fresh.
# Baselines: cat (the record files), gitlog (every repository, governance
# and code), gitlog-gov (the governance repository alone), or another name.
COMMANDS='
list        | list                    | cat        | 0   |
list-json   | list --format json      | cat        | 0   |
show        | show @DEC               | cat        | 0   |
validate    | validate                | cat        | 0,1 |
validate-history | validate --history | gitlog-gov | 0,1 |
status      | status                  | validate   | 0,1 |
backlog     | backlog                 | cat        | 0,1 |
calendar-ics | calendar --format ics --from 2025-01-01 | list | 0 |
meeting-new | meeting new --body styregruppen --dry-run | list | 0 |
log         | log                     | gitlog-gov | 0   |
trace-cold  | trace --all             | gitlog     | 0,1 | cold
trace-warm  | trace --all             | trace-cold | 0,1 |
release     | release @TAG            | gitlog     | 0   |
publish     | publish --out @SITE     | list       | 0   | fresh
publish-again | publish --out @SITE   | list       | 0   |
'

# Tools: hyperfine and GNU time from Debian, else our own harness.
need_apt() { command -v apt-get >/dev/null && [ "$(id -u)" = 0 ] && apt-get install -y -qq "$@" >/dev/null 2>&1; }
command -v hyperfine >/dev/null || need_apt hyperfine || say "hyperfine not installable: using the built-in harness"
[ -x /usr/bin/time ] || need_apt time || { say "GNU time is needed for peak RSS (apt-get install time)"; exit 2; }

say "building gov and the generator (release)"
cargo build --release -q --bin gov --example generate

# Peers: installed under target/bench-tools, skipped with a note when they can't be.
ADRS= PY=
if [ "$PEERS" = 1 ]; then
  if [ -x "$TOOLS/bin/adrs" ] || cargo install -q --locked --no-default-features adrs --root "$TOOLS" >/dev/null 2>&1; then
    ADRS=$TOOLS/bin/adrs
  else say "peer adrs: cargo install adrs failed; skipped"; fi
  if [ -x "$TOOLS/venv/bin/python" ] || { python3 -m venv "$TOOLS/venv" && "$TOOLS/venv/bin/pip" install -q python-frontmatter jsonschema; } >/dev/null 2>&1; then
    PY=$TOOLS/venv/bin/python
  else say "peer python: venv or pip install python-frontmatter jsonschema failed; skipped"; fi
fi

# Does gov accept gov.yaml's `repositories` key yet (issue 4)?
probe=$(mktemp -d)
printf 'repositories:\n  - {name: x, path: x, forge_url: "https://example.invalid/x"}\n' > "$probe/gov.yaml"
REPO_KEY=; "$GOV" -C "$probe" config >/dev/null 2>&1 && REPO_KEY=--repositories-key
rm -rf "$probe"
[ -n "$REPO_KEY" ] || say "gov rejects the repositories key: generated gov.yaml lists the code repositories commented out"

# Sizes: name -> records and commits.
records_of() { local r=${1%%:*}; case $r in *k) echo $(( ${r%k} * 1000 ));; *M) echo $(( ${r%M} * 1000000 ));; *) echo "$r";; esac; }
commits_of() { case $1 in *:*) records_of "${1#*:}";; *) echo $(( $(records_of "$1") * 10 ));; esac; }

generate() { # size -> prints the data folder, generating it when missing or stale
  local size=$1 dir=$ROOT/target/bench-data/${1/:/-}-s$SEED
  local stamp; stamp=$(cat examples/generate.rs examples/generate/*.rs | sha256sum | cut -c1-16)$REPO_KEY
  if [ "$(cat "$dir/stamp" 2>/dev/null)" != "$stamp" ]; then
    say "generating $size: $(records_of "$size") records, $(commits_of "$size") commits"
    rm -rf "$dir" && mkdir -p "$dir"
    /usr/bin/time -f '%e s, %M KB' -o "$dir/generate.time" target/release/examples/generate \
      --records "$(records_of "$size")" --commits "$(commits_of "$size")" --seed "$SEED" \
      --out "$dir/repo" --adrs "$dir/adrs" $REPO_KEY > "$dir/generate.json"
    say "  $(cat "$dir/generate.time"): $(cat "$dir/generate.json")"
    echo "$stamp" > "$dir/stamp"
  fi
  echo "$dir"
}

# Times one shell command: hyperfine's JSON, or the same shape from our harness.
time_it() { # json prepare command runs
  local json=$1 prepare=$2 cmd=$3 runs=$4
  if command -v hyperfine >/dev/null; then
    local count=(--warmup 1 --min-runs "$runs" --max-runs $((runs * 4)))
    [ "$runs" -ge 3 ] || count=(--runs "$runs")
    hyperfine --style none "${count[@]}" -i ${prepare:+--prepare "$prepare"} \
      --export-json "$json" "$cmd" >/dev/null
  else
    local times=() t0 i
    [ -z "$prepare" ] || bash -c "$prepare"; bash -c "$cmd" >/dev/null 2>&1 || true
    for ((i = 0; i < runs; i++)); do
      [ -z "$prepare" ] || bash -c "$prepare"
      t0=$(date +%s%N); bash -c "$cmd" >/dev/null 2>&1 || true
      times+=("$(( $(date +%s%N) - t0 ))")
    done
    python3 - "$json" "$cmd" "${times[@]}" <<'PY'
import json, statistics, sys
t = [int(x) / 1e9 for x in sys.argv[3:]]
r = {"command": sys.argv[2], "mean": statistics.mean(t), "stddev": statistics.stdev(t) if len(t) > 1 else 0.0,
     "median": statistics.median(t), "min": min(t), "max": max(t), "times": t}
json.dump({"results": [r]}, open(sys.argv[1], "w"))
PY
  fi
}

peak_rss() { # prepare command -> KB
  [ -z "$1" ] || bash -c "$1"
  /usr/bin/time -v bash -c "$2" 2>&1 >/dev/null | awk -F': ' '/Maximum resident/ {print $2}' || true
}

measure() { # size name baseline prepare command [runs]
  local dir=$OUT/$1 name=$2
  mkdir -p "$dir"
  time_it "$dir/$name.json" "$4" "$5" "${6:-$RUNS}"
  peak_rss "$4" "$5" > "$dir/$name.rss"
  echo "$3" > "$dir/$name.baseline"
  echo "$5" > "$dir/$name.cmd"
  say "  $1 $name: $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.4f s ± %.4f" % (r["mean"], r["stddev"] or 0))' "$dir/$name.json"), $(cat "$dir/$name.rss") KB"
}

selected() { [ -z "$ONLY" ] || [[ ",$ONLY," == *",$1,"* ]]; }

IFS=, read -ra SIZE_LIST <<< "$SIZES"
for size in "${SIZE_LIST[@]}"; do
  data=$(generate "$size"); D=$data/repo
  mkdir -p "$OUT/$size" && cp "$data/generate.json" "$OUT/$size/dataset.txt"
  say "timing $size ($D)"
  folders=$(for f in decisions backlog meetings tasks plans; do printf '%q ' "$D/$f"; done)
  selected cat && measure "$size" cat - "" "find $folders -name '*.md' -print0 | xargs -0 cat > /dev/null"
  selected gitlog && measure "$size" gitlog - "" \
    "for r in $(printf '%q' "$D") $(printf '%q ' "$D"/code/*); do git -C \$r log --all --format=%H%x00%B; done > /dev/null"
  selected gitlog-gov && measure "$size" gitlog-gov - "" "git -C $(printf '%q' "$D") log --all --format=%H%x00%B > /dev/null"
  DEC=$(grep -rhm1 '^id: DEC-' "$D/decisions" | awk '{print $2}' | sort -u | while read -r id; do
    "$GOV" -C "$D" show "$id" >/dev/null 2>&1 && { echo "$id"; break; }; done || true)
  TAG=$(git -C "$D/code/os2borgerpc-admin" describe --tags --abbrev=0 2>/dev/null || echo v1.0.0)
  clean="find $(printf '%q ' "$D/.git" "$D"/code/*/.git) -maxdepth 1 -name 'gov*' ! -name gov.lock -exec rm -rf {} +"
  while IFS='|' read -r name args baseline exits cold; do
    name=$(echo $name); args=$(echo $args); baseline=$(echo $baseline); exits=$(echo $exits); cold=$(echo $cold)
    [ -n "$name" ] && selected "$name" || continue
    sub=${args%% *}
    help=$("$GOV" "$sub" --help 2>/dev/null) || { say "  $name: skipped (gov $sub --help fails: not built yet)"; continue; }
    missing=$(for o in $args; do [[ $o == --* ]] && ! grep -q -- "$o" <<< "$help" && echo "$o"; done || true)
    [ -z "$missing" ] || { say "  $name: skipped (gov $sub has no $missing)"; continue; }
    args=${args//@DEC/$DEC}; args=${args//@TAG/$TAG}; args=${args//@SITE/$OUT/$size/site}
    prepare=
    [ "$cold" != fresh ] || { prepare="rm -rf $(printf '%q' "$OUT/$size/site")"; cold=; }
    if [ -n "$cold" ]; then
      if grep -q -- --no-cache <<< "$help"; then args="$args --no-cache"; else prepare=${GOV_BENCH_CLEAN_CACHE:-$clean}; fi
    fi
    cmd="$(printf '%q' "$GOV") -C $(printf '%q' "$D") $args > /dev/null"
    [ -z "$prepare" ] || bash -c "$prepare"
    code=0 start=$(date +%s)
    timeout "$TIMEOUT" bash -c "$cmd" 2>"$OUT/last.err" || code=$?
    if [ "$code" = 124 ]; then
      say "  $size $name: over $TIMEOUT s; not timed"
      echo "$TIMEOUT" > "$OUT/$size/$name.timeout"; echo "$baseline" > "$OUT/$size/$name.baseline"; continue
    elif [[ ",$exits," != *",$code,"* ]]; then
      say "  $name: skipped (exit $code: $(head -c 200 "$OUT/last.err" | head -1))"; continue
    fi
    runs=$RUNS; [ $(( $(date +%s) - start )) -le 20 ] || runs=2
    measure "$size" "$name" "$baseline" "$prepare" "$cmd" "$runs"
  done <<< "$COMMANDS"
  if [ -n "$PY" ] && selected peer-python; then
    measure "$size" peer-python cat "" "$(printf '%q ' "$PY" "$ROOT/benches/peers/frontmatter_check.py" "$D" "$ROOT/defaults/schemas") > /dev/null"
  fi
  if [ -n "$ADRS" ] && selected peer-adrs; then
    measure "$size" cat-adrs - "" "find $(printf '%q' "$data/adrs/doc/adr") -name '*.md' -print0 | xargs -0 cat > /dev/null"
    measure "$size" peer-adrs cat-adrs "" "$(printf '%q' "$ADRS") -C $(printf '%q' "$data/adrs") doctor > /dev/null 2>&1"
  fi
done

{ nproc; grep -m1 'model name' /proc/cpuinfo | cut -d: -f2; free -h | awk '/Mem:/ {print $2}'; } > "$OUT/machine.txt"
python3 "$ROOT/benches/table.py" "$OUT" "${SIZE_LIST[@]}" | tee "$OUT/results.md"
say "results: $OUT"

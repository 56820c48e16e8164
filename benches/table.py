#!/usr/bin/env python3
"""Prints the table of a benches/run.sh run as Markdown.

usage: table.py RESULTS_DIR SIZE...

RESULTS_DIR/SIZE/NAME.json is hyperfine's JSON for one command, NAME.rss its
peak RSS in KB, NAME.baseline the name of the measurement it is compared
with ("-" for a baseline itself), NAME.timeout the limit a command exceeded.
"cpu" is user + system time, which other load on the machine disturbs less
than wall time. The scaling factor of a command at a size is its mean there
divided by its mean at the previous size given, when that one is a tenth of
it.
"""

import json
import os
import sys


def records(size):
    r = size.split(":")[0]
    mult = {"k": 1000, "M": 1000000}.get(r[-1], 1)
    return int(r.rstrip("kM")) * mult


def load(out, size):
    rows = {}
    folder = os.path.join(out, size)
    if not os.path.isdir(folder):
        return rows
    for name in sorted(os.listdir(folder)):
        key, ext = os.path.splitext(name)
        base = os.path.join(folder, key)
        baseline = open(base + ".baseline", encoding="utf-8").read().strip() if os.path.exists(base + ".baseline") else "-"
        if ext == ".timeout":
            limit = float(open(base + ".timeout", encoding="utf-8").read())
            rows[key] = {"mean": limit, "stddev": 0.0, "cpu": None, "rss": "", "baseline": baseline, "timeout": True}
        if ext != ".json":
            continue
        with open(base + ".json", encoding="utf-8") as f:
            r = json.load(f)["results"][0]
        rss = open(base + ".rss", encoding="utf-8").read().strip() if os.path.exists(base + ".rss") else ""
        cpu = r["user"] + r["system"] if "user" in r and "system" in r else None
        rows[key] = {"mean": r["mean"], "stddev": r.get("stddev") or 0.0, "cpu": cpu, "rss": rss,
                     "baseline": baseline, "timeout": False}
    return rows


def fmt_time(s):
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def speed(ours, theirs):
    """'3.1× less time than' or '2.0× the time of'."""
    return f"{theirs / ours:.1f}× less time than" if ours <= theirs else f"{ours / theirs:.1f}× the time of"


ORDER = ["cat", "gitlog", "gitlog-gov", "list", "list-json", "show", "validate", "validate-history",
         "status", "backlog", "log", "trace-cold", "trace-warm", "release", "peer-python", "cat-adrs",
         "peer-adrs"]


def main():
    out, sizes = sys.argv[1], sys.argv[2:]
    data = {size: load(out, size) for size in sizes}
    print("| command | size | mean ± σ (wall) | cpu | baseline | ratio | peak RSS | scaling 10× (wall / cpu) |")
    print("|---|---|---|---|---|---|---|---|")
    for i, size in enumerate(sizes):
        rows = data[size]
        names = sorted(rows, key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))
        for name in names:
            row = rows[name]
            base = row["baseline"]
            over = ">" if row["timeout"] else ""
            ratio = ""
            if base != "-" and base in rows:
                ratio = f"{over}{row['mean'] / rows[base]['mean']:.2f}×"
            scaling = ""
            prev = data[sizes[i - 1]].get(name) if i > 0 and records(size) == 10 * records(sizes[i - 1]) else None
            if prev:
                scaling = f"{over}{row['mean'] / prev['mean']:.1f}×"
                if row["cpu"] and prev["cpu"]:
                    scaling += f" / {row['cpu'] / prev['cpu']:.1f}×"
            rss = f"{int(row['rss']) / 1024:.0f} MB" if row["rss"].isdigit() else "?"
            wall = f"> {fmt_time(row['mean'])} (timeout)" if row["timeout"] else \
                f"{fmt_time(row['mean'])} ± {fmt_time(row['stddev'])}"
            cpu = fmt_time(row["cpu"]) if row["cpu"] is not None else ""
            print(f"| {name} | {size} | {wall} | {cpu} | {'—' if base == '-' else base} | {ratio} | {rss} | {scaling} |")
    for size in sizes:
        rows, gov = data[size], data[size].get("validate")
        if not gov or gov["timeout"]:
            if gov and ("peer-python" in rows or "peer-adrs" in rows):
                print(f"\n{size}: `gov validate` ran over its {gov['mean']:.0f} s limit; peers not compared.")
            continue
        if "peer-python" in rows:
            print(f"\n{size}: `gov validate` takes {speed(gov['mean'], rows['peer-python']['mean'])} "
                  "the Python front matter + JSON Schema check on the same records.")
        report = os.path.join(out, size, "dataset.txt")
        if "peer-adrs" in rows and os.path.exists(report):
            with open(report, encoding="utf-8") as f:
                gen = json.load(f)
            n_gov, n_adrs = sum(gen["records"].values()), gen["adrs"]
            per_gov, per_adrs = gov["mean"] / n_gov, rows["peer-adrs"]["mean"] / n_adrs
            print(f"\n{size}: per record, `gov validate` takes {per_gov * 1e6:.0f} µs ({n_gov} records), "
                  f"`adrs doctor` {per_adrs * 1e6:.0f} µs ({n_adrs} ADRs): gov takes {speed(per_gov, per_adrs)} adrs.")

if __name__ == "__main__":
    main()

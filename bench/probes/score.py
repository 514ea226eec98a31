#!/usr/bin/env python3
"""Scores consumer messages labelled with the MedQuAD focus a good answer is about.

Usage: bench/probes/score.py PROBES.tsv --db DIR [--qadex BIN] [--json OUT] [--misses]

PROBES.tsv: a header, then id, category, text, focus, alt_foci ('|'-separated foci that
answer as well), qtype. Every text is searched in one batch (`qadex search --queries`); a hit
counts when its focus is the focus or an alternative (case ignored). Prints, per category and
overall, how many texts have such a hit first and in the top 5, and MRR@10.
"""
import argparse
import collections
import csv
import json
import os
import subprocess
import sys
import tempfile


def search(binary, db, probes):
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as batch:
        for probe in probes:
            batch.write(f"{probe['id']}\t{probe['text']}\n")
    try:
        out = subprocess.run([binary, "search", "--db", db, "--queries", batch.name,
                              "--format", "json", "-n", "10"],
                             capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(batch.name)
    results, decoder, at = {}, json.JSONDecoder(), 0
    while at < len(out):
        while at < len(out) and out[at].isspace():
            at += 1
        if at < len(out):
            result, at = decoder.raw_decode(out, at)
            results[result["qid"]] = result
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("probes")
    parser.add_argument("--db", required=True, help="index of MedQuAD (qadex index)")
    parser.add_argument("--qadex", default="build/cli/qadex", help="qadex binary")
    parser.add_argument("--json", help="write each text's rank, names and top 5 here")
    parser.add_argument("--misses", action="store_true", help="print the texts not ranked first")
    args = parser.parse_args()
    with open(args.probes, newline="") as f:
        probes = list(csv.DictReader(f, delimiter="\t"))
    results = search(args.qadex, args.db, probes)
    counts = collections.defaultdict(lambda: [0, 0, 0, 0.0])  # texts, first, top 5, RR sum
    rows = {}
    for probe in probes:
        wanted = {probe["focus"].lower()} | {f.lower() for f in probe["alt_foci"].split("|") if f}
        hits = results[probe["id"]]["hits"]
        rank = next((k + 1 for k, hit in enumerate(hits) if hit["focus"].lower() in wanted), None)
        for scope in (probe["category"], "all"):
            c = counts[scope]
            c[0] += 1
            c[1] += rank == 1
            c[2] += rank is not None and rank <= 5
            c[3] += 1 / rank if rank else 0
        names = [n["words"] + ":" + n["role"] for n in results[probe["id"]]["understanding"]["names"]]
        rows[probe["id"]] = {"rank": rank, "names": names,
                             "top5": [h["focus"] + " | " + h["qtype"] for h in hits[:5]]}
        if args.misses and rank != 1:
            print(f"{probe['id']} [{probe['category']}] wanted {probe['focus']}, rank {rank}: "
                  f"{probe['text'][:120]}\n  names {names}\n  top {rows[probe['id']]['top5'][:3]}")
    print("| category | texts | first | top 5 | MRR@10 |\n|---|---:|---:|---:|---:|")
    for scope in sorted(counts, key=lambda s: (s == "all", s)):
        n, first, top5, rr = counts[scope]
        print(f"| {scope} | {n} | {first} | {top5} | {rr / n:.3f} |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)


if __name__ == "__main__":
    sys.exit(main())

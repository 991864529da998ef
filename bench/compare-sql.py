#!/usr/bin/env python3
"""Compares the PostgreSQL execution time of the statements two builds send for the same workloads.

    bench/compare-sql.py OLD/explain.md NEW/explain.md DATABASE PLAN_CACHE_MODE WORKLOAD...

OLD and NEW are results folders of `bench/run.sh --explain` (one per build). For each workload, the first statement
of each explain.md (with the values it was given) is prepared and run with EXPLAIN ANALYZE (TIMING OFF) on DATABASE,
12 runs for each side in each of 4 alternating rounds, the first 2 of each batch dropped as warm-up. It prints the
fastest and the median execution time of each side and the ratio of the medians. PLAN_CACHE_MODE is
force_custom_plan for a statement planned for its values, force_generic_plan for one whose plan is kept. The
execution time leaves out planning, parsing and the network, and measures the SQL alone, which varies far less
than requests a second on a shared machine. psql must be on the PATH; PGHOST, PGPORT and PGUSER as for psql.
"""
import re
import statistics
import subprocess
import sys


def statement(explain_md, workload):
    text = open(explain_md, encoding="utf-8").read()
    section = text[text.index("## " + workload):]
    end = section.find("\n## ", 5)
    section = section if end < 0 else section[:end]
    sql = re.search(r"```sql\n(.*?)\n```", section, re.S).group(1)
    values = re.search(r"Values: (.*)", section)
    params = re.findall(r"\$(\d+) = '((?:[^']|'')*)' \(([^,)]*)", values.group(1) if values else "")
    types = ["text" if "character" in t else "integer" if "integer" in t else t for _, _, t in params]
    bound = ["'" + v + "'" for _, v, _ in params]
    explain = "EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF, SUMMARY) EXECUTE s"
    if not types:
        return f"PREPARE s AS {sql};\n", explain + ";\n"
    return f"PREPARE s({','.join(types)}) AS {sql};\n", f"{explain}({','.join(bound)});\n"


def main():
    old, new, database, mode = sys.argv[1:5]
    for workload in sys.argv[5:]:
        times = {"old": [], "new": []}
        for _ in range(4):
            for side, explain_md in (("old", old), ("new", new)):
                prepare, execute = statement(explain_md, workload)
                script = f"SET plan_cache_mode = {mode};\n" + prepare + execute * 12
                out = subprocess.run(["psql", "-X", "-q", "-d", database], input=script, capture_output=True,
                                     text=True, check=True).stdout
                times[side] += [float(t) for t in re.findall(r"Execution Time: ([\d.]+)", out)][2:]
        o, n = times["old"], times["new"]
        print(f"{workload}: old min {min(o):.2f} median {statistics.median(o):.2f} ms | "
              f"new min {min(n):.2f} median {statistics.median(n):.2f} ms | "
              f"new/old {statistics.median(n) / statistics.median(o):.2f}")


if __name__ == "__main__":
    main()

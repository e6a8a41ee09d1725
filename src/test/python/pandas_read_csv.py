"""Times pandas.read_csv on a file, to compare with `discount-workbench bench load FILE`.

Usage (Debian: apt-get install -y python3-pandas):
    java -jar target/discount-workbench.jar bench load --keep /tmp/bench.csv
    /usr/bin/python3 src/test/python/pandas_read_csv.py /tmp/bench.csv 3

Prints wall seconds, process CPU seconds and rows per second for each run. Run it right after `bench load`
on the same file, so both see the same machine load.
"""
import sys
import time

import pandas as pd


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    best = None
    for run in range(1, runs + 1):
        wall = time.perf_counter()
        cpu = time.process_time()
        frame = pd.read_csv(path)
        wall = time.perf_counter() - wall
        cpu = time.process_time() - cpu
        rows = len(frame)
        del frame
        best = wall if best is None else min(best, wall)
        print(f"run={run} seconds={wall:.3f} cpu_seconds={cpu:.3f} rows_per_s={rows / wall:.0f}")
    print(f"pandas={pd.__version__} rows={rows} rows_per_s={rows / best:.0f}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Per-day busiest hour ÷ mean hour of a public LLM inference trace: the figure a service's peakToAverage means.

    python3 docs/tools/peak-to-average.py azure AzureLLMInferenceTrace_conv_1week.csv
    python3 docs/tools/peak-to-average.py burst BurstGPT_1.csv BurstGPT_2.csv

azure: Azure/AzurePublicDataset's 2024 week-long traces (first column a UTC timestamp, "2024-05-12 00:00:00...");
burst: HPMLL/BurstGPT (first column seconds from 0:00:00 of the trace's first day). Both are release downloads, not in
the repositories' git trees, so this machine could not run it (docs/engine.md, Daily peaks). Prints each day's 24
hourly request counts and ratio, then the median, lowest and highest ratio over the days.
"""
import csv
import statistics
import sys
from collections import Counter


def hour_of(kind, first_column):
    if kind == "azure":
        return first_column[:10], int(first_column[11:13])
    seconds = float(first_column)
    return int(seconds // 86400), int(seconds % 86400 // 3600)


def main(kind, files):
    counts = Counter()
    for name in files:
        with open(name, newline="") as f:
            rows = csv.reader(f)
            next(rows)
            for row in rows:
                counts[hour_of(kind, row[0])] += 1
    ratios = []
    for day in sorted({d for d, _ in counts}):
        hours = [counts.get((day, h), 0) for h in range(24)]
        mean = sum(hours) / 24
        if mean:
            ratios.append(max(hours) / mean)
            print(day, round(max(hours) / mean, 3), hours)
    print("days", len(ratios), "median", round(statistics.median(ratios), 3), "lowest", round(min(ratios), 3),
          "highest", round(max(ratios), 3))


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("azure", "burst"):
        sys.exit("usage: peak-to-average.py azure|burst TRACE.csv [MORE.csv …]")
    main(sys.argv[1], sys.argv[2:])

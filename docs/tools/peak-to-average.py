#!/usr/bin/env python3
"""Per-day busiest hour ÷ mean hour of a public LLM inference trace: the figure a service's peakToAverage means.

    python3 docs/tools/peak-to-average.py azure AzureLLMInferenceTrace_conv_1week.csv
    python3 docs/tools/peak-to-average.py burst BurstGPT_1.csv BurstGPT_2.csv
    python3 docs/tools/peak-to-average.py servegen ServeGen/data/language/m-large/chunk-*-trace.csv

azure: Azure/AzurePublicDataset's 2024 week-long traces (first column a UTC timestamp, "2024-05-12 00:00:00...");
burst: HPMLL/BurstGPT (first column seconds from 0:00:00 of the trace's first day). Both are release downloads, not in
the repositories' git trees, so this machine could not run it (docs/engine.md, Daily peaks).
servegen: alibaba/ServeGen's per-client rate files, one per client of a model (data/language/<model>/chunk-N-trace.csv,
plain CSV in the repository): each line a 600-second window's start in seconds from midnight and its mean request
rate per second, so a window holds rate x 600 requests; a model's traffic is the sum over its clients (ServeGen's own
servegen/utils.py sums client rates per window the same way). ServeGen's README does not say whether the released
clients are all of a model's traffic, nor the time zone of its clock.
Prints each day's 24 hourly request counts and ratio (whole days only), then the median, lowest and highest ratio over
the days.
"""
import csv
import statistics
import sys
from collections import Counter


SERVEGEN_WINDOW_SECONDS = 600


def hour_of(kind, first_column):
    if kind == "azure":
        return first_column[:10], int(first_column[11:13])
    seconds = float(first_column)
    return int(seconds // 86400), int(seconds % 86400 // 3600)


def hourly_requests(kind, files):
    counts = Counter()
    for name in files:
        with open(name, newline="") as f:
            rows = csv.reader(f)
            if kind == "servegen":  # no header; a window holds its mean rate × its length in requests
                for row in rows:
                    if row:
                        counts[hour_of(kind, row[0])] += float(row[1]) * SERVEGEN_WINDOW_SECONDS
            else:
                next(rows)
                for row in rows:
                    counts[hour_of(kind, row[0])] += 1
    return counts


def main(kind, files):
    counts = hourly_requests(kind, files)
    # whole days only: those between the trace's first and last hour (an hour inside them without a request is 0)
    first, last = min(counts), max(counts)
    days = sorted({d for d, _ in counts})
    ratios = []
    for day in days:
        if (day, 0) < first or (day, 23) > last:
            continue
        hours = [counts.get((day, h), 0) for h in range(24)]
        mean = sum(hours) / 24
        if mean:
            ratios.append(max(hours) / mean)
            print(day, round(max(hours) / mean, 3), [round(n) for n in hours])
    if not ratios:
        sys.exit("no whole day in the trace")
    print("days", len(ratios), "median", round(statistics.median(ratios), 3), "lowest", round(min(ratios), 3),
          "highest", round(max(ratios), 3))


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("azure", "burst", "servegen"):
        sys.exit("usage: peak-to-average.py azure|burst|servegen TRACE.csv [MORE.csv …]")
    main(sys.argv[1], sys.argv[2:])

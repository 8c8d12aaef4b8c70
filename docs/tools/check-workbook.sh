#!/usr/bin/env bash
# Opens each sample's audit workbook (run --xlsx) in LibreOffice Calc headless, which recalculates every formula
# (the workbook carries formulas without cached values), and compares the recalculated horizon roll-ups and NPV
# with run's own JSON. Needs: apt-get install -y libreoffice-calc python3.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for sample in fungible-fleet capacity-crunch five-year-commitment; do
  "$root/tokenfactory" run "$root/samples/plans/$sample.tokenplan" --xlsx "$work/$sample.xlsx" --json "$work/$sample.json" \
    >/dev/null || [ $? -eq 3 ]
  soffice -env:UserInstallation="file://$work/profile" --headless \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$work/$sample" "$work/$sample.xlsx" >/dev/null 2>&1
  python3 - "$work/$sample" "$work/$sample.json" "$sample" <<'PY'
import csv, json, sys
folder, result, name = sys.argv[1:]
r = json.load(open(result))
rows = list(csv.reader(open(f"{folder}/{name}-Yearly.csv", encoding="utf-8")))
head, horizon = rows[0], next(x for x in rows if x[0].startswith("Horizon"))
cell = lambda label: float(horizon[head.index(label)])
kpis = {x[0]: x[1] for x in csv.reader(open(f"{folder}/{name}-KPIs.csv", encoding="utf-8"))}
h = r["kpis"]["horizon"]
checks = [("CapEx", cell("Capex, facility (USD)") + cell("Capex, IT (USD)"), h["capexUsd"]),
          ("electricity MWh", cell("Electricity (MWh)"), h["electricityMwh"]),
          ("NPV after tax", float(kpis["NPV after tax with terminal value (USD)"]), r["kpis"]["npvUsd"])]
for label, calc, engine in checks:
    ok = abs(calc - engine) <= 1e-9 * max(1.0, abs(engine))
    print(f"{name:22s} {label:16s} LibreOffice {calc:,.2f}  run {engine:,.2f}  {'same' if ok else 'DIFFERENT'}")
    if not ok:
        sys.exit(1)
PY
done

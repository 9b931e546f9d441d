#!/usr/bin/env bash
# The issue's five speed and memory targets, measured in one go and printed as a table (about four
# minutes on 2 cores; run it on an otherwise idle machine, since every figure moves with load):
#   1. 0 B allocated per tick in steady state   --rule-split: the running thread's bytes over months 13-132
#                                               of a Mali run (BenchmarkDotNet's in-process OneTick row is
#                                               shown beside it: it also counts the runtime's own threads)
#   2. one 132-month Mali run under 5 ms        --rule-split scenarios/mali-2012.json 300 (one thread)
#   3. 10,000 Mali runs under 30 s, both cores  benchmarks/ensemble-scale.sh scenarios/mali-2012.json 10000
#   4. Epstein, 100 steps under 10 ms           BenchmarkDotNet EpsteinBenchmarks.HundredSteps
#   5. 10^6 villages at 20 ticks/s or more      BenchmarkDotNet VillageScalingBenchmarks.Tick (Villages=1000000)
# BenchmarkDotNet runs in process with 3 warm-up and 10 measured iterations (its short job with more
# iterations, for steadier means); its reports land in benchmarks/BenchmarkDotNet.Artifacts/results/.
# Usage: benchmarks/targets.sh [--skip-ensemble]   (the 10,000-run ensemble alone takes about two and a half minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
skip_ensemble=false
[ "${1:-}" = "--skip-ensemble" ] && skip_ensemble=true

log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
dotnet build benchmarks/StalemateSim.Benchmarks -c Release -v q -nologo >/dev/null
bench=benchmarks/StalemateSim.Benchmarks/bin/Release/net10.0/StalemateSim.Benchmarks.dll
results=benchmarks/BenchmarkDotNet.Artifacts/results

echo "[1/3] a Mali run, rule by rule (300 runs on one thread)" >&2
dotnet "$bench" --rule-split scenarios/mali-2012.json 300 >"$log/split.txt"

echo "[2/3] BenchmarkDotNet: Mali tick, Epstein, village scaling" >&2
rm -f "$results"/StalemateSim.Benchmarks.{ScenarioBenchmarks,EpsteinBenchmarks,VillageScalingBenchmarks}-report.csv
dotnet "$bench" --job short --iterationCount 10 --inProcess --memory \
  --filter '*ScenarioBenchmarks.OneTick*' '*EpsteinBenchmarks.HundredSteps*' '*VillageScalingBenchmarks*' \
  --artifacts benchmarks/BenchmarkDotNet.Artifacts >"$log/bdn.txt"

: >"$log/ensemble.txt"
if ! $skip_ensemble; then
  echo "[3/3] 10,000 Mali runs through the CLI, both cores" >&2
  benchmarks/ensemble-scale.sh scenarios/mali-2012.json 10000 >"$log/ensemble.txt"
fi

python3 - "$log" "$results" <<'PY'
import csv, os, re, sys
log, results = sys.argv[1:]

def to_ms(text):
    """A BenchmarkDotNet time such as '10.10 ms' or '85,123.4 us' in milliseconds."""
    value, unit = text.replace(",", "").split()
    return float(value) * {"ns": 1e-6, "us": 1e-3, "μs": 1e-3, "ms": 1, "s": 1e3}[unit]

def rows(name):
    path = os.path.join(results, f"StalemateSim.Benchmarks.{name}-report.csv")
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))

split = open(os.path.join(log, "split.txt"), encoding="utf-8").read()
month = re.search(r"a month: ([\d.]+) us \(least over 20-run chunks ([\d.]+) us\)", split)
months = int(re.search(r"runs of (\d+) months", split).group(1))
setup = float(re.search(r"setup ([\d.]+) ms", split).group(1))
steady = re.search(r"steady state: ([\d,]+) B allocated on the running thread over months 13-(\d+)", split)
steady_bytes = int(steady.group(1).replace(",", ""))
run_mean = float(month.group(1)) * months / 1000 + setup
run_least = float(month.group(2)) * months / 1000 + setup

tick = next(r for r in rows("ScenarioBenchmarks") if r["Method"] == "OneTick" and r.get("Scenario") == "mali-2012")
epstein = next(r for r in rows("EpsteinBenchmarks") if r["Method"] == "HundredSteps")
village = next(r for r in rows("VillageScalingBenchmarks") if r["Villages"] == "1000000")
village_ms = to_ms(village["Mean"])

lines = [l.split() for l in open(os.path.join(log, "ensemble.txt"), encoding="utf-8") if l[:1].isdigit()]
ensemble = float(lines[0][1]) if lines else None

def met(ok):
    return "yes" if ok else "no"

epstein_ms = to_ms(epstein["Mean"])
table = [
    ("0 B allocated per tick in steady state", f"{steady_bytes:,} B over months 13-{steady.group(2)} (OneTick in process: {tick['Allocated']})", met(steady_bytes == 0)),
    (f"one Mali run ({months} months) under 5 ms", f"{run_mean:.1f} ms (least over 20-run chunks {run_least:.1f} ms)", met(run_mean < 5)),
    ("10,000 Mali runs under 30 s, both cores", "skipped" if ensemble is None else f"{ensemble:.1f} s", "-" if ensemble is None else met(ensemble < 30)),
    ("Epstein, 100 steps, under 10 ms", f"{epstein_ms:.2f} ms (error {epstein['Error']})", met(epstein_ms < 10)),
    ("10^6 villages at 20 ticks/s or more", f"{1000 / village_ms:.1f} ticks/s ({village_ms:.1f} ms a tick)", met(1000 / village_ms >= 20)),
]
print(f"{'target':<40} {'measured':<56} met")
for target, measured, ok in table:
    print(f"{target:<40} {measured:<56} {ok}")
PY

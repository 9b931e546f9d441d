#!/usr/bin/env bash
# Runs per second and peak memory of `stalemate run` at several ensemble sizes, to show that
# memory stays flat as N grows (issue: Monte Carlo at scale). Usage:
#   benchmarks/ensemble-scale.sh [SCENARIO] [N ...]      default: scenarios/mali-2012.json 1000 10000 100000
# Prints one line per N: runs, seconds, runs per second, peak resident memory (MiB).
set -euo pipefail
cd "$(dirname "$0")/.."
scenario=${1:-scenarios/mali-2012.json}
shift || true
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 100000)
dotnet build src/StalemateSim.Cli -c Release -v q -nologo >/dev/null
dll=src/StalemateSim.Cli/bin/Release/net10.0/stalemate.dll
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '%-8s %10s %10s %12s  %s\n' runs seconds runs/s peak_MiB scenario
for n in "${sizes[@]}"; do
  python3 - "$dll" "$scenario" "$n" "$out/run-$n" <<'PY'
import resource, subprocess, sys, time
dll, scenario, n, out = sys.argv[1:]
start = time.monotonic()
subprocess.run(["dotnet", dll, "run", scenario, "--runs", n, "--seed", "1", "--out", out, "--quiet", "--no-plots"], check=True)
seconds = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{n:<8} {seconds:10.1f} {int(n) / seconds:10.1f} {peak:12.0f}  {scenario}")
PY
done

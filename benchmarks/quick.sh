#!/usr/bin/env bash
# A quick run of the benchmark suite, about five minutes on 2 cores (the Epstein class alone, a minute): BenchmarkDotNet's short job
# (1 launch, 3 warm-up and 3 measured iterations) run in process, so it builds nothing but this project.
# Arguments are filters (globs on Namespace.Class.Method); none runs everything.
#   benchmarks/quick.sh                 # the whole suite
#   benchmarks/quick.sh '*Epstein*'     # one class
# For publishable numbers run the full default job instead (see benchmarks/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
filters=("$@")
if [ ${#filters[@]} -eq 0 ]; then filters=('*'); fi
dotnet run -c Release --project benchmarks/StalemateSim.Benchmarks -- \
  --job short --inProcess --memory --filter "${filters[@]}" \
  --artifacts benchmarks/BenchmarkDotNet.Artifacts

#!/usr/bin/env bash
# edition import wilson on 50 MB exports, whole processes: wall time, CPU time and peak RSS (GNU time), best of RUNS,
# beside the floor of the same run (wc -l and the managed line read are in ImportBenchmarks). Needs ../shared/seeds.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build -c Release "$root/src/Edition.Cli" -v q -nologo >/dev/null
dotnet build -c Release "$root/tests/Edition.Benchmarks" -v q -nologo >/dev/null
edition="$root/src/Edition.Cli/bin/Release/net10.0/edition"
bench="$root/tests/Edition.Benchmarks/bin/Release/net10.0/Edition.Benchmarks"
echo "load before: $(uptime)"
for shape in Paragraphs LongParagraph; do
  "$bench" import-export "$shape" 50 "$work/$shape.txt"
  mkdir -p "$work/project-$shape"
  cp "$root/samples/mao-stalin-1951/edition.yml" "$work/project-$shape/"
  echo "$shape: $(stat -c %s "$work/$shape.txt") bytes"
  for i in $(seq "$runs"); do
    /usr/bin/time -f "  import  wall %e s  cpu %U+%S s  peak RSS %M KB" \
      "$edition" import wilson "$work/$shape.txt" --into "$work/project-$shape" --id "run$i" >/dev/null
    /usr/bin/time -f "  wc -l   wall %e s  cpu %U+%S s  peak RSS %M KB" wc -l "$work/$shape.txt" >/dev/null
  done
done
echo "load after: $(uptime)"

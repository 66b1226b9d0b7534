#!/usr/bin/env bash
# Whole process against whole process: jing vs Edition.RelaxNg (the benchmarks' `validate` entry,
# published ReadyToRun) on the three FRUS volumes against tei_all.rng, or SCHEMA (a .rnc is compact syntax: jing
# gets -c). Best of RUNS runs each.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SHARED:-$(cd "$root/../shared" && pwd)}
schema=${SCHEMA:-$shared/tei/tei_all.rng}
files=("$shared"/corpus/frus/*.xml)
runs=${RUNS:-5}
out=${OUT:-${TMPDIR:-/tmp}/edition-relaxng-bench}

jing_opts=()
[[ $schema == *.rnc ]] && jing_opts=(-c)
command -v jing >/dev/null || { echo "jing is not installed (Debian package jing)" >&2; exit 2; }
echo "publishing tests/Edition.Benchmarks (Release, ReadyToRun) to $out ..." >&2
dotnet publish "$root/tests/Edition.Benchmarks" -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -o "$out" >/dev/null

TIMEFORMAT='%R %U %S'
measure() { # run "$@" once, print "wall_ms cpu_ms" (processor time, user + system: steadier than wall on a shared machine)
    { time "$@" >/dev/null 2>&1; } 2>&1 | awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }'
}

best() { # best of $runs runs: "wall_ms cpu_ms", each the least seen
    local w c bw=999999999 bc=999999999
    for _ in $(seq "$runs"); do
        read -r w c < <(measure "$@" || true)
        (( w < bw )) && bw=$w
        (( c < bc )) && bc=$c
    done
    echo "$bw $bc"
}

measure dotnet "$out/Edition.Benchmarks.dll" validate "$schema" >/dev/null # warm the disk cache
read -r jing_ms jing_cpu < <(best jing "${jing_opts[@]}" "$schema" "${files[@]}")
read -r ours_ms ours_cpu < <(best dotnet "$out/Edition.Benchmarks.dll" validate "$schema" "${files[@]}")
load=$(dotnet "$out/Edition.Benchmarks.dll" validate "$schema" 2>&1 >/dev/null | sed -n 's/schema loaded in \(.*\)/\1/p')

echo "schema:        $(basename "$schema") (load inside our process: ${load}, cold)"
echo "files:         ${#files[@]} FRUS volumes, $(du -ch "${files[@]}" | tail -1 | cut -f1)"
echo "jing:          ${jing_ms} ms wall, ${jing_cpu} ms processor (best of $runs)"
echo "Edition:       ${ours_ms} ms wall, ${ours_cpu} ms processor (best of $runs)"
awk -v j="$jing_ms" -v o="$ours_ms" -v jc="$jing_cpu" -v oc="$ours_cpu" \
    'BEGIN { printf "ratio:         %.2fx faster than jing (wall), %.2fx less processor time\n", j / o, jc / oc }'

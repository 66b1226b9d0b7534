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

seconds() { # run "$@" once, print elapsed wall seconds
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

best() { # best of $runs runs, in ms
    local best=999999999 t
    for _ in $(seq "$runs"); do
        t=$(seconds "$@")
        (( t < best )) && best=$t
    done
    echo "$best"
}

seconds dotnet "$out/Edition.Benchmarks.dll" validate "$schema" >/dev/null # warm the disk cache
jing_ms=$(best jing "${jing_opts[@]}" "$schema" "${files[@]}")
ours_ms=$(best dotnet "$out/Edition.Benchmarks.dll" validate "$schema" "${files[@]}")
load_ms=$(dotnet "$out/Edition.Benchmarks.dll" validate "$schema" 2>&1 >/dev/null | sed -n 's/schema loaded in \([0-9]*\) ms/\1/p')

echo "schema:        $(basename "$schema") (load inside our process: ${load_ms} ms, cold)"
echo "files:         ${#files[@]} FRUS volumes, $(du -ch "${files[@]}" | tail -1 | cut -f1)"
echo "jing:          ${jing_ms} ms (best of $runs)"
echo "Edition:       ${ours_ms} ms (best of $runs)"
awk -v j="$jing_ms" -v o="$ours_ms" 'BEGIN { printf "ratio:         %.2fx faster than jing\n", j / o }'

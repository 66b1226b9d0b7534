#!/usr/bin/env bash
# Sharded builds on one machine, as a CI matrix runs them: for each N in COUNTS, N `edition build --shard i/N`
# processes started at once, then `edition merge`; against one `edition build` of the same corpus, in the same run
# (before and after the sharded builds, as the load drifts). Wall-clock times of whole processes (managed CLI,
# ReadyToRun), best of RUNS; the merged site is compared with the single build's (diff -r).
# A synthetic corpus of DOCS documents made from the FRUS volumes; --no-pdf, validation warn.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SHARED:-$(cd "$root/../shared" && pwd)}
docs=${DOCS:-3000}
counts=${COUNTS:-"1 2 4"}
runs=${RUNS:-1}
out=${OUT:-${TMPDIR:-/tmp}/edition-shards-bench}

rm -rf "$out/work" && mkdir -p "$out/work"
# PUBLISH=0 reuses what an earlier run published to $out.
if [[ ${PUBLISH:-1} != 0 ]]; then
    echo "publishing benchmarks and CLI (Release, ReadyToRun) to $out ..." >&2
    dotnet publish "$root/tests/Edition.Benchmarks" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/bench" >/dev/null
    dotnet publish "$root/src/Edition.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/cli" >/dev/null
fi
dotnet "$out/bench/Edition.Benchmarks.dll" corpus synth "$docs" "$out/work/corpus" "$shared"/corpus/frus/*.xml >&2

# Every process runs from $out/work, so findings name the same paths in every shard; their warnings go to edition.log.
cd "$out/work"
edition() { dotnet "$out/cli/edition.dll" "$@" --validation warn -q >>edition.log 2>&1; }
now() { date +%s%N; }
seconds() { awk -v ns="$1" 'BEGIN { printf "%.1f", ns / 1e9 }'; }

# Best of RUNS of a clean single build, in ns.
single() {
    local best= start t
    for _ in $(seq 1 "$runs"); do
        rm -rf single && start=$(now)
        edition build corpus --out single --no-pdf
        t=$(( $(now) - start )); if [[ -z $best || $t -lt $best ]]; then best=$t; fi
    done
    echo "$best"
}

# Best of RUNS of N concurrent shard processes then the merge: "shards merge" in ns (of the run with the best total).
sharded() {
    local n=$1 best= start mid t pids
    for _ in $(seq 1 "$runs"); do
        rm -rf "shards-$n" "merged-$n" && start=$(now) && pids=()
        for i in $(seq 1 "$n"); do edition build corpus --shard "$i/$n" --out "shards-$n" & pids+=($!); done
        for p in "${pids[@]}"; do wait "$p"; done
        mid=$(now)
        edition merge corpus --out "merged-$n" --no-pdf --shards "shards-$n"/*.shard-*-of-"$n"
        t=$(( $(now) - start )); if [[ -z $best || $t -lt ${best##* } ]]; then best="$(( mid - start )) $(( $(now) - mid )) $t"; fi
    done
    echo "$best"
}

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"), .NET $(dotnet --version), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $docs documents ($(du -sm corpus | cut -f1) MB), best of $runs"
before=$(single)
echo "single build (before): $(seconds "$before") s"
printf '%-3s %10s %8s %8s %16s %12s\n' N "shards" "merge" "total" "speed-up (before)" "merged = single"
results=()
for n in $counts; do
    read -r shards merge total < <(sharded "$n")
    same=$(diff -r -q single/synthetic "merged-$n/synthetic" >/dev/null && echo yes || echo NO)
    results+=("$n $shards $merge $total $same")
done
after=$(single)
for r in "${results[@]}"; do
    read -r n shards merge total same <<<"$r"
    printf '%-3s %9ss %7ss %7ss %10s×/%s× %12s\n' "$n" "$(seconds "$shards")" "$(seconds "$merge")" "$(seconds "$total")" \
        "$(awk -v a="$before" -v b="$total" 'BEGIN { printf "%.2f", a / b }')" "$(awk -v a="$after" -v b="$total" 'BEGIN { printf "%.2f", a / b }')" "$same"
done
echo "single build (after): $(seconds "$after") s; load $(cut -d' ' -f1-3 /proc/loadavg)"

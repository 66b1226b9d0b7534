#!/usr/bin/env bash
# Corpus scale, side by side in one run: for each FRUS volume, a raw XmlReader parse (the floor),
# XslCompiledTransform and Saxon-HE running baseline/tei-to-html.xsl (the usual TEI → HTML path) and
# Edition's whole build (--no-pdf, no print, validation warn); then a rebuild (build cache on) after editing one document
# of a 1,000-document synthetic corpus, peak memory of a whole-process build and its growth with the corpus, and RELAX NG vs jing; whole processes
# (start-up included) of the managed and the native CLI, against a Saxon-HE process.
# Warm in-process timings are best of RUNS; Saxon's are its own -repeat average. Needs libsaxonhe-java.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SHARED:-$(cd "$root/../shared" && pwd)}
volumes=${VOLUMES:-"frus1894Nicaragua frus1930v01"}
export RUNS=${RUNS:-5}
out=${OUT:-${TMPDIR:-/tmp}/edition-corpus-bench}
xsl="$root/tests/Edition.Benchmarks/baseline/tei-to-html.xsl"
saxon=${SAXON_JAR:-/usr/share/java/Saxon-HE.jar}

[[ -f $saxon ]] || { echo "Saxon-HE not found at $saxon (apt-get install libsaxonhe-java)" >&2; exit 2; }
echo "publishing benchmarks and CLI (Release, ReadyToRun) to $out ..." >&2
rm -rf "$out/work" && mkdir -p "$out/work"
dotnet publish "$root/tests/Edition.Benchmarks" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/bench" >/dev/null
dotnet publish "$root/src/Edition.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/cli" >/dev/null
# The native build (no JIT): needs gcc, libc6-dev and zlib1g-dev; skipped, with a word, without them.
native=
if command -v gcc >/dev/null; then
    echo "publishing the native CLI (PublishAot) to $out/native ..." >&2
    dotnet publish "$root/src/Edition.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$out/native" >/dev/null && native="$out/native/edition"
else
    echo "gcc not found: the native CLI is not measured" >&2
fi
bench() { dotnet "$out/bench/Edition.Benchmarks.dll" corpus "$@"; }
# Best wall time of RUNS runs of a whole command, in ms.
best_process() {
    local best= ms start
    for _ in $(seq 1 "$RUNS"); do
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        ms=$(( ($(date +%s%N) - start) / 1000000 ))
        if [[ -z $best || $ms -lt $best ]]; then best=$ms; fi
    done
    echo "$best"
}
ms() { sed -n "s/^$1: \([0-9]*\) ms.*/\1/p"; }

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"), .NET $(dotnet --version), $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '\n%-20s %8s %8s %8s %8s %8s %8s %9s %9s %10s\n' volume "MB" "parse" "xslt.NET" "saxon" "edition" "ed/parse" "saxon/ed" "xslt/ed" "peak RSS"
for v in $volumes; do
    file="$shared/corpus/frus/$v.xml"
    project="$out/work/$v"
    mkdir -p "$project/documents" && cp "$file" "$project/documents/"
    printf 'id: %s\ntitle: "%s"\nlanguages: [en]\nbase_url: "https://example.org/%s/"\n' "$v" "$v" "$v" > "$project/edition.yml"

    parse=$(bench parse "$file" | ms "raw XmlReader parse")
    xslt=$(bench xslt "$xsl" "$file" | ms "XslCompiledTransform transform")
    rm -rf "$out/work/saxon" && mkdir -p "$out/work/saxon"
    saxon_ms=$(java -cp "$saxon" net.sf.saxon.Transform -s:"$file" -xsl:"$xsl" -o:"$out/work/saxon/index.html" -repeat:"$RUNS" 2>&1 | sed -n 's/.*over last [0-9]* runs:.*[ (]\([0-9][0-9]*\)\.[0-9]*ms.*/\1/p')
    build_log=$(bench build "$project" "$out/work/$v-out" warn)
    edition=$(echo "$build_log" | ms "Edition build (validation warn)")
    echo "$build_log" | grep -aE '^ +[0-9]+ ms' | sed "s/^/    $v stage: /" >&2
    # Floors under the whole build: validating the file alone, and writing its built site's files alone.
    floor_rng=$(bench relaxng "$shared/corpus/frus-schema/frus.rng" "$file" | ms "RELAX NG validation, one file on one core")
    floor_write=$(bench write-floor "$out/work/$v-out/$v" "$out/work/$v-floor" | sed -n 's/^writing \([0-9]*\) files again: \([0-9]*\) ms.*/\2 ms for \1 files/p')
    echo "    $v floors: RELAX NG of the file alone $floor_rng ms on one core; writing its site's files alone $floor_write on both cores (raw parse $parse ms)" >&2
    rss=$( { /usr/bin/time -v dotnet "$out/cli/edition.dll" build "$project" --out "$out/work/$v-cli" --no-pdf --validation warn -q >/dev/null; } 2>&1 | sed -n 's/.*Maximum resident set size (kbytes): //p')
    # Whole processes, as an editor runs them (start-up and JIT included), best of RUNS, no build cache.
    # (--no-print: TEI and the site, as the in-process build and the baselines; peak RSS with the print .tex, as above.)
    process_ms=$(best_process dotnet "$out/cli/edition.dll" build "$project" --out "$out/work/$v-process" --no-print --no-cache --validation warn -q)
    native_ms=${native:+$(best_process "$native" build "$project" --out "$out/work/$v-native" --no-print --no-cache --validation warn -q)}
    native_rss=${native:+$( { /usr/bin/time -v "$native" build "$project" --out "$out/work/$v-native-rss" --no-pdf --validation warn -q >/dev/null; } 2>&1 | sed -n 's/.*Maximum resident set size (kbytes): //p')}
    echo "    $v whole process, no cache: managed (ReadyToRun) $process_ms ms, native ${native_ms:-not measured} ms (peak RSS ${native_rss:+$((native_rss / 1024)) MiB}); Saxon-HE process: $(best_process java -cp "$saxon" net.sf.saxon.Transform -s:"$file" -xsl:"$xsl" -o:"$out/work/saxon/index.html") ms" >&2
    mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN { printf "%.1f", b / 1048576 }')
    awk -v v="$v" -v mb="$mb" -v p="$parse" -v x="$xslt" -v s="$saxon_ms" -v e="$edition" -v r="$rss" 'BEGIN {
        printf "%-20s %8s %6d ms %5d ms %5d ms %5d ms %7.1fx %8.2fx %8.2fx %6d MiB (%.0fx input)\n", v, mb, p, x, s, e, e / p, s / e, x / e, r / 1024, r / 1024 / mb }'
done

echo; echo "incremental: 1,000-document synthetic corpus from the FRUS volumes" >&2
synth="$out/work/synthetic"
bench synth 1000 "$synth" "$shared"/corpus/frus/*.xml >&2
bench touch-rebuild "$synth" "$out/work/synthetic-out" | tee >(cat >&2) | grep -aE '^rebuild'

# The same edit, each rebuild a new `edition build` process (no session): the build cache on disk is all it has.
documents=("$synth"/documents/*.xml)
first=${documents[0]}
process_rebuild() {
    local name=$1 cli_out=$2; shift 2
    "$@" build "$synth" --out "$cli_out" --no-pdf --validation warn -q >/dev/null 2>&1 || true
    local best= ms start
    for i in $(seq 1 "$RUNS"); do
        sed -i "s|</body>|<!-- process edit $name $i --></body>|" "$first"
        start=$(date +%s%N)
        "$@" build "$synth" --out "$cli_out" --no-pdf --validation warn -q >/dev/null 2>&1 || true
        ms=$(( ($(date +%s%N) - start) / 1000000 ))
        if [[ -z $best || $ms -lt $best ]]; then best=$ms; fi
    done
    echo "rebuild after editing one document, new $name edition build process each time (--no-pdf: the print .tex is rendered): $best ms (best of $RUNS)"
}
process_rebuild managed "$out/work/synthetic-cli" dotnet "$out/cli/edition.dll"
if [[ -n $native ]]; then
    process_rebuild native "$out/work/synthetic-native" "$native"
fi

# Memory as a corpus grows: the same build at two sizes; what each extra MB of TEI costs is the difference.
echo; echo "memory growth: clean build (build cache on, print .tex) of synthetic corpora; live heap as the write begins, peak RSS of a whole managed process"
growth=()
for n in ${GROWTH:-1000 3000}; do
    corpus="$out/work/growth-$n"
    rm -rf "$corpus" "$out/work/growth-$n-out"
    bench synth "$n" "$corpus" "$shared"/corpus/frus/*.xml >/dev/null
    bytes=$(du -sb "$corpus/documents" | cut -f1)
    live=$(bench memory "$corpus" "$out/work/growth-$n-out" | sed -n 's/.*; *\([0-9]*\) MiB live, .*Writing.*/\1/p')
    rm -rf "$out/work/growth-$n-out"
    rss=$( { /usr/bin/time -v dotnet "$out/cli/edition.dll" build "$corpus" --out "$out/work/growth-$n-out" --no-pdf --validation warn -q >/dev/null; } 2>&1 | sed -n 's/.*Maximum resident set size (kbytes): //p')
    echo "  $n documents, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MB: live heap $live MiB, peak RSS $((rss / 1024)) MiB"
    growth+=("$bytes $live $((rss / 1024))")
done
if [[ ${#growth[@]} -ge 2 ]]; then
    printf '%s\n' "${growth[0]}" "${growth[-1]}" | awk 'NR == 1 { b = $1; l = $2; r = $3 } NR == 2 { mb = ($1 - b) / 1048576; printf "  each further MB of TEI: %.1f MiB live heap, %.1f MiB peak RSS\n", ($2 - l) / mb, ($3 - r) / mb }'
fi

if command -v jing >/dev/null; then
    echo; echo "RELAX NG validation of the FRUS volumes against frus.rng, whole process (relaxng-vs-jing.sh):"
    RUNS=3 SCHEMA="$shared/corpus/frus-schema/frus.rng" "$root/tests/Edition.Benchmarks/relaxng-vs-jing.sh" | grep -E '^(jing|Edition|ratio)'
fi

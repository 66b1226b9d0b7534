#!/usr/bin/env bash
# The installed tool against Saxon-HE, whole processes in one run: a TEI-in build of the FRUS volumes
# (--no-print --validation warn) by the native package's `edition`, by the framework-dependent ("any") package's
# edition.dll under the JIT with several tiering settings, and by a ReadyToRun publish; Saxon-HE running the TEI
# Stylesheets' html.xsl over each volume (as `teitohtml` does). Best wall time of RUNS runs each. Needs
# libsaxonhe-java, ../shared/tei-stylesheets and, for the native package, gcc libc6-dev zlib1g-dev.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SHARED:-$(cd "$root/../shared" && pwd)}
export RUNS=${RUNS:-5}
out=${OUT:-${TMPDIR:-/tmp}/edition-installed-bench}
saxon=${SAXON_JAR:-/usr/share/java/Saxon-HE.jar}
xsl="$shared/tei-stylesheets/html/html.xsl"
[[ -f $saxon ]] || { echo "Saxon-HE not found at $saxon (apt-get install libsaxonhe-java)" >&2; exit 2; }

# PACKAGES: a folder already holding the three packages (skips the packing, minutes on 2 cores).
packages=${PACKAGES:-$out/nupkg}
if [[ -z ${PACKAGES:-} ]]; then
    echo "packing the tool (the package naming the platform packages, linux-x64 native, any) into $packages ..." >&2
    for rid in "" linux-x64 any; do
        dotnet pack "$root/src/Edition.Cli" -c Release -o "$packages" --nologo ${rid:+-r $rid} >/dev/null
    done
fi
rm -rf "$out/tools" "$out/any" "$out/r2r" "$out/work" && mkdir -p "$out/work" "$out/any"
dotnet tool install Edition.Cli --tool-path "$out/tools" --add-source "$packages" >/dev/null
native=$(readlink -f "$out/tools/edition")
# What `dotnet tool install` puts on a platform without a native package: the "any" package, run by the dotnet host.
unzip -q -o "$packages"/Edition.Cli.any.*.nupkg 'tools/*' -d "$out/any"
managed=$(echo "$out"/any/tools/*/any/edition.dll)
dotnet publish "$root/src/Edition.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/r2r" --nologo >/dev/null

project="$out/work/frus"
mkdir -p "$project/documents" && cp "$shared"/corpus/frus/*.xml "$project/documents/"
printf 'id: frus\ntitle: "FRUS"\nlanguages: [en]\nbase_url: "https://example.org/frus/"\n' > "$project/edition.yml"

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
build() { local name=$1; shift; "$@" build "$project" --out "$out/work/$name" --no-print --validation warn -q $extra; }
saxon_all() { for f in "$shared"/corpus/frus/*.xml; do java -cp "$saxon" net.sf.saxon.Transform -s:"$f" -xsl:"$xsl" -o:"$out/work/saxon/$(basename "$f" .xml).html"; done; }
row() { printf '%-44s %7s ms %8s\n' "$1" "$2" "${3:-}"; }

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"), .NET $(dotnet --version), $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input: $(ls "$project/documents" | wc -l) FRUS volumes, $(du -sm "$project/documents" | cut -f1) MB; best of $RUNS whole processes"
mkdir -p "$out/work/saxon"
saxon_ms=$(best_process saxon_all)
for mode in "clean build (--no-cache)" "rebuild, nothing changed (build cache)"; do
    [[ $mode == clean* ]] && extra=--no-cache || extra=
    echo; echo "$mode"
    native_ms=$(best_process build native "$native")
    row "Saxon-HE + html.xsl, one process a volume" "$saxon_ms" "$(awk -v s="$saxon_ms" -v n="$native_ms" 'BEGIN { printf "%.1fx native", s / n }')"
    row "native (linux-x64 package)" "$native_ms" "1.00x"
    ratio() { awk -v m="$1" -v n="$native_ms" 'BEGIN { printf "%.2fx", m / n }'; }
    for variant in "JIT (any package)|" "JIT, TieredPGO off|DOTNET_TieredPGO=0" "JIT, TieredCompilation off|DOTNET_TieredCompilation=0" "JIT, QuickJitForLoops off|DOTNET_TC_QuickJitForLoops=0"; do
        ms=$(best_process build any env ${variant#*|} dotnet "$managed")
        row "${variant%%|*}" "$ms" "$(ratio "$ms")"
    done
    for variant in "ReadyToRun|" "ReadyToRun, TieredPGO off|DOTNET_TieredPGO=0"; do
        ms=$(best_process build r2r env ${variant#*|} dotnet "$out/r2r/edition.dll")
        row "${variant%%|*}" "$ms" "$(ratio "$ms")"
    done
done

#!/usr/bin/env bash
# The installed tool against Saxon-HE, whole processes in one run: a TEI-in build of the FRUS volumes
# (--no-print --validation warn) by the native package's `edition`, by the framework-dependent ("any") package's
# edition.dll under the JIT with several tiering settings (the tool turns TieredPGO off; "on" turns it back), and by
# a ReadyToRun publish; Saxon-HE running the TEI Stylesheets' html.xsl over each volume (as `teitohtml` does). Best
# wall time of RUNS runs each. Needs libsaxonhe-java, ../shared/tei-stylesheets and, for the native package, gcc
# libc6-dev zlib1g-dev.
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
# NATIVE_ONLY=1: the native package against Saxon-HE alone (no managed runs, no ReadyToRun publish): a shorter run.
[[ -n ${NATIVE_ONLY:-} ]] || dotnet publish "$root/src/Edition.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/r2r" --nologo >/dev/null

project="$out/work/frus"
mkdir -p "$project/documents" && cp "$shared"/corpus/frus/*.xml "$project/documents/"
printf 'id: frus\ntitle: "FRUS"\nlanguages: [en]\nbase_url: "https://example.org/frus/"\n' > "$project/edition.yml"

# The commands measured, name|command; every round runs each once, so a change of the machine's load in the middle
# of the run touches them all alike, and each keeps its best round.
commands=(
    "native (linux-x64 package)|$native"
    "JIT (any package)|dotnet $managed"
    "JIT, TieredPGO on|env DOTNET_TieredPGO=1 dotnet $managed"
    "JIT, TieredCompilation off|env DOTNET_TieredCompilation=0 dotnet $managed"
    "JIT, QuickJitForLoops off|env DOTNET_TC_QuickJitForLoops=0 dotnet $managed"
    "ReadyToRun|dotnet $out/r2r/edition.dll"
    "ReadyToRun, TieredPGO on|env DOTNET_TieredPGO=1 dotnet $out/r2r/edition.dll"
)
[[ -z ${NATIVE_ONLY:-} ]] || commands=("${commands[0]}")
now() { date +%s%N; }
saxon_all() { for f in "$shared"/corpus/frus/*.xml; do java -cp "$saxon" net.sf.saxon.Transform -s:"$f" -xsl:"$xsl" -o:"$out/work/saxon/$(basename "$f" .xml).html"; done; }
# rounds ARGS...: best ms of each command (and of Saxon when ARGS is "build ..."), in the order of commands.
rounds() {
    local -a best=() ; local start ms i
    for _ in $(seq 1 "$RUNS"); do
        for i in "${!commands[@]}"; do
            start=$(now)
            # shellcheck disable=SC2086
            ${commands[$i]#*|} "$@" ${build_out:+--out "$out/work/out-$i"} >/dev/null 2>&1 || echo "    failed: ${commands[$i]%%|*} $*" >&2
            ms=$(( ($(now) - start) / 1000000 ))
            if [[ -z ${best[$i]:-} || $ms -lt ${best[$i]} ]]; then best[i]=$ms; fi
        done
        if [[ $1 == build && -n ${with_saxon:-} ]]; then
            start=$(now); saxon_all >/dev/null 2>&1; ms=$(( ($(now) - start) / 1000000 ))
            if [[ -z ${saxon_ms:-} || $ms -lt $saxon_ms ]]; then saxon_ms=$ms; fi
        fi
    done
    native_best=${best[0]}
    for i in "${!commands[@]}"; do
        printf '%-44s %7s ms %7sx native\n' "${commands[$i]%%|*}" "${best[$i]}" "$(awk -v m="${best[$i]}" -v n="${best[0]}" 'BEGIN { printf "%.2f", m / n }')"
    done
}

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"), .NET $(dotnet --version), $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input: $(ls "$project/documents" | wc -l) FRUS volumes, $(du -sm "$project/documents" | cut -f1) MB; best of $RUNS rounds of whole processes"
mkdir -p "$out/work/saxon"
echo; echo "start-up alone: edition --version"
rounds --version
echo; echo "clean build (--no-cache --no-print --validation warn); Saxon-HE + html.xsl, one process a volume"
build_out=1 with_saxon=1 rounds build "$project" --no-cache --no-print --validation warn -q
printf '%-44s %7s ms %7sx native\n' "Saxon-HE + html.xsl (three processes)" "$saxon_ms" "$(awk -v s="$saxon_ms" -v n="$native_best" 'BEGIN { printf "%.2f", s / n }')"
echo; echo "rebuild, nothing changed (build cache on, --no-print --validation warn)"
build_out=1 rounds build "$project" --no-print --validation warn -q
echo; echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# The managed tool against the native one, whole processes in the same rounds, on four workloads over the three
# FRUS volumes as one TEI-in project: `edition --version` (start-up), a clean build (--no-cache --no-print
# --validation warn), a rebuild with nothing changed (cache on) and `edition validate --schema tei_all.rng` of the
# volumes (compiled-schema cache warm). Forms: the native binary (EDITION_NATIVE=path, else published here: minutes,
# gcc libc6-dev zlib1g-dev), a ReadyToRun publish and a framework-dependent (JIT) publish, each as the tool sets
# them and with TieredPGO turned back on. Project and output live in RAM (/dev/shm when there is one), so that the
# file system's cost of recreating thousands of just-deleted files does not swamp the processes' own. Best wall and
# best processor time of RUNS interleaved rounds (default 5): `RUNS=3 tests/Edition.Benchmarks/managed-vs-native-bench.sh`
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SHARED:-$(cd "$root/../shared" && pwd)}
runs=${RUNS:-5}
out=${OUT:-${TMPDIR:-/tmp}/edition-managed-bench}
ram=$([[ -d /dev/shm && -w /dev/shm ]] && echo /dev/shm/edition-managed-bench || echo "$out/ram")
rm -rf "$ram" && mkdir -p "$out" "$ram/frus/documents"
cp "$shared"/corpus/frus/*.xml "$ram/frus/documents/"
printf 'id: frus\ntitle: "FRUS"\nlanguages: [en]\nbase_url: "https://example.org/frus/"\n' > "$ram/frus/edition.yml"

echo "publishing ReadyToRun and JIT forms into $out ..." >&2
rm -rf "$out/r2r" "$out/jit"
dotnet publish "$root/src/Edition.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/r2r" --nologo >/dev/null
dotnet publish "$root/src/Edition.Cli" -c Release -o "$out/jit" --nologo >/dev/null
native=${EDITION_NATIVE:-}
if [[ -z $native ]]; then
    echo "publishing the native binary (minutes) ..." >&2
    dotnet publish "$root/src/Edition.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$out/native" --nologo >/dev/null
    native="$out/native/edition"
fi

forms=(
    "native|$native"
    "ReadyToRun|dotnet $out/r2r/edition.dll"
    "ReadyToRun, TieredPGO on|env DOTNET_TieredPGO=1 dotnet $out/r2r/edition.dll"
    "JIT|dotnet $out/jit/edition.dll"
    "JIT, TieredPGO on|env DOTNET_TieredPGO=1 dotnet $out/jit/edition.dll"
)
workloads=(version clean rebuild validate)
declare -A wall cpu
volumes=("$ram"/frus/documents/*.xml)
# measure KEY COMMAND...: keeps the best wall and processor time (ms) of KEY; a non-zero exit is expected of
# validate (the volumes are not valid against tei_all), so only the time's last line is read.
measure() {
    local key=$1; shift
    /usr/bin/time -f "%e %U %S" -o "$out/time.txt" "$@" >/dev/null 2>&1 || true
    local e u s ms c
    read -r e u s < <(tail -1 "$out/time.txt")
    ms=$(awk -v e="$e" 'BEGIN { printf "%d", e * 1000 }'); c=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%d", (u + s) * 1000 }')
    if [[ -z ${wall[$key]:-} || $ms -lt ${wall[$key]} ]]; then wall[$key]=$ms; fi
    if [[ -z ${cpu[$key]:-} || $c -lt ${cpu[$key]} ]]; then cpu[$key]=$c; fi
}
# shellcheck disable=SC2086
for i in "${!forms[@]}"; do ${forms[$i]#*|} build "$ram/frus" --no-print --validation warn --out "$ram/rebuild-$i" >/dev/null 2>&1; done
for _ in $(seq 1 "$runs"); do
    for i in "${!forms[@]}"; do
        cmd=${forms[$i]#*|}
        # shellcheck disable=SC2086
        {
            measure "version $i" $cmd --version
            rm -rf "$ram/clean-$i"; measure "clean $i" $cmd build "$ram/frus" --no-cache --no-print --validation warn --out "$ram/clean-$i"
            measure "rebuild $i" $cmd build "$ram/frus" --no-print --validation warn --out "$ram/rebuild-$i"
            measure "validate $i" $cmd validate --schema "$shared/tei/tei_all.rng" "${volumes[@]}"
        }
    done
done

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"), .NET $(dotnet --version), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input: ${#volumes[@]} FRUS volumes, $(du -sm "$ram/frus/documents" | cut -f1) MB; best of $runs interleaved rounds; wall and processor time in ms"
for w in "${workloads[@]}"; do
    echo; echo "$w"
    for i in "${!forms[@]}"; do
        printf '  %-28s wall %6s  cpu %6s  %5sx native\n' "${forms[$i]%%|*}" "${wall[$w $i]}" "${cpu[$w $i]}" \
            "$(awk -v m="${wall[$w $i]}" -v n="${wall[$w 0]}" 'BEGIN { printf "%.2f", m / n }')"
    done
done
rm -rf "$ram"

#!/usr/bin/env bash
# The real command against jing, whole processes in the same rounds: `edition validate --schema SCHEMA` over the three
# FRUS volumes (RELAX NG + the integrity checks) against `jing SCHEMA` (-c for compact syntax), for tei_all.rng,
# frus.rng and frus.rnc; the edition with an empty compiled-schema cache (cold: parsed and simplified, then written)
# and with a warm one. src/Edition.Cli is published ReadyToRun; EDITION_NATIVE=/path/to/edition adds a native binary.
# Every round runs each command once (so a change of the machine's load touches all alike); each keeps its best
# wall time and its best processor time (user + system), and the median wall time, of RUNS rounds.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SHARED:-$(cd "$root/../shared" && pwd)}
runs=${RUNS:-5}
out=${OUT:-${TMPDIR:-/tmp}/edition-validate-cli-bench}
files=("$shared"/corpus/frus/*.xml)
schemas=(${SCHEMAS:-"$shared/tei/tei_all.rng" "$shared/corpus/frus-schema/frus.rng" "$shared/corpus/frus-schema/frus.rnc"})
command -v jing >/dev/null || { echo "jing is not installed (Debian package jing)" >&2; exit 2; }

if [[ -z ${R2R:-} ]]; then
    echo "publishing src/Edition.Cli (Release, ReadyToRun) to $out/r2r ..." >&2
    dotnet publish "$root/src/Edition.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
        -o "$out/r2r" --nologo >/dev/null
fi
r2r=${R2R:-$out/r2r/edition}

TIMEFORMAT='%R %U %S'
measure() { # run "$@" once, print "wall_ms cpu_ms"
    { time "$@" >/dev/null 2>&1; } 2>&1 | awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }'
}
cold() { rm -rf "$out/xdg-cold"; XDG_CACHE_HOME="$out/xdg-cold" "$@"; }
warm() { XDG_CACHE_HOME="$out/xdg-warm" "$@"; }

for schema in "${schemas[@]}"; do
    jing_opts=()
    [[ $schema == *.rnc ]] && jing_opts=(-c)
    names=("jing" "edition R2R cold" "edition R2R warm")
    commands=("jing ${jing_opts[*]} $schema" "cold $r2r validate --schema $schema" "warm $r2r validate --schema $schema")
    if [[ -n ${EDITION_NATIVE:-} ]]; then
        names+=("edition native cold" "edition native warm")
        commands+=("cold $EDITION_NATIVE validate --schema $schema" "warm $EDITION_NATIVE validate --schema $schema")
    fi
    rm -rf "$out/xdg-warm"
    for c in "${commands[@]}"; do $c "${files[@]}" >/dev/null 2>&1 || true; done # disk cache warm, warm cache filled
    declare -A walls=() cpus=()
    for _ in $(seq "$runs"); do
        for i in "${!commands[@]}"; do
            read -r w c < <(measure ${commands[$i]} "${files[@]}" || true)
            walls[$i]+="$w "; cpus[$i]+="$c "
        done
    done
    echo "== $(basename "$schema"): ${#files[@]} FRUS volumes, best of $runs interleaved rounds (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    jing_wall=$(tr ' ' '\n' <<<"${walls[0]}" | grep . | sort -n | head -1)
    jing_cpu=$(tr ' ' '\n' <<<"${cpus[0]}" | grep . | sort -n | head -1)
    for i in "${!commands[@]}"; do
        sorted=($(tr ' ' '\n' <<<"${walls[$i]}" | grep . | sort -n))
        cpu=$(tr ' ' '\n' <<<"${cpus[$i]}" | grep . | sort -n | head -1)
        awk -v n="${names[$i]}" -v w="${sorted[0]}" -v m="${sorted[$(( ${#sorted[@]} / 2 ))]}" -v c="$cpu" -v jw="$jing_wall" -v jc="$jing_cpu" \
            'BEGIN { printf "%-22s %6d ms wall (median %6d), %6d ms processor   jing/this: %.2fx wall, %.2fx processor\n", n, w, m, c, jw / w, jc / c }'
    done
    unset walls cpus
done

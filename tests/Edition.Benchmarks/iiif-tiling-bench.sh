#!/usr/bin/env bash
# IIIF tiling: the build's tiling against `vips dzsave --layout iiif3` run directly, on the same images in the same
# run. IMAGES generated page images of WIDTH × HEIGHT pixels (the facsimile sample's page scaled up, with noise of
# its own in each, as a scan's grain: sRGB JPEG, Q 90) in one document of a copy of samples/facsimile-letter.
#
# - vips: `vips dzsave IMG DIR --layout iiif3 --tile-size 256 --overlap 0 --suffix .jpg[Q=85]` (the build's
#   settings), PARALLEL images at a time (the build's own: half the cores, at least one).
# - the build: `edition build --no-print` with every other cache entry warm and the cache's tiles/ removed (the
#   build tiles every image), best of RUNS, minus the same build with its tiles in the cache (it tiles none), best
#   of RUNS: the difference is the tiling (dzsave and the reading-size JPEG each image also gets) and writing the
#   tiles into the site. Small images give a difference lost in the noise: use scan-sized ones.
#
# Best of RUNS (default 3) for each; prints images/s of both and their ratio (build ÷ vips).
# Knobs: IMAGES (8), WIDTH (3000), HEIGHT (4000), RUNS (3), OUT (/tmp/edition-iiif-bench), PUBLISH=0 reuses the CLI
# an earlier run published to OUT.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
images=${IMAGES:-8}
width=${WIDTH:-3000}
height=${HEIGHT:-4000}
runs=${RUNS:-3}
out=${OUT:-${TMPDIR:-/tmp}/edition-iiif-bench}
parallel=$(( $(nproc) / 2 > 0 ? $(nproc) / 2 : 1 ))

command -v vips >/dev/null || { echo "needs vips (apt-get install libvips-tools)" >&2; exit 2; }
mkdir -p "$out"
if [[ ${PUBLISH:-1} != 0 ]]; then
    echo "publishing the CLI (Release, ReadyToRun) to $out/cli ..." >&2
    dotnet publish "$root/src/Edition.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/cli" >/dev/null
fi

# The project: the sample, its document's pages replaced by the generated images (one {pb} each, at the end).
rm -rf "$out/work" && mkdir -p "$out/work" && cp -r "$root/samples/facsimile-letter" "$out/work/project"
doc="$out/work/project/documents/1887-03-14"
rm "$doc"/page-*.jpg
echo "generating $images images of ${width}×${height} ..." >&2
vips resize "$root/samples/facsimile-letter/documents/1887-03-14/page-1r.jpg" "$out/work/base.v" \
    "$(awk -v w="$width" 'BEGIN { print w / 1000 }')" --vscale "$(awk -v h="$height" 'BEGIN { print h / 1300 }')"
vips colourspace "$out/work/base.v" "$out/work/base-srgb.v" srgb
pages=""
for i in $(seq 1 "$images"); do
    name=$(printf 'scan-%03d.jpg' "$i")
    vips gaussnoise "$out/work/noise.v" "$width" "$height" --sigma 6 --mean 0 --seed "$i"
    vips add "$out/work/base-srgb.v" "$out/work/noise.v" "$out/work/sum.v"
    vips cast "$out/work/sum.v" "$doc/$name[Q=90]" uchar
    pages+="    - { image: $name, label: \"s$i\" }"$'\n'
done
rm -f "$out"/work/*.v
sed -i '/^facsimile:/,$d' "$doc/document.yml"
printf 'facsimile:\n  pages:\n%s' "$pages" >>"$doc/document.yml"
sed -i 's/^{pb 1[rv]}$//' "$doc/original.en.md"
for i in $(seq 1 "$images"); do printf '\n{pb s%d}\n' "$i" >>"$doc/original.en.md"; done

now() { date +%s%N; }
seconds() { awk -v ns="$1" 'BEGIN { printf "%.2f", ns / 1e9 }'; }
per_second() { awk -v n="$images" -v ns="$1" 'BEGIN { printf "%.3f", n / (ns / 1e9) }'; }
cd "$out/work"

# Best of RUNS of vips dzsave over every image, PARALLEL at a time, in ns.
vips_direct() {
    local best= start t
    for _ in $(seq 1 "$runs"); do
        rm -rf dz && mkdir dz && start=$(now)
        ls "$doc"/scan-*.jpg | xargs -P "$parallel" -I{} sh -c 'vips dzsave "$1" "dz/$(basename "$1" .jpg)" --layout iiif3 --tile-size 256 --overlap 0 --suffix ".jpg[Q=85]"' _ {}
        t=$(( $(now) - start )); if [[ -z $best || $t -lt $best ]]; then best=$t; fi
    done
    echo "$best"
}

edition() { dotnet "$out/cli/edition.dll" build project --out site --no-print -q >>edition.log 2>&1; }
timed_build() { local start; start=$(now); edition; echo $(( $(now) - start )); }

# Best of RUNS of a build that tiles every image and of the same build with the tiles cached, in ns: "with without".
build_tiling() {
    local with= without= t
    for _ in $(seq 1 "$runs"); do
        rm -rf site/.facsimile-letter.cache/tiles
        t=$(timed_build); if [[ -z $with || $t -lt $with ]]; then with=$t; fi
        t=$(timed_build); if [[ -z $without || $t -lt $without ]]; then without=$t; fi
    done
    echo "$with $without"
}

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"), .NET $(dotnet --version), $(vips --version), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "images: $images of ${width}×${height} ($(du -cm "$doc"/scan-*.jpg | tail -1 | cut -f1) MB of JPEG), $parallel at a time, best of $runs"
edition # the first build: every other cache entry in place
vips_ns=$(vips_direct)
read -r with without < <(build_tiling)
tiling=$(( with - without ))
tiles=$(find site/facsimile-letter/site/iiif -name default.jpg | wc -l)
echo "vips dzsave directly: $(seconds "$vips_ns") s, $(per_second "$vips_ns") images/s ($(find dz -name default.jpg | wc -l) tiles)"
echo "edition build tiling: $(seconds "$tiling") s ($(seconds "$with") s tiling every image − $(seconds "$without") s with the tiles cached), $(per_second "$tiling") images/s ($tiles tiles and reading-size images)"
echo "ratio (build ÷ vips, images/s): $(awk -v a="$vips_ns" -v b="$tiling" 'BEGIN { printf "%.2f", a / b }')"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

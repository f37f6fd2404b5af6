#!/usr/bin/env bash
# Regenerates the two ImageNet identifier lists from Debian's `darknet` package, whose
# usr/share/darknet/data/imagenet.labels.list holds 21,842 wnids: the 1,000 ILSVRC-2012
# classes first, then the rest of ImageNet-21k.
#
#   ilsvrc2012.txt  the 1,000 ILSVRC-2012 wnids, sorted: line N+1 is class index N
#   fall11.txt      the ImageNet-21k (fall11) release, sorted: the 21,842 less n04399382
#                   (teddy bear), an ILSVRC-2012 class that the fall11 release does not have
#
# Needs apt-get (run `apt-get update` once first on a fresh machine) and dpkg-deb.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download darknet >/dev/null 2>&1) || {
  echo "apt-get download darknet failed: run 'apt-get update' and try again" >&2
  exit 1
}
dpkg-deb -x "$work"/darknet_*.deb "$work/x"
labels="$work/x/usr/share/darknet/data/imagenet.labels.list"
[ "$(grep -c '' "$labels")" = 21842 ] || { echo "unexpected line count in $labels" >&2; exit 1; }
export LC_ALL=C
head -n 1000 "$labels" | sort > "$here/ilsvrc2012.txt"
grep -vx 'n04399382' "$labels" | sort > "$here/fall11.txt"
wc -l "$here/ilsvrc2012.txt" "$here/fall11.txt"

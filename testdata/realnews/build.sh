#!/usr/bin/env bash
# Rebuild the real-news test corpus from bare git mirrors of public repositories.
# Usage: testdata/realnews/build.sh [MIRROR_ROOT [OUT_DIR [SCALE_DIR]]]
#   MIRROR_ROOT holds one bare git directory per repository at MIRROR_ROOT/owner+name/repo
#   (the layout the session's fetch tool gives); default /work/.mirror.
#   OUT_DIR defaults to /work/realnews. SCALE_DIR, if given, receives the large set
#   (every day of one news feed, English and Japanese) for tests at scale.
# Downloads nothing; see README.md beside this script for the repositories and commits.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="${1:-/work/.mirror}"
out="${2:-/work/realnews}"
args=()
if [ -n "${3:-}" ]; then
	args+=(-scale "$3")
fi
for repo in $(go run "$here/build.go" -repos); do
	dir="$root/${repo/\//+}/repo"
	if [ -d "$dir" ]; then
		args+=("$repo=$dir")
	else
		echo "build.sh: no mirror of $repo at $dir; its part is skipped" >&2
	fi
done
exec go run "$here/build.go" -o "$out" "${args[@]}"

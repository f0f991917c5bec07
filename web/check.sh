#!/bin/sh
# check.sh: rebuilds the pages into a temporary folder and fails when the result differs from the
# committed dist/ (someone changed src/ or package-lock.json without running build.sh).
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm ci --no-audit --no-fund --loglevel=error
sh build.sh "$tmp/dist"
if ! diff -r dist "$tmp/dist"; then
	echo "web/dist is out of date: run web/build.sh and commit web/dist" >&2
	exit 1
fi
echo "web/dist matches web/src and web/package-lock.json"

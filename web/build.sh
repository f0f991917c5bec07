#!/bin/sh
# build.sh [OUT]: builds the pages into OUT (default dist/, the folder the Go package embeds)
# from src/ and the npm packages pinned in package-lock.json. The output depends only on those:
# the same lock file and sources give the same bytes (check.sh relies on it).
set -eu
cd "$(dirname "$0")"
out=${1:-dist}

# Install exactly what the lock file pins, when node_modules is missing or older than it.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund --loglevel=error
fi

rm -rf "$out"
mkdir -p "$out/assets"
./node_modules/.bin/esbuild src/playground.jsx src/explore.js \
	--bundle --minify --format=iife --target=es2020 --charset=utf8 \
	--jsx=automatic --define:process.env.NODE_ENV='"production"' \
	--legal-comments=linked --outdir="$out/assets" --log-level=warning
cp src/playground.html src/explore.html "$out/"
# Licences of the bundled data that carries no legal comment.
cp node_modules/world-atlas/LICENSE "$out/assets/world-atlas.LICENSE.txt"
cp ../web/LICENSES.md "$out/assets/LICENSES.md"

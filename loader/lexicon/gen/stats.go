package main

import (
	"fmt"
	"io"
	"sort"
)

// printStats writes what was kept and dropped, for the README.
func (lx *lexicon) printStats(w io.Writer) {
	defaults := 0
	for _, v := range lx.verbs {
		if v.def.code != "" {
			defaults++
		}
	}
	fmt.Fprintf(w, "verbs %d (with a default %d), listed forms %d\n", len(lx.verbs), defaults, len(lx.forms))
	fmt.Fprintf(w, "patterns %d, kept %d, dropped %d\n", lx.stats["patterns"], lx.stats["patterns kept"],
		lx.stats["patterns"]-lx.stats["patterns kept"])
	fmt.Fprintf(w, "block keys: verb+object %d, verb+prep %d; ambiguous heads dropped %d; keys kept for a pattern's own verb %d\n",
		len(lx.objects), len(lx.preps), lx.stats["ambiguous heads"], lx.stats["verb overrides"])
	byBlock := map[string][][2]string{} // block → (prep, object)
	for k := range lx.objects {
		byBlock[k[0]] = append(byBlock[k[0]], [2]string{"", k[1]})
	}
	for k := range lx.preps {
		byBlock[k[0]] = append(byBlock[k[0]], [2]string{k[1], k[2]})
	}
	vo, vp := 0, 0
	for _, v := range lx.verbs {
		seen := map[[2]string]bool{}
		for _, b := range v.blocks {
			for _, k := range byBlock[b] {
				seen[k] = true
			}
		}
		for k := range seen {
			if k[0] == "" {
				vo++
			} else {
				vp++
			}
		}
	}
	fmt.Fprintf(w, "verb-level entries: verb+object %d, verb+prep %d\n", vo, vp)
	fmt.Fprintf(w, "transformations (~ lines) %d\n", lx.stats["transformations"])
	var reasons []string
	for r := range lx.drops {
		reasons = append(reasons, r)
	}
	sort.Slice(reasons, func(i, j int) bool { return lx.drops[reasons[i]] > lx.drops[reasons[j]] })
	for _, r := range reasons {
		fmt.Fprintf(w, "dropped %6d  %s\n", lx.drops[r], r)
	}
}

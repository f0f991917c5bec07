package main

import (
	"fmt"
	"sort"
	"strings"

	"newsgraph/loader/lexicon/lemma"
)

// sources are the verb dictionaries in order of precedence: CAMEO 2.0 (PETRARCH2, 2019: cleaner
// patterns, the WILL/WOULD over-coding removed) before the 2015 verb patterns.
var sources = []string{"CAMEO.2.0.txt", "CAMEO.verbpatterns.150430.txt"}

// cand is one candidate sense of a lookup key.
type cand struct {
	code, text string // text: the pattern, or the verb's dictionary spelling for a default
	synset     string // the bare synset the key came from, if any
	rank, src  int
	order      int
	verb       string // the verb the pattern was written for (its comment), "" if unknown
}

// blockVerb is a verb of a block as its lookup key ("call off" for a particle block) and its
// dictionary spelling.
type blockVerb struct{ key, upper string }

// verbInfo is what the lexicon keeps of a verb: its default and its blocks in precedence order.
type verbInfo struct {
	def    cand
	upper  string
	blocks []string
}

// lexicon is what the generator writes. Patterns belong to blocks, and a verb to its blocks, so
// that a pattern is written once, not once per verb of its block.
type lexicon struct {
	verbs   map[string]*verbInfo
	synsets map[string][]string // synset → member lemmas (of the dictionary that first defines it)
	forms   map[string]string   // inflected form → verb lemma
	objects map[[2]string]cand  // block, object
	preps   map[[3]string]cand  // block, prep, object
	stats   map[string]int      // counts for the README
	drops   map[string]int      // drop reason → patterns
}

// better orders candidates: exact keys before heads, then the earlier line.
func better(a, b cand) bool {
	if a.rank != b.rank {
		return a.rank < b.rank
	}
	return a.order < b.order
}

// pick chooses among the candidates of one key in one block: the best rank, then the code most of
// them give, then the earliest. ok is false for an ambiguous head: a word that heads phrases of
// different codes and has no entry of its own ("strike": {HUNGER STRIKE} 142, {AIR STRIKE} 195).
func pick(cs []cand) (c cand, ok bool) {
	sort.SliceStable(cs, func(i, j int) bool { return better(cs[i], cs[j]) })
	count := map[string]int{}
	for _, c := range cs {
		if c.rank == cs[0].rank {
			count[c.code]++
		}
	}
	if cs[0].rank == rankHead && len(count) > 1 {
		return cand{}, false
	}
	best := cs[0]
	for _, c := range cs {
		if c.rank == cs[0].rank && count[c.code] > count[best.code] {
			best = c
		}
	}
	return best, true
}

// build merges the dictionaries into one lexicon.
func build(dicts []*dict) *lexicon {
	lx := &lexicon{verbs: map[string]*verbInfo{}, forms: map[string]string{}, synsets: map[string][]string{},
		objects: map[[2]string]cand{}, preps: map[[3]string]cand{},
		stats: map[string]int{}, drops: map[string]int{}}
	defaults := map[string][]cand{}
	objs := map[[2]string][]cand{}
	preps := map[[3]string][]cand{}
	members := map[string][]blockVerb{} // block id → its verbs
	order := 0
	for src, d := range dicts {
		lx.stats["transformations"] += d.transformations
		lx.drops["malformed (no [code])"] += d.malformed
		synID := map[string]string{} // this dictionary's synset → its id in synsets.tsv
		for name, members := range d.synsets {
			var ls []string
			for _, m := range members {
				ls = append(ls, lemma.Noun(m))
			}
			id := name
			if prev, ok := lx.synsets[name]; ok && strings.Join(prev, "|") != strings.Join(ls, "|") {
				id = fmt.Sprintf("%s.%c", name, 'a'+src)
			}
			lx.synsets[id], synID[name] = ls, id
		}
		for bi, b := range d.blocks {
			id := fmt.Sprintf("%c%d", 'a'+src, bi+1)
			for _, v := range b.verbs {
				order++
				defaults[v.lemma] = append(defaults[v.lemma], cand{code: v.code, text: v.upper, src: src, order: order})
				lx.addBlock(v.lemma, v.upper, id)
				members[id] = append(members[id], blockVerb{v.lemma, v.upper})
				for _, f := range v.forms {
					if _, ok := lx.forms[f]; !ok && f != v.lemma {
						lx.forms[f] = v.lemma
					}
				}
			}
			for _, p := range b.patterns {
				lx.stats["patterns"]++
				keys, why := classify(p, d.synsets)
				if why != "" {
					lx.drops[why]++
					continue
				}
				lx.stats["patterns kept"]++
				order++
				for _, k := range keys {
					c := cand{code: p.code, text: p.text, rank: k.rank, src: src, order: order, synset: synID[k.synset], verb: p.verb}
					bid := id
					if k.particle != "" {
						bid = id + "+" + k.particle
						if _, seen := members[bid]; !seen {
							for _, v := range b.verbs {
								lx.addBlock(v.lemma+" "+k.particle, v.upper, bid)
								members[bid] = append(members[bid], blockVerb{v.lemma + " " + k.particle, v.upper})
							}
						}
					}
					if k.prep == "" {
						objs[[2]string{bid, k.object}] = append(objs[[2]string{bid, k.object}], c)
					} else {
						preps[[3]string{bid, k.prep, k.object}] = append(preps[[3]string{bid, k.prep, k.object}], c)
					}
				}
			}
		}
	}
	for v, cs := range defaults {
		lx.verbs[v].def = pickDefault(cs)
	}
	for f := range lx.forms {
		if _, isVerb := lx.verbs[f]; isVerb {
			delete(lx.forms, f)
		}
	}
	for k, cs := range objs {
		c, ok := pick(cs)
		if ok {
			lx.objects[k] = c
		} else {
			lx.stats["ambiguous heads"]++
		}
		for ob, oc := range lx.authorOverrides(k[0], cs, c, ok, members[k[0]]) {
			lx.objects[[2]string{ob, k[1]}] = oc
		}
	}
	for k, cs := range preps {
		c, ok := pick(cs)
		if ok {
			lx.preps[k] = c
		} else {
			lx.stats["ambiguous heads"]++
		}
		for ob, oc := range lx.authorOverrides(k[0], cs, c, ok, members[k[0]]) {
			lx.preps[[3]string{ob, k[1], k[2]}] = oc
		}
	}
	for _, vi := range lx.verbs {
		sort.SliceStable(vi.blocks, func(i, j int) bool { return blockLess(vi.blocks[i], vi.blocks[j]) })
	}
	return lx
}

// authorOverrides keeps, where the patterns of one key in block bid disagree, the sense of the
// patterns written for a verb (their comment names it) for that verb: CAMEO 2.0's RECOGNISE block
// holds "* INDEPENDENCE [017] # CELEBRATE" and "* INDEPENDENCE [054] # RECOGNISE", and the block's
// pick (017, the earlier line) made recognising a state's independence no event. For each verb of
// the block whose own patterns pick another code than the block's (chosen, or none where ok is
// false), it returns an override block (bid@verb, put first among that verb's blocks) and the
// verb's candidate.
func (lx *lexicon) authorOverrides(bid string, cs []cand, chosen cand, ok bool, vs []blockVerb) map[string]cand {
	byVerb := map[string][]cand{}
	for _, c := range cs {
		if c.verb != "" {
			byVerb[spelling(c.verb)] = append(byVerb[spelling(c.verb)], c)
		}
	}
	if len(byVerb) == 0 || len(byVerb) == 1 && len(byVerb[spelling(cs[0].verb)]) == len(cs) {
		return nil // one author for every pattern: the block's pick is theirs
	}
	out := map[string]cand{}
	for author, acs := range byVerb {
		ac, aok := pick(append([]cand(nil), acs...))
		if !aok || ok && ac.code == chosen.code {
			continue
		}
		for _, v := range vs {
			if spelling(strings.SplitN(v.upper, "_", 2)[0]) != author && spelling(v.upper) != author {
				continue
			}
			ob := bid + "@" + strings.ReplaceAll(v.key, " ", "_")
			lx.addBlock(v.key, v.upper, ob)
			ac.synset = "" // an override holds only the keys that disagree, not a synset's every member
			out[ob] = ac
			lx.stats["verb overrides"]++
		}
	}
	return out
}

// spelling folds a dictionary spelling's British "-ISE" to "-IZE", so that a pattern written
// for RECOGNISE is RECOGNIZE's too.
func spelling(upper string) string {
	if strings.HasSuffix(upper, "ISE") {
		return strings.TrimSuffix(upper, "ISE") + "IZE"
	}
	return upper
}

// addBlock records that a verb (or a phrasal verb made by a pattern's particle) has a block.
func (lx *lexicon) addBlock(lemma, upper, id string) {
	vi := lx.verbs[lemma]
	if vi == nil {
		vi = &verbInfo{upper: upper}
		lx.verbs[lemma] = vi
	}
	for _, b := range vi.blocks {
		if b == id {
			return
		}
	}
	vi.blocks = append(vi.blocks, id)
}

// blockLess orders block ids by precedence: source letter, then block number, a verb's override
// block (bid@verb) before the block it overrides.
func blockLess(a, b string) bool {
	if a[0] != b[0] {
		return a[0] < b[0]
	}
	na, nb := blockNumber(a), blockNumber(b)
	if na != nb {
		return na < nb
	}
	return strings.Contains(a, "@") && !strings.Contains(b, "@")
}

// blockNumber returns the number of a block id ("a253", "a253+off", "a253@recognise": 253).
func blockNumber(id string) int {
	n := 0
	for _, r := range id[1:] {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// pickDefault chooses a verb's default code: the newer dictionary's, and within it the first
// block that gives one.
func pickDefault(cs []cand) cand {
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].order < cs[j].order })
	for _, c := range cs {
		if c.src != cs[0].src {
			break
		}
		if c.code != "" {
			return c
		}
	}
	return cs[0]
}

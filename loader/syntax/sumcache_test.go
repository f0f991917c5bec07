package syntax

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// randomWeights returns a table of nKeys random features (keys[i] is the i-th) with one to
// nClass random weights each, as a model file holds them.
func randomWeights(r *rand.Rand, nKeys, nClass int) (*weights, []uint64) {
	x := &weights{nClass: nClass}
	keys := make([]uint64, nKeys)
	for i := range keys {
		keys[i] = r.Uint64()
	}
	slices.Sort(keys)
	for _, k := range keys {
		x.keys = append(x.keys, k)
		x.off = append(x.off, uint32(len(x.cls)))
		for _, c := range r.Perm(nClass)[:1+r.Intn(nClass)] {
			x.cls = append(x.cls, uint8(c))
			x.val = append(x.val, float32(r.Intn(2000)-1000)*quantum)
		}
	}
	x.off = append(x.off, uint32(len(x.cls)))
	x.build()
	x.val = nil // as read from a file: the quantized entries only
	return x, keys
}

// TestSumCacheExact checks scoresCached against scores on random tables and random groups of
// features (known and unknown), with a cache of four slots so that groups keep evicting each
// other, and with the cache moved between two tables.
func TestSumCacheExact(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	const nClass = 40
	a, keysA := randomWeights(r, 300, nClass)
	b, keysB := randomWeights(r, 300, nClass)
	pool := append(append(keysA[:20:20], keysB[:20]...), 1, 2, 3) // known to a, to b, to neither
	groups := make([][]uint64, 6)
	for g := range groups { // of two lengths: groups of one length share slots
		for range 2 + g%2*3 {
			groups[g] = append(groups[g], pool[r.Intn(len(pool))])
		}
	}
	c := newSumCache(2, 6, nClass)
	hits := 0
	var last *weights
	for i := 0; i < 5000; i++ {
		w := a
		if i%7 == 0 {
			w = b
		}
		var feats []uint64
		ends := []int{r.Intn(4)}
		for range ends[0] {
			feats = append(feats, pool[r.Intn(len(pool))])
		}
		for g := r.Intn(4); g > 0; g-- {
			feats = append(feats, groups[r.Intn(len(groups))]...)
			ends = append(ends, len(feats))
		}
		want, got := make([]float32, nClass), make([]float32, nClass)
		w.scores(feats, want)
		before := slices.Clone(c.slots)
		w.scoresCached(feats, ends, c, got)
		if !slices.Equal(got, want) {
			t.Fatalf("case %d: scoresCached %v, scores %v", i, got, want)
		}
		if len(ends) > 1 && w == last && slices.Equal(before, c.slots) {
			hits++
		}
		last = w
	}
	if hits < 100 {
		t.Errorf("%d cases answered from the cache alone, want at least 100: the test does not test it", hits)
	}
}

// TestSplitParseFeatures checks that split gives every feature of real configurations once,
// and that the groups of the parser through a sumCache score them as the table does.
func TestSplitParseFeatures(t *testing.T) {
	p := mustDefault(t)
	text, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewSource(1))
	pw := p.m.parser.w
	c := newSumCache(4, widest(parseEnds), pw.nClass)
	absent, present := 0, 0
	for _, s := range p.ParseText(string(text))[:30] {
		var w work
		tags := p.m.tagger.tag(&s, p.m.tagger.hashes(&s, nil), nil)
		fillCtx(&w.c, s.Words, tags)
		st := &w.st
		st.reset(len(s.Words))
		for !st.done() {
			feats := parseFeatures(nil, st, &w.c)
			parts, ends := split(nil, nil, feats)
			if got, want := sorted(parts), sorted(feats); !slices.Equal(got, want) {
				t.Fatalf("split does not keep the features")
			}
			if ends[len(ends)-1] != len(parts) {
				t.Fatalf("ends %v, %d features", ends, len(parts))
			}
			if len(ends) == numParseParts { // the words of absent children are a group

				absent++
			}
			if ends[0] > parseEnds[partWords] {
				present++
			}
			want, got := make([]float32, pw.nClass), make([]float32, pw.nClass)
			pw.scores(feats, want)
			pw.scoresCached(parts, ends, c, got)
			if !slices.Equal(got, want) {
				t.Fatalf("scoresCached differs from scores")
			}
			var valid []int // a random walk through valid moves
			for cl := range p.m.parser.nClass() {
				if m, l := p.m.parser.move(cl); st.valid(m, l, p.m.parser.rootLabel) {
					valid = append(valid, cl)
				}
			}
			st.apply(p.m.parser.move(valid[r.Intn(len(valid))]))
		}
	}
	if absent == 0 || present == 0 {
		t.Errorf("configurations with absent/present children's words: %d/%d, want both", absent, present)
	}
}

func sorted(x []uint64) []uint64 {
	y := slices.Clone(x)
	slices.Sort(y)
	return y
}

// TestTagCached checks that tagging through the tagger's sumCaches gives the classes of the
// table's own sums, and that the part tables cover the features of both passes.
func TestTagCached(t *testing.T) {
	p := mustDefault(t)
	tg := p.m.tagger
	text, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	toks := make([]tokHash, 5)
	if got, want := len(tagPart1), len(tagFeatures(nil, toks, 2, 1, 1)); got != want {
		t.Errorf("tagPart1 has %d parts, tagFeatures %d features", got, want)
	}
	if got, want := len(tagPart2), len(tagFeatures2(nil, toks, 2, 1, 1, []uint8{1, 2, 3, 4, 5})); got != want {
		t.Errorf("tagPart2 has %d parts, tagFeatures2 %d features", got, want)
	}
	tw := tagWork{sums: [2]*sumCache{newSumCache(6, widest(tagEnds1), len(tg.classes)),
		newSumCache(6, widest(tagEnds2), len(tg.classes))}}
	words := 0
	for _, s := range p.Sentences(string(text)) {
		h := tg.hashes(&s, nil)
		want := tg.tag(&s, h, nil)
		got := tg.tagWith(&s, h, nil, &tw)
		if !slices.Equal(got, want) {
			t.Fatalf("sentence at %d: cached tags %v, table's %v", s.Start, got, want)
		}
		words += len(s.Words)
	}
	if words < 300 {
		t.Errorf("%d words tagged, want at least 300", words)
	}
}

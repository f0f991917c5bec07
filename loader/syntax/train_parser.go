package syntax

import (
	"fmt"
	"io"
	"time"
)

// goldTree is what the dynamic oracle needs of a training sentence: gold heads (n for the root)
// and labels.
type goldTree struct {
	heads, labels []int
}

// cost returns the number of gold arcs that applying move with label to st makes unreachable
// (Goldberg & Nivre 2013, arc-hybrid), plus one for a wrong label on a gold arc.
func cost(st *state, g *goldTree, move, label int) int {
	c := 0
	inBuf := func(i int) bool { return i >= st.b }
	switch move {
	case moveShift:
		b0 := st.b
		for k, x := range st.stack {
			if g.heads[x] == b0 {
				c++
			}
			if g.heads[b0] == x && k != len(st.stack)-1 {
				c++
			}
		}
		return c
	}
	s0 := st.stack[len(st.stack)-1]
	for d := st.b; d < st.n; d++ {
		if g.heads[d] == s0 {
			c++
		}
	}
	h := g.heads[s0]
	if move == moveLeft {
		s1 := -2
		if len(st.stack) >= 2 {
			s1 = st.stack[len(st.stack)-2]
		}
		switch {
		case h == st.b:
			if g.labels[s0] != label {
				c++
			}
		case h == s1 || inBuf(h):
			c++
		}
		return c
	}
	s1 := st.stack[len(st.stack)-2]
	switch {
	case h == s1:
		if g.labels[s0] != label {
			c++
		}
	case inBuf(h):
		c++
	}
	return c
}

// trainParser trains the parser on sents (tags predicted by a jackknifed tagger) for up to epochs
// passes, scoring dev after each, and returns the best. rng seeds the shuffles and the
// exploration.
func trainParser(p *depParser, sents, dev []parseExample, epochs int, log io.Writer) {
	tr := newTrainer(p.nClass())
	rng := splitmix(7)
	var w work
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	bestLAS := -1.0
	var best *weights
	for ep := 0; ep < epochs; ep++ {
		t0 := time.Now()
		rng.shuffle(order)
		errs, steps := 0, 0
		for _, i := range order {
			e, s := trainSentence(p, tr, &sents[i], &w, ep > 0, &rng)
			errs += e
			steps += s
		}
		p.w = tr.average(0)
		uas, las := evalParser(p, dev)
		fmt.Fprintf(log, "parser epoch %d: train errors %.3f, dev UAS %.4f LAS %.4f, %d features (%s)\n",
			ep+1, float64(errs)/float64(steps), uas, las, len(p.w.keys), time.Since(t0).Round(time.Second))
		if las > bestLAS {
			bestLAS, best = las, p.w
		}
	}
	// Prune the smallest weights as far as dev LAS loses at most 0.001.
	var chosen *weights
	for _, prune := range []float64{0, 0.1, 0.2, 0.35, 0.5, 0.75, 1} {
		p.w = compact(best, prune)
		uas, las := evalParser(p, dev)
		fmt.Fprintf(log, "parser pruned at %.2f: dev UAS %.4f LAS %.4f, %d features, %d weights\n",
			prune, uas, las, len(p.w.keys), len(p.w.ents))
		if chosen == nil || las >= bestLAS-0.001 {
			chosen = p.w
		}
	}
	p.w = chosen
}

// trainSentence runs one sentence through the dynamic oracle; when explore is set the parser
// follows its own prediction nine times in ten, else a zero-cost move.
func trainSentence(p *depParser, tr *trainer, ex *parseExample, w *work, explore bool, rng *splitmix) (errs, steps int) {
	n := len(ex.gold.heads)
	st := &w.st
	st.reset(n)
	w.c = ex.c
	nc := p.nClass()
	scores := make([]float64, nc)
	costs := make([]int, nc)
	for !st.done() {
		w.feats = parseFeatures(w.feats[:0], st, &w.c)
		tr.scores(w.feats, scores)
		minCost := 1 << 30
		for cl := 0; cl < nc; cl++ {
			m, l := p.move(cl)
			costs[cl] = -1
			if !st.valid(m, l, p.rootLabel) {
				continue
			}
			costs[cl] = cost(st, &ex.gold, m, l)
			if costs[cl] < minCost {
				minCost = costs[cl]
			}
		}
		pred, gold := -1, -1
		for cl := 0; cl < nc; cl++ {
			if costs[cl] < 0 {
				continue
			}
			if pred < 0 || scores[cl] > scores[pred] {
				pred = cl
			}
			if costs[cl] == minCost && (gold < 0 || scores[cl] > scores[gold]) {
				gold = cl
			}
		}
		tr.tick()
		steps++
		if costs[pred] > minCost {
			errs++
			tr.update(w.feats, gold, 1)
			tr.update(w.feats, pred, -1)
		}
		next := gold
		if costs[pred] == minCost || (explore && rng.next()%10 != 0) {
			next = pred
		}
		m, l := p.move(next)
		st.apply(m, l)
	}
	return errs, steps
}

// parseExample is a training or dev sentence ready for the parser.
type parseExample struct {
	c    ctx
	gold goldTree
}

// evalParser returns the unlabelled and labelled attachment scores on dev.
func evalParser(p *depParser, dev []parseExample) (uas, las float64) {
	var w work
	n, u, l := 0, 0, 0
	for i := range dev {
		ex := &dev[i]
		w.c = ex.c
		p.parse(&w, len(ex.gold.heads))
		for d, h := range ex.gold.heads {
			n++
			if w.st.heads[d] == h {
				u++
				if BaseRel(p.labels[w.st.labels[d]]) == BaseRel(p.labels[ex.gold.labels[d]]) {
					l++
				}
			}
		}
	}
	return float64(u) / float64(n), float64(l) / float64(n)
}

// splitmix is a small deterministic random source.
type splitmix uint64

func (s *splitmix) next() uint64 {
	*s += hashSeed
	return mix64(uint64(*s))
}

func (s *splitmix) shuffle(a []int) {
	for i := len(a) - 1; i > 0; i-- {
		j := int(s.next() % uint64(i+1))
		a[i], a[j] = a[j], a[i]
	}
}

package syntax

// depParser is a greedy arc-hybrid dependency parser scored by an averaged perceptron. Class 0
// is SHIFT, 1+l is LEFT with label l, 1+L+l is RIGHT with label l.
type depParser struct {
	labels    []string
	rootLabel int
	w         *weights
}

func (p *depParser) nClass() int { return 1 + 2*len(p.labels) }

func (p *depParser) move(class int) (move, label int) {
	L := len(p.labels)
	switch {
	case class == 0:
		return moveShift, -1
	case class <= L:
		return moveLeft, class - 1
	}
	return moveRight, class - 1 - L
}

// work is the reusable memory of one parse.
type work struct {
	st     state
	c      ctx
	feats  []uint64
	parts  []uint64  // feats part by part (split)
	ends   []int     // the end of each part of parts
	sums   *sumCache // of the parser's groups of features
	scores []float32
	toks   []tokHash
	tags   []uint8
	tw     tagWork
	// saved holds the parser's own tree while the repairs run (Parser.parse).
	saved []Word
}

// sumCacheBits is the size of the parser's sumCache: 1<<12 slots (about 2 MB).
const sumCacheBits = 12

// parse fills st with the best-scoring tree of the n words whose values are in w.c.
func (p *depParser) parse(w *work, n int) {
	st := &w.st
	st.reset(n)
	if cap(w.scores) < p.nClass() {
		w.scores = make([]float32, p.nClass())
	}
	scores := w.scores[:p.nClass()]
	if w.sums == nil && p.w.val == nil { // a model in training sums its float weights in order
		w.sums = newSumCache(sumCacheBits, widest(parseEnds), p.nClass())
	}
	for !st.done() {
		if cl, ok := p.forced(st); ok {
			st.apply(p.move(cl))
			continue
		}
		w.feats = parseFeatures(w.feats[:0], st, &w.c)
		if p.w.val != nil { // a model in training: float sums, in the features' order
			p.w.scores(w.feats, scores)
		} else {
			w.parts, w.ends = split(w.parts, w.ends, w.feats)
			p.w.scoresCached(w.parts, w.ends, w.sums, scores)
		}
		best, bestScore := -1, float32(0)
		for cl, sc := range scores {
			m, l := p.move(cl)
			if !st.valid(m, l, p.rootLabel) {
				continue
			}
			if best < 0 || sc > bestScore {
				best, bestScore = cl, sc
			}
		}
		m, l := p.move(best)
		st.apply(m, l)
	}
}

// forced returns the class of the only valid move of st, when there is one: SHIFT when the
// stack is empty, LEFT onto the root with its label when only the root is left in the buffer and
// one word on the stack. The scores could not change the choice, so parse skips them.
func (p *depParser) forced(st *state) (class int, ok bool) {
	switch {
	case len(st.stack) == 0:
		return 0, true
	case st.b == st.n && len(st.stack) == 1:
		return 1 + p.rootLabel, true
	}
	return 0, false
}

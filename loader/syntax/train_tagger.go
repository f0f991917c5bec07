package syntax

import (
	"fmt"
	"io"
	"time"
)

// trainTagger trains t (classes and lexicon set) on train for epochs passes: its first pass, or
// with first (the first pass's tags of train, jackknifed) its second. With dev, it scores dev
// after each pass and keeps the best pass, whose number it returns.
func trainTagger(t *tagger, train []Sentence, first [][]uint8, dev []Sentence, classOf map[string]int, epochs int, log io.Writer) int {
	tr := newTrainer(len(t.classes))
	rng := splitmix(11)
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	hashes := make([][]tokHash, len(train))
	for i := range train {
		hashes[i] = t.hashes(&train[i], nil)
	}
	scores := make([]float64, len(t.classes))
	var feats []uint64
	var tags []uint8
	bestAcc, bestEp := -1.0, 0
	var best *weights
	for ep := 0; ep < epochs; ep++ {
		t0 := time.Now()
		rng.shuffle(order)
		for _, si := range order {
			s := &train[si]
			tags = tags[:0]
			for i, w := range s.Words {
				gold := classOf[w.UPOS+"\t"+w.XPOS]
				if c := hashes[si][i].dict; c >= 0 {
					tags = append(tags, uint8(c))
					continue
				}
				p1, p2 := prevTags(tags, i)
				if first == nil {
					feats = tagFeatures(feats[:0], hashes[si], i, p1, p2)
				} else {
					feats = tagFeatures2(feats[:0], hashes[si], i, p1, p2, first[si])
				}
				tr.scores(feats, scores)
				pred := argmax64(scores)
				tr.tick()
				if pred != gold {
					tr.update(feats, gold, 1)
					tr.update(feats, pred, -1)
				}
				tags = append(tags, uint8(pred))
			}
		}
		if dev == nil {
			continue
		}
		t.set(first != nil, tr.average(0))
		acc, upos := tagAccuracy(t, dev, classOf)
		fmt.Fprintf(log, "tagger epoch %d: dev UPOS+XPOS %.4f, UPOS %.4f, %d features (%s)\n", ep+1, acc, upos, len(t.w.keys),
			time.Since(t0).Round(time.Second))
		if acc > bestAcc {
			bestAcc, bestEp, best = acc, ep+1, tr.average(0)
		}
	}
	if dev == nil {
		t.set(first != nil, tr.average(0))
		return epochs
	}
	t.set(first != nil, best)
	return bestEp
}

func (t *tagger) set(second bool, w *weights) {
	if second {
		t.w2 = w
	} else {
		t.w = w
	}
}

func argmax64(s []float64) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

// tagAccuracy returns the share of the words of dev whose UPOS and XPOS are both right, and
// whose UPOS is right.
func tagAccuracy(t *tagger, dev []Sentence, classOf map[string]int) (both, upos float64) {
	n, ok, u := 0, 0, 0
	var toks []tokHash
	var tags []uint8
	for i := range dev {
		toks = t.hashes(&dev[i], toks)
		tags = t.tag(&dev[i], toks, tags)
		for j, w := range dev[i].Words {
			n++
			if int(tags[j]) == classOf[w.UPOS+"\t"+w.XPOS] {
				ok++
			}
			if t.upos[tags[j]] == w.UPOS {
				u++
			}
		}
	}
	return float64(ok) / float64(n), float64(u) / float64(n)
}

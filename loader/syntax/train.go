package syntax

import (
	"fmt"
	"io"
	"time"
)

// TrainOptions sets the passes of training.
type TrainOptions struct {
	TaggerEpochs int // passes of the tagger, the best on dev kept (default 10)
	ParserEpochs int // passes of the parser, the best on dev kept (default 15)
	Folds        int // jackknife folds that tag the parser's training data (default 5)
	TaggerOnly   bool
}

// Train learns a model from train (gold sentences of a UD treebank), choosing the number of
// passes on dev, and writes it to out. Training is deterministic: the same sentences give the
// same bytes. Progress goes to log.
func Train(out io.Writer, train, dev []Sentence, opt TrainOptions, log io.Writer) error {
	if opt.TaggerEpochs == 0 {
		opt.TaggerEpochs = 10
	}
	if opt.ParserEpochs == 0 {
		opt.ParserEpochs = 15
	}
	if opt.Folds == 0 {
		opt.Folds = 5
	}
	t0 := time.Now()
	classes, labels := inventory(train)
	classOf := indexOf(classes)
	if len(classes) > 255 || 1+2*len(labels) > 255 {
		return fmt.Errorf("train: %d tag classes and %d labels, at most 255 and 127", len(classes), len(labels))
	}
	m := &model{tagger: newTagger(classes, train, classOf)}
	e1 := trainTagger(m.tagger, train, nil, dev, classOf, opt.TaggerEpochs, log)
	fmt.Fprintf(log, "tagger, first pass: best epoch %d (%s)\n", e1, time.Since(t0).Round(time.Second))
	first := jackknife(classes, train, nil, classOf, e1, 0, opt.Folds, log)
	e2 := trainTagger(m.tagger, train, first, dev, classOf, opt.TaggerEpochs, log)
	fmt.Fprintf(log, "tagger, second pass: best epoch %d (%s)\n", e2, time.Since(t0).Round(time.Second))
	if opt.TaggerOnly {
		return nil
	}
	trainTags := jackknife(classes, train, first, classOf, e1, e2, opt.Folds, log)
	fmt.Fprintf(log, "jackknife done (%s)\n", time.Since(t0).Round(time.Second))
	devTags := make([][]uint8, len(dev))
	for i := range dev {
		devTags[i] = m.tagger.tag(&dev[i], m.tagger.hashes(&dev[i], nil), nil)
	}
	m.parser = &depParser{labels: labels, rootLabel: indexOf(labels)["root"]}
	labelOf := indexOf(labels)
	trainParser(m.parser, examples(train, trainTags, labelOf), examples(dev, devTags, labelOf), opt.ParserEpochs, log)
	m.tagger.w, m.tagger.w2 = compact(m.tagger.w, 0), compact(m.tagger.w2, 0)
	m.lemmas = learnLemmas(train)
	m.feats = learnFeats(train, classOf, len(classes))
	fmt.Fprintf(log, "trained in %s\n", time.Since(t0).Round(time.Second))
	return writeModel(out, m)
}

func newTagger(classes []string, train []Sentence, classOf map[string]int) *tagger {
	t := &tagger{}
	t.setClasses(classes)
	t.buildLexicon(train, classOf)
	return t
}

// jackknife tags each fold of train with a tagger trained on the other folds: its first pass
// (e1 epochs), and when e2 > 0 its second (e2 epochs, reading first, the first pass's tags).
func jackknife(classes []string, train []Sentence, first [][]uint8, classOf map[string]int, e1, e2, folds int, log io.Writer) [][]uint8 {
	tags := make([][]uint8, len(train))
	for f := 0; f < folds; f++ {
		var rest []Sentence
		var restFirst [][]uint8
		for i := range train {
			if i*folds/len(train) != f {
				rest = append(rest, train[i])
				if first != nil {
					restFirst = append(restFirst, first[i])
				}
			}
		}
		t := newTagger(classes, rest, classOf)
		trainTagger(t, rest, nil, nil, classOf, e1, log)
		if e2 > 0 {
			trainTagger(t, rest, restFirst, nil, classOf, e2, log)
		}
		n, ok := 0, 0
		for i := range train {
			if i*folds/len(train) != f {
				continue
			}
			tags[i] = t.tag(&train[i], t.hashes(&train[i], nil), nil)
			for j, w := range train[i].Words {
				n++
				if int(tags[i][j]) == classOf[w.UPOS+"\t"+w.XPOS] {
					ok++
				}
			}
		}
		fmt.Fprintf(log, "jackknife fold %d: accuracy %.4f\n", f+1, float64(ok)/float64(n))
	}
	return tags
}

// inventory returns the sorted tag classes and relations of the sentences.
func inventory(sents []Sentence) (classes, labels []string) {
	cs, ls := map[string]bool{}, map[string]bool{"root": true}
	for _, s := range sents {
		for _, w := range s.Words {
			cs[w.UPOS+"\t"+w.XPOS] = true
			ls[w.Deprel] = true
		}
	}
	return sortedKeys(cs), sortedKeys(ls)
}

func indexOf(a []string) map[string]int {
	m := make(map[string]int, len(a))
	for i, s := range a {
		m[s] = i
	}
	return m
}

// examples turns gold sentences with predicted tags into parser examples.
func examples(sents []Sentence, tags [][]uint8, labelOf map[string]int) []parseExample {
	out := make([]parseExample, len(sents))
	for i, s := range sents {
		n := len(s.Words)
		ex := &out[i]
		fillCtx(&ex.c, s.Words, tags[i])
		ex.gold.heads = make([]int, n)
		ex.gold.labels = make([]int, n)
		for j, w := range s.Words {
			h := w.Head - 1
			if w.Head == 0 || w.Head > n {
				h = n
			}
			ex.gold.heads[j] = h
			ex.gold.labels[j] = labelOf[w.Deprel]
		}
	}
	return out
}

var rootW, rootP = hstr("<ROOT>"), uint64(0x7007)

// fillCtx sets the parser's view of the words: lower-case forms and tag classes, then the root.
func fillCtx(c *ctx, words []Word, tags []uint8) {
	n := len(words)
	c.W, c.P = c.W[:0], c.P[:0]
	for j := range words {
		c.W = append(c.W, hstr(lowerWord(featureForm(words[j].Form))))
		c.P = append(c.P, uint64(tags[j])+1)
	}
	c.W = append(c.W, rootW)
	c.P = append(c.P, rootP)
	_ = n
}

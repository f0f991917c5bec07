package syntax

import (
	"errors"
	"strings"
)

// model is everything the parser learned from the treebank.
type model struct {
	tagger *tagger
	lemmas *lemmatizer
	feats  *featLex
	parser *depParser
}

// featLex gives morphological features: the most frequent FEATS of a lower-case form with a tag
// class, else of the class.
type featLex struct {
	lex     map[string]string // lower-case form "\t" class number → FEATS
	byClass []string
}

func (f *featLex) feats(low string, class int) string {
	if v, ok := f.lex[low+"\t"+string(rune('0'+class))]; ok {
		return v
	}
	if class < len(f.byClass) {
		return f.byClass[class]
	}
	return ""
}

func learnFeats(sents []Sentence, classOf map[string]int, nClass int) *featLex {
	lex, byClass := counter{}, counter{}
	for _, s := range sents {
		for _, w := range s.Words {
			c := string(rune('0' + classOf[w.UPOS+"\t"+w.XPOS]))
			lex.add(strings.ToLower(w.Form)+"\t"+c, w.Feats)
			byClass.add(c, w.Feats)
		}
	}
	f := &featLex{lex: map[string]string{}, byClass: make([]string, nClass)}
	for c := 0; c < nClass; c++ {
		f.byClass[c], _ = byClass.best(string(rune('0' + c)))
	}
	for k := range lex {
		v, _ := lex.best(k)
		_, c, _ := strings.Cut(k, "\t")
		if v != f.byClass[[]rune(c)[0]-'0'] {
			f.lex[k] = v
		}
	}
	return f
}

// check verifies the invariants the parser relies on.
func (m *model) check() error {
	switch {
	case len(m.tagger.classes) == 0 || len(m.tagger.classes) > 255:
		return errors.New("bad number of tag classes")
	case m.tagger.w.nClass != len(m.tagger.classes) || m.tagger.w2.nClass != len(m.tagger.classes):
		return errors.New("tagger weights do not match its classes")
	case len(m.parser.labels) == 0 || m.parser.nClass() > 255:
		return errors.New("bad number of labels")
	case m.parser.rootLabel >= len(m.parser.labels) || m.parser.labels[m.parser.rootLabel] != "root":
		return errors.New("no root label")
	case m.parser.w.nClass != m.parser.nClass():
		return errors.New("parser weights do not match its labels")
	}
	for _, c := range m.tagger.dict {
		if int(c) >= len(m.tagger.classes) {
			return errors.New("tag dictionary class out of range")
		}
	}
	return nil
}

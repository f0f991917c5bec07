package syntax

import (
	"bytes"
	_ "embed"
	"strings"
	"sync"
)

//go:embed model/en_ewt.bin.gz
var embeddedModel []byte

// Parser tokenizes, tags, lemmatizes and parses English. It is safe for concurrent use.
type Parser struct {
	m    *model
	pool sync.Pool // *work
}

var (
	defaultOnce   sync.Once
	defaultParser *Parser
	defaultErr    error
)

// Default returns the parser built from the embedded model, loaded once; safe for concurrent use.
func Default() (*Parser, error) {
	defaultOnce.Do(func() {
		defaultParser, defaultErr = Load(embeddedModel)
	})
	return defaultParser, defaultErr
}

// Load returns a parser built from a model file's bytes (as written by Train).
func Load(data []byte) (*Parser, error) {
	m, err := readModel(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	if m.tagger.words, err = dictionary(); err != nil {
		return nil, err
	}
	m.lemmas.words = m.tagger.words
	if m.lemmas.irregular, err = irregularDict(); err != nil {
		return nil, err
	}
	p := &Parser{m: m}
	p.pool.New = func() any { return new(work) }
	return p, nil
}

// Sentences splits text into sentences and words (UD tokenization), with byte offsets into
// text; the words are not tagged.
func (p *Parser) Sentences(text string) []Sentence { return splitSentences(text) }

// ParseSentence tokenizes text[start:end] as one sentence (offsets relative to the whole text),
// then tags, lemmatizes and parses it. Out-of-range bounds are clipped to the text.
func (p *Parser) ParseSentence(text string, start, end int) Sentence {
	s := p.Tokenize(text, start, end)
	p.Parse(&s)
	return s
}

// Tokenize splits text[start:end] into the words of one sentence (offsets relative to the whole
// text), untagged; Parse tags and parses them. Out-of-range bounds are clipped to the text.
func (p *Parser) Tokenize(text string, start, end int) Sentence {
	end = min(max(end, 0), len(text))
	start = min(max(start, 0), end)
	s := Sentence{Start: start, End: end}
	for k, t := range tokenize(text, start, end, nil) {
		s.Words = append(s.Words, Word{ID: k + 1, Form: text[t.start:t.end], Start: t.start, End: t.end})
	}
	return s
}

// ParseText splits text into sentences and parses each.
func (p *Parser) ParseText(text string) []Sentence {
	sents := p.Sentences(text)
	for i := range sents {
		p.Parse(&sents[i])
	}
	return sents
}

// Parse tags, lemmatizes and parses the words of s in place (their Form is read; ID, UPOS,
// XPOS, Lemma, Feats, Head and Deprel are set). The result is always one tree: exactly one word
// has Head 0 and Deprel "root", and following heads from any word reaches it. A word that comes
// with a UPOS and XPOS pair the model knows keeps it, and the words after it are tagged and the
// sentence parsed with it: a caller may know a word's class better than the model can guess it
// (the loader knows that a demonym before a noun is an adjective, "Kenyan police"). A sentence
// left with no tensed verb but verbs of saying, whose past tense the tagger read as a
// participle, is parsed again with that word a past tense (untensedPast), the caller's tags kept.
func (p *Parser) Parse(s *Sentence) {
	given := givenTags(s.Words)
	p.parse(s)
	if i := untensedPast(s.Words); i >= 0 {
		// a sentence with no tensed verb but verbs of saying, whose past tense was read as a
		// participle: parsed again with that word a past tense (untensedPast)
		p.parseAgain(s, given, map[int][2]string{i: {"VERB", "VBD"}})
	} else if i := untensedPresent(s.Words); i >= 0 {
		// ... or whose present tense was read as a plural noun (untensedPresent); an
		// adjective before it ends the subject, a noun ("The US military trains Iraqi pilots")
		tags := map[int][2]string{i: {"VERB", "VBZ"}}
		if s.Words[i-1].UPOS == "ADJ" {
			tags[i-1] = [2]string{"NOUN", "NN"}
		}
		p.parseAgain(s, given, tags)
	} else if i := untensedPlural(s.Words); i >= 0 {
		// ... or a headline's plural present after two names, read as a noun (untensedPlural)
		p.parseAgain(s, given, map[int][2]string{i: {"VERB", "VBP"}})
	} else if i := perfectHave(s.Words); i >= 0 {
		// ... or a perfect's "have" read as a verb of its own before an adverb (perfectHave)
		p.parseAgain(s, given, map[int][2]string{i: {"AUX", s.Words[i].XPOS}})
	}
}

// parseAgain parses s again with the words of tags given those UPOS and XPOS, the caller's tags
// given kept and every other word tagged anew.
func (p *Parser) parseAgain(s *Sentence, given [][2]string, tags map[int][2]string) {
	for j := range s.Words {
		s.Words[j].UPOS, s.Words[j].XPOS = "", ""
		if given != nil {
			s.Words[j].UPOS, s.Words[j].XPOS = given[j][0], given[j][1]
		}
	}
	for i, t := range tags {
		s.Words[i].UPOS, s.Words[i].XPOS = t[0], t[1]
	}
	p.parse(s)
}

// parse tags, lemmatises and parses s once, then repairs the tree.
func (p *Parser) parse(s *Sentence) {
	n := len(s.Words)
	if n == 0 {
		return
	}
	w := p.pool.Get().(*work)
	defer p.pool.Put(w)
	t := p.m.tagger
	w.toks = t.hashes(s, w.toks)
	for i := range s.Words {
		if wd := &s.Words[i]; wd.XPOS != "" {
			if c, ok := t.class(wd.UPOS, wd.XPOS); ok {
				w.toks[i].dict = c
			}
		}
	}
	if w.tw.sums[0] == nil {
		w.tw.sums[0] = newSumCache(tagCacheBits, widest(tagEnds1), len(t.classes))
		w.tw.sums[1] = newSumCache(tagCacheBits, widest(tagEnds2), len(t.classes))
	}
	w.tags = t.tagWith(s, w.toks, w.tags, &w.tw)
	for i := range s.Words {
		wd := &s.Words[i]
		c := int(w.tags[i])
		wd.ID = i + 1
		wd.UPOS, wd.XPOS = t.upos[c], t.xpos[c]
		wd.Lemma = p.m.lemmas.lemma(wd.Form, wd.UPOS, wd.XPOS)
		wd.Feats = p.m.feats.feats(strings.ToLower(wd.Form), c)
	}
	fillCtx(&w.c, s.Words, w.tags)
	p.m.parser.parse(w, n)
	for i := range s.Words {
		h := w.st.heads[i]
		if h == n {
			h = -1
		}
		s.Words[i].Head = h + 1
		s.Words[i].Deprel = p.m.parser.labels[w.st.labels[i]]
	}
	w.saved = append(w.saved[:0], s.Words...)
	repairTree(s)
	if len(s.Words) == len(w.saved) && Validate(s) != nil {
		// a repair that leaves no tree (a cycle) is undone as a whole: the parser's own
		// reading is a tree, if a worse one
		copy(s.Words, w.saved)
	}
}

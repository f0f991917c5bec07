// Package loader turns article text into facts: it parses the input formats of CONTRACT.md, splits
// sentences, recognises and links entities (countries, organisations, people, places), and reads
// PLOVER events and other relations between them, with dates and statuses.
//
// The pipeline is: sentences (sentences.go) → entity mentions (package entities) → relations
// (events.go) → assembly of a newsgraph.Extraction whose offsets are Unicode code points (this
// file). The relations stage parses each sentence that holds actors (package syntax), codes the
// events of its tree with the CAMEO-derived lexicon (packages events and lexicon, wired in
// events_tree.go and treelex.go), and then reads with its older word-window rules what the tree
// did not give (events_*.go).
package loader

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"newsgraph"
	"newsgraph/loader/entities"
	"newsgraph/loader/gazetteer"
)

// Extractor reads facts out of articles. It is safe for concurrent use; build one with New and
// reuse it, since building it loads the gazetteers.
type Extractor struct {
	ents *entities.Finder
	evs  *eventFinder
}

// New returns an Extractor with the gazetteers and lexicons that ship in the binary.
func New() *Extractor {
	gz, err := gazetteer.Load()
	if err != nil {
		// the data is embedded and checked by the gazetteer's tests; a failure is a build bug
		panic(fmt.Sprintf("loader: %v", err))
	}
	return &Extractor{ents: entities.New(gz), evs: newEventFinder(gz)}
}

// doc is what the stages share about one article.
type doc struct {
	Article   newsgraph.Article
	Text      string
	Sentences []entities.Sentence
	Mentions  []entities.Mention
	Entities  map[string]*newsgraph.Entity // by ID; Mentions empty until assembly
	Relations []newsgraph.Relation         // Evidence offsets in bytes until assembly
	Officials map[string]bool              // people with a title of no named state (entities.Result)
	Public    map[string]bool              // well-known office holders, current or former (entities.Result)
	// readings, when set, collects how each parsed sentence was read (Explain).
	readings *[]Reading
}

// Extract reads the facts out of one article. It never fails: text it cannot read yields fewer
// facts. Entities are ordered by first mention, relations by sentence.
func (x *Extractor) Extract(a newsgraph.Article) newsgraph.Extraction {
	Complete(&a)
	d := &doc{Article: a, Text: maskHeader(a.Text), Entities: map[string]*newsgraph.Entity{}}
	d.Sentences = SplitSentences(d.Text)
	x.findEntities(d)
	x.evs.find(d)
	return d.assemble()
}

// findEntities runs the entity stage on d, filling its Entities, Mentions and Relations.
func (x *Extractor) findEntities(d *doc) {
	r := x.ents.Find(d.Text, d.Sentences)
	d.Entities, d.Mentions, d.Relations, d.Officials, d.Public = r.Entities, r.Mentions, r.Relations, r.Officials, r.Public
}

// assemble converts byte offsets to code points and builds the output.
func (d *doc) assemble() newsgraph.Extraction {
	cp := newOffsets(d.Text)
	out := newsgraph.Extraction{Article: d.Article, Entities: []newsgraph.Entity{}, Relations: []newsgraph.Relation{}}
	first := map[string]int{}
	for _, m := range d.Mentions {
		e := d.Entities[m.EntityID]
		if e == nil {
			continue
		}
		if _, ok := first[m.EntityID]; !ok {
			first[m.EntityID] = m.Start
		}
		if m.Kind == "anaphor" {
			continue
		}
		e.Mentions = append(e.Mentions, newsgraph.Mention{Start: cp.at(m.Start), End: cp.at(m.End), Text: m.Text})
	}
	for id, e := range d.Entities {
		if _, ok := first[id]; !ok {
			first[id] = len(d.Text) + 1
		}
		if e.Mentions == nil {
			e.Mentions = []newsgraph.Mention{}
		}
		out.Entities = append(out.Entities, *e)
	}
	sort.SliceStable(out.Entities, func(i, j int) bool {
		a, b := out.Entities[i], out.Entities[j]
		if first[a.ID] != first[b.ID] {
			return first[a.ID] < first[b.ID]
		}
		return a.ID < b.ID
	})
	for _, r := range d.Relations {
		r.Evidence.Start, r.Evidence.End = cp.at(r.Evidence.Start), cp.at(r.Evidence.End)
		out.Relations = append(out.Relations, r)
	}
	sort.SliceStable(out.Relations, func(i, j int) bool { return out.Relations[i].Evidence.Start < out.Relations[j].Evidence.Start })
	return out
}

// offsets maps byte offsets of a string to code-point offsets.
type offsets struct {
	ascii bool
	cps   []int32 // cps[b] is the code-point offset of byte b (len+1 entries)
}

func newOffsets(s string) offsets {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return offsets{ascii: true}
	}
	cps := make([]int32, len(s)+1)
	n := int32(0)
	for i := range s {
		cps[i] = n
		n++
	}
	// bytes inside a multi-byte rune map to the rune's start; the end maps to the count
	for i := 1; i < len(s); i++ {
		if !utf8.RuneStart(s[i]) {
			cps[i] = cps[i-1]
		}
	}
	cps[len(s)] = n
	return offsets{cps: cps}
}

func (o offsets) at(b int) int {
	if o.ascii {
		return b
	}
	if b < 0 {
		return 0
	}
	if b >= len(o.cps) {
		return int(o.cps[len(o.cps)-1])
	}
	return int(o.cps[b])
}

// maskHeader blanks a leading "date YYYY-MM-DD" header with spaces so that no stage reads it as
// part of the first sentence; offsets into the text stay those of the original.
func maskHeader(text string) string {
	if _, end, ok := dateHeader(text); ok {
		return strings.Repeat(" ", end) + text[end:]
	}
	return text
}

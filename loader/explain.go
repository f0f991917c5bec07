package loader

import (
	"newsgraph"
	"newsgraph/loader/entities"
	"newsgraph/loader/events"
	"newsgraph/loader/syntax"
)

// Reading is how one sentence was read for events: its tree, the actors found in it (entity IDs,
// in the order the events' Subject and Object index them), the events and near misses of the
// tree coder, and the relations kept from the sentence by the tree coder and the word rules,
// each with its Rule. A sentence that was not parsed (no trigger the tree lexicon knows, or
// too long) but yields relations has a Tree with no words, only its Start and End.
type Reading struct {
	Tree      syntax.Sentence
	Actors    []ReadActor
	Events    []events.Event
	Misses    []events.Miss
	Relations []newsgraph.Relation
}

// ReadActor is an actor of a Reading: its entity and its span (byte offsets into the text).
type ReadActor struct {
	EntityID   string
	Start, End int
}

// Explain reads one article like Extract and returns, beside the extraction, the reading of
// every sentence that was parsed for events (offsets in the Readings are bytes of a.Text).
func (x *Extractor) Explain(a newsgraph.Article) (newsgraph.Extraction, []Reading) {
	Complete(&a)
	d := &doc{Article: a, Text: maskHeader(a.Text), Entities: map[string]*newsgraph.Entity{}}
	d.Sentences = SplitSentences(d.Text)
	var rs []Reading
	d.readings = &rs
	x.findEntities(d)
	x.evs.find(d)
	return d.assemble(), rs
}

// noteRelations records the relations rs kept from sentence s: on the sentence's reading when
// the tree coder parsed it (the last one), else on a reading of its own when there are any.
func (d *doc) noteRelations(s entities.Sentence, parsed bool, rs []newsgraph.Relation) {
	rs = append([]newsgraph.Relation(nil), rs...)
	if parsed && len(*d.readings) > 0 {
		(*d.readings)[len(*d.readings)-1].Relations = rs
		return
	}
	if len(rs) > 0 {
		*d.readings = append(*d.readings, Reading{Tree: syntax.Sentence{Start: s.Start, End: s.End}, Relations: rs})
	}
}

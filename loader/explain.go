package loader

import (
	"newsgraph"
	"newsgraph/loader/events"
	"newsgraph/loader/syntax"
)

// Reading is how one sentence was read for events: its tree, the actors found in it (entity IDs,
// in the order the events' Subject and Object index them), the events and near misses of the
// tree coder, and the relations kept from them.
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

// Package entities is the entity stage of the loader: it recognises and links the entities an
// article names (countries by name, alias, demonym and capital; organisations; places from the
// gazetteer and from place-like names; people with their offices and nationalities), resolves
// anaphora ("the nation", "the two countries", "he", "it", "the foreign minister") to them, and
// writes the relations it finds between them (HOLDS_OFFICE, NATIONALITY, PART_OF, BASED_IN).
//
// It takes the article's text split into sentences and returns a Result; package loader runs it
// between sentence splitting and the event stage.
package entities

// Sentence is one sentence of a text: Start and End are byte offsets into the text, and Text is
// text[Start:End].
type Sentence struct {
	Start, End int
	Text       string
}

// Mention is one place where an entity is referred to. Start and End are byte offsets into the
// text and Text is text[Start:End]. Anaphoric mentions ("the nation", "he") are resolved to an
// entity but are not reported as mentions in the loader's output.
type Mention struct {
	Start, End int
	Text       string
	EntityID   string
	// Kind says how the entity was named: "name", "alias", "demonym" (an adjective standing
	// for a country or area: "Iraqi forces"), "nationality" (a demonym or plural for people,
	// not the state: "an Iraqi refugee", "Mexicans"), "capital" (a capital acting for its
	// government), "anaphor" ("the nation", "he", "it"); "in-name" for a place inside the name
	// of a document or an occasion ("the Barbados Agreement") or a demonym opening the name of a
	// private body ("the Syrian Observatory for Human Rights"), which takes part in no event;
	// "language" for a demonym naming a language ("studying Portuguese"), no party either.
	Kind string
	// Sentence is the index of the sentence the mention is in.
	Sentence int
}

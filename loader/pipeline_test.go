package loader

import (
	"testing"

	"newsgraph"
)

// testExtractor is the Extractor the tests of the pipeline share.
var testExtractor = New()

// TestNamesOfDocumentsAndWars: a place inside the name of an agreement or a war or in a
// hyphenated modifier, and a name no list knows that ends in such a word, take part in no event
// (the issue's "a named agreement was read as a country"; EVENT-PITFALLS "a named thing is not
// an actor").
func TestNamesOfDocumentsAndWars(t *testing.T) {
	for _, tc := range []struct{ text, notEntity, notIn string }{
		{"Venezuela rejected the Barbados Agreement signed with the opposition.", "", "country/BRB"},
		{"In 1990 President George Bush mobilized troops for the Gulf War against Iraq.", "person/gulf-war", "person/gulf-war"},
		{"Chile criticized a Washington-backed leader.", "person/washington-backed", "place/washington-usa"},
	} {
		x := testExtractor.Extract(newsgraph.Article{Text: tc.text})
		for _, e := range x.Entities {
			if e.ID == tc.notEntity {
				t.Errorf("%q: got entity %s, want none", tc.text, e.ID)
			}
		}
		for _, r := range x.Relations {
			if r.Subject == tc.notIn || r.Object == tc.notIn {
				t.Errorf("%q: got %s %s %s, want no relation with %s", tc.text, r.Type, r.Subject, r.Object, tc.notIn)
			}
		}
	}
}

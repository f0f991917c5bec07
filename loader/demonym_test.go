package loader

import (
	"testing"

	"newsgraph/loader/entities"
	"newsgraph/loader/syntax"
)

func TestDemonymsAsAdjectives(t *testing.T) {
	p, err := syntax.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, mention, kind string
		want                string // the UPOS preset on the mention's word, "" for none
	}{
		{"Kenyan police arrested 18 people.", "Kenyan", "demonym", "ADJ"},
		{"An Iraqi refugee was sent back.", "Iraqi", "nationality", "ADJ"},
		{"Two Americans who joined the YPG died.", "Americans", "nationality", ""},
		{"The Swiss banks closed.", "Swiss", "demonym", "ADJ"},
		{"Officials called them Kenyan.", "Kenyan", "demonym", ""},
		{"Kenya closed its border.", "Kenya", "name", ""},
	} {
		s := p.Tokenize(tc.text, 0, len(tc.text))
		var ms []entities.Mention
		for _, w := range s.Words {
			if w.Form == tc.mention {
				ms = append(ms, entities.Mention{Start: w.Start, End: w.End, Text: w.Form, Kind: tc.kind})
			}
		}
		demonymsAsAdjectives(&s, ms)
		for _, w := range s.Words {
			if w.Form == tc.mention && w.UPOS != tc.want {
				t.Errorf("%q: %s got %q, want %q", tc.text, w.Form, w.UPOS, tc.want)
			}
		}
	}
}

func TestNationalAfterDemonym(t *testing.T) {
	p, err := syntax.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, want string // want: the UPOS preset on "national", "" for none
	}{
		{"An Albanian national killed in Syria was buried.", "NOUN"},
		{"A British national was kidnapped.", "NOUN"},
		{"He is a British national.", "NOUN"},
		{"A British national who joined ISIS died.", "NOUN"},
		{"Iraq beat the British national team.", ""},
		{"The British national guard was sent.", ""},
	} {
		s := p.Tokenize(tc.text, 0, len(tc.text))
		var ms []entities.Mention
		for _, w := range s.Words {
			if w.Form == "Albanian" || w.Form == "British" {
				ms = append(ms, entities.Mention{Start: w.Start, End: w.End, Text: w.Form, Kind: "demonym"})
			}
		}
		demonymsAsAdjectives(&s, ms)
		for _, w := range s.Words {
			if w.Form == "national" && w.UPOS != tc.want {
				t.Errorf("%q: national got %q, want %q", tc.text, w.UPOS, tc.want)
			}
		}
	}
}

package loader

import (
	"slices"
	"testing"

	"newsgraph"
)

// TestEveryRelationNamesItsRule: each relation says what read it (issue 13: "extract gives each
// relation the name of its rule"), the word rules and the entity stage as well as the tree.
func TestEveryRelationNamesItsRule(t *testing.T) {
	text := "Kenyan President William Ruto met Uganda's president in Kampala on Monday. " +
		"Russia and China held talks in Moscow. " +
		"Rwanda was paid 20 million pounds by Britain, with 5 million pounds going to Kenya. " +
		"A Lebanese lawyer, Karim Nassar, said Reuters had reported it."
	var got []string
	for _, r := range testExtractor.Extract(newsgraph.Article{Text: text}).Relations {
		if r.Rule == "" {
			t.Errorf("%s %s %s: no rule", r.Type, r.Subject, r.Object)
		}
		got = append(got, r.Type+" "+r.Subject+" "+r.Object+": "+r.Rule)
	}
	for _, want := range []string{
		"HOLDS_OFFICE person/william-ruto country/KEN: office President",
		"PART_OF place/kampala country/UGA: gazetteer place",
		"CONSULT country/RUS country/CHN: verb hold [cameo:HOLD * TALKS] mutual subjects",
		"PAYS country/GBR country/KEN: words money going",
		"NATIONALITY person/karim-nassar country/LBN: nationality beside the name or office",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("got %q, want %q among them", got, want)
		}
	}
}

// TestWordRuleNames: the word rules name the rule and the trigger that read each event.
func TestWordRuleNames(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"On November 16 US aid worker Peter Kassig was beheaded in a video released by ISIS.", "ASSAULT org/isis country/USA words verb behead"},
		{"Kenyan President William Ruto said on Monday that Uganda must withdraw its troops.", "DEMAND country/KEN country/UGA words demand said must"},
	} {
		if got := ploverRules(tc.text); !slices.Contains(got, tc.want) {
			t.Errorf("%q: got %q, want %q among them", tc.text, got, tc.want)
		}
	}
}

package loader

import (
	"strings"
	"testing"

	"newsgraph/loader/entities"
)

func TestDatelineEnd(t *testing.T) {
	tests := []struct {
		name, text string
		places     []string // the place mentions of the text
		want       string   // the sentence after the dateline (the sentence is the text's last one)
	}{
		{"capitals and agency", "WASHINGTON (AP) — Peru attacked Chile.", []string{"WASHINGTON"}, "Peru attacked Chile."},
		{"capitals, region and double dash", "MOGADISHU, Somalia -- A strike killed two men.", []string{"MOGADISHU", "Somalia"}, "A strike killed two men."},
		{"two capital words and colon", "NEW DELHI: India expelled a diplomat.", []string{"NEW DELHI"}, "India expelled a diplomat."},
		{"name with its country", "Harare, Zimbabwe - The opposition rejected the result.", []string{"Harare", "Zimbabwe"}, "The opposition rejected the result."},
		{"a hyphenated word is no dateline", "US-led strikes hit Syria.", []string{"US", "Syria"}, "US-led strikes hit Syria."},
		{"capitals that name no place", "NATO - the alliance - met.", nil, "NATO - the alliance - met."},
		{"not at the start of a line", "Rain fell. PARIS - Talks began.", []string{"PARIS"}, "PARIS - Talks began."},
		{"the dash needs a space after it", "KABUL-Taliban fighters attacked.", []string{"KABUL"}, "KABUL-Taliban fighters attacked."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []entities.Mention
			for _, p := range tt.places {
				i := strings.Index(tt.text, p)
				ms = append(ms, entities.Mention{Start: i, End: i + len(p), Text: p, EntityID: "place/x"})
			}
			start := 0
			if i := strings.LastIndex(tt.text, ". "); i >= 0 {
				start = i + 2
			}
			s := entities.Sentence{Start: start, End: len(tt.text), Text: tt.text[start:]}
			place := func(m entities.Mention) bool { return strings.HasPrefix(m.EntityID, "place/") }
			end := datelineEnd(tt.text, s, ms, place)
			if got := tt.text[end:]; got != tt.want {
				t.Errorf("datelineEnd(%q): got %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

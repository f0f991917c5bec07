package loader

import (
	"strings"
	"testing"

	"newsgraph/loader/entities"
)

func TestDatelineEnd(t *testing.T) {
	checkCuts(t, "datelineEnd", datelineEnd, []cutCase{
		{"capitals and agency", "WASHINGTON (AP) — Peru attacked Chile.", []string{"WASHINGTON=place/washington"}, "Peru attacked Chile."},
		{"capitals, region and double dash", "MOGADISHU, Somalia -- A strike killed two men.", []string{"MOGADISHU=place/mogadishu", "Somalia=country/SOM"}, "A strike killed two men."},
		{"two capital words and colon", "NEW DELHI: India expelled a diplomat.", []string{"NEW DELHI=place/new-delhi"}, "India expelled a diplomat."},
		{"name with its country", "Harare, Zimbabwe - The opposition rejected the result.", []string{"Harare=place/harare", "Zimbabwe=country/ZWE"}, "The opposition rejected the result."},
		{"a hyphenated word is no dateline", "US-led strikes hit Syria.", []string{"US=country/USA", "Syria=country/SYR"}, "US-led strikes hit Syria."},
		{"a country before a dash is no dateline", "US - China talks resumed.", []string{"US=country/USA", "China=country/CHN"}, "US - China talks resumed."},
		{"capitals that name no place", "NATO - the alliance - met.", []string{"NATO=org/nato"}, "NATO - the alliance - met."},
		{"a name with its agency", "Abuja (AFP) - Nigeria claimed a deal with the rebels.", []string{"Abuja=place/abuja", "Nigeria=country/NGA"}, "Nigeria claimed a deal with the rebels."},
		{"a name needs its agency", "Abuja - Nigeria talks resumed.", []string{"Abuja=place/abuja", "Nigeria=country/NGA"}, "Abuja - Nigeria talks resumed."},
		{"not at the start of a line", "Rain fell. PARIS - Talks began.", []string{"PARIS=place/paris"}, "PARIS - Talks began."},
		{"the dash needs a space after it", "KABUL-Taliban fighters attacked.", []string{"KABUL=place/kabul"}, "KABUL-Taliban fighters attacked."},
		{"capitals that lost their dash", "SAN ANTONIO Turner Sports analyst Charles Barkley criticized Kenya.", []string{"SAN ANTONIO=place/san-antonio", "Charles Barkley=person/charles-barkley", "Kenya=country/KEN"}, "Turner Sports analyst Charles Barkley criticized Kenya."},
		{"... but not an acronym before a name", "NATO Secretary General Jens Stoltenberg criticized Kenya.", []string{"NATO=org/nato", "Jens Stoltenberg=person/jens-stoltenberg", "Kenya=country/KEN"}, "NATO Secretary General Jens Stoltenberg criticized Kenya."},
		{"capitals, day and agency (Reuters' style)", "SANAA, Dec 6 (Reuters) - Yemen freed a hostage.", []string{"SANAA=place/sanaa", "Yemen=country/YEM"}, "Yemen freed a hostage."},
		{"... and a region", "TORONTO, Ontario, Oct 22 (Reuters) - Canada closed its parliament.", []string{"TORONTO=place/toronto", "Ontario=place/ontario", "Canada=country/CAN"}, "Canada closed its parliament."},
		{"a press wire's credit between dashes", "PLEASANTON, Calif.--(BUSINESS WIRE)--Acme signed a deal with Kenya.", []string{"PLEASANTON=place/pleasanton", "Kenya=country/KEN"}, "Acme signed a deal with Kenya."},
	})
}

func TestBylineEnd(t *testing.T) {
	checkCuts(t, "bylineEnd", bylineEnd, []cutCase{
		{"one author after a colon", "By: Olivier Halvorsen Kenya signed a deal.", []string{"Olivier Halvorsen=person/olivier-halvorsen", "Kenya=country/KEN"}, "Kenya signed a deal."},
		{"authors and their agency", "By Anna Ruiz and Tomas Ibarra, Associated Press Kenya signed a deal.",
			[]string{"Anna Ruiz=person/anna-ruiz", "Tomas Ibarra=person/tomas-ibarra", "Associated Press=org/us-ap", "Kenya=country/KEN"}, "Kenya signed a deal."},
		{"\"by\" opening a sentence with no person after it", "By Friday Kenya had signed a deal.", []string{"Kenya=country/KEN"}, "By Friday Kenya had signed a deal."},
		{"an agency alone is no byline", "By Associated Press Kenya signed a deal.", []string{"Associated Press=org/us-ap", "Kenya=country/KEN"}, "By Associated Press Kenya signed a deal."},
		{"not at the start of a line", "Rain fell. By Anna Ruiz Kenya signed a deal.", []string{"Anna Ruiz=person/anna-ruiz", "Kenya=country/KEN"}, "By Anna Ruiz Kenya signed a deal."},
		{"authors in capitals, no list's people", "By ANNA RUIZ and TOMAS IBARRA, Associated Press Kenya signed a deal.",
			[]string{"Associated Press=org/us-ap", "Kenya=country/KEN"}, "Kenya signed a deal."},
		{"one word in capitals is no name", "By NATO rules Kenya signed a deal.", []string{"NATO=org/nato", "Kenya=country/KEN"}, "By NATO rules Kenya signed a deal."},
	})
}

func TestOpeningEnd(t *testing.T) {
	checkCuts(t, "openingEnd", openingEnd, []cutCase{
		{"a dateline after a byline", "By ANNA RUIZ and TOMAS IBARRA, Associated Press WASHINGTON (AP) — Kenya signed a deal.",
			[]string{"Associated Press=org/us-ap", "WASHINGTON=place/washington", "AP=org/us-ap", "Kenya=country/KEN"}, "Kenya signed a deal."},
		{"a dateline alone", "WASHINGTON (AP) — Peru attacked Chile.", []string{"WASHINGTON=place/washington"}, "Peru attacked Chile."},
		{"a byline alone", "By Anna Ruiz Kenya signed a deal.", []string{"Anna Ruiz=person/anna-ruiz", "Kenya=country/KEN"}, "Kenya signed a deal."},
		{"neither", "Kenya signed a deal.", []string{"Kenya=country/KEN"}, "Kenya signed a deal."},
	})
}

// cutCase is a text whose last sentence a function cuts the start of (a dateline, a byline):
// the mentions of the text as "text=entity ID", and the sentence wanted after the cut.
type cutCase struct {
	name, text string
	mentions   []string
	want       string
}

// checkCuts runs cut, named name, on each case's last sentence.
func checkCuts(t *testing.T, name string, cut func(string, entities.Sentence, []entities.Mention) int, cases []cutCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			s, ms := lastSentence(tt.text, tt.mentions)
			if got := tt.text[cut(tt.text, s, ms):]; got != tt.want {
				t.Errorf("%s(%q): got %q, want %q", name, tt.text, got, tt.want)
			}
		})
	}
}

// lastSentence returns the last sentence of text (after its last ". ") and the mentions of text,
// given as "text=entity ID".
func lastSentence(text string, mentions []string) (entities.Sentence, []entities.Mention) {
	var ms []entities.Mention
	for _, m := range mentions {
		t, id, _ := strings.Cut(m, "=")
		i := strings.Index(text, t)
		ms = append(ms, entities.Mention{Start: i, End: i + len(t), Text: t, EntityID: id})
	}
	start := 0
	if i := strings.LastIndex(text, ". "); i >= 0 {
		start = i + 2
	}
	return entities.Sentence{Start: start, End: len(text), Text: text[start:]}, ms
}

package loader

import (
	"reflect"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"plain", "Lanada signed the pact. Norvia refused it.", []string{"Lanada signed the pact.", "Norvia refused it."}},
		{"date abbreviation then number", "The fee was due on Jan. 5. Britain paid it late.", []string{"The fee was due on Jan. 5.", "Britain paid it late."}},
		{"title", "Mr. Ostrova left. Dr. Kell stayed.", []string{"Mr. Ostrova left.", "Dr. Kell stayed."}},
		{"military rank", "He shot Cpl. Ostrova and Pvt. Kell. Brig. Lund left.", []string{"He shot Cpl. Ostrova and Pvt. Kell.", "Brig. Lund left."}},
		{"a name's Jr. then a new sentence", "He met Olaf Lund Jr. Norvia has protested.", []string{"He met Olaf Lund Jr.", "Norvia has protested."}},
		{"Jr. inside a name or before a verb", "Olaf Lund Jr. Day is a holiday. Olaf Lund Jr. said no.", []string{"Olaf Lund Jr. Day is a holiday.", "Olaf Lund Jr. said no."}},
		{"initials", "Olivier J.P. Halvorsen spoke first.", []string{"Olivier J.P. Halvorsen spoke first."}},
		{"initialism inside", "The U.S. Army moved north.", []string{"The U.S. Army moved north."}},
		{"initialism at end", "Aid went to the U.S. The rest stayed home.", []string{"Aid went to the U.S.", "The rest stayed home."}},
		{"quote", "“We agree,” she said. “It is done.” Then they left.", []string{"“We agree,” she said.", "“It is done.”", "Then they left."}},
		{"question and exclamation", "Why now? Because! Fine.", []string{"Why now?", "Because!", "Fine."}},
		{"lines", "Headline here\nFirst line of the body.", []string{"Headline here", "First line of the body."}},
		{"decimal", "It grew 2.5 percent. Then it fell.", []string{"It grew 2.5 percent.", "Then it fell."}},
		{"lower after period", "He cited the No. 2 official. e.g. not this.", []string{"He cited the No. 2 official. e.g. not this."}},
		{"space lost after a period", "He wrote a biography of Lund.Kell's empire grew.", []string{"He wrote a biography of Lund.", "Kell's empire grew."}},
		{"no sentence in an initialism or address", "The U.S.Army and Amazon.Com and example.Org met.", []string{"The U.S.Army and Amazon.Com and example.Org met."}},
	} {
		var got []string
		for _, s := range SplitSentences(tc.text) {
			if tc.text[s.Start:s.End] != s.Text {
				t.Errorf("%s: offsets %d-%d do not give %q", tc.name, s.Start, s.End, s.Text)
			}
			got = append(got, s.Text)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

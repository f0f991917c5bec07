package syntax

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The U.S. imposed sanctions.", "The|U.S.|imposed|sanctions|."},
		{"Mr. Smith didn't sign it.", "Mr.|Smith|did|n't|sign|it|."},
		{"She can’t go, she said.", "She|ca|n’t|go|,|she|said|."},
		{"I cannot and I'm gonna leave", "I|can|not|and|I|'m|gon|na|leave"},
		{"Russia's army, the army’s", "Russia|'s|army|,|the|army|’s"},
		{"“It’s over,” he said — again.", "“|It|’s|over|,|”|he|said|—|again|."},
		{"It cost $5 million (5,000 units) on 2024-05-06.", "It|cost|$|5|million|(|5,000|units|)|on|2024-05-06|."},
		{"On Jan. 5 the well-known pro-Russian al-Ani left", "On|Jan.|5|the|well|-|known|pro-Russian|al|-|Ani|left"},
		{"Write to a.b@example.com or see https://example.com/x?y=1.", "Write|to|a.b@example.com|or|see|https://example.com/x?y=1|."},
		{"an e-mail from co-workers", "an|e-mail|from|co-workers"},
		{"Wait...what? 50% off!", "Wait|...|what|?|50|%|off|!"},
		{"the players' union", "the|players|'|union"},
		{"the FBI (FBI)the journalist said(in a statement) that a friend(s) left", "the|FBI|(|FBI|)|the|journalist|said|(|in|a|statement|)|that|a|friend(s|)|left"},
		{"fighting a flu...(thanks kids)", "fighting|a|flu|...|(|thanks|kids|)"},
		{"", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range tokenize(tt.text, 0, len(tt.text), nil) {
			got = append(got, tt.text[sp.start:sp.end])
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("tokenize(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Mr. Smith went to Washington. He met the U.S. envoy on Jan. 5. Talks ended.",
			[]string{"Mr. Smith went to Washington.", "He met the U.S. envoy on Jan. 5.", "Talks ended."}},
		{"“We will sign,” he said. “Not now.” Then he left!",
			[]string{"“We will sign,” he said.", "“Not now.”", "Then he left!"}},
		{"Rwanda signs deal\n\nThe president of Rwanda met Acme Inc. The firm agreed.",
			[]string{"Rwanda signs deal", "The president of Rwanda met Acme Inc.", "The firm agreed."}},
		{"It rose 3.5 percent. 2024 was a good year.", []string{"It rose 3.5 percent.", "2024 was a good year."}},
		{"  \n ", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range splitSentences(tt.text) {
			got = append(got, tt.text[s.Start:s.End])
			for _, w := range s.Words {
				if tt.text[w.Start:w.End] != w.Form {
					t.Errorf("%q: word %q has offsets %d:%d", tt.text, w.Form, w.Start, w.End)
				}
			}
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("sentences of %q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

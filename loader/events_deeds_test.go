package loader

import "testing"

func TestNounOfVerb(t *testing.T) {
	for _, tc := range []struct {
		noun, verb string
		want       bool
	}{
		{"delivery", "deliver", true},
		{"deportation", "deport", true},
		{"withdrawal", "withdraw", true},
		{"deployment", "deploy", true},
		{"invasion", "invade", true},
		{"suspension", "suspend", true},
		{"seizure", "seize", true},
		{"arrest", "arrest", true},
		{"expulsion", "expel", true},
		{"detention", "detain", true},
		{"sale", "sell", true},
		{"news", "deliver", false},
		{"deal", "deliver", false},
		{"delivery", "deal", false},
		{"protest", "protect", false},
		{"attacker", "attack", false},
	} {
		if got := nounOfVerb(tc.noun, tc.verb); got != tc.want {
			t.Errorf("nounOfVerb(%q, %q) = %v, want %v", tc.noun, tc.verb, got, tc.want)
		}
	}
}

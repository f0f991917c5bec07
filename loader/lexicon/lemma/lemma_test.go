package lemma

import (
	"reflect"
	"testing"
)

func TestNoun(t *testing.T) {
	tests := []struct{ in, want string }{
		{"SANCTIONS", "sanction"}, {"TALKS", "talk"}, {"TROOPS", "troop"}, {"ARMED_FORCES", "armed force"},
		{"coast  guards", "coast guard"}, {"allies", "ally"}, {"ties", "tie"}, {"policemen", "policeman"},
		{"men", "man"}, {"police", "police"}, {"crises", "crisis"}, {"embassies", "embassy"},
		{"witnesses", "witness"}, {"taxes", "tax"}, {"churches", "church"}, {"gas", "gas"},
		{"status", "status"}, {"analysis", "analysis"}, {"ceasefires", "ceasefire"}, {"arms", "arms"},
		{"people", "person"}, {"attorneys general", "attorneys general"}, {"thieves", "thief"},
		{"diplomatic_relations", "diplomatic relation"}, {"bus", "bus"},
	}
	for _, tt := range tests {
		if got := Noun(tt.in); got != tt.want {
			t.Errorf("Noun(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestVerbBases(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"signed", []string{"sign", "signe"}},
		{"stopped", []string{"stopp", "stoppe", "stop"}},
		{"carries", []string{"carry"}},
		{"easing", []string{"eas", "ease"}},
		{"attacks", []string{"attack"}},
		{"pushes", []string{"push", "pushe"}},
		{"called off", []string{"call off", "calle off", "cal off"}},
		{"meet", nil},
	}
	for _, tt := range tests {
		if got := VerbBases(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("VerbBases(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

package entities_test

import (
	"testing"

	"newsgraph/loader/entities"
)

func TestSlug(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Côte d'Ivoire", "cote-divoire"},
		{"Kim Jong-Un", "kim-jong-un"},
		{"São Paulo", "sao-paulo"},
		{"U.S.", "us"},
		{"Olivier J.P. Nduhungirehe", "olivier-jp-nduhungirehe"},
		{"  A417 road ", "a417-road"},
		{"Łódź", "lodz"},
		{"Κύπρος", "κύπρος"},
	} {
		if got := entities.Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q): got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIsDocumentWord(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"agreement", true}, {"accords", true}, {"war", true}, {"summit", true},
		{"Agreement", false}, // the contract: lower-case words
		{"border", false}, {"minister", false}, {"", false},
	} {
		if got := entities.IsDocumentWord(tc.w); got != tc.want {
			t.Errorf("IsDocumentWord(%q): got %v, want %v", tc.w, got, tc.want)
		}
	}
}

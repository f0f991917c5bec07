package gazetteer

import (
	"strings"
	"testing"
)

// TestPhoenixOrgs checks that the generated phoenix_orgs.tsv loads after orgs.tsv, that known
// organisations of it resolve with their codes, that orgs.tsv keeps its names, and that common
// words name no organisation.
func TestPhoenixOrgs(t *testing.T) {
	z, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string][]Org{}
	for _, o := range z.Orgs {
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			byName[n] = append(byName[n], o)
		}
	}
	for _, tc := range []struct{ name, id, code, iso string }{
		{"USAID", "us-usaid", "GOV", "USA"},
		{"Drug Enforcement Agency", "us-dea", "GOV", "USA"},
		{"Peshmerga", "iq-peshmerga", "GOV", "IRQ"},
		{"World Economic Forum", "world-economic-forum", "NGO", ""},
		{"AQAP", "aqap", "NGO", ""},
		{"Doctors Without Borders", "msf", "NGO", ""}, // orgs.tsv's
	} {
		found := byName[tc.name]
		if len(found) != 1 {
			t.Errorf("%q: got %d organisations, want 1", tc.name, len(found))
			continue
		}
		if o := found[0]; o.ID != tc.id || o.Code != tc.code || o.ISO3 != tc.iso {
			t.Errorf("%q: got %s %s %q, want %s %s %q", tc.name, o.ID, o.Code, o.ISO3, tc.id, tc.code, tc.iso)
		}
	}
	for _, w := range []string{"Mission", "Forum", "Foundation", "NGO", "Government", "Texas", "Iraqi Kurdistan"} {
		if found := byName[w]; len(found) > 0 {
			t.Errorf("%q names %s, want no organisation", w, found[0].ID)
		}
	}
	hand := map[string]bool{}
	handIDs := map[string]bool{}
	if err := eachLine("data/orgs.tsv", func(f []string) error {
		handIDs[f[0]] = true
		for _, n := range append([]string{f[3]}, split(strings.Join(f[4:], ""))...) {
			hand[strings.ToLower(n)] = true
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, o := range z.Orgs {
		if handIDs[o.ID] {
			continue
		}
		n++
		for _, name := range append([]string{o.Name}, o.Aliases...) {
			if hand[strings.ToLower(name)] {
				t.Errorf("%s: %q is a name of orgs.tsv, which wins", o.ID, name)
			}
		}
	}
	if n < 1000 {
		t.Errorf("got %d organisations from phoenix_orgs.tsv, want over 1000", n)
	}
}

package gazetteer

import (
	"strings"
	"testing"
	"testing/fstest"
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

// TestPhoenixPeople checks that the generated phoenix_people.tsv loads into PersonCountry with
// well-known people and their countries, and that its names are full names with no title.
func TestPhoenixPeople(t *testing.T) {
	z, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, iso string }{
		{"ronald reagan", "USA"},
		{"barack obama", "USA"},
		{"emmerson mnangagwa", "ZWE"},
		{"laurent fabius", "FRA"},
	} {
		if got, want := z.PersonCountry[tc.name], tc.iso; got != want {
			t.Errorf("PersonCountry[%q]: got %q, want %q", tc.name, got, want)
		}
	}
	for _, tc := range []struct{ surname, iso string }{
		{"reagan", "USA"},
		{"mnangagwa", "ZWE"},
		{"obama", ""}, // office holders of three countries bear it
		{"singh", ""},
	} {
		if got, want := z.SurnameCountry[tc.surname], tc.iso; got != want {
			t.Errorf("SurnameCountry[%q]: got %q, want %q", tc.surname, got, want)
		}
	}
	titles := map[string]bool{"president": true, "mr": true, "mr.": true, "gov.": true, "senator": true,
		"former": true, "king": true, "prime": true}
	for name := range z.PersonCountry {
		ws := strings.Fields(name)
		if len(ws) < 2 {
			t.Errorf("%q: got a single word, want a full name", name)
		} else if titles[ws[0]] {
			t.Errorf("%q: got a name after a title, want a plain name", name)
		}
	}
	if got, want := len(z.PersonCountry), 5000; got <= want {
		t.Errorf("got %d people, want over %d", got, want)
	}
}

// TestLoadPersonCountry checks that a missing phoenix_people.tsv is no error and that a
// malformed line gives an error naming the file and line.
func TestLoadPersonCountry(t *testing.T) {
	z, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		desc, text string
		wantErr    string // "" for none
		wantLen    int
	}{
		{"missing file", "", "", 0},
		{"good lines", "# header\nRonald Reagan\tUSA\n\nEmmerson Mnangagwa\tZWE\n", "", 2},
		{"one field", "# header\nRonald Reagan\tUSA\nBarack Obama\n", "data/phoenix_people.tsv:3", 0},
		{"unknown country", "Ronald Reagan\tXYZ\n", "data/phoenix_people.tsv:1", 0},
	} {
		fsys := fstest.MapFS{}
		if tc.text != "" {
			fsys[phoenixPeople] = &fstest.MapFile{Data: []byte(tc.text)}
		}
		y := &Gazetteer{Countries: z.Countries, PersonCountry: map[string]string{}}
		err := y.loadPersonCountry(fsys)
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("%s: got error %v, want none", tc.desc, err)
		case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
			t.Errorf("%s: got error %v, want one naming %s", tc.desc, err, tc.wantErr)
		case tc.wantErr == "" && len(y.PersonCountry) != tc.wantLen:
			t.Errorf("%s: got %d people, want %d", tc.desc, len(y.PersonCountry), tc.wantLen)
		}
	}
}

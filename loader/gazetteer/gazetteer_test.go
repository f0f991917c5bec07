package gazetteer

import "testing"

func TestLoad(t *testing.T) {
	z, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if got := len(z.Countries); got < 245 {
		t.Errorf("got %d countries, want every ISO 3166-1 country (≥ 245)", got)
	}
	byISO := map[string]Country{}
	for _, c := range z.Countries {
		if len(c.ISO3) != 3 {
			t.Errorf("country %q has code %q", c.Name, c.ISO3)
		}
		byISO[c.ISO3] = c
	}
	for _, tc := range []struct {
		iso, field, want string
	}{
		{"USA", "alias", "U.S."}, {"USA", "alias", "America"}, {"GBR", "alias", "Britain"},
		{"COD", "alias", "DRC"}, {"RWA", "demonym", "Rwandan"}, {"RWA", "people", "Rwandans"},
		{"RWA", "capital", "Kigali"}, {"TUR", "name", "Turkey"}, {"PSE", "alias", "Palestine"},
		{"IRQ", "people", "Iraqis"}, {"MEX", "people", "Mexicans"},
	} {
		c, ok := byISO[tc.iso]
		if !ok {
			t.Errorf("%s missing", tc.iso)
			continue
		}
		var vs []string
		switch tc.field {
		case "name":
			vs = []string{c.Name}
		case "alias":
			vs = c.Aliases
		case "demonym":
			vs = c.Demonyms
		case "people":
			vs = c.People
		case "capital":
			vs = c.Capitals
		}
		if !contains(vs, tc.want) {
			t.Errorf("%s %s: got %q, want %q among them", tc.iso, tc.field, vs, tc.want)
		}
	}
	orgs := map[string]Org{}
	for _, o := range z.Orgs {
		if _, dup := orgs[o.ID]; dup {
			t.Errorf("organisation %s listed twice", o.ID)
		}
		orgs[o.ID] = o
	}
	if o := orgs["unhcr"]; o.Code != "IGO" || !contains(o.Aliases, "U.N. refugee agency") {
		t.Errorf("unhcr: got %+v, want an IGO with alias \"U.N. refugee agency\"", o)
	}
	var kigali, texas bool
	for _, p := range z.Places {
		kigali = kigali || (p.Name == "Kigali" && p.ISO3 == "RWA" && p.Lat < 0)
		texas = texas || (p.Name == "Texas" && p.ISO3 == "USA" && p.Kind == "region")
	}
	if !kigali || !texas {
		t.Errorf("got Kigali %v, Texas %v; want both", kigali, texas)
	}
	if z.Titles["foreign minister"] != "Foreign Minister" || !z.FirstNames["Marco"] {
		t.Errorf("titles or first names incomplete")
	}
	for name, want := range map[string]byte{"Marco": 'M', "Ursula": 'F', "Rebecca": 'F', "Luke": 'M', "Hillary": 0, "Jordan": 0, "Wang": 0} {
		if got := z.NameGender[name]; got != want {
			t.Errorf("NameGender[%q] = %q, want %q", name, got, want)
		}
	}
}

func TestPlural(t *testing.T) {
	for in, want := range map[string]string{"Rwandan": "Rwandans", "Iraqi": "Iraqis", "British": "",
		"Chinese": "", "Swiss": "", "Cypriot": "Cypriots", "Icelander": "Icelanders", "French": ""} {
		if got := plural(in); got != want {
			t.Errorf("plural(%q) = %q, want %q", in, got, want)
		}
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// TestAreaCovers: an area covers the countries of the continents, subregions or codes it lists,
// and a name that is none of them is an error.
func TestAreaCovers(t *testing.T) {
	z, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	area := map[string]Place{}
	for _, p := range z.Places {
		if p.Kind == "area" {
			area[p.Name] = p
		}
	}
	for _, tc := range []struct {
		area, iso string
		want      bool
	}{
		{"South America", "VEN", true}, {"South America", "KEN", false}, {"East Africa", "KEN", true},
		{"Middle East", "EGY", true}, {"Middle East", "IRN", true}, {"Horn of Africa", "SOM", true},
		{"Europe", "FRA", true}, {"Red Sea", "EGY", false},
	} {
		if got := area[tc.area].Covers[tc.iso]; got != tc.want {
			t.Errorf("%s covers %s: got %v, want %v", tc.area, tc.iso, got, tc.want)
		}
	}
	if _, err := z.covered([]string{"Atlantis"}); err == nil {
		t.Errorf("covered(Atlantis): got no error, want one")
	}
}

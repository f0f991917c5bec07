package main

import (
	"reflect"
	"strings"
	"testing"
)

// testFilter is a filter over small invented lists, so that the tests need neither the word list
// nor ../shared.
func testFilter() *filter {
	return &filter{
		words:     set("black", "forum", "mission", "red", "line", "cornerstone", "eta"),
		proper:    set("Friday", "Islamic", "Palestinian", "Kurdish"),
		first:     set("Kofi", "Masoud", "Peter"),
		places:    set("iraqi kurdistan", "texas", "kenya"),
		titles:    set("secretary of state"),
		known:     set("united nations", "un", "hezbollah"),
		countries: map[string]string{"us": "USA", "u.s.": "USA", "united states": "USA", "iraqi": "IRQ", "kenya": "KEN"},
	}
}

const groupFile = `# Phoenix-like international and non-state actors, invented for the test
WORLD_ECONOMIC_FORUM_	[NGOBUSWEF]# NGO_Actors
KOFI_ANNAN_
+K._ANNAN_
	[IGOUNO 970101-061231]
AL-QAEDA_IN_THE_ARABIAN_PENINSULA [IMGMUSALQ]
+AQAP
+ANWAR_AL-AWLAKI
+AWLAQI
BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_ [ESPREB] #  kkl 21 Mar 13
BLACK_FRIDAY_ [TURREB]
HEZBOLLAH [LBNREB]
+PARTY_OF_GOD
UN_ENVOY_	[IGOUNO]
MISSION_	[IGOUNO]
EXXON_	[MNCUSA]
`

const countryFile = `FEDERAL_BUREAU_OF_INVESTIGATION_ # comment
+FBI_
+DRUG_ENFORCEMENT_AGENCY_
+DEA_
	[USACOP]
UNITED_STATES_AGENCY_FOR_INTERNATIONAL_DEVELOPMENT_
+US_AGENCY_FOR_INTERNATIONAL_DEVELOPMENT_
+USAID_
	[USAGOVDEV]
PESHMERGA  # Kurdistan stuff
+KURDISH_PESHMERGA
+IRAQI_KURDISTAN
	[IRQMIL]
MASOUD_BARZANI_  # CountryInfo.txt
	[IRQGOV 050101-170101]
TEXAS_
	[USA]
`

func TestParseActors(t *testing.T) {
	as, err := parseActors(strings.NewReader(countryFile))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(as), 5; got != want {
		t.Fatalf("got %d actors, want %d", got, want)
	}
	if got, want := as[0].Names, []string{"FEDERAL_BUREAU_OF_INVESTIGATION_", "FBI_", "DRUG_ENFORCEMENT_AGENCY_", "DEA_"}; !reflect.DeepEqual(got, want) {
		t.Errorf("names: got %q, want %q", got, want)
	}
	if got, want := as[3].Codes, []code{{Code: "IRQGOV", Dated: true}}; !reflect.DeepEqual(got, want) {
		t.Errorf("codes: got %+v, want %+v", got, want)
	}
	if _, err := parseActors(strings.NewReader("+SYNONYM_\n")); err == nil {
		t.Error("a synonym before any actor: got no error, want one")
	}
}

func TestDisplay(t *testing.T) {
	f := testFilter()
	for _, tc := range []struct {
		raw, want string
		paren     []string
	}{
		{"WORLD_ECONOMIC_FORUM_", "World Economic Forum", nil},
		{"USAID_", "USAID", nil},
		{"THE_UNITED_NATIONS_", "United Nations", nil},
		{"DOCTORS_WITHOUT_BORDERS_", "Doctors without Borders", nil},
		{"ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_", "Aden Abyan Islamic Army", []string{"AAIA"}},
		{"NATIONAL_LIBERATION_ARMY_(COLOMBIA)_", "National Liberation Army", nil},
		{"U.S._AGENCY_FOR_INTERNATIONAL_DEVELOPMENT", "U.S. Agency for International Development", nil},
		{"US_BORDER_PATROL_", "US Border Patrol", nil},
		{"AL-QAEDA_IN_THE_ARABIAN_PENINSULA", "al-Qaeda in the Arabian Peninsula", nil},
		{"CHILDREN'S_FUND_", "Children's Fund", nil},
	} {
		got, paren := display(tc.raw, f.words)
		if got != tc.want || !reflect.DeepEqual(paren, tc.paren) {
			t.Errorf("display(%q): got %q %q, want %q %q", tc.raw, got, paren, tc.want, tc.paren)
		}
	}
}

func TestDrop(t *testing.T) {
	f := testFilter()
	for _, tc := range []struct{ name, want string }{
		{"World Economic Forum", ""},
		{"USAID", ""},
		{"Peshmerga", ""},
		{"Palestinian Islamic Jihad", ""},
		{"Forum", "word"},
		{"al-Mission", "word"},
		{"Mission", "word"},
		{"LJ", "short"},
		{"NGO", "generic"},
		{"Texas", "place"},
		{"Secretary of State", "title"},
		{"UN Envoy", "role"},
		{"Chairman of the Federation Council", "role"},
		{"Peter Cordingley", "person"},
		{"Ayman al-Zawahiri", "person"},
		{"Black Friday", "phrase"},
		{"Abu Hussain", "person"},
		{"Hafiz Saeed", "foreign"},
		{"Boko Haram Front", ""},
		{"Islamic Society", "generic"},
		{"Islamic Relief", ""},
	} {
		if got := f.drop(tc.name); got != tc.want {
			t.Errorf("drop(%q): got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestSyllabicOf(t *testing.T) {
	for _, tc := range []struct {
		x, name string
		want    bool
	}{
		{"Centcom", "United States Central Command", true},
		{"CENTCOM", "Central Command", true},
		{"Africom", "Central Command", false},
		{"Command", "Central Command", false},
	} {
		if got := syllabicOf(tc.x, tc.name); got != tc.want {
			t.Errorf("syllabicOf(%q, %q): got %v, want %v", tc.x, tc.name, got, tc.want)
		}
	}
}

func TestAcronymOf(t *testing.T) {
	for _, tc := range []struct {
		acr, name string
		want      bool
	}{
		{"FBI", "Federal Bureau of Investigation", true},
		{"USAID", "United States Agency for International Development", true},
		{"AQAP", "al-Qaeda in the Arabian Peninsula", true},
		{"DEA", "Federal Bureau of Investigation", false},
		{"FBI", "Drug Enforcement Agency", false},
	} {
		if got := acronymOf(tc.acr, tc.name); got != tc.want {
			t.Errorf("acronymOf(%q, %q): got %v, want %v", tc.acr, tc.name, got, tc.want)
		}
	}
}

// TestBuild runs both kinds of file through the builder: names of one body grouped, bodies
// coded alike split apart, people, roles, phrases, places and orgs.tsv's names left out.
func TestBuild(t *testing.T) {
	b := newBuilder(testFilter(), map[string]string{"USA": "US", "IRQ": "IQ", "LBN": "LB", "ESP": "ES"}, map[string]bool{"un": true})
	for _, s := range []struct {
		text  string
		group bool
	}{{groupFile, true}, {countryFile, false}} {
		as, err := parseActors(strings.NewReader(s.text))
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range as {
			if s.group {
				b.group(a)
			} else {
				b.split(a)
			}
		}
	}
	var got []string
	for _, o := range b.out {
		got = append(got, strings.Join([]string{o.Slug, o.Code, o.ISO3, o.Name, strings.Join(o.Aliases, "|")}, " / "))
	}
	want := []string{
		"world-economic-forum / NGO /  / World Economic Forum / ",
		"aqap / NGO /  / al-Qaeda in the Arabian Peninsula / AQAP",
		"es-basque-fatherland-and-freedom / NGO / ESP / Basque Fatherland and Freedom / ",
		"us-fbi / GOV / USA / Federal Bureau of Investigation / FBI",
		"us-dea / GOV / USA / Drug Enforcement Agency / DEA",
		"us-usaid / GOV / USA / United States Agency for International Development / USAID|US Agency for International Development",
		"iq-peshmerga / GOV / IRQ / Peshmerga / Kurdish Peshmerga",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

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

// peopleFile holds, in TABARI format, a person with synonyms and two dated codes of one country,
// one with an open-ended date, a person coded in two countries, a role, a name found under two
// countries, and a country's entry (no dated code).
const peopleFile = `RONALD_REAGAN_  # CountryInfo.txt
+PRESIDENT_RONALD_REAGAN
+RONALD_WILSON_REAGAN
+GOV._REAGAN
+US_PRESIDENT_RONALD_REAGAN
+REAGAN_ADMINISTRATION
+REAGAN
	[USAELI 19290101-810120]
	[USAGOV 810120-890120]
EMMERSON_MNANGAGWA_  # CountryInfo.txt
	[ZWEGOVAGR 050501-090228]
	[ZWEGOVMIL >090301]
ALAN_HUCKLE_  # CountryInfo.txt
	[GBRGOV 010101-040101]
	[AIAGOV 040528-060602]
AMERICAN_VICE_PRESIDENT
+US_VICE_PRESIDENT
	[USAGOV 090120-170120]
SALVA_KIIR_
	[SDNGOV 050801-110709]
SALVA_KIIR_MAYARDIT_
+SALVA_KIIR
	[SSDGOV >110709]
TEXAS_
	[USA]
`

func TestCollectPeople(t *testing.T) {
	as, err := parseActors(strings.NewReader(peopleFile))
	if err != nil {
		t.Fatal(err)
	}
	iso2 := map[string]string{"USA": "US", "ZWE": "ZW", "GBR": "GB", "AIA": "AI", "SDN": "SD", "SSD": "SS"}
	people, tl := collectPeople(testFilter(), iso2, as)
	var got []string
	for _, p := range people {
		got = append(got, p.Name+" / "+p.ISO3)
	}
	want := []string{"Emmerson Mnangagwa / ZWE", "Ronald Reagan / USA", "Ronald Wilson Reagan / USA", "Salva Kiir Mayardit / SSD"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for why, want := range map[string]int{"countries": 1, "role": 1, "ambiguous": 1, "undated": 1, "title": 3, "body": 1, "single": 1} {
		if got := tl.dropped[why]; got != want {
			t.Errorf("dropped %s: got %d, want %d", why, got, want)
		}
	}
}

func TestPersonDisplay(t *testing.T) {
	f := testFilter()
	for _, tc := range []struct{ raw, want string }{
		{"RONALD_REAGAN_", "Ronald Reagan"},
		{"BASHAR_AL-ASSAD", "Bashar al-Assad"},
		{`TZIPORA_"TZIPI"_LIVNI`, "Tzipora Livni"},
		{"ANDREW_H._CARD,_JR.", "Andrew H. Card"},
		{"JOSEPH_W._MARTIN_JR.", "Joseph W. Martin Jr."},
		{"OSMAN_JAMA_ALI_(ACTING", "Osman Jama Ali"},
		{"EHSAN_ZIA_", "Ehsan Zia"},
		{"AL_GORE", "Al Gore"},
		{"MARGRETHE_II", "Margrethe II"},
		{"THOMAS_P._O'NEILL", "Thomas P. O'Neill"},
		{"CHUI_SAI_ON", "Chui Sai On"},
	} {
		if got := personDisplay(tc.raw, f.words); got != tc.want {
			t.Errorf("personDisplay(%q): got %q, want %q", tc.raw, got, tc.want)
		}
	}
}

func TestPlainName(t *testing.T) {
	f := testFilter()
	for _, tc := range []struct{ name, want string }{
		{"Ronald Reagan", ""},
		{"Julie Bishop", ""},
		{"Abdurahman Sheikh Mohammed", ""},
		{"Jihad Azour", ""},
		{"Song Min Soon", ""},
		{"Reagan", "single"},
		{"Al-Maliki", "single"},
		{"Iraqi Kurdistan", "place"},
		{"United Nations", "known"},
		{"President Ronald Reagan", "title"},
		{"Gov. Reagan", "title"},
		{"Mr. Obama", "title"},
		{"US President George Bush", "title"},
		{"American Defense Secretary Donald Rumsfeld", "title"},
		{"Reagan Administration", "body"},
		{"Assad Regime", "body"},
		{"Jaish al-Shabi", "body"},
		{"Baroness Royall of Blaisdon", "title"},
		{"Williams of Mostyn", "phrase"},
	} {
		if got := f.plainName(tc.name); got != tc.want {
			t.Errorf("plainName(%q): got %q, want %q", tc.name, got, tc.want)
		}
	}
}

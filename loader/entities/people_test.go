package entities_test

import (
	"maps"
	"sort"
	"strings"
	"testing"

	"newsgraph"
)

// relationsOf lists "TYPE subject object [office]" for the relations of d.
func relationsOf(d result) []string {
	var out []string
	for _, r := range d.Relations {
		s := r.Type + " " + r.Subject + " " + r.Object
		if o := r.Attrs["office"]; o != "" {
			s += " " + o
		}
		if r.Attrs["former"] == "true" {
			s += " (former)"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func TestPeopleAndOffices(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"title with demonym", "Kenyan President Wanjiru Mbeki opened the summit.",
			[]string{"HOLDS_OFFICE person/wanjiru-mbeki country/KEN President"}, nil},
		{"\"PM\" in capitals is a prime minister", "Slovenian PM Miro Cerar met the press. Outgoing PM Cerar said the step was measured.",
			[]string{"HOLDS_OFFICE person/miro-cerar country/SVN Prime Minister"}, []string{"HOLDS_OFFICE person/outgoing-cerar country/SVN Prime Minister"}},
		{"... not \"pm\", nor a time of day", "Kenya's talks ended at 5 pm Tuesday. At 4.11 PM Mwangi Kiunjuri spoke.",
			nil, []string{"HOLDS_OFFICE person/mwangi-kiunjuri country/KEN Prime Minister"}},
		{"country-specific title", "Secretary of State Dana Whitcombe flew home.",
			[]string{"HOLDS_OFFICE person/dana-whitcombe country/USA Secretary of State"}, nil},
		{"a country-specific title yields to a well-known holder's own country", "In North Korea, no one can have the same name as supreme leader Kim Jong Un.",
			[]string{"HOLDS_OFFICE person/kim-un country/PRK Supreme Leader"}, []string{"HOLDS_OFFICE person/kim-un country/IRN Supreme Leader"}},
		{"apposition with anaphor", "Peru signed the accord. Its text was read by Lucia Farro, the nation's foreign minister, at noon.",
			[]string{"HOLDS_OFFICE person/lucia-farro country/PER Foreign Minister"}, nil},
		{"title of country", "Talks were led by the Minister of Foreign Affairs of Chile, Tomas Ibarra Ruiz.",
			nil, nil},
		{"well-known office holder by surname", "Putin offered talks. Later President Obama replied.",
			[]string{"HOLDS_OFFICE person/vladimir-putin country/RUS President", "HOLDS_OFFICE person/barack-obama country/USA President"}, nil},
		{"a surname before 'administration' is the one head of government of that name", "The Clinton administration criticized Iraq.",
			[]string{"HOLDS_OFFICE person/bill-clinton country/USA President"}, nil},
		{"a Chinese leader's family name comes first", "President Xi criticised Japan on Monday.",
			[]string{"HOLDS_OFFICE person/xi-jinping country/CHN President"}, []string{"HOLDS_OFFICE person/xi country/JPN President"}},
		{"... and names alone the one the article named in full", "Chinese President Xi Jinping met Vladimir Putin in Moscow. Later Xi praised Japan.",
			[]string{"HOLDS_OFFICE person/xi-jinping country/CHN President"}, []string{"HOLDS_OFFICE person/xi country/JPN President"}},
		{"a surname alone that is no head's names no one", "Clinton criticized Iraq.",
			nil, []string{"HOLDS_OFFICE person/bill-clinton country/USA President"}},
		{"what the holder says names no office's country; the passage's country does", "German police arrested two men. Foreign Minister Wanjiru Mbeki said Moscow was trying to intimidate Germany.",
			[]string{"HOLDS_OFFICE person/wanjiru-mbeki country/DEU Foreign Minister"}, []string{"HOLDS_OFFICE person/wanjiru-mbeki country/RUS Foreign Minister"}},
		{"a minister named with no country is the passage's", "Mexican police found more graves. Attorney General Tomas Ibarra said tests were continuing.",
			[]string{"HOLDS_OFFICE person/tomas-ibarra country/MEX Attorney General"}, nil},
		{"... a capitalised first word of the sentence is no owner", "Mexican police found more graves. But Attorney General Tomas Ibarra said tests were continuing.",
			[]string{"HOLDS_OFFICE person/tomas-ibarra country/MEX Attorney General"}, nil},
		{"... but no president's: a company has one too", "Iraqi forces retook the town. An NBC source said former NBC News president Tomas Ibarra knew the story was false.",
			nil, []string{"HOLDS_OFFICE person/tomas-ibarra country/IRQ President (former)"}},
		{"... not after a word no list knows", "Kurdish fighters held the town in Syria. Kurdish health minister Tomas Ibarra spoke to reporters.",
			nil, []string{"HOLDS_OFFICE person/tomas-ibarra country/SYR Health Minister"}},
		{"... but whom the holder tells is near", "The woman was travelling with a daughter, Interior Minister Tomas Ibarra told the Lebanese MTV channel.",
			[]string{"HOLDS_OFFICE person/tomas-ibarra country/LBN Interior Minister"}, nil},
		{"what the holder says first: its subject's office, not the nearest country", "Poland will send more tanks to Ukraine, Defence Minister Tomas Ibarra said on Monday.",
			[]string{"HOLDS_OFFICE person/tomas-ibarra country/POL Defence Minister"}, []string{"HOLDS_OFFICE person/tomas-ibarra country/UKR Defence Minister"}},
		{"... the passage's country first, when named", "Poland closed its border crossings. Ukraine must stop the imports from Poland, Foreign Minister Jan Lind said.",
			[]string{"HOLDS_OFFICE person/jan-lind country/POL Foreign Minister"}, nil},
		{"nationality apposition", "A Syrian refugee, Karim Nassar Aboud, was detained.",
			[]string{"NATIONALITY person/karim-aboud country/SYR"}, nil},
		{"a title set off before the name", "The Kenyan foreign minister, Wanjiru Mbeki, said the talks failed.",
			[]string{"HOLDS_OFFICE person/wanjiru-mbeki country/KEN Foreign Minister"}, nil},
		{"a title with its country after of, set off before the name", "The foreign minister of Peru, Ana Ruiz, criticized Chile.",
			[]string{"HOLDS_OFFICE person/ana-ruiz country/PER Foreign Minister"}, nil},
		{"a title set off by a possessive", "Chile's defence minister, Tomas Ibarra, met the press.",
			[]string{"HOLDS_OFFICE person/tomas-ibarra country/CHL Defence Minister"}, nil},
		{"a profession is no office: its demonym is a nationality", "A Lebanese lawyer, Karim Nassar, filed a complaint.",
			[]string{"NATIONALITY person/karim-nassar country/LBN"}, []string{"HOLDS_OFFICE person/karim-nassar country/LBN Lawyer"}},
		{"a former office is marked so", "Former Kenyan President Wanjiru Mbeki opened the summit.",
			[]string{"HOLDS_OFFICE person/wanjiru-mbeki country/KEN President (former)"}, nil},
		{"a former office after its owner", "Kenya's former president, Wanjiru Mbeki, opened the summit.",
			[]string{"HOLDS_OFFICE person/wanjiru-mbeki country/KEN President (former)"}, nil},
		{"an acting office is held", "Acting Kenyan President Wanjiru Mbeki opened the summit.",
			[]string{"HOLDS_OFFICE person/wanjiru-mbeki country/KEN President"}, nil},
		{"a name in a list after a title is not apposed to it", "Peru met the foreign minister, Dana Whitcombe and others.",
			nil, []string{"HOLDS_OFFICE person/dana-whitcombe country/PER Foreign Minister"}},
		{"a country's sole office is not given to a second person by nearness", "Kenyan President Wanjiru Mbeki backed President Tomas Ibarra.",
			[]string{"HOLDS_OFFICE person/wanjiru-mbeki country/KEN President"}, []string{"HOLDS_OFFICE person/tomas-ibarra country/KEN President"}},
		{"a well-known person's country names whose bare title it is", "The German government welcomed President Ronald Reagan's statement.",
			[]string{"HOLDS_OFFICE person/ronald-reagan country/USA President"}, []string{"HOLDS_OFFICE person/ronald-reagan country/DEU President"}},
		{"so does a well-known surname after a sole office", "The German government welcomed President Reagan's statement.",
			[]string{"HOLDS_OFFICE person/reagan country/USA President"}, []string{"HOLDS_OFFICE person/reagan country/DEU President"}},
		{"but not a royal's given name", "Canada welcomed Queen Alia.",
			nil, []string{"HOLDS_OFFICE person/alia country/ALB Queen"}},
		{"a title after a body's name no list knows is that body's", "Theresa May met European Council president Donald Tusk in Kenya.",
			nil, []string{"HOLDS_OFFICE person/donald-tusk country/POL President", "HOLDS_OFFICE person/donald-tusk country/KEN President"}},
		{"an office many hold is", "Kenyan Ambassador Wanjiru Mbeki met Ambassador Tomas Ibarra.",
			[]string{"HOLDS_OFFICE person/tomas-ibarra country/KEN Ambassador"}, nil},
		{"a counterpart holds the office named before it, for the country of its own title", "The Kenyan foreign minister, Wanjiru Mbeki, met his Ugandan counterpart, Mostafa Najjar, in Nairobi.",
			[]string{"HOLDS_OFFICE person/wanjiru-mbeki country/KEN Foreign Minister", "HOLDS_OFFICE person/mostafa-najjar country/UGA Foreign Minister"}, nil},
		{"a counterpart of a well-known office holder", "Wang Yi met his Ugandan counterpart, Mostafa Najjar.",
			[]string{"HOLDS_OFFICE person/mostafa-najjar country/UGA Foreign Minister"}, nil},
		{"a rank is an office the text attaches to a country", "Kenyan Officer Darren Whitcombe stopped the car.",
			[]string{"HOLDS_OFFICE person/darren-whitcombe country/KEN Officer"}, nil},
		{"an office after a preposition in an apposition is another's", "Dana Whitcombe, an aide to Kenyan President Wanjiru Mbeki, met the press.",
			[]string{"HOLDS_OFFICE person/wanjiru-mbeki country/KEN President"}, []string{"HOLDS_OFFICE person/dana-whitcombe country/KEN President"}},
		{"... which leaves the office free for its holder", "Dana Whitcombe, an adviser to President Tomas Ibarra, backed Slovenia's decision to recall its ambassador to Russia.",
			[]string{"HOLDS_OFFICE person/tomas-ibarra country/SVN President"}, []string{"HOLDS_OFFICE person/tomas-ibarra country/RUS President"}},
	} {
		checkAmong(t, tc.name, relationsOf(find(t, tc.text)), tc.want, tc.not)
	}
}

func TestOnePersonAcrossNames(t *testing.T) {
	text := "Foreign Minister Olivier J.P. Halvorsen arrived. Mr. Halvorsen spoke briefly. Later Halvorsen left."
	d := find(t, text)
	ids := map[string]int{}
	for _, m := range d.Mentions {
		if strings.HasPrefix(m.EntityID, "person/") && m.Kind != "anaphor" {
			ids[m.EntityID]++
		}
	}
	if len(ids) != 1 || ids["person/olivier-halvorsen"] != 3 {
		t.Errorf("got people %v, want person/olivier-halvorsen three times", ids)
	}
	// the same person in another article gets the same ID
	d2 := find(t, "Olivier Halvorsen said the talks would go on.")
	if _, ok := d2.Entities["person/olivier-halvorsen"]; !ok {
		t.Errorf("got entities %v, want person/olivier-halvorsen", keys(d2.Entities))
	}
}

func keys(m map[string]*newsgraph.Entity) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestFamilyNamesAreTwoPeople: a full name whose given name differs from the one the article
// gave the surname first is another person, even a given name no list knows ("Barack"), and
// whether the article names it before or after the first; a word
// or a title before the surname is not a given name ("Later Halvorsen", "Sgt Halvorsen").
func TestFamilyNamesAreTwoPeople(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]int
	}{
		{"Olivier Halvorsen said on Monday the talks would go on. Barrak Halvorsen arrived later.", map[string]int{"person/olivier-halvorsen": 1, "person/barrak-halvorsen": 1}},
		{"Olivier Halvorsen said on Monday the talks would go on. Because Halvorsen arrived later, they began late.", map[string]int{"person/olivier-halvorsen": 2}},
		{"Olivier Halvorsen said on Monday the talks would go on. Sgt Halvorsen arrived later.", map[string]int{"person/olivier-halvorsen": 2}},
		// ... also when the other given name comes first in the article
		{"Russia asked to meet Barrak Halvorsen, a Russian citizen. Her father, Olivier Halvorsen, was in hospital.", map[string]int{"person/olivier-halvorsen": 1, "person/barrak-halvorsen": 1}},
	} {
		got := map[string]int{}
		for _, m := range find(t, tc.text).Mentions {
			if strings.HasPrefix(m.EntityID, "person/") && m.Kind != "anaphor" {
				got[m.EntityID]++
			}
		}
		if !maps.Equal(got, tc.want) {
			t.Errorf("%q: got people %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestCommonWordsBeforeSaidAreNoPerson: capitalised dictionary words before a verb of saying name
// a body or a thing, not a person ("the Syrian Observatory for Human Rights said"), unless a
// given name, a noun for a person or a title is among them; and so does a name that ends in a
// word for a body or a product.
func TestCommonWordsBeforeSaidAreNoPerson(t *testing.T) {
	for _, c := range []struct {
		text, want, not string
	}{
		{"The Peruvian Observatory for Human Rights said the men were arrested.", "", "person/human-rights"},
		{"The Political Bureau said the papers were released.", "", "person/political-bureau"},
		{"Tiger Woods said he would play.", "person/tiger-woods", ""},
		{"Anna Wintour said the show would go on.", "person/anna-wintour", ""},
		// bodyEnds: a name that ends in a word for a body or a product is no person's
		{"Maria Lopez Organization said it would sue.", "", "person/maria-organization"},
		{"Apple CEO Tim CookApple Watch will launch soon.", "", "person/tim-watch"},
	} {
		d := find(t, c.text)
		if _, ok := d.Entities[c.not]; c.not != "" && ok {
			t.Errorf("%q: got entity %s, want none", c.text, c.not)
		}
		if _, ok := d.Entities[c.want]; c.want != "" && !ok {
			t.Errorf("%q: got entities %v, want %s", c.text, keys(d.Entities), c.want)
		}
	}
}

// TestRanksAreNoNames: a rank before a name ("Officer Darren Wilson", "Sergeant Kevin Vickers")
// is a title, so the person is one entity whether the rank is written or not.
func TestRanksAreNoNames(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{"Officer Darren Whitcombe stopped the car. Whitcombe fired.", "person/darren-whitcombe", "person/officer-darren-whitcombe"},
		{"Sergeant Kevin Halvorsen fired.", "person/kevin-halvorsen", "person/sergeant-kevin-halvorsen"},
		{"Corporal Nathan Ibarra stood guard.", "person/nathan-ibarra", "person/corporal-nathan-ibarra"},
	} {
		d := find(t, c.text)
		if _, ok := d.Entities[c.not]; ok {
			t.Errorf("%q: got entity %s, want none", c.text, c.not)
		}
		if _, ok := d.Entities[c.want]; !ok {
			t.Errorf("%q: got entities %v, want %s", c.text, keys(d.Entities), c.want)
		}
	}
}

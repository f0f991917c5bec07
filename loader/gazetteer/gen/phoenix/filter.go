package main

import (
	"strings"
	"unicode"
)

// filter decides which names may stand for an organisation in running text.
type filter struct {
	words  map[string]bool // lower-case English words (wamerican)
	proper map[string]bool // capitalised English words ("Friday", "Islamic")
	first  map[string]bool // given names as written ("Peter")
	places map[string]bool // lower-cased names of countries, their adjectives and capitals, regions, places
	titles map[string]bool // lower-cased offices ("foreign minister")
	known  map[string]bool // lower-cased names and aliases of the hand-written orgs.tsv
	// countries maps the lower-cased names, aliases and adjectives of countries ("us",
	// "american") to their ISO3 codes.
	countries map[string]string
}

// roleWords end names of people or roles, not bodies ("UN Envoy", "White House Spokesman").
var roleWords = set("spokesman", "spokeswoman", "spokesperson", "official", "officials", "envoy", "chief",
	"secretary", "general", "minister", "president", "monitor", "monitors", "peacekeeper", "peacekeepers",
	"resident", "justices", "director", "ambassador", "representative", "commander", "leader", "leaders",
	"member", "members", "head", "chairman", "rapporteur", "observer", "observers", "inspector",
	"inspectors", "negotiator", "officer", "officers", "agent", "agents", "worker", "workers", "aide",
	"aides", "adviser", "advisor", "judge", "prosecutor", "governor", "mayor", "king", "queen", "prince",
	"emir", "sheikh", "premier", "chancellor", "deputy", "bodies", "spokesmen", "sources", "source",
	"contingent", "secretary-general", "person", "people", "staffer", "staffers", "soldier", "soldiers")

// officeWords are offices that, first in a name, make it a person's ("Secretary of State").
var officeWords = set("secretary", "president", "vice-president", "chairman", "director", "ambassador",
	"minister", "chancellor", "governor", "general", "envoy", "spokesman", "chief", "premier", "deputy",
	"sheikh", "sheik", "mr", "mr.", "mrs.", "king", "prince", "emir", "sayyid", "sayyed", "seyyed", "commander")

// orgWords mark a name as a body even when it holds a given name ("Carter Center", "Abu Nidal
// Organization").
var orgWords = set("organization", "organisation", "association", "agency", "army", "front", "party",
	"movement", "council", "committee", "union", "federation", "fund", "foundation", "institute", "bank",
	"league", "brigade", "brigades", "group", "groups", "forces", "force", "society", "commission", "court",
	"office", "department", "ministry", "service", "services", "bureau", "corps", "authority", "board",
	"alliance", "network", "international", "center", "centre", "programme", "program", "project", "trust",
	"coalition", "tribunal", "assembly", "parliament", "congress", "senate", "command", "guard", "police",
	"mission", "secretariat", "conference", "forum", "watch", "church", "university", "college",
	"academy", "institution", "company", "corporation", "initiative", "campaign", "cells", "nuclei",
	"faction", "battalion", "militia", "liberation", "resistance", "brotherhood", "legion", "commandos",
	"unit", "units", "squad", "squads", "order", "club", "fellowship", "relief", "aid", "rights", "military",
	"navy", "administration", "directorate", "cooperation", "government")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// drop returns why a display name is left out ("" keeps it): too short, an English word, a
// person's name, a role, a place or country, or an office.
func (f *filter) drop(name string) string {
	ws := wordsOf(name)
	low := strings.ToLower(name)
	if len(ws) == 0 {
		return "short"
	}
	if len(ws) == 1 {
		letters := 0
		for _, r := range name {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters < 3 {
			return "short"
		}
		if f.words[low] || f.words[strings.ReplaceAll(low, ".", "")] {
			return "word"
		}
	}
	if len(ws) == 2 && (strings.EqualFold(ws[0], "al") || strings.EqualFold(ws[0], "el")) && f.words[strings.ToLower(ws[1])] {
		return "word" // "al-Jihad" is also part of people's names
	}
	if genericNames[low] || len(ws) == 2 && faithWords[low[:strings.IndexByte(low, ' ')+1]] && kindWords[strings.ToLower(ws[1])] {
		return "generic" // "Islamic Society": many bodies bear such a name
	}
	if f.places[low] || possessive(f.countries, ws[0]) {
		return "place" // "Syria's Government" is the country's
	}
	if f.titles[low] {
		return "title"
	}
	last := strings.ToLower(ws[len(ws)-1])
	if roleWords[last] || roleWords[strings.TrimSuffix(last, "'s")] || roleFirst(ws) {
		return "role"
	}
	if f.personLike(ws) {
		return "person"
	}
	if f.phrase(ws) {
		return "phrase"
	}
	if f.foreign(ws) {
		return "foreign"
	}
	return ""
}

// foreign reports whether a name of two or three capitalised words has no English word and none
// naming a body: mostly people ("Hafiz Saeed", "Altaf Hussain"), which the dictionaries list
// among organisations, and names English news rarely uses ("Croix Rouge").
func (f *filter) foreign(ws []string) bool {
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		lw := strings.ToLower(w)
		if orgWords[lw] || groupWords[lw] || f.words[lw] || f.proper[w] || lowerWords[lw] || w == lw || isAcronym(w) {
			return false
		}
	}
	return true
}

// genericNames are words for kinds of organisation, not names of one.
var genericNames = set("ngo", "ngos", "igo", "igos", "mnc", "mncs")

// faithWords (with their space) and kindWords make two-word names that many bodies bear.
var faithWords = set("islamic ", "muslim ", "christian ", "catholic ", "jewish ", "arab ", "hindu ", "sikh ")

var kindWords = set("society", "group", "union", "party", "brotherhood", "front", "council", "association",
	"movement", "organization", "organisation", "army", "league", "community", "center", "centre")

// phrase reports whether a name of several words is an ordinary English phrase with no word
// naming a body ("Black Friday", "Red Line"): each word is an English word, in lower case or
// capitalised.
func (f *filter) phrase(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		lw := strings.ToLower(w)
		if orgWords[lw] || groupWords[lw] || !(f.words[lw] || f.proper[w] || lowerWords[lw]) {
			return false
		}
	}
	return true
}

// roleFirst reports whether an office comes before any word naming a body ("Secretary of State",
// "Chairman of the Federation Council"; not "Office of the Director of National Intelligence").
func roleFirst(ws []string) bool {
	for _, w := range ws {
		lw := strings.ToLower(w)
		if orgWords[lw] {
			return false
		}
		if officeWords[lw] {
			return true
		}
	}
	return false
}

// key is a name without the article or the country iso (any country if iso is "*", none if
// it is "") it starts with, lower-cased: "United States
// Department of State" and "US Department of State" are both "department of state", "al-Nusra
// Front" and "Nusra Front" "nusra front".
func (f *filter) key(name, iso string) string {
	low := strings.ReplaceAll(strings.ToLower(name), "-", " ")
	for _, p := range []string{"the ", "al ", "el "} {
		low = strings.TrimPrefix(low, p)
	}
	ws := strings.Fields(low)
	for k := min(3, len(ws)-1); k >= 1; k-- {
		if c := f.countries[strings.Join(ws[:k], " ")]; c != "" && (iso == "*" || c == iso) {
			return strings.Join(ws[k:], " ")
		}
	}
	return strings.Join(ws, " ")
}

// bare reports whether a name of a state body is two words or fewer and none names a body: in the
// Countries file such names are mostly people and places ("Masoud Barzani", "Assad Regime").
func bare(name string) bool {
	ws := wordsOf(name)
	if len(ws) < 2 || len(ws) > 2 || isAcronym(name) {
		return false
	}
	for _, w := range ws {
		if orgWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// personLike reports whether words look like a person's name: a given name or a patronymic
// particle and no word that names a body.
func (f *filter) personLike(ws []string) bool {
	person := false
	particle, other := false, 0
	for _, w := range ws {
		lw := strings.ToLower(w)
		if orgWords[lw] || groupWords[lw] {
			return false
		}
		if f.first[w] || lw == "bin" || lw == "ibn" || lw == "bint" {
			person = true
		}
		switch {
		case lw == "al" || lw == "el" || lw == "abu":
			particle = true
		case lowerWords[lw]:
			other += 10 // "al-Qaeda in the Arabian Peninsula" is no person
		default:
			other++
		}
		// initials: "R.K. Pachauri", "B. Lynn Pascoe", "A G Kishore"
		if len(ws) > 1 && (len(w) == 2 && w[1] == '.' || len(w) == 1 && w != lw) {
			person = true
		}
	}
	// "Ayman al-Zawahiri": a given name, a particle and a family name
	// "Abu Hussain": a kunya alone
	return person || particle && other == 2 || len(ws) == 2 && strings.EqualFold(ws[0], "abu")
}

// groupWords name armed or political groups in Arabic, Urdu and Persian names ("Jabhat
// al-Nusra", "Ansar al-Din", "Lashkar-e-Taiba").
var groupWords = set("ansar", "jabhat", "jaish", "jaysh", "jeish", "harakat", "harkat", "hizb", "katibat",
	"kataib", "liwa", "jamaat", "jamaah", "jemaah", "jamiat", "jund", "tanzim", "ahrar", "majlis",
	"saraya", "lashkar", "tehrik", "tehreek", "sipah", "mujahideen", "mujahidin", "mujahedin", "fatah",
	"hamas", "jihad", "jihadi", "islami", "islamiya", "islamiyya", "islamiyah", "muslimeen", "muslimin")

// isKnown reports whether a name is one of orgs.tsv, also after a country ("US National Security
// Council") or before or after another of its names ("White House National Security Council").
func (f *filter) isKnown(name string) bool {
	low := strings.ToLower(name)
	if f.known[low] || f.known[f.key(name, "*")] {
		return true
	}
	ws := strings.Fields(low)
	for k := 1; k < len(ws); k++ {
		a, b := strings.Join(ws[:k], " "), strings.Join(ws[k:], " ")
		if (f.known[a] || f.countries[a] != "") && f.known[b] {
			return true
		}
	}
	return false
}

// possessive reports whether w is a country's possessive ("Syria's").
func possessive(countries map[string]string, w string) bool {
	lw := strings.ToLower(w)
	return strings.HasSuffix(lw, "'s") && countries[strings.TrimSuffix(lw, "'s")] != ""
}

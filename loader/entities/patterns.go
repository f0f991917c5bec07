package entities

import (
	"strings"

	"newsgraph"
)

// placeHeads end a name that is a place whatever the words before it are ("Royal Street",
// "Orange County", "Mississippi River"); placeLeads begin one ("Lake Kivu", "Mount Kenya").
var placeHeads = map[string]bool{"street": true, "st.": true, "road": true, "avenue": true, "ave.": true,
	"boulevard": true, "lane": true, "drive": true, "square": true, "bridge": true, "river": true,
	"lake": true, "mountains": true, "mountain": true, "hills": true, "county": true, "province": true,
	"district": true, "island": true, "islands": true, "bay": true, "valley": true, "airport": true,
	"canal": true, "peninsula": true, "estate": true, "plaza": true, "highway": true, "sea": true,
	"ocean": true, "gulf": true, "strait": true, "desert": true, "coast": true, "beach": true,
	"harbor": true, "harbour": true, "park": true, "heights": true, "falls": true, "creek": true,
	"forest": true, "parish": true, "borough": true, "township": true, "prefecture": true,
	"oblast": true, "governorate": true, "territory": true, "delta": true, "basin": true,
	"plateau": true, "neighborhood": true, "neighbourhood": true, "quarter": true,
	// buildings and venues are places too
	"hospital": true, "church": true, "cathedral": true, "mosque": true, "stadium": true, "prison": true,
	"theatre": true, "theater": true, "tower": true, "palace": true, "castle": true, "station": true,
	"mall": true, "arena": true, "parade": true, "terminal": true}

// placeLeads begin a place name; those mapped to true need "of" after them ("Gulf of Aden").
var placeLeads = map[string]bool{"lake": false, "mount": false, "mt.": false, "gulf": true, "bay": true,
	"sea": true, "strait": true, "isle": true, "cape": false, "port": false, "fort": false, "river": false}

// waters are the place heads and leads that name a body of water: named after a country or a
// town ("the Gulf of Oman", "the Strait of Hormuz"), it lies in none, and stands for none in an
// event (a tanker seized there is not seized from Oman). A name ending in "Bay" is as often a
// town or a site on the shore ("Montego Bay", "Guantanamo Bay"), and keeps its country.
var waters = map[string]bool{"gulf": true, "bay": true, "sea": true, "strait": true, "ocean": true}

// weakHeads need a known place before them ("New York State", "Kivu Province"), since many
// organisations end in them ("Penn State").
var weakHeads = map[string]bool{"quarter": true, "park": true, "estate": true, "drive": true}

// compass words before a place name make a wider place ("South Florida", "West Wales").
var compass = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "central": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "northeastern": true, "northwestern": true, "southeastern": true,
	"southwestern": true, "upper": true, "lower": true, "greater": true}

// extendPlaces widens place mentions by grammar: a compass word before ("South Florida"), and a
// "State", "state", "Province" or "City" after a region or city ("Benue State", "Quebec City").
func (f *Finder) extendPlaces(st *state) {
	toks := st.toks
	for mi := range st.d.Mentions {
		m := &st.d.Mentions[mi]
		e := st.d.Entities[m.EntityID]
		if e == nil || (e.Type != newsgraph.Location && e.Type != newsgraph.Country) || m.Kind == "demonym" || m.Kind == "nationality" || m.Kind == "people" {
			continue
		}
		i := tokenAt(toks, m.Start)
		if i < 0 {
			continue
		}
		j := i
		for j < len(toks) && toks[j].End <= m.End {
			j++
		}
		grown := false
		if i > 0 && toks[i-1].Sent == toks[i].Sent && toks[i-1].Cap && compass[toks[i-1].Lower] && !st.claimed[i-1] {
			i--
			grown = true
		}
		if j < len(toks) && toks[j].Sent == toks[i].Sent && !st.claimed[j] && e.Type == newsgraph.Location {
			w := toks[j]
			nextCap := j+1 < len(toks) && toks[j+1].Sent == w.Sent && toks[j+1].Cap && toks[j+1].word()
			if !nextCap && (w.Text == "state" || (w.Text == "State" && e.Code != "USA") || w.Text == "Province" || w.Text == "province" || w.Text == "City") {
				j++
				grown = true
			}
		}
		if !grown {
			continue
		}
		for k := i; k < j; k++ {
			st.claimed[k] = true
		}
		m.Start, m.End = toks[i].Start, toks[j-1].End
		m.Text = st.d.Text[m.Start:m.End]
		if e.Type == newsgraph.Country || strings.Contains(m.Text, " ") && compass[strings.ToLower(strings.Fields(m.Text)[0])] {
			// "South Florida" is a place of its own, inside the country of the place it widens
			code := e.Code
			id := "place/" + Slug(m.Text)
			if _, ok := st.d.Entities[id]; !ok {
				st.d.Entities[id] = &newsgraph.Entity{ID: id, Type: newsgraph.Location, Name: m.Text, Code: code}
			}
			m.EntityID = id
			m.Kind = "name"
		}
	}
}

// findRoads recognises road numbers such as "A417" or "M4" after "the", "on", "along" or before
// "road", "motorway", "junction" or a direction of travel.
func (f *Finder) findRoads(st *state) {
	toks := st.toks
	for i, t := range toks {
		if st.claimed[i] || !roadNumber(t.Text) {
			continue
		}
		before := i > 0 && toks[i-1].Sent == t.Sent && (toks[i-1].Lower == "the" || toks[i-1].Lower == "on" || toks[i-1].Lower == "along" || toks[i-1].Lower == "onto" || toks[i-1].Lower == "off")
		after := i+1 < len(toks) && toks[i+1].Sent == t.Sent && roadWords[toks[i+1].Lower]
		if !before && !after {
			continue
		}
		id := "place/" + Slug(t.Text) + "-road"
		if _, ok := st.d.Entities[id]; !ok {
			st.d.Entities[id] = &newsgraph.Entity{ID: id, Type: newsgraph.Location, Name: t.Text}
		}
		st.d.Mentions = append(st.d.Mentions, Mention{Start: t.Start, End: t.End, Text: t.Text, EntityID: id, Kind: "name", Sentence: t.Sent})
		st.claimed[i] = true
	}
}

var roadWords = map[string]bool{"road": true, "motorway": true, "junction": true, "southbound": true,
	"northbound": true, "eastbound": true, "westbound": true, "carriageway": true, "between": true, "near": true, "at": true}

func roadNumber(w string) bool {
	if len(w) < 2 || len(w) > 5 || (w[0] != 'A' && w[0] != 'M' && w[0] != 'B') {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w[1] != '0'
}

// findPatternPlaces recognises places named by a capitalised head noun: one to three capitalised
// words and a head ("Press Street", "Collier County") or a leading noun and a capitalised name
// ("Lake Manassas", "Gulf of Aden"). A gazetteer place inside is replaced by the whole name.
func (f *Finder) findPatternPlaces(st *state) {
	toks := st.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word() || !t.Cap || t.Caps {
			continue
		}
		var s, e int
		found := false
		if placeHeads[t.Lower] && i > 0 && toks[i-1].Sent == t.Sent {
			// words before the head
			k := i
			for k > 0 && i-k < 4 && toks[k-1].Sent == t.Sent {
				p := toks[k-1]
				if p.Text == "-" && k > 1 && toks[k-2].Cap && p.Start == toks[k-2].End && k < i {
					k--
					continue
				}
				if !p.word() || !p.Cap || nameStopWords[p.Lower] || placeHeads[p.Lower] {
					break
				}
				k--
			}
			// "Cloverhill District Court" names a building or a body, not the district
			nextCap := i+1 < len(toks) && toks[i+1].Sent == t.Sent && toks[i+1].Cap && toks[i+1].word()
			if k < i && !nextCap && (!weakHeads[t.Lower] || f.hasPlace(st, k, i)) && !f.claimedByOther(st, k, i+1) {
				s, e, found = k, i+1, true
			}
		}
		needOf, lead := placeLeads[t.Lower]
		if !found && lead && i+1 < len(toks) && toks[i+1].Sent == t.Sent {
			k := i + 1
			if toks[k].Lower == "of" && k+1 < len(toks) {
				k++
			} else if needOf {
				continue
			}
			j := k
			for j < len(toks) && j-k < 2 && toks[j].Sent == t.Sent && toks[j].word() && toks[j].Cap && !nameStopWords[toks[j].Lower] {
				j++
			}
			endsName := j >= len(toks) || toks[j].Sent != t.Sent || !toks[j].Cap
			if j > k && endsName && !f.claimedByOther(st, i, j) && (i == 0 || !toks[i-1].Cap || toks[i-1].Sent != t.Sent) {
				s, e, found = i, j, true
			}
		}
		if !found || f.countryNamed(st, s, e) {
			continue
		}
		f.addPatternPlace(st, s, e)
		i = e - 1
	}
}

// countryNamed reports whether toks[i:j] are exactly the name of a country the gazetteer found
// ("Ivory Coast", whose last word is also a place head): the country, not a place inside it.
func (f *Finder) countryNamed(st *state, i, j int) bool {
	a, b := st.toks[i].Start, st.toks[j-1].End
	for _, m := range st.d.Mentions {
		if m.Start == a && m.End == b {
			if e := st.d.Entities[m.EntityID]; e != nil && e.Type == newsgraph.Country {
				return true
			}
		}
	}
	return false
}

// hasPlace reports whether toks[i:j] hold a place or country mention.
func (f *Finder) hasPlace(st *state, i, j int) bool {
	a, b := st.toks[i].Start, st.toks[j-1].End
	for _, m := range st.d.Mentions {
		if m.Start >= a && m.End <= b {
			if e := st.d.Entities[m.EntityID]; e != nil && (e.Type == newsgraph.Location || e.Type == newsgraph.Country) {
				return true
			}
		}
	}
	return false
}

// claimedByOther reports whether any token of [i, j) is part of a mention that is not a place or
// country (an organisation's name, say).
func (f *Finder) claimedByOther(st *state, i, j int) bool {
	a, b := st.toks[i].Start, st.toks[j-1].End
	for _, m := range st.d.Mentions {
		if m.Start < b && a < m.End {
			if e := st.d.Entities[m.EntityID]; e == nil || (e.Type != newsgraph.Location && e.Type != newsgraph.Country) {
				return true
			}
			// a mention reaching outside the span ("New York City Hall") wins
			if m.Start < a || m.End > b {
				return true
			}
		}
	}
	return false
}

func (f *Finder) addPatternPlace(st *state, i, j int) {
	toks := st.toks
	a, b := toks[i].Start, toks[j-1].End
	code := ""
	kept := st.d.Mentions[:0]
	for _, m := range st.d.Mentions {
		if m.Start >= a && m.End <= b {
			if e := st.d.Entities[m.EntityID]; e != nil && code == "" {
				code = e.Code
			}
			continue
		}
		kept = append(kept, m)
	}
	st.d.Mentions = kept
	if placeLeads[toks[i].Lower] && waters[toks[i].Lower] || waters[toks[j-1].Lower] && toks[j-1].Lower != "bay" {
		code = "" // "the Gulf of Oman", "the Strait of Hormuz": a sea lies in no country
	}
	name := st.d.Text[a:b]
	id := "place/" + Slug(name)
	if code != "" {
		id += "-" + strings.ToLower(code)
	}
	if _, ok := st.d.Entities[id]; !ok {
		st.d.Entities[id] = &newsgraph.Entity{ID: id, Type: newsgraph.Location, Name: name, Code: code}
	}
	st.d.Mentions = append(st.d.Mentions, Mention{Start: a, End: b, Text: name, EntityID: id, Kind: "name", Sentence: toks[i].Sent})
	for k := i; k < j; k++ {
		st.claimed[k] = true
	}
}

// dropPersonPlaces removes place mentions that are people's names: the surname or given name of a
// person of the article ("Nelson" after "Dewly Nelson"), or a one-word place followed by a verb of
// saying ("Nelson says").
func (f *Finder) dropPersonPlaces(st *state) {
	names := map[string]bool{}
	for _, p := range st.persons {
		for _, w := range strings.Fields(p.name) {
			names[strings.ToLower(w)] = true
		}
	}
	toks := st.toks
	for _, m := range st.d.Mentions {
		e := st.d.Entities[m.EntityID]
		if e == nil || e.Type != newsgraph.Location || strings.ContainsAny(m.Text, " -") {
			continue
		}
		k := tokenAt(toks, m.Start)
		if k >= 0 && k+1 < len(toks) && toks[k+1].Sent == toks[k].Sent && nameReportVerbs[toks[k+1].Lower] && toks[k+1].Lower != "who" &&
			(k == 0 || !capLocative[toks[k-1].Lower]) {
			names[strings.ToLower(m.Text)] = true
		}
	}
	if len(names) == 0 {
		return
	}
	kept := st.d.Mentions[:0]
	for _, m := range st.d.Mentions {
		if e := st.d.Entities[m.EntityID]; e != nil && e.Type == newsgraph.Location && names[strings.ToLower(m.Text)] {
			continue
		}
		kept = append(kept, m)
	}
	st.d.Mentions = kept
	for id, e := range st.d.Entities {
		if e.Type != newsgraph.Location {
			continue
		}
		used := false
		for _, m := range st.d.Mentions {
			if m.EntityID == id {
				used = true
				break
			}
		}
		if !used {
			delete(st.d.Entities, id)
		}
	}
}

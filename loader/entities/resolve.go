package entities

import (
	"sort"
	"strings"

	"newsgraph"
	"newsgraph/loader/gazetteer"
)

// resolve decides what a gazetteer name stands for in its context: a country (by name, alias,
// demonym, nationality or capital), an organisation (also one whose name others bear, or a firm
// named after a town), or a place; false drops it (part of a person's name, a small place far
// from the story).
func (f *Finder) resolve(st *state, c gazCand) (Mention, bool) {
	toks := st.toks
	first, last := toks[c.i], toks[c.j-1]
	m := Mention{Start: first.Start, End: last.End, Text: st.d.Text[first.Start:last.End], Sentence: first.Sent}
	country, org, place := entriesByKind(c.entries)
	if looksLikePersonName(st, c, len(country) == 0 && len(org) == 0) {
		return m, false
	}
	if len(country) > 0 {
		return f.countryMention(st, c, m, country, place)
	}
	if len(org) > 0 {
		return f.orgMention(st, c, m, org)
	}
	if c.i > 0 && classifiesFirm(st.toks, c.i) && f.townsOnly(place) {
		// "aluminium producer Alcoa", "carmaker Toyota": a firm named after a town (not "corn
		// producer Iowa": a region that produces)
		return f.namedFirm(st, m), true
	}
	return f.placeMention(st, m, place)
}

// entriesByKind splits the entries of a name into those for countries, organisations and
// places, each in the order given; titles go in none.
func entriesByKind(es []gazEntry) (country, org, place []gazEntry) {
	for _, e := range es {
		switch e.kind {
		case gCountry:
			country = append(country, e)
		case gOrg:
			org = append(org, e)
		case gPlace:
			place = append(place, e)
		}
	}
	return country, org, place
}

// countryMention resolves m, the name of candidate c that may stand for the countries of
// country (and for the places of place): to the best of the countries, as a nationality where
// the words around say so; to the city, for a capital that does not act for its government; or,
// for "Georgia" in an American story, to a place of the name (false when none fits).
func (f *Finder) countryMention(st *state, c gazCand, m Mention, country, place []gazEntry) (Mention, bool) {
	toks := st.toks
	e := f.bestCountry(st, country)
	cc := f.gz.Countries[e.idx]
	// "Georgia" next to American places is the state, unless the story calls something
	// Georgian
	if cc.ISO3 == "GEO" && len(place) > 0 && st.docISO["USA"] && !st.docISO["GEO"] && !st.docAdj["GEO"] {
		return f.placeMention(st, m, place)
	}
	// a capital stands for its government only as an actor ("Kigali said", "Moscow's
	// response"); otherwise it is the city ("talks in Kigali", "the Paris Agreement")
	locative := c.i > 0 && capLocative[toks[c.i-1].Lower] && !addressedCapital(toks, c)
	if e.how == "capital" && (c.dateline || locative || !capitalActs(toks, c)) {
		if len(place) > 0 {
			if pm, ok := f.placeMention(st, m, place); ok {
				return pm, true
			}
		}
		// the capital as a city of its own ("Washington" is no gazetteer place)
		m.EntityID = "place/" + Slug(m.Text) + "-" + strings.ToLower(cc.ISO3)
		m.Kind = "name"
		if _, ok := st.d.Entities[m.EntityID]; !ok {
			st.d.Entities[m.EntityID] = &newsgraph.Entity{ID: m.EntityID, Type: newsgraph.Location, Name: m.Text, Code: cc.ISO3}
		}
		return m, true
	}
	m.EntityID = "country/" + cc.ISO3
	m.Kind = e.how
	if nationality(e.how, toks, c.i, c.j) {
		m.Kind = "nationality"
	}
	f.addCountry(st.d, cc)
	return m, true
}

// orgMention resolves m, the name of candidate c that may stand for the organisations of org,
// to the first of them, adding it to the doc's entities; false drops a state's body that the
// words before show to be another's.
func (f *Finder) orgMention(st *state, c gazCand, m Mention, org []gazEntry) (Mention, bool) {
	first := st.toks[c.i]
	o := f.gz.Orgs[org[0].idx]
	if o.ISO3 != "" && otherCountryBefore(st, c.i, o.ISO3) {
		return m, false // "the Chilean Senate", "Chile's Congress": not the US one
	}
	if o.Code == "GOV" && org[0].how == "alias" && c.j-c.i == 1 && !first.Caps && nameBefore(st, c.i) {
		return m, false // "the Trinamool Congress", "the Mobile World Congress": another body
	}
	if o.Code == "GOV" && sharedBodyName[strings.ToLower(m.Text)] && !st.docNamed[o.ISO3] && len(st.docNamed) > 0 {
		return f.sharedBody(st, m), true // "the House of Commons" in a story from Ottawa: Canada's
	}
	m.EntityID = "org/" + o.ID
	m.Kind = org[0].how
	if _, ok := st.d.Entities[m.EntityID]; !ok {
		e := &newsgraph.Entity{ID: m.EntityID, Type: newsgraph.Organization, Name: o.Name, Aliases: o.Aliases}
		switch o.Code {
		case "IGO", "NGO":
			e.Code = o.Code
		case "GOV", "PARTY":
			e.Code = o.ISO3
		}
		st.d.Entities[m.EntityID] = e
	}
	return m, true
}

// classifiesFirm reports whether the word before token i is a lower-case noun that says what
// kind of firm the name after it is ("producer Alcoa", "carmaker Toyota", "retailer Target"),
// in the same sentence: the name is the firm's, not a town of that name.
func classifiesFirm(toks []token, i int) bool {
	p := toks[i-1]
	return p.Sent == toks[i].Sent && p.word() && !p.Cap && firmNouns[p.Lower]
}

// firmNouns say what kind of firm a name is, set before it as its classifier.
var firmNouns = setOf("producer", "maker", "carmaker", "automaker", "manufacturer", "retailer", "firm",
	"company", "giant", "conglomerate", "airline", "carrier", "brewer", "insurer", "lender", "miner",
	"supplier", "distributor", "operator", "developer", "publisher", "broadcaster", "startup", "start-up")

// townsOnly reports whether every place es may stand for is a town.
func (f *Finder) townsOnly(es []gazEntry) bool {
	for _, e := range es {
		if f.gz.Places[e.idx].Kind != "city" {
			return false
		}
	}
	return len(es) > 0
}

// namedFirm returns m as a mention of the firm a classifier names, with the capitalised words
// that go on its name ("company Boston Dynamics"): an organisation of that name with no state
// (org/<slug>).
func (f *Finder) namedFirm(st *state, m Mention) Mention {
	toks := st.toks
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.End })
	for ; k > 0 && k < len(toks) && toks[k].Sent == toks[k-1].Sent && toks[k].word() && toks[k].Cap && toks[k].Start == toks[k-1].End+1; k++ {
		m.End = toks[k].End
	}
	m.Text = st.d.Text[m.Start:m.End]
	return f.sharedBody(st, m)
}

// placeMention picks the place a name stands for: one in a country the article names, else the
// most populous; small places only when their country is named.
func (f *Finder) placeMention(st *state, m Mention, es []gazEntry) (Mention, bool) {
	best, bestScore := -1, -1
	how := ""
	es = f.addressed(st, m, es)
	for _, e := range es {
		p := f.gz.Places[e.idx]
		if e.how == "abbrev" {
			// "Fairfax, Va.": postal abbreviations only after a town and a comma
			k := tokenIndexAt(st, m.Start)
			if k < 2 || st.toks[k-1].Text != "," || !st.toks[k-2].Cap {
				continue
			}
		}
		pop := p.Pop
		switch p.Kind {
		case "region":
			pop = 300000
		case "area":
			pop = 1 << 30
		}
		in := st.docISO[p.ISO3]
		if !in && (pop < minPlacePop || e.weak && !st.docAdj[p.ISO3]) {
			continue
		}
		score := pop
		if in {
			// a place in a country the article names wins, unless a namesake is far bigger
			// ("Amsterdam" in an American story is still the Dutch city)
			score = pop * 20
			if score < 500000 {
				score = 500000
			}
		}
		if score > bestScore {
			best, bestScore, how = e.idx, score, e.how
		}
	}
	if best < 0 {
		return m, false
	}
	p := f.gz.Places[best]
	m.EntityID = f.placeIDs[best]
	m.Kind = "name"
	if how == "demonym" {
		m.Kind = "demonym"
	}
	if _, ok := st.d.Entities[m.EntityID]; !ok {
		st.d.Entities[m.EntityID] = &newsgraph.Entity{ID: m.EntityID, Type: newsgraph.Location, Name: p.Name, Code: p.ISO3, Lat: p.Lat, Lon: p.Lon}
	}
	return m, true
}

// addressed returns the places of es that lie in the region or country written after the name
// and a comma ("St. Petersburg, Florida", "Paris, Texas", "Moscow, Idaho"), where some do; else
// es.
func (f *Finder) addressed(st *state, m Mention, es []gazEntry) []gazEntry {
	if len(es) < 2 {
		return es
	}
	toks := st.toks
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.End })
	if k+1 >= len(toks) || toks[k].Text != "," || toks[k+1].Sent != toks[k].Sent || !toks[k+1].Cap {
		return es
	}
	_, next := f.ix.longest(toks, k+1)
	in := map[string]bool{}
	for _, e := range next {
		switch {
		case e.kind == gCountry:
			in[f.gz.Countries[e.idx].ISO3] = true
		case e.kind == gPlace && f.gz.Places[e.idx].Kind == "region":
			in[f.gz.Places[e.idx].ISO3] = true
		}
	}
	var out []gazEntry
	for _, e := range es {
		if in[f.gz.Places[e.idx].ISO3] {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return es
	}
	return out
}

// namedBody reports whether the words from token j are the rest of the name of a private body
// that a demonym before them opens ("Syrian Observatory for Human Rights", "Nigerian
// Association of Chambers of Commerce"): capitalised words with a body's head word among them.
// Such a body acts for itself, not for the demonym's state (EVENT-PITFALLS: a named thing is
// not an actor).
func namedBody(toks []token, j int) bool {
	for k := j; k < len(toks) && toks[k].Cap && toks[k].word() && toks[k].Sent == toks[j-1].Sent; k++ {
		if bodyHeads[toks[k].Lower] {
			return true
		}
	}
	return false
}

// bodyHeads are the head words of the names of private bodies: monitors, research and advocacy
// groups, foundations, firms (a state's own bodies, "Army", "Ministry", "Agency", and the
// words as often a state's, "Centre", "Academy", are not here).
var bodyHeads = map[string]bool{"observatory": true, "institute": true, "foundation": true, "association": true,
	"society": true, "network": true, "initiative": true, "forum": true, "company": true, "corporation": true}

// bestCountry picks among the countries a name can stand for: the best kind of name, then a
// country the article names outright, then the better known.
func (f *Finder) bestCountry(st *state, es []gazEntry) gazEntry {
	order := map[string]int{"name": 0, "alias": 1, "capital": 2, "demonym": 3, "people": 3}
	best := es[0]
	for _, e := range es[1:] {
		a, b := order[e.how], order[best.how]
		if a != b {
			if a < b {
				best = e
			}
			continue
		}
		ina, inb := st.docISO[f.gz.Countries[e.idx].ISO3], st.docISO[f.gz.Countries[best.idx].ISO3]
		if ina != inb {
			if ina {
				best = e
			}
			continue
		}
		if f.rank[e.idx] > f.rank[best.idx] {
			best = e
		}
	}
	return best
}

func (f *Finder) addCountry(d *doc, c gazetteer.Country) {
	id := "country/" + c.ISO3
	if _, ok := d.Entities[id]; ok {
		return
	}
	d.Entities[id] = &newsgraph.Entity{ID: id, Type: newsgraph.Country, Name: c.Name, Code: c.ISO3, Aliases: c.Aliases}
}

// capLocative prepositions before a capital make it the city ("talks in Kigali").
var capLocative = map[string]bool{"visited": true, "visiting": true, "visit": true, "toured": true, "reached": true, "in": true, "at": true, "near": true, "outside": true, "into": true,
	"across": true, "around": true, "from": true, "to": true, "via": true, "through": true, "of": true}

// natPeopleNouns after a demonym make it a nationality ("an Iraqi refugee") rather than the state.
// nationality reports whether the country named by toks[i:j], how, names people of it rather
// than the state: a plural for its people ("Mexicans"), a demonym before a noun of people ("an
// Iraqi refugee", "a Kenyan national", not "Canadian national police"), or a demonym or short
// name standing as a noun for one person ("a Saudi and a Turkmen").
func nationality(how string, toks []token, i, j int) bool {
	switch how {
	case "people":
		return true
	case "demonym":
		if j < len(toks) && natPeopleNouns[toks[j].Lower] && !nationalAdjective(toks, j) {
			return true
		}
		return demonymNoun(toks, i, j)
	case "alias":
		return demonymNoun(toks, i, j)
	}
	return false
}

// demonymNoun reports whether the demonym (or the short name read as one, "a Saudi") toks[i:j]
// is a noun for one person: an article or "one" before it and no noun after it ("carried out by
// a Saudi and a Turkmen", "an Iraqi who …"; not "a Saudi prince").
func demonymNoun(toks []token, i, j int) bool {
	if i == 0 || !oneOf[toks[i-1].Lower] {
		return false
	}
	if j >= len(toks) {
		return true
	}
	if !toks[j].word() {
		return strings.ContainsAny(toks[j].Text, ",;:.)") // not "a Canadian-Israeli woman"
	}
	return afterPersonNoun[toks[j].Lower]
}

// nationalAdjective reports whether toks[k] is "national" as an adjective before a noun
// ("Canadian national police"), not the noun ("a Kenyan national was arrested").
func nationalAdjective(toks []token, k int) bool {
	return toks[k].Lower == "national" && k+1 < len(toks) && nationalBodies[toks[k+1].Lower]
}

// nationalBodies are the nouns "national" most often modifies in news: a state's institutions.
var nationalBodies = map[string]bool{"police": true, "guard": true, "army": true, "assembly": true,
	"security": true, "team": true, "council": true, "congress": true, "committee": true, "government": true,
	"forces": true, "service": true, "bank": true, "parliament": true, "election": true, "elections": true,
	"intelligence": true, "media": true, "television": true, "broadcaster": true, "airline": true,
	"carrier": true, "oil": true, "interest": true, "interests": true, "day": true, "unity": true}

// oneOf are the words that make a demonym after them a noun for one person.
var oneOf = map[string]bool{"a": true, "an": true, "one": true, "another": true}

// afterPersonNoun are function words that may follow a noun but never an adjective before its noun.
var afterPersonNoun = map[string]bool{"and": true, "or": true, "but": true, "who": true, "whom": true,
	"whose": true, "that": true, "was": true, "is": true, "had": true, "has": true, "said": true,
	"says": true, "in": true, "from": true, "with": true, "of": true, "by": true, "at": true, "on": true}

var natPeopleNouns = map[string]bool{"refugee": true, "refugees": true, "migrant": true, "migrants": true,
	"national": true, "nationals": true, "citizen": true, "citizens": true, "man": true, "woman": true,
	"men": true, "women": true, "people": true, "boy": true, "girl": true, "child": true, "children": true,
	"family": true, "families": true, "student": true, "students": true, "tourist": true, "tourists": true,
	"worker": true, "workers": true, "asylum": true, "immigrant": true, "immigrants": true, "resident": true,
	"residents": true, "journalist": true, "journalists": true, "businessman": true, "businesswoman": true,
	"doctor": true, "doctors": true, "teenager": true, "teen": true, "descent": true, "origin": true,
	"author": true, "writer": true, "artist": true, "actor": true, "actress": true, "singer": true,
	"player": true, "players": true, "fans": true, "voters": true, "civilians": true, "hostage": true,
	"hostages": true, "prisoner": true, "prisoners": true, "detainee": true, "detainees": true,
	"dissident": true, "activist": true, "activists": true, "expatriates": true, "expats": true,
	// armed and political groups, which act for themselves (EVENT-PITFALLS)
	"rebel": true, "rebels": true, "militant": true, "militants": true, "insurgent": true,
	"insurgents": true, "jihadist": true, "jihadists": true, "gunman": true, "gunmen": true,
	"separatist": true, "separatists": true, "protester": true, "protesters": true,
	// the professions that are no office (people_office.go's privateTitles)
	"lawyer": true, "lawyers": true, "attorney": true, "professor": true, "coach": true, "founder": true}

// namesDocument reports whether the capitalised words from token j (at most three, in sentence
// sent) end a name with a word for a document or an occasion: then the name before them is part
// of that name ("the Barbados Agreement", "the Paris Climate Accord", "the Korean War"), a
// mention of the place but no party to any event (Kind "in-name").
func namesDocument(toks []token, j, sent int) bool {
	for k := j; k < len(toks) && k < j+3 && toks[k].Sent == sent && toks[k].Cap && toks[k].word(); k++ {
		if documentWords[toks[k].Lower] {
			return true
		}
	}
	return false
}

// IsDocumentWord reports whether the lower-case word w heads the name of an agreement, a law, a
// meeting or a war ("agreement", "accords", "summit", "war"): a word that makes a name with a
// place or people in it the name of a document or an occasion ("the Barbados Agreement").
func IsDocumentWord(w string) bool { return documentWords[w] }

// documentWords are the words IsDocumentWord knows.
var documentWords = setOf("agreement", "agreements", "accord", "accords", "treaty", "protocol", "convention",
	"declaration", "charter", "pact", "deal", "memorandum", "communique", "consensus", "doctrine", "act",
	"process", "format", "initiative", "summit", "conference", "war", "crisis", "games", "cup", "olympics")

// modifierCompound reports whether the name ending before token j is the first part of a
// hyphenated modifier ("a Washington-backed leader", "a Paris-based group", "Kremlin-friendly
// media"): then it names no party to what the modified noun does or undergoes. The leader or
// holder of the thing is the exception (holderWords).
func modifierCompound(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].Text != "-" || toks[j].Start != toks[j-1].End || toks[j+1].Start != toks[j].End {
		return false
	}
	w := toks[j+1]
	return w.word() && !w.Cap && !holderWords[w.Lower]
}

// IsHolderWord reports whether the lower-case word w ends a hyphenated modifier whose first part
// leads or holds the thing modified ("Saudi-led", "ISIS-held"; see holderWords).
func IsHolderWord(w string) bool { return holderWords[w] }

// holderWords end the hyphenated modifiers whose first part leads or holds the thing modified:
// "a Saudi-led coalition", "the ISIS-held city", "a Houthi-controlled port" act or are acted on
// for Saudi Arabia, ISIS and the Houthis, and a ship flies its state's flag ("seized a
// British-flagged tanker", "a Panama-registered vessel"); who claims an act made it ("a
// Taliban-claimed car bomb").
var holderWords = setOf("led", "held", "controlled", "occupied", "run", "owned", "annexed", "ruled", "flagged", "registered",
	"claimed")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// sharedBodyName holds the names of national bodies that the legislatures and councils of many
// states bear ("Senate": the United States, the Philippines, Nigeria, Australia; "House of
// Commons": Britain and Canada), which the gazetteer lists under one state. Such a name stands
// for the listed body only in a story that names its state, or names none.
var sharedBodyName = setOf("congress", "senate", "house of representatives", "house of commons")

// sharedBody returns m as a mention of the body a shared name stands for where the story is not
// in the listed body's state: an organisation of that name whose state the gazetteer cannot
// tell (org/<slug>, no code), so that the name is neither the listed body nor a person's.
func (f *Finder) sharedBody(st *state, m Mention) Mention {
	m.EntityID = "org/" + Slug(m.Text)
	m.Kind = "name"
	if _, ok := st.d.Entities[m.EntityID]; !ok {
		st.d.Entities[m.EntityID] = &newsgraph.Entity{ID: m.EntityID, Type: newsgraph.Organization, Name: m.Text}
	}
	return m
}

// otherCountryBefore reports whether the words before token i ("Chilean", "Chile's") name a
// country other than iso: a national body named so is that country's, not the one a bare
// "Senate" or "Congress" stands for in the gazetteer.
func otherCountryBefore(st *state, i int, iso string) bool {
	if len(st.d.Mentions) == 0 || i == 0 {
		return false
	}
	prev := st.d.Mentions[len(st.d.Mentions)-1]
	k := i - 1
	if k >= 2 && st.toks[k].Lower == "s" && (st.toks[k-1].Text == "'" || st.toks[k-1].Text == "’") {
		k -= 2 // the possessive, tokenized as the apostrophe and "s"
	}
	if k < 0 || st.toks[k].End != prev.End {
		return false
	}
	e := st.d.Entities[prev.EntityID]
	return e != nil && e.Type == newsgraph.Country && e.Code != iso
}

// nameBefore reports whether the word before token i, in the same sentence, neither its first
// word nor after punctuation, is a capitalised word of a name no mention covers: a state body's
// one-word alias after it ends another name ("West Bengal's Trinamool Congress" is no US
// Congress; an armed group's alias is not asked, since "Shiite Houthi rebels" are the Houthis).
// A party's name ("the Republican Congress"), a day or a month before it is no name.
func nameBefore(st *state, i int) bool {
	if i < 2 {
		return false
	}
	p := st.toks[i-1]
	if !p.Cap || p.Sent != st.toks[i].Sent || st.toks[i-2].Sent != p.Sent || !st.toks[i-2].word() && st.toks[i-2].Text != "'" ||
		nameStopWords[p.Lower] || partyWords[p.Lower] {
		return false
	}
	if n := len(st.d.Mentions); n > 0 && st.d.Mentions[n-1].End >= p.End {
		return false // a mention of its own: "the Chilean Senate" (otherCountryBefore)
	}
	return true
}

// partyWords name a party or a faction before a body's name ("the Republican Senate").
var partyWords = map[string]bool{"republican": true, "democratic": true, "democrat": true, "gop": true,
	"conservative": true, "labour": true, "liberal": true}

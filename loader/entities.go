package loader

import (
	"fmt"
	"sort"
	"strings"

	"newsgraph"
	"newsgraph/loader/gazetteer"
)

// minPlacePop is the smallest population of a city recognised anywhere; smaller places (down to
// the gazetteer's floor) are recognised only when the article names their country.
const minPlacePop = 15000

// entityFinder recognises and links entities: countries (names, aliases, demonyms, capitals),
// organisations, places from the gazetteer; people from titles, appositions and first names
// (people.go); and anaphora (coref.go).
type entityFinder struct {
	gz       *gazetteer.Gazetteer
	ix       *gazIndex
	placeIDs []string // ID of each gazetteer place
	rank     []int    // per country: how prominent (more names = better known)
	orgs     map[string]gazetteer.Org
	// known, knownSurname, knownBare: well-known office holders by ID, by surname (when one
	// has it), and by a surname that names them alone ("Putin")
	known                   map[string]gazetteer.Known
	knownSurname, knownBare map[string]string
}

func newEntityFinder() *entityFinder {
	gz, err := gazetteer.Load()
	if err != nil {
		// the data is embedded and checked by the gazetteer's tests; a failure is a build bug
		panic(fmt.Sprintf("loader: %v", err))
	}
	f := &entityFinder{gz: gz, ix: buildIndex(gz, 1000)}
	f.placeIDs = placeIDs(gz.Places)
	f.orgs = map[string]gazetteer.Org{}
	for _, o := range gz.Orgs {
		f.orgs[o.ID] = o
	}
	f.indexKnown()
	for _, c := range gz.Countries {
		f.rank = append(f.rank, len(c.Aliases)+len(c.Capitals)+len(c.People))
	}
	return f
}

// placeIDs gives every place the ID place/<slug>; when names collide, the most populous city (or
// the first region) keeps the plain slug and the others get -<iso3> and then -<admin> added.
func placeIDs(ps []gazetteer.Place) []string {
	ids := make([]string, len(ps))
	taken := map[string]bool{}
	// big cities first, then areas and regions, then the other cities
	var order []int
	for pass := 0; pass < 3; pass++ {
		for i, p := range ps {
			big := p.Kind == "city" && p.Pop >= 1000000
			if (pass == 0 && big) || (pass == 1 && p.Kind != "city") || (pass == 2 && p.Kind == "city" && !big) {
				order = append(order, i)
			}
		}
	}
	for _, i := range order {
		p := ps[i]
		s := "place/" + entSlug(p.Name)
		if taken[s] && p.ISO3 != "" {
			s += "-" + strings.ToLower(p.ISO3)
		}
		if taken[s] && p.Admin != "" {
			s += "-" + entSlug(p.Admin)
		}
		for n := 2; taken[s]; n++ {
			s = fmt.Sprintf("place/%s-%s-%d", entSlug(p.Name), strings.ToLower(p.ISO3), n)
		}
		taken[s] = true
		ids[i] = s
	}
	return ids
}

// gazCand is a gazetteer name found in the text: tokens [i, j) and what the name can stand for.
type gazCand struct {
	i, j     int
	entries  []gazEntry
	dateline bool // an all-capital place at the head of a paragraph
}

// entityState is what find keeps about one doc while it works.
type entityState struct {
	finder   *entityFinder
	d        *doc
	toks     []token
	quoted   []bool // per token: inside quotation marks
	cands    []gazCand
	titles   []gazCand // office and title names
	claimed  []bool    // per token: part of a mention
	placeTok []bool    // per token: a one-word place name (a person's name may take it over)
	docISO   map[string]bool
	persons  map[string]*docPerson
	surnames map[string]string // lower-case surname -> person ID
}

// find adds to d.Mentions (sorted by Start) and d.Entities.
func (f *entityFinder) find(d *doc) {
	st := &entityState{finder: f, d: d, toks: tokenizeDoc(d), docISO: map[string]bool{}, persons: map[string]*docPerson{}, surnames: map[string]string{}}
	if k := metadataHeaderEnd(d.Text); k > 0 {
		n := 0
		for n < len(st.toks) && st.toks[n].Start < k {
			n++
		}
		st.toks = st.toks[n:]
	}
	st.claimed = make([]bool, len(st.toks))
	st.placeTok = make([]bool, len(st.toks))
	st.quoted = quotedTokens(d.Text, st.toks)
	f.gazetteerPass(st)
	f.resolveCandidates(st)
	f.findPatternPlaces(st)
	f.extendPlaces(st)
	f.findRoads(st)
	f.findPeople(st)
	f.dropPersonPlaces(st)
	f.resolveAnaphora(st)
	sort.SliceStable(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
	f.placeRelations(st)
	f.orgRelations(st)
}

// gazetteerPass finds the longest gazetteer names, left to right.
func (f *entityFinder) gazetteerPass(st *entityState) {
	toks := st.toks
	for i := 0; i < len(toks); {
		if !toks[i].word() {
			i++
			continue
		}
		end, es := f.ix.longest(toks, i)
		dl := false
		if toks[i].Caps && datelineAt(st.d.Text, toks, i) {
			if end == i {
				end, es = f.ix.longestCase(toks, i, true)
			}
			dl = end > i && datelineEnd(st.d.Text, toks, end)
			if !dl && !caseFits(toks[i:end], es) {
				end = i
			}
		}
		if end == i {
			i++
			continue
		}
		c := gazCand{i: i, j: end, dateline: dl}
		var ents []gazEntry
		for _, e := range es {
			if e.kind == gTitle {
				c.entries = append(c.entries, e)
			} else {
				ents = append(ents, e)
			}
		}
		if len(ents) == 0 {
			st.titles = append(st.titles, c)
		} else {
			c.entries = ents
			st.cands = append(st.cands, c)
			// the countries named outright help choose among places
			for _, e := range ents {
				if e.kind == gCountry && (e.how == "name" || e.how == "alias") && len(es) == 1 {
					st.docISO[f.gz.Countries[e.idx].ISO3] = true
				}
			}
		}
		i = end
	}
	for _, c := range st.cands {
		for _, e := range c.entries {
			if e.kind == gPlace || e.kind == gCountry {
				continue
			}
			if o := f.gz.Orgs[e.idx]; o.ISO3 != "" {
				st.docISO[o.ISO3] = true
			}
		}
	}
}

// resolveCandidates turns each candidate into a mention, or drops it. A first, silent pass
// learns the countries of the places named (a story naming Colchester is set in Britain), so
// that smaller places of those countries are recognised too.
func (f *entityFinder) resolveCandidates(st *entityState) {
	for _, c := range st.cands {
		var places []gazEntry
		for _, e := range c.entries {
			if e.kind == gPlace {
				places = append(places, e)
			}
		}
		if len(places) == 0 || len(places) != len(c.entries) || looksLikePersonName(st, c, true) {
			continue
		}
		// an unambiguous big place, or a region
		iso, n := "", 0
		for _, e := range places {
			p := f.gz.Places[e.idx]
			if (p.Kind == "city" && p.Pop >= 50000) || p.Kind == "region" {
				iso = p.ISO3
				n++
			}
		}
		if n == 1 && iso != "" {
			st.docISO[iso] = true
		}
	}
	for _, c := range st.cands {
		m, ok := f.resolve(st, c)
		if !ok {
			continue
		}
		st.d.Mentions = append(st.d.Mentions, m)
		for k := c.i; k < c.j; k++ {
			st.claimed[k] = true
		}
		if e := st.d.Entities[m.EntityID]; e != nil && e.Type == newsgraph.Location && c.j == c.i+1 {
			st.placeTok[c.i] = true
		}
	}
}

func (f *entityFinder) resolve(st *entityState, c gazCand) (mention, bool) {
	toks := st.toks
	first, last := toks[c.i], toks[c.j-1]
	m := mention{Start: first.Start, End: last.End, Text: st.d.Text[first.Start:last.End], Sentence: first.Sent}
	var country, org, place []gazEntry
	for _, e := range c.entries {
		switch e.kind {
		case gCountry:
			country = append(country, e)
		case gOrg:
			org = append(org, e)
		case gPlace:
			place = append(place, e)
		}
	}
	if looksLikePersonName(st, c, len(country) == 0 && len(org) == 0) {
		return m, false
	}
	if len(country) > 0 {
		e := f.bestCountry(st, country)
		cc := f.gz.Countries[e.idx]
		// "Georgia" next to American places is the state
		if cc.ISO3 == "GEO" && len(place) > 0 && st.docISO["USA"] && !st.docISO["GEO"] {
			return f.placeMention(st, m, place)
		}
		// a capital stands for its government only as an actor ("Kigali said", "Moscow's
		// response"); otherwise it is the city ("talks in Kigali", "the Paris Agreement")
		locative := c.i > 0 && capLocative[toks[c.i-1].Lower]
		if e.how == "capital" && (c.dateline || locative || !capitalActs(toks, c)) {
			if len(place) > 0 {
				if pm, ok := f.placeMention(st, m, place); ok {
					return pm, true
				}
			}
			// the capital as a city of its own ("Washington" is no gazetteer place)
			m.EntityID = "place/" + entSlug(m.Text) + "-" + strings.ToLower(cc.ISO3)
			m.Kind = "name"
			if _, ok := st.d.Entities[m.EntityID]; !ok {
				st.d.Entities[m.EntityID] = &newsgraph.Entity{ID: m.EntityID, Type: newsgraph.Location, Name: m.Text, Code: cc.ISO3}
			}
			return m, true
		}
		m.EntityID = "country/" + cc.ISO3
		m.Kind = e.how
		if e.how == "people" || (e.how == "demonym" && c.j < len(toks) && natPeopleNouns[toks[c.j].Lower]) {
			m.Kind = "nationality"
		}
		if m.Kind == "name" && e.how == "alias" {
			m.Kind = "alias"
		}
		f.addCountry(st.d, cc)
		return m, true
	}
	if len(org) > 0 {
		o := f.gz.Orgs[org[0].idx]
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
	return f.placeMention(st, m, place)
}

// placeMention picks the place a name stands for: one in a country the article names, else the
// most populous; small places only when their country is named.
func (f *entityFinder) placeMention(st *entityState, m mention, es []gazEntry) (mention, bool) {
	best, bestScore := -1, -1
	how := ""
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
		if !in && pop < minPlacePop {
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

// bestCountry picks among the countries a name can stand for: the best kind of name, then a
// country the article names outright, then the better known.
func (f *entityFinder) bestCountry(st *entityState, es []gazEntry) gazEntry {
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

func (f *entityFinder) addCountry(d *doc, c gazetteer.Country) {
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
	"dissident": true, "activist": true, "activists": true, "expatriates": true, "expats": true}

// placeRelations adds PART_OF from each place to its country when the article names both.
func (f *entityFinder) placeRelations(st *entityState) {
	d := st.d
	done := map[string]bool{}
	for _, m := range d.Mentions {
		e := d.Entities[m.EntityID]
		if e == nil || e.Type != newsgraph.Location || done[e.ID] || e.Code == "" {
			continue
		}
		if _, ok := d.Entities["country/"+e.Code]; !ok {
			continue
		}
		done[e.ID] = true
		s := d.Sentences[m.Sentence]
		d.Relations = append(d.Relations, newsgraph.Relation{Type: "PART_OF", Subject: e.ID, Object: "country/" + e.Code,
			Evidence: newsgraph.Span{Sentence: s.Text, Start: s.Start, End: s.End}})
	}
}

// slug lower-cases s, folds common accents and joins words with '-'.
func entSlug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if f, ok := entFold[r]; ok {
			r = f
		}
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else if r == '\'' || r == '’' || r == '.' {
			continue
		} else if r > 127 && isWordRuneLetter(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	return b.String()
}

var entFold = map[rune]rune{'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ā': 'a', 'ç': 'c', 'č': 'c', 'ć': 'c',
	'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e', 'ē': 'e', 'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ī': 'i', 'ñ': 'n', 'ń': 'n',
	'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o', 'ø': 'o', 'ō': 'o', 'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ū': 'u',
	'ý': 'y', 'ÿ': 'y', 'š': 's', 'ś': 's', 'ş': 's', 'ž': 'z', 'ź': 'z', 'ż': 'z', 'ł': 'l', 'ğ': 'g', 'ı': 'i', 'ř': 'r', 'ß': 's'}

func isWordRuneLetter(r rune) bool { return entWordRune(r) }

// tokenIndexAt returns the index of the token starting at byte b, or -1.
func tokenIndexAt(st *entityState, b int) int { return entTokenAt(st.toks, b) }

// metadataHeaderEnd returns the end of a leading metadata line such as "TITLE: … LINK: http…"
// (news scrapes put the headline and address there), or 0. Such a line is not body text.
func metadataHeaderEnd(text string) int {
	t := strings.TrimLeft(text, " \t\r\n")
	if !strings.HasPrefix(t, "TITLE:") && !strings.HasPrefix(t, "HEADLINE:") {
		return 0
	}
	off := len(text) - len(t)
	line := t
	if k := strings.IndexByte(t, '\n'); k >= 0 {
		line = t[:k]
	}
	if !strings.Contains(line, "LINK:") && !strings.Contains(line, "URL:") {
		return 0
	}
	return off + len(line)
}

// orgRelations adds, for each organisation of one country, PART_OF to that country for a
// government body and BASED_IN for a party, outlet or company, when the article names the country.
func (f *entityFinder) orgRelations(st *entityState) {
	d := st.d
	done := map[string]bool{}
	for _, m := range d.Mentions {
		if done[m.EntityID] || !strings.HasPrefix(m.EntityID, "org/") || m.Kind == "anaphor" {
			continue
		}
		done[m.EntityID] = true
		o, ok := f.orgs[strings.TrimPrefix(m.EntityID, "org/")]
		if !ok || o.ISO3 == "" {
			continue
		}
		typ := "BASED_IN"
		if o.Code == "GOV" {
			typ = "PART_OF"
		}
		if _, named := d.Entities["country/"+o.ISO3]; !named {
			continue // only countries the article names are entities of it
		}
		s := d.Sentences[m.Sentence]
		d.Relations = append(d.Relations, newsgraph.Relation{Type: typ, Subject: m.EntityID, Object: "country/" + o.ISO3,
			Evidence: newsgraph.Span{Sentence: s.Text, Start: s.Start, End: s.End}})
	}
}

// datelineAt reports whether token i begins a line or follows another all-capital word of a
// line's opening run ("ST. LOUIS —", "PARANAQUE CITY, Philippines —").
func datelineAt(text string, toks []token, i int) bool {
	k := i
	for k > 0 && toks[k-1].Caps && !strings.Contains(text[toks[k-1].End:toks[k].Start], "\n") {
		k--
	}
	return k == 0 || strings.Contains(text[toks[k-1].End:toks[k].Start], "\n")
}

// datelineEnd reports whether a dateline name ending before token j is followed by a dash, a
// bracketed credit, a colon or a comma.
func datelineEnd(text string, toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	switch toks[j].Text {
	case "—", "–", "-", "(", ":", ",":
		return true
	}
	return toks[j].Caps && datelineEnd(text, toks, j+1) && j+1 < len(toks) && !toks[j+1].Caps
}

// caseFits reports whether any of the entries matches toks with its capitalisation.
func caseFits(toks []token, es []gazEntry) bool {
	for _, e := range es {
		if caseOK(toks, e.caps) {
			return true
		}
	}
	return false
}

// capitalActs reports whether a capital's name is used for its government: followed by a verb of
// saying, deciding or acting, or by a possessive, or joined by "and" to a name that acts so.
func capitalActs(toks []token, c gazCand) bool {
	j := c.j
	if j >= len(toks) || toks[j].Sent != toks[c.i].Sent {
		return false
	}
	if toks[j].Text == "'" || toks[j].Text == "’" {
		return j+1 < len(toks) && toks[j+1].Lower == "s"
	}
	if toks[j].Lower == "and" && j+2 < len(toks) && toks[j+1].Cap {
		return capitalVerbs[toks[j+2].Lower]
	}
	return capitalVerbs[toks[j].Lower]
}

var capitalVerbs = map[string]bool{"said": true, "says": true, "say": true, "has": true, "have": true,
	"had": true, "is": true, "was": true, "will": true, "would": true, "could": true, "should": true,
	"may": true, "might": true, "must": true, "wants": true, "wanted": true, "accused": true, "accuses": true,
	"denied": true, "denies": true, "rejected": true, "rejects": true, "warned": true, "warns": true,
	"urged": true, "urges": true, "announced": true, "agreed": true, "agrees": true, "signed": true,
	"responded": true, "insists": true, "insisted": true, "believes": true, "hopes": true, "plans": true,
	"refused": true, "refuses": true, "demanded": true, "demands": true, "threatened": true, "threatens": true,
	"condemned": true, "condemns": true, "welcomed": true, "welcomes": true, "called": true, "calls": true,
	"claims": true, "claimed": true, "sought": true, "seeks": true, "sent": true, "sends": true,
	"imposed": true, "imposes": true, "ordered": true, "launched": true, "backed": true, "backs": true,
	"supports": true, "supported": true, "opposes": true, "opposed": true, "expelled": true, "recalled": true,
	"did": true, "does": true, "cannot": true, "can": true, "offered": true, "offers": true, "promised": true,
	"pledged": true, "vowed": true, "declined": true, "responded.": true, "retaliated": true, "struck": true,
	"blamed": true, "blames": true, "considers": true, "considered": true, "sees": true, "saw": true}

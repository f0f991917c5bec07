package entities

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

// Finder recognises and links entities: countries (names, aliases, demonyms, capitals),
// organisations, places from the gazetteer; people from titles, appositions and first names
// (people.go); and anaphora (coref.go). It is safe for concurrent use: Find changes nothing in it.
type Finder struct {
	gz       *gazetteer.Gazetteer
	ix       *gazIndex
	placeIDs []string // ID of each gazetteer place
	rank     []int    // per country: how prominent (more names = better known)
	// covers holds, by entity ID, the countries an area covers (gazetteer.Place.Covers)
	covers map[string]map[string]bool
	orgs   map[string]gazetteer.Org
	// known, knownSurname, knownBare, knownHead: well-known office holders by ID, by surname
	// (when one has it), by a surname that names them alone ("Putin"), and heads of government
	// by surname (when one head has it: "the Clinton administration")
	known                              map[string]gazetteer.Known
	knownSurname, knownBare, knownHead map[string]string
}

// New returns a Finder that recognises the names of gz. Building it indexes every name of the
// gazetteer, so build one and reuse it.
func New(gz *gazetteer.Gazetteer) *Finder {
	f := &Finder{gz: gz, ix: buildIndex(gz, 1000)}
	f.placeIDs = placeIDs(gz.Places)
	f.covers = map[string]map[string]bool{}
	for i, p := range gz.Places {
		if len(p.Covers) > 0 {
			f.covers[f.placeIDs[i]] = p.Covers
		}
	}
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

// Result is what the entity stage found in one text. Offsets are bytes of the text.
type Result struct {
	// Entities are the entities named, by ID; their Mentions are empty (the loader fills them
	// from Mentions when it assembles its output).
	Entities map[string]*newsgraph.Entity
	// Mentions are the places where the entities are named or referred to, sorted by Start,
	// each in one sentence (Mention.Sentence indexes the sentences given to Find).
	Mentions []Mention
	// Relations are those between the entities: HOLDS_OFFICE and NATIONALITY (people), PART_OF
	// (places and government bodies to their country) and BASED_IN (parties, outlets and
	// companies to their country), with evidence spans in bytes.
	Relations []newsgraph.Relation
	// Officials are the people the text gives a title of office ("President Gloria Arroyo",
	// "Education Secretary Raul Roco") without naming the state or body it is of: no
	// HOLDS_OFFICE relation, but no private people either. By entity ID.
	Officials map[string]bool
	// Public are the people named whose full name is a well-known office holder's, current or
	// former (the Phoenix Countries dictionary: "Nawaz Sharif", "Hamid Karzai"): public figures,
	// no private people, though no office is claimed for them. By entity ID.
	Public map[string]bool
}

// Find recognises the entities of text, split into sentences (byte offsets into text, in order,
// not overlapping). It never fails: text it cannot read yields fewer entities.
func (f *Finder) Find(text string, sentences []Sentence) Result {
	d := &doc{Text: text, Sentences: sentences, Result: Result{Entities: map[string]*newsgraph.Entity{}}}
	f.find(d)
	return d.Result
}

// doc is one text while Find works on it: the text, its sentences and the Result as it grows.
type doc struct {
	Text      string
	Sentences []Sentence
	Result
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
		s := "place/" + Slug(p.Name)
		if taken[s] && p.ISO3 != "" {
			s += "-" + strings.ToLower(p.ISO3)
		}
		if taken[s] && p.Admin != "" {
			s += "-" + Slug(p.Admin)
		}
		for n := 2; taken[s]; n++ {
			s = fmt.Sprintf("place/%s-%s-%d", Slug(p.Name), strings.ToLower(p.ISO3), n)
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

// state is what find keeps about one doc while it works.
type state struct {
	finder   *Finder
	d        *doc
	toks     []token
	quoted   []bool // per token: inside quotation marks
	cands    []gazCand
	titles   []gazCand // office and title names
	claimed  []bool    // per token: part of a mention
	placeTok []bool    // per token: a one-word place name (a person's name may take it over)
	docISO   map[string]bool
	// docAdj are the countries the article names by an adjective only ("Iraqi troops"): enough
	// to take a town's name written without its accents, not a town too small to stand alone
	docAdj map[string]bool
	// docNamed are the countries the article names by a name, alias, capital or demonym, or
	// by a place that is clearly theirs (not through an organisation): a body's name that
	// other states' bodies bear too ("House of Commons") is the listed one only where the
	// story is in its country (sharedBodyName)
	docNamed map[string]bool
	persons  map[string]*docPerson
	surnames map[string]string // lower-case surname -> person ID
	givens   map[string]string // lower-case given name -> person ID, "" when two bear it
}

// find adds to d.Mentions (sorted by Start) and d.Entities, and appends HOLDS_OFFICE,
// NATIONALITY, PART_OF and BASED_IN relations. Mention kinds: "name" and "alias" (a country,
// organisation, place or person named), "demonym" (an adjective standing for a country or area:
// "Iraqi forces"), "nationality" (a demonym or plural for people, not the state: "an Iraqi
// refugee", "Mexicans"), "capital" (a capital acting for its government: "Kigali said"), and
// "anaphor" ("the nation", "the two countries", "he", "it", "the foreign minister").
func (f *Finder) find(d *doc) {
	st := &state{finder: f, d: d, toks: tokenizeDoc(d), docISO: map[string]bool{}, docAdj: map[string]bool{}, docNamed: map[string]bool{}, persons: map[string]*docPerson{}, surnames: map[string]string{}, givens: map[string]string{}}
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
func (f *Finder) gazetteerPass(st *state) {
	toks := st.toks
	for i := 0; i < len(toks); {
		if !toks[i].word() {
			i++
			continue
		}
		end, es, dl := f.nameAt(st, i)
		if end == i {
			i++
			continue
		}
		c := gazCand{i: i, j: end, dateline: dl}
		if i > 0 && arabicArticle[toks[i-1].Text] && toks[i-1].End < toks[i].Start && !st.claimed[i-1] && placesOnly(es) {
			c.i = i - 1 // "Al Raqqa", "El Fasher": the article is part of the place's name
		}
		titles, ents := splitTitles(es)
		c.entries = titles
		switch {
		case len(ents) == 0 && toks[i].Caps && i > 0 && startsDigit(toks[i-1].Text):
			// "at 4.11.02 PM": the time of day, no title
		case len(ents) == 0:
			st.titles = append(st.titles, c)
		default:
			c.entries = ents
			if e, ok := f.elidedName(toks, i, end); ok {
				st.cands = append(st.cands, e)
			}
			st.cands = append(st.cands, c)
			// the countries named outright help choose among places
			f.noteNamedCountries(st, es, end)
		}
		i = end
	}
	f.noteOrgCountries(st)
}

// nameAt returns the end (exclusive token index) of the longest gazetteer name at token i, end
// == i when none, with its entries. At a dateline (datelineAt) a word in capitals may match a
// name of any case: dl reports whether the name is the dateline's place (datelineEnd), and any
// other name there must fit its capitalisation (caseFits).
func (f *Finder) nameAt(st *state, i int) (end int, es []gazEntry, dl bool) {
	toks := st.toks
	end, es = f.ix.longest(toks, i)
	if toks[i].Caps && datelineAt(st.d.Text, toks, i) {
		if end == i {
			end, es = f.ix.longestCase(toks, i, true)
		}
		dl = end > i && datelineEnd(st.d.Text, toks, end)
		if !dl && !caseFits(toks[i:end], es) {
			end = i
		}
	}
	return end, es, dl
}

// splitTitles splits the entries of a name into its titles and the rest, each in the order given.
func splitTitles(es []gazEntry) (titles, ents []gazEntry) {
	for _, e := range es {
		if e.kind == gTitle {
			titles = append(titles, e)
		} else {
			ents = append(ents, e)
		}
	}
	return titles, ents
}

// noteNamedCountries notes in st (docISO, docAdj, docNamed) the countries named outright by es,
// the entries of a name that ends before token end: only a name that stands for a country alone
// counts, and not one before a currency.
func (f *Finder) noteNamedCountries(st *state, es []gazEntry, end int) {
	for _, e := range es {
		if e.kind != gCountry || len(es) != 1 || currencyAt(st.toks, end) {
			continue // not "40 US dollars": a unit, no place of the story
		}
		if e.how == "name" || e.how == "alias" {
			st.docISO[f.gz.Countries[e.idx].ISO3] = true
		}
		if e.how == "demonym" {
			st.docAdj[f.gz.Countries[e.idx].ISO3] = true
		}
		st.docNamed[f.gz.Countries[e.idx].ISO3] = true
	}
}

// noteOrgCountries notes in st.docISO the country of every organisation that a candidate may
// stand for and that has one (a national body, party or outlet).
func (f *Finder) noteOrgCountries(st *state) {
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

// currencyAt reports whether the token at i names a currency ("dollars" after "US").
func currencyAt(toks []token, i int) bool {
	return i < len(toks) && (toks[i].Lower == "dollar" || toks[i].Lower == "dollars")
}

// elidedName returns the candidate for a compass word coordinated before the name toks[i:end]
// that begins with another, where the two share the rest: "North" of "North and South Korea"
// is North Korea, as "North" of "North and South Carolina" is North Carolina; the rest is left
// out of the first (an ellipsis), so only the whole name with the first word put in is looked up.
func (f *Finder) elidedName(toks []token, i, end int) (gazCand, bool) {
	if i < 2 || !compassWords[toks[i].Lower] || !compassWords[toks[i-2].Lower] || !toks[i-2].Cap ||
		toks[i-1].Lower != "and" && toks[i-1].Lower != "or" || toks[i-2].Lower == toks[i].Lower {
		return gazCand{}, false
	}
	whole := append([]token{toks[i-2]}, toks[i+1:end]...)
	j, es := f.ix.longest(whole, 0)
	if j != len(whole) {
		return gazCand{}, false
	}
	var ents []gazEntry
	for _, e := range es {
		if e.kind != gTitle {
			ents = append(ents, e)
		}
	}
	return gazCand{i: i - 2, j: i - 1, entries: ents}, len(ents) > 0
}

// arabicArticle is the article that Arabic place names are often written with as a word of its
// own ("Al Raqqa", "El Fasher"); the gazetteer lists them without it.
var arabicArticle = map[string]bool{"Al": true, "El": true, "AL": true, "EL": true}

// placesOnly reports whether every non-title entry of es is a place.
func placesOnly(es []gazEntry) bool {
	n := 0
	for _, e := range es {
		switch e.kind {
		case gPlace:
			n++
		case gTitle:
		default:
			return false
		}
	}
	return n > 0
}

// compassWords begin names that differ only by them ("North Korea", "South Korea").
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true}

// resolveCandidates turns each candidate into a mention, or drops it. A first, silent pass
// learns the countries of the places named (a story naming Colchester is set in Britain), so
// that smaller places of those countries are recognised too.
func (f *Finder) resolveCandidates(st *state) {
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
			st.docNamed[iso] = true
		}
	}
	for _, c := range st.cands {
		m, ok := f.resolve(st, c)
		if !ok {
			continue
		}
		if namesDocument(st.toks, c.j, st.toks[c.i].Sent) || modifierCompound(st.toks, c.j) || m.Kind == "demonym" && namedBody(st.toks, c.j) {
			m.Kind = "in-name"
		}
		if m.Kind == "demonym" && languageUse(st.toks, c.i, c.j) {
			m.Kind = "language"
		}
		st.d.Mentions = append(st.d.Mentions, m)
		for k := c.i; k < len(st.toks) && st.toks[k].Start < m.End; k++ {
			st.claimed[k] = true // the name may run on past the gazetteer's ("company Boston Dynamics")
		}
		if e := st.d.Entities[m.EntityID]; e != nil && e.Type == newsgraph.Location && c.j == c.i+1 {
			st.placeTok[c.i] = true
		}
	}
}

// languageUse reports whether the demonym at tokens [i, j) names a language: a noun after a
// verb of speaking, learning or translating, or after "in" or "into" (or after "and" and a
// language named so), with no noun after it ("studying Portuguese", "words appear in English
// and Arabic", "translated into French"; not "in Chinese waters"). A language is no party to an event, though the mention stays.
func languageUse(toks []token, i, j int) bool {
	if i == 0 || !languageCues[toks[i-1].Lower] && !(toks[i-1].Lower == "and" && i >= 3 && toks[i-2].Cap && languageCues[toks[i-3].Lower]) {
		return false
	}
	if j >= len(toks) || !toks[j].word() || toks[j].Sent != toks[i].Sent {
		return true
	}
	n := toks[j].Lower
	return afterLanguage[n] || strings.HasSuffix(n, "ly") && !toks[j].Cap
}

// languageCues come before a language's name: verbs of speaking, learning, teaching or
// translating, and "in" or "into".
var languageCues = map[string]bool{"speak": true, "speaks": true, "spoke": true, "spoken": true, "speaking": true,
	"study": true, "studies": true, "studied": true, "studying": true, "learn": true, "learns": true,
	"learned": true, "learnt": true, "learning": true, "teach": true, "teaches": true, "taught": true,
	"teaching": true, "translate": true, "translated": true, "translating": true, "in": true, "into": true,
	"fluent": true}

// afterLanguage are the words that may follow a language's name but not a demonym before its
// noun.
var afterLanguage = map[string]bool{"and": true, "or": true, "but": true, "as": true, "to": true, "on": true,
	"with": true, "by": true, "at": true, "for": true, "from": true, "than": true, "is": true, "was": true,
	"language": true, "subtitles": true, "while": true, "when": true}

// tokenIndexAt returns the index of the token starting at byte b, or -1.
func tokenIndexAt(st *state, b int) int { return tokenAt(st.toks, b) }

// startsDigit reports whether s begins with a digit.
func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

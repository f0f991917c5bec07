package entities

import (
	"sort"
	"strings"

	"newsgraph"
)

// officeAfter finds an office in an apposition starting at token k: "[the|a] [X's|Xn] [adj] title";
// not one after a preposition, another's ("Ernest Petrič, an advisor to President Borut Pahor").
func (f *Finder) officeAfter(st *state, k int) *gazCand {
	toks := st.toks
	sent := toks[k-1].Sent
	for n := 0; n < 7 && k < len(toks) && toks[k].Sent == sent; n++ {
		if toks[k].Text == "," || toks[k].Text == "." || appositionEnds[toks[k].Lower] {
			return nil
		}
		for ci := range st.titles {
			if st.titles[ci].i == k {
				return &st.titles[ci]
			}
		}
		k++
	}
	return nil
}

// appositionEnds are the prepositions that end the head of an apposition: a title after one is
// another's ("an advisor to President X", "a critic of Prime Minister Y").
var appositionEnds = map[string]bool{"to": true, "of": true, "for": true, "with": true, "under": true,
	"at": true, "by": true, "from": true}

// setOffice records the office of p from a title, and finds whose office it is: a country or
// organisation named just before the title ("Rwandan President", "the nation's Foreign Affairs
// minister", "U.N. Secretary-General"), or after it ("Minister of Foreign Affairs of Rwanda"),
// or the one country that has such an office, or the country of a well-known person (the
// Phoenix list), or the nearest actor in the sentence.
func (f *Finder) setOffice(st *state, p *docPerson, title gazCand, at int) {
	prevOffice, prevOf := p.office, p.officeOf
	office := f.readOffice(st, p, title, at)
	if office == "Counterpart" {
		// "his Iranian counterpart, Mostafa Mohammad Najjar": the office of the one named
		// before in the sentence ("the Belarussian defense minister, Leonid Maltsev")
		if o := f.officeBefore(st, at); o != "" {
			p.office = o
		}
	}
	if privateTitles[office] && strings.HasPrefix(p.officeOf, "country/") {
		// "a Lebanese lawyer": a profession, not an office of the state; the demonym is the
		// person's nationality
		if p.nationality == "" {
			p.nationality = p.officeOf
		}
		p.officeOf = ""
	}
	if p.officeOf == "" && prevOf != "" {
		// a known office holder keeps the country the gazetteer gives
		p.office, p.officeOf = prevOffice, prevOf
	}
}

// officeBefore returns the office named by the nearest other title before token at in its
// sentence ("the Belarussian defense minister, Leonid Maltsev, … his Iranian counterpart"), or
// held by the nearest person named before it, or "".
func (f *Finder) officeBefore(st *state, at int) string {
	t := st.toks[at]
	best, bestEnd := "", -1
	for _, c := range st.titles {
		if c.j < 1 || c.j > len(st.toks) {
			continue
		}
		end := st.toks[c.j-1]
		if end.Sent != t.Sent || end.End > t.Start || end.End < bestEnd {
			continue
		}
		if o := f.gz.Titles[joinLowerToks(st.toks[c.i:c.j])]; o != "" && o != "Counterpart" {
			best, bestEnd = o, end.End
		}
	}
	for _, m := range st.d.Mentions {
		// a well-known office holder named with no title ("Wang Yi met his Ugandan counterpart")
		if q := st.persons[m.EntityID]; q != nil && m.Sentence == t.Sent && m.End <= t.Start && m.End > bestEnd && q.office != "" && q.office != "Counterpart" {
			if o := f.gz.Titles[strings.ToLower(q.office)]; o != "" {
				best, bestEnd = o, m.End
			}
		}
	}
	return best
}

// formerBefore reports whether "former" or "ex" qualifies the title that begins at token i,
// before it or before the name or demonym of its owner ("former President", "Former Kenyan
// President", "Kenya's former president", "ex-president"): the office is one the person held.
func formerBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5 && toks[k].Sent == toks[i].Sent; k-- {
		switch t := toks[k]; {
		case t.Lower == "former" || t.Lower == "ex":
			return true
		case t.Text == "-" || t.Text == "'" || t.Text == "’" || t.Lower == "s" || t.Cap:
			// "ex-", a possessive, a name or demonym of the owner
		default:
			return false
		}
	}
	return false
}

// privateTitles are professions, not offices: a country before them is the holder's
// nationality ("a Lebanese lawyer"); an organisation is their employer ("Google's chief
// executive").
var privateTitles = map[string]bool{"Lawyer": true, "Professor": true, "Coach": true, "Founder": true,
	"Chief Executive": true, "Managing Director": true}

// readOffice gives p the office the title names and whose it is, and returns the office as the
// titles list names it ("Lawyer"), or "" for a title the list lacks.
func (f *Finder) readOffice(st *state, p *docPerson, title gazCand, at int) string {
	toks := st.toks
	office := f.gz.Titles[joinLowerToks(toks[title.i:title.j])]
	if office == "" {
		return office
	}
	// keep the wording of the text for the office ("Foreign Affairs minister")
	p.office = st.d.Text[toks[title.i].Start:toks[title.j-1].End]
	if p.office == strings.ToLower(p.office) || f.gz.TitleCaps[strings.ToLower(p.office)] {
		p.office = office // "foreign minister", "PM": the office's name
	}
	if nameHonorifics[strings.ToLower(p.office)] {
		return office
	}
	k := ownerEnd(toks, title.i)
	p.former = formerBefore(toks, title.i)
	if id := f.ownerBefore(st, k); id != "" {
		p.officeOf = id
		return office
	}
	if id := f.ownerAfter(st, title.j); id != "" {
		p.officeOf = id
		return office
	}
	iso := f.titleCountry(p, office)
	if iso == "" && p.officeOf == "" {
		if unknownOwner(toks, k, title.i) {
			return office // "European Council president Donald Tusk": the body's office
		}
		iso = f.holderCountry(p, office)
	}
	if iso != "" {
		for _, c := range f.gz.Countries {
			if c.ISO3 == iso {
				f.addCountry(st.d, c)
			}
		}
		p.officeOf = "country/" + iso
		return office
	}
	if !personalTitles[office] && p.officeOf == "" {
		// nothing in the words of the office says whose it is, and nothing known before (an
		// earlier mention, a well-known office holder): the nearest country of the sentence
		// whose office is not held by someone else ("South African President Cyril Ramaphosa
		// voiced his support of President Emmerson Mnangagwa" names two presidents)
		p.officeOf = f.officeNear(st, p, office, title.i, at)
	}
	return office
}

// ownerEnd returns the index of the token where the name of the owner of the title that begins
// at token i would end: before it, past a possessive "'s" and the words "former", "acting",
// "new" and "deputy" ("Kenya's former president"); below 0 when the text begins there.
func ownerEnd(toks []token, i int) int {
	k := i - 1
	if k >= 1 && toks[k].Lower == "s" && (toks[k-1].Text == "'" || toks[k-1].Text == "’") {
		k -= 2
	}
	for k >= 0 && toks[k].Sent == toks[i].Sent && (toks[k].Lower == "former" || toks[k].Lower == "acting" || toks[k].Lower == "new" || toks[k].Lower == "deputy") {
		k--
	}
	return k
}

// ownerBefore returns whose an office is from the words before its title, which end at token k
// (ownerEnd): the country or organisation named there, or the country the passage is about
// after "the nation's" or "the country's"; "" when k < 0 or neither.
func (f *Finder) ownerBefore(st *state, k int) string {
	toks := st.toks
	if k < 0 {
		return ""
	}
	if id := f.actorEndingAt(st, toks[k].End); id != "" {
		return id
	}
	// "the nation's", "the country's"
	if (toks[k].Lower == "nation" || toks[k].Lower == "country") && k > 0 {
		if c := f.topicCountry(st, k, nil); c != "" {
			return c
		}
	}
	return ""
}

// ownerAfter returns the country or organisation an of-phrase after a title that ends at token
// j names as the office's owner ("… of Rwanda"), or "".
func (f *Finder) ownerAfter(st *state, j int) string {
	toks := st.toks
	// "… of Rwanda"
	if j+1 < len(toks) && toks[j].Lower == "of" {
		return f.actorStartingAt(st, toks[j+1].Start)
	}
	return ""
}

// titleCountry returns the ISO3 code of the one government that uses the title office in the
// gazetteer, yielding to the own country of p when p is a well-known holder of another; or "".
func (f *Finder) titleCountry(p *docPerson, office string) string {
	iso := f.gz.TitleCountry[office]
	if pc := f.knownCountry(p); iso != "" && pc != "" && pc != iso {
		// a title one government alone uses in the gazetteer yields to a well-known holder's
		// own country: "supreme leader Kim Jong Un" (North Korea's leader is styled so too)
		iso = pc
	}
	return iso
}

// holderCountry returns the ISO3 code of the country of p, holder of office, when the title's
// words do not say whose the office is: a well-known person's own country, or, for a state's
// sole office before a surname alone, the country of the office holders of that surname; or "".
func (f *Finder) holderCountry(p *docPerson, office string) string {
	// a well-known person's own country: "President Reagan" beside "the German government"
	iso := f.gz.PersonCountry[strings.ToLower(p.name)]
	if iso == "" && soleOffices[office] && !royalTitles[office] && !strings.Contains(p.name, " ") {
		// a state's sole office before a surname alone names someone well known
		// ("Chancellor Merkel", "President Reagan"): the country of the office holders of
		// that surname, when they all served one (royals go by given names: "Queen Alia")
		iso = f.gz.SurnameCountry[strings.ToLower(p.name)]
	}
	return iso
}

// unknownOwner reports whether the title at i follows the name of a body that no list knows
// (its last word at k is one of bodyWords, capitalised): the office is that body's ("European
// Council president Donald Tusk"), not the person's country. A portfolio before a title is a
// state's office ("Veterans Affairs Minister").
func unknownOwner(toks []token, k, i int) bool {
	return k > 0 && toks[k].Cap && toks[k].Sent == toks[i].Sent && bodyWords[toks[k].Lower]
}

// bodyWords end the names of bodies that have officers of their own.
var bodyWords = map[string]bool{"council": true, "commission": true, "union": true, "bank": true, "fund": true,
	"committee": true, "assembly": true, "parliament": true, "congress": true, "league": true, "federation": true,
	"alliance": true, "organization": true, "organisation": true, "agency": true, "party": true, "court": true,
	"forum": true, "board": true, "authority": true, "movement": true, "front": true, "foundation": true,
	"institute": true, "association": true, "coalition": true}

// personalTitles are offices that do not belong to a government, so an office holder's country is
// taken only from the words of the office itself ("Kenyan ambassador"), never from nearby names.
var personalTitles = map[string]bool{"Professor": true, "Director": true, "Spokesperson": true, "Lawyer": true,
	"Coach": true, "Chief Executive": true, "Founder": true, "Chair": true, "Executive Director": true,
	"Managing Director": true, "Judge": true, "Leader": true, "Commander": true, "General": true,
	"Secretary": true, "Minister": true, "Director-General": true, "Speaker": true, "Councillor": true,
	"Mayor": true, "Governor": true, "Lawmaker": true, "Pope": true}

func joinLowerToks(ts []token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 && t.Text != "-" && ts[i-1].Text != "-" {
			b.WriteByte(' ')
		}
		if t.Lower != "" {
			b.WriteString(t.Lower)
		} else {
			b.WriteString(t.Text)
		}
	}
	return b.String()
}

// actorOf maps a mention to the country or organisation it stands for as an office holder's
// employer: countries (not nationalities) and organisations.
func (f *Finder) actorOf(st *state, m Mention) string {
	e := st.d.Entities[m.EntityID]
	if e == nil {
		return ""
	}
	switch e.Type {
	case newsgraph.Country:
		return e.ID
	case newsgraph.Organization:
		switch e.Code {
		case "IGO", "NGO":
			return e.ID
		case "":
			return "" // outlets and companies employ people but hold no office
		}
		return "country/" + e.Code
	}
	return ""
}

func (f *Finder) actorEndingAt(st *state, end int) string {
	for _, m := range st.d.Mentions {
		if m.End == end {
			return f.actorOf(st, m)
		}
	}
	return ""
}

func (f *Finder) actorStartingAt(st *state, start int) string {
	for _, m := range st.d.Mentions {
		if m.Start == start {
			return f.actorOf(st, m)
		}
	}
	return ""
}

// heldByOther reports whether another person named in sentence sent holds office for the actor
// id, an office that has one holder at a time.
func (f *Finder) heldByOther(st *state, p *docPerson, office, id string, sent int) bool {
	if !soleOffices[office] {
		return false
	}
	for _, m := range st.d.Mentions {
		q := st.persons[m.EntityID]
		if m.Sentence == sent && q != nil && q != p && q.officeOf == id && !q.former && f.gz.Titles[strings.ToLower(q.office)] == office {
			return true
		}
	}
	return false
}

// soleOffices are the offices a country has one holder of at a time.
var soleOffices = map[string]bool{"President": true, "Prime Minister": true, "King": true, "Queen": true,
	"Emir": true, "Sultan": true, "Chancellor": true, "Supreme Leader": true, "Crown Prince": true,
	"Vice President": true, "President-elect": true, "Foreign Minister": true, "Defence Minister": true,
	"Finance Minister": true, "Interior Minister": true, "Justice Minister": true, "Health Minister": true,
	"Trade Minister": true, "Foreign Secretary": true, "Home Secretary": true, "Secretary of State": true,
	"Treasury Secretary": true, "Defense Secretary": true, "Attorney General": true,
	"Chancellor of the Exchequer": true, "National Security Adviser": true}

// royalTitles are the sole offices whose holders are named by their given names.
var royalTitles = map[string]bool{"King": true, "Queen": true, "Emir": true, "Sultan": true, "Crown Prince": true}

// nearestActor returns the country mentioned nearest to token at in its sentence, leaving out
// those for which skip is true and, with unsaid, those in what the holder says: after a word of
// reporting (reportedAfter), or before a comma that the title, the name and such a word follow
// (reportedBefore).
func (f *Finder) nearestActor(st *state, at int, unsaid bool, skip func(id string) bool) string {
	t := st.toks[at]
	best, bestD := "", 1<<30
	for _, m := range st.d.Mentions {
		if m.Sentence != t.Sent || m.Kind == "nationality" || unsaid && (reportedAfter(st.toks, at, m.Start) || reportedBefore(st.toks, at, m.End)) {
			continue
		}
		id := f.actorOf(st, m)
		if !strings.HasPrefix(id, "country/") || skip(id) {
			continue // the nearest country; organisations only when named with the office
		}
		d := m.Start - t.Start
		if d < 0 {
			d = t.Start - m.End
		}
		if d < bestD {
			best, bestD = id, d
		}
	}
	return best
}

// officeNear returns whose office is where its title (at token i, the holder's name at token at)
// names no one: the nearest country of the sentence that does not hold the office already and
// is not named in what the holder says (reportedAfter). Where only what the holder says names
// countries, the country the passage is about when it is among them ("Foreign Minister Annalena
// Baerbock said Moscow was trying to intimidate Germany", after a sentence about German
// police), or for a minister's office alone (a president, vice president or senator may be a
// company's, a union's or another state's: "former NBC News president Steve Capus"); else the
// nearest of them. A title after a capitalised word no list knows ("Kurdish health minister")
// is that one's, not the passage's country.
func (f *Finder) officeNear(st *state, p *docPerson, office string, i, at int) string {
	held := func(id string) bool { return f.heldByOther(st, p, office, id, st.toks[at].Sent) }
	if c := f.nearestActor(st, at, true, held); c != "" {
		return c
	}
	if c := f.saidSubject(st, at, held); c != "" {
		return c
	}
	// "Kurdish health minister": someone's; not a function word capitalised as the sentence's
	// first ("But Foreign Minister …")
	owned := i > 0 && st.toks[i-1].Sent == st.toks[i].Sent && st.toks[i-1].Cap && !functionWords[st.toks[i-1].Lower]
	if topic := f.topicCountry(st, i, nil); topic != "" && !owned && !held(topic) && (ministerial(office) || f.inSentence(st, at, topic)) {
		return topic
	}
	return f.nearestActor(st, at, false, held)
}

// saidSubject returns whose office it is when what its holder (the name at token at) says comes
// first ("Germany will deliver … to Ukraine, Defence Minister Boris Pistorius said"): the country
// the passage is about, if the sentence names it, else the country that opens the sentence, the
// subject of what is said; "" when the sentence is not so.
func (f *Finder) saidSubject(st *state, at int, held func(string) bool) string {
	opener, said := "", false
	for _, m := range st.d.Mentions {
		if m.Sentence != st.toks[at].Sent || m.Kind == "nationality" || !reportedBefore(st.toks, at, m.End) {
			continue
		}
		id := f.actorOf(st, m)
		if !strings.HasPrefix(id, "country/") || held(id) {
			continue
		}
		said = true
		if opensSentence(st.toks, tokenAt(st.toks, m.Start)) {
			opener = id
		}
	}
	if !said {
		return ""
	}
	if topic := f.topicCountry(st, sentenceStart(st.toks, at), nil); topic != "" && !held(topic) && f.inSentence(st, at, topic) {
		return topic
	}
	return opener
}

// sentenceStart returns the index of the first token of the sentence of token k.
func sentenceStart(toks []token, k int) int {
	for k > 0 && toks[k-1].Sent == toks[k].Sent {
		k--
	}
	return k
}

// opensSentence reports whether token k is its sentence's first word, or its second after
// "the" ("The United States will …").
func opensSentence(toks []token, k int) bool {
	if k < 0 {
		return false
	}
	if k > 0 && toks[k-1].Sent == toks[k].Sent && toks[k-1].Lower == "the" {
		k--
	}
	return k == 0 || toks[k-1].Sent != toks[k].Sent
}

// inSentence reports whether the sentence of token at mentions the country id.
func (f *Finder) inSentence(st *state, at int, id string) bool {
	for _, m := range st.d.Mentions {
		if m.Sentence == st.toks[at].Sent && f.actorOf(st, m) == id {
			return true
		}
	}
	return false
}

// ministerial reports whether office is one only a government has: a minister's or an attorney
// general's.
func ministerial(office string) bool {
	return strings.Contains(office, "Minister") && office != "Prime Minister" || office == "Attorney General"
}

// reportedAfter reports whether a word of reporting ("said", "added") stands between token at
// and byte offset off after it: what follows is what the holder says, not whose office it is.
// "Told" and "asked" name whom they address first ("told the Lebanese MTV channel").
func reportedAfter(toks []token, at, off int) bool {
	for k := at + 1; k < len(toks) && toks[k].Start < off; k++ {
		if w := toks[k].Lower; nameReportVerbs[w] && w != "who" && w != "told" && w != "asked" {
			return true
		}
	}
	return false
}

// reportedBefore reports whether byte offset off lies before the comma that ends what the holder
// of the name at token at says, the title and name then a word of reporting after it
// ("Germany will deliver … to Ukraine, Defence Minister Boris Pistorius said").
func reportedBefore(toks []token, at, off int) bool {
	k := at
	for k > 0 && toks[k-1].Sent == toks[at].Sent && toks[k-1].Cap {
		k-- // the name's first word and the title's
	}
	if k == 0 || toks[k-1].Text != "," || toks[k-1].Start < off {
		return false
	}
	e := at + 1
	for e < len(toks) && toks[e].Sent == toks[at].Sent && toks[e].Cap {
		e++ // the rest of the name
	}
	return e < len(toks) && toks[e].Sent == toks[at].Sent && nameReportVerbs[toks[e].Lower] && toks[e].Lower != "who"
}

// nationalityNear links p to a nationality just before its name ("an Iraqi refugee, Omar
// Abdulsattar Ameen") or in an apposition after it ("Omar Ameen, an Iraqi refugee").
func (f *Finder) nationalityNear(st *state, p *docPerson, i, j int) {
	toks := st.toks
	for _, m := range st.d.Mentions {
		if m.Kind != "nationality" && m.Kind != "demonym" {
			continue
		}
		if m.Sentence != toks[i].Sent {
			continue
		}
		before := m.End <= toks[i].Start && toks[i].Start-m.End < 40 && between(st.d.Text, m.End, toks[i].Start)
		after := m.Start >= toks[j-1].End && m.Start-toks[j-1].End < 12 && strings.Contains(st.d.Text[toks[j-1].End:m.Start], ",")
		if (before && m.Kind == "nationality") || (after && m.Kind == "nationality") || (before && m.End == toks[i].Start-1) {
			if p.office != "" && before {
				continue // "Rwandan President Paul Kagame": the office's country, not a nationality
			}
			p.nationality = m.EntityID
			return
		}
	}
}

// between reports whether text[a:b] holds only words and at most one comma (no sentence break).
func between(text string, a, b int) bool {
	s := text[a:b]
	return strings.Count(s, ",") <= 1 && !strings.ContainsAny(s, ".;:()")
}

// personRelations appends HOLDS_OFFICE and NATIONALITY for the people of the doc, with the
// sentence of the person's first mention as evidence, notes in Officials the people with a
// public office (not one of privateTitles or positionTitles) of no state or body the text names,
// and in Public the well-known office holders (Phoenix), current or former.
func (f *Finder) personRelations(st *state) {
	first := map[string]Mention{}
	for _, m := range st.d.Mentions {
		if old, ok := first[m.EntityID]; !ok || m.Start < old.Start {
			first[m.EntityID] = m
		}
	}
	ids := make([]string, 0, len(st.persons))
	for id := range st.persons {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		p := st.persons[id]
		m, ok := first[id]
		if !ok {
			continue
		}
		s := st.d.Sentences[m.Sentence]
		ev := newsgraph.Span{Sentence: s.Text, Start: s.Start, End: s.End}
		if p.office != "" && p.officeOf == "" && !p.former && !privateTitles[p.office] && !positionTitles[p.office] {
			if st.d.Officials == nil {
				st.d.Officials = map[string]bool{}
			}
			st.d.Officials[id] = true
		}
		if f.gz.PersonCountry[strings.ToLower(p.name)] != "" {
			if st.d.Public == nil {
				st.d.Public = map[string]bool{}
			}
			st.d.Public[id] = true
		}
		if p.office != "" && p.officeOf != "" && p.officeOf != id {
			attrs := map[string]string{"office": p.office}
			if p.former {
				attrs["former"] = "true"
			}
			st.d.Relations = append(st.d.Relations, newsgraph.Relation{Type: "HOLDS_OFFICE", Subject: id, Object: p.officeOf,
				Evidence: ev, Attrs: attrs, Rule: "office " + p.office})
		}
		if p.nationality != "" {
			st.d.Relations = append(st.d.Relations, newsgraph.Relation{Type: "NATIONALITY", Subject: id, Object: p.nationality, Evidence: ev,
				Rule: "nationality beside the name or office"})
		}
	}
}

// positionTitles are posts any body has ("director Danny Boyle", "a spokesman", "the leader"):
// with no state or body named, they make no official (Result.Officials), nor do privateTitles.
var positionTitles = map[string]bool{"Spokesperson": true, "Chair": true, "Director": true,
	"Executive Director": true, "Leader": true, "Opposition Leader": true, "Counterpart": true}

// knownCountry returns the ISO3 code of the country of a well-known person (people.tsv, or the
// Phoenix dictionaries), or "".
func (f *Finder) knownCountry(p *docPerson) string {
	if k, ok := f.known[p.id]; ok {
		if iso, ok := strings.CutPrefix(k.Of, "country/"); ok {
			return iso
		}
	}
	return f.gz.PersonCountry[strings.ToLower(p.name)]
}

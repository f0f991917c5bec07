package entities

import (
	"slices"
	"sort"
	"strings"

	"newsgraph"
)

// quotedTokens marks the tokens inside quotation marks. Curly quotes open and close; a straight
// '"' toggles. A paragraph break ends any open quotation.
func quotedTokens(text string, toks []token) []bool {
	q := make([]bool, len(toks))
	in := false
	prevEnd := 0
	for i, t := range toks {
		if strings.Contains(text[prevEnd:t.Start], "\n") {
			in = false
		}
		prevEnd = t.End
		switch t.Text {
		case "“":
			in = true
			continue
		case "”":
			in = false
			continue
		case "\"":
			in = !in
			continue
		}
		q[i] = in
	}
	return q
}

// tokenAt returns the index of the token that starts at byte offset b, or -1.
func tokenAt(toks []token, b int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= b })
	if i < len(toks) && toks[i].Start == b {
		return i
	}
	return -1
}

// countryOfMention gives the country a mention stands for as an actor: a country named (not a
// nationality), a person's office country or nationality, or an anaphor already resolved.
func (f *Finder) countryOfMention(st *state, m Mention) string {
	if m.Kind == "nationality" || m.Kind == "people" {
		return ""
	}
	if strings.HasPrefix(m.EntityID, "country/") {
		return m.EntityID
	}
	if p := st.persons[m.EntityID]; p != nil {
		if strings.HasPrefix(p.officeOf, "country/") {
			return p.officeOf
		}
		return p.nationality
	}
	return ""
}

// topicCountry returns the country a phrase such as "the nation" at token k stands for: the last
// country (or person of a country) outside quotations before it in the same sentence, else the
// first one of the nearest earlier sentence that has one (up to three back); with in set, only a
// country in it (the countries of the area the phrase names: "the South American nation").
func (f *Finder) topicCountry(st *state, k int, in map[string]bool) string {
	t := st.toks[k]
	for back := 0; back <= 3 && t.Sent-back >= 0; back++ {
		s := t.Sent - back
		best, bestStart := "", 1<<62
		for _, m := range st.d.Mentions {
			if m.Sentence != s || (back == 0 && m.Start >= t.Start) {
				continue
			}
			// the first country of an earlier sentence (its topic), the last one before the
			// phrase in its own ("established ties with El Salvador, after the country broke
			// off links with Taiwan")
			better := m.Start < bestStart
			if back == 0 {
				better = best == "" || m.Start > bestStart
			}
			if !better {
				continue
			}
			if ti := tokenAt(st.toks, m.Start); ti >= 0 && st.quoted[ti] {
				continue
			}
			if c := f.countryOfMention(st, m); c != "" && (in == nil || in[strings.TrimPrefix(c, "country/")]) {
				best, bestStart = c, m.Start
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// areaCovering returns the countries of the area named among tokens [i, j) ("the South
// American nation"), or nil when none is named.
func (f *Finder) areaCovering(st *state, i, j int) map[string]bool {
	for k := i; k < j; k++ {
		off := st.toks[k].Start
		for _, m := range st.d.Mentions {
			if m.Start <= off && off < m.End {
				if c, ok := f.covers[m.EntityID]; ok {
					return c
				}
			}
		}
	}
	return nil
}

// recentCountries returns up to n distinct countries mentioned before token k within the same
// and the three previous sentences: those named most often there first, the latest first among
// equals ("Milei met Chinese officials … China is Argentina's second-largest trading partner
// after Brazil. The two countries agreed …": Argentina and China, not Brazil). A country named
// only as where someone goes comes after the others; one that opens k's sentence alone is who
// acts on them, not one of them.
func (f *Finder) recentCountries(st *state, k, n int) []string {
	t := st.toks[k]
	ms := append([]Mention(nil), st.d.Mentions...)
	sort.Slice(ms, func(i, j int) bool { return ms[i].Start > ms[j].Start })
	var out, places []string
	count := map[string]int{}
	addresser := ""
	for _, m := range ms {
		if m.Sentence == t.Sent && m.Start < t.Start && opensSentence(st.toks, tokenAt(st.toks, m.Start)) && !joinedTo(st.toks, m, t.Start) {
			addresser = f.countryOfMention(st, m)
		}
	}
	for _, m := range ms {
		if m.Start >= t.Start || m.Sentence < t.Sent-3 {
			continue
		}
		c := f.countryOfMention(st, m)
		if c == "" || m.Kind == "anaphor" && len(out) > 0 {
			continue
		}
		if c == addresser {
			continue // "Israel urged the three countries": who addresses them is not one of them
		}
		if destination(st, m) {
			places = append(places, c) // "on a trip to France": a place gone to, named last
			continue
		}
		if count[c]++; count[c] == 1 {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return count[out[i]] > count[out[j]] })
	out = out[:min(n, len(out))]
	for _, c := range places {
		if len(out) < n && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// joinedTo reports whether the mention m is joined by "and" to the next word of a name before
// byte offset end ("Kenya and Uganda signed … the two countries").
func joinedTo(toks []token, m Mention, end int) bool {
	k := tokenAt(toks, m.End)
	for k >= 0 && k < len(toks) && toks[k].Start < m.End {
		k++
	}
	return k >= 0 && k < len(toks) && toks[k].Start < end && toks[k].Lower == "and"
}

// destination reports whether mention m follows "to", "into", "in", "at", "via" or "through": a
// country named as where someone goes or is, less often one of "the two countries" said next
// than the ones that act ("a request from Chile" names one that acts).
func destination(st *state, m Mention) bool {
	i := sort.Search(len(st.toks), func(i int) bool { return st.toks[i].Start >= m.Start })
	if i == 0 || i >= len(st.toks) || st.toks[i].Start != m.Start {
		return false
	}
	switch st.toks[i-1].Lower {
	case "to", "into", "in", "at", "via", "through":
		return true
	}
	return false
}

// resolveAnaphora adds anaphor mentions: "the nation", "the country", "the government" (and
// "the small, landlocked nation") for the country the passage is about; "the two countries" and
// "both countries" for the last two countries named; "he", "she", "his", "her", "him" for the
// latest person; "its" after "X and" for X (conjoinedOwner); other "it"/"its" standing for an
// actor for the subject of the sentence or of the one before; and "the foreign minister"-style
// offices for the person who holds them.
func (f *Finder) resolveAnaphora(st *state) {
	toks := st.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word() || st.claimed[i] {
			continue
		}
		switch t.Lower {
		case "the", "both":
			// "the foreign minister": the person of the article who holds the office
			if t.Lower == "the" && f.officeAnaphor(st, i) {
				continue
			}
			f.nounAnaphor(st, i)
		case "he", "she", "his", "him", "her":
			if id := f.recentPerson(st, i, pronounGender(t.Lower)); id != "" {
				addAnaphor(st, i, i+1, id)
			}
		case "it", "its":
			f.itAnaphor(st, i)
		}
	}
}

// addAnaphor adds toks[i:j] to the doc's mentions as an anaphor for the entity id. Each
// anaphor joins the mentions at once, so that a later "it" can stand for an earlier "the
// nation".
func addAnaphor(st *state, i, j int, id string) {
	toks := st.toks
	st.d.Mentions = append(st.d.Mentions, Mention{Start: toks[i].Start, End: toks[j-1].End, Text: st.d.Text[toks[i].Start:toks[j-1].End],
		EntityID: id, Kind: "anaphor", Sentence: toks[i].Sent})
}

// officeAnaphor reports whether a title follows "the" at token i, and when one does, adds it as
// an anaphor for the person of the article who holds the office (officeHolder), unless the
// words after it name another owner.
func (f *Finder) officeAnaphor(st *state, i int) bool {
	c, ok := st.titleAt(i + 1)
	if !ok {
		return false
	}
	if id := f.officeHolder(st, c.i, c.j); id != "" && !f.otherOwner(st, c.j, id) {
		addAnaphor(st, c.i, c.j, id)
	}
	return true
}

// nounAnaphor adds the anaphor that "the" or "both" at token i opens with a noun for states or
// groups, if any: "the two countries", "both governments", "the two leaders" and "the three
// countries" for as many countries, those the passage names most (recentCountries); "the
// militant group" for the group named last; "the nation", "the country", "the government" for
// the country the passage is about.
func (f *Finder) nounAnaphor(st *state, i int) {
	toks := st.toks
	t := toks[i]
	j, ok := anaphorHeadAfter(st, i)
	if !ok {
		return
	}
	head := toks[j].Lower
	n := 0 // how many: "the two countries", "both governments", "the three countries"
	if j == i+2 {
		n = groupSizes[toks[i+1].Lower]
	} else if t.Lower == "both" && j == i+1 {
		n = 2
	}
	switch {
	case (head == "countries" || head == "nations") && n > 0:
		for _, c := range f.recentCountries(st, i, n) {
			addAnaphor(st, i, j+1, c)
		}
	case pairHeads[head] && n > 0:
		// "the two leaders", "both governments": the states last named, when there are
		// as many
		if cs := f.recentCountries(st, i, n); len(cs) == n {
			for _, c := range cs {
				addAnaphor(st, i, j+1, c)
			}
		}
	case groupHeads[head] && t.Lower == "the" && !namedAfter(st, j) && !capitalised(toks[i+1:j+1]) && modifiersOnly(toks[i+1:j]):
		// "the militant group", "the rights group": the armed or civic group named
		// last (Amnesty International, Boko Haram), not "the group of soldiers" nor
		// "the hospitality group Kempinski"
		if id := f.recentGroup(st, i, memberHeads[head]); id != "" {
			addAnaphor(st, i, j+1, id)
		}
	case head == "nation" || head == "country" || head == "government" || head == "kingdom" || head == "republic":
		if t.Lower == "both" {
			return
		}
		// "the government of X" names X itself, and so does "the government and people
		// of X"
		if j+1 < len(toks) && toks[j+1].Lower == "of" || j+3 < len(toks) && toks[j+1].Lower == "and" && toks[j+3].Lower == "of" {
			return
		}
		if c := f.topicCountry(st, i, f.areaCovering(st, i+1, j)); c != "" {
			addAnaphor(st, i, j+1, c)
		}
	}
}

// anaphorHeadAfter returns the index of the word that may be the head noun of an anaphor opened
// by "the" or "both" at token i, past up to four adjectives and commas ("the small, landlocked
// nation"); false when no word of the sentence is there.
func anaphorHeadAfter(st *state, i int) (int, bool) {
	toks := st.toks
	t := toks[i]
	// the [adjectives,] nation|country|government|countries
	j := i + 1
	for n := 0; n < 4 && j < len(toks) && toks[j].Sent == t.Sent && (toks[j].Text == "," || (toks[j].word() && (!st.claimed[j] || st.areaAt(j)) && !anaphorHead(toks[j].Lower))); n++ {
		j++
	}
	if j >= len(toks) || toks[j].Sent != t.Sent || !toks[j].word() {
		return j, false
	}
	return j, true
}

// itAnaphor adds "it" or "its" at token i as an anaphor, outside quotations and unless the "it"
// is pleonastic: for the name joined to "its" by "and" or "or" (conjoinedOwner), else for the
// actor that is the subject of the sentence or of the one before (subjectActor).
func (f *Finder) itAnaphor(st *state, i int) {
	if st.quoted[i] || (st.toks[i].Lower == "it" && pleonasticIt(st.toks, i)) {
		return
	}
	if id := conjoinedOwner(st, i); id != "" {
		addAnaphor(st, i, i+1, id)
	} else if id := f.subjectActor(st, i); id != "" {
		addAnaphor(st, i, i+1, id)
	}
}

// conjoinedOwner returns the country or organisation named right before "and its" or "or its"
// at token k, or "": "Hamas and its allies", "Russia and its neighbours" are the allies and
// neighbours of the name they are joined to, not of the sentence's subject.
func conjoinedOwner(st *state, k int) string {
	if st.toks[k].Lower != "its" || k < 2 || st.toks[k-1].Lower != "and" && st.toks[k-1].Lower != "or" {
		return ""
	}
	end := st.toks[k-2].End
	for _, m := range st.d.Mentions {
		if m.End != end || m.Kind == "nationality" || m.Kind == "people" || m.Kind == "demonym" {
			continue
		}
		if e := st.d.Entities[m.EntityID]; e != nil && (e.Type == newsgraph.Country || e.Type == newsgraph.Organization) {
			return m.EntityID
		}
	}
	return ""
}

// areaAt reports whether token i is part of a mention of a place of no one country, which
// describes a noun after it ("the South American nation", "the Middle Eastern country").
func (st *state) areaAt(i int) bool {
	off := st.toks[i].Start
	for _, m := range st.d.Mentions {
		if m.Start <= off && off < m.End {
			e, ok := st.d.Entities[m.EntityID]
			return ok && e.Type == newsgraph.Location && e.Code == ""
		}
	}
	return false
}

func anaphorHead(w string) bool {
	return w == "nation" || w == "country" || w == "government" || w == "countries" || w == "nations" || w == "kingdom" || w == "republic" || pairHeads[w] || groupHeads[w]
}

// pairHeads are the plural nouns that, after "the two" or "both", stand for the two states last
// named: their leaders or governments ("the two leaders agreed to restore relations"). Not
// "sides", which are as often a government and its rebels, with a third state mediating.
// groupSizes are the words that say how many states an anaphor names ("the three countries").
var groupSizes = map[string]int{"two": 2, "both": 2, "three": 3, "four": 4}

var pairHeads = map[string]bool{"leaders": true, "presidents": true, "ministers": true, "governments": true,
	"neighbours": true, "neighbors": true, "heads": true}

// officeHolder returns the person of the doc whose office is named by toks[i:j] ("foreign
// minister"), when exactly one person holds it.
func (f *Finder) officeHolder(st *state, i, j int) string {
	if j-i < 1 {
		return ""
	}
	office := f.gz.Titles[joinLowerToks(st.toks[i:j])]
	if office == "" {
		return ""
	}
	found := ""
	for id, p := range st.persons {
		if p.office != "" && strings.EqualFold(f.gz.Titles[strings.ToLower(p.office)], office) {
			if found != "" {
				return ""
			}
			found = id
		}
	}
	return found
}

// otherOwner reports whether the office ending before token j is followed by "of" and an
// actor other than the one person id holds it for: "the president of Armenia" is not the
// article's president of Russia.
func (f *Finder) otherOwner(st *state, j int, id string) bool {
	if j+1 >= len(st.toks) || st.toks[j].Lower != "of" {
		return false
	}
	owner := f.actorStartingAt(st, st.toks[j+1].Start)
	return owner != "" && owner != st.persons[id].officeOf
}

// recentPerson returns the person mentioned last before token k, within three sentences, whose
// gender is not known to differ from g ('M' or 'F'): "she" is not the Omar named last.
func (f *Finder) recentPerson(st *state, k int, g byte) string {
	t := st.toks[k]
	best, bestStart := "", -1
	for _, m := range st.d.Mentions {
		if p := st.persons[m.EntityID]; p != nil && p.gender != 0 && p.gender != g {
			continue
		}
		if m.Start < t.Start && m.Start > bestStart && m.Sentence >= t.Sent-3 && strings.HasPrefix(m.EntityID, "person/") {
			best, bestStart = m.EntityID, m.Start
		}
	}
	return best
}

// groupHeads are the nouns that, after "the" and its adjectives, stand for a group named before.
// The plural nouns of a group's members ("the militants") stand for it only where it is the one
// group in view: they are as often the fighters of another group the story names.
var groupHeads = map[string]bool{"group": true, "organisation": true, "organization": true,
	"militia": true, "movement": true, "outfit": true, "faction": true,
	"militants": true, "extremists": true, "jihadists": true, "insurgents": true, "terrorists": true}

// memberHeads are the plural nouns of groupHeads.
var memberHeads = map[string]bool{"militants": true, "extremists": true, "jihadists": true, "insurgents": true, "terrorists": true}

// modifiersOnly reports whether ts, the words between "the" and a group's noun, hold no
// preposition or conjunction: "the militant group", not "the release of detained extremists".
func modifiersOnly(ts []token) bool {
	for _, t := range ts {
		if phraseBreaks[t.Lower] {
			return false
		}
	}
	return true
}

// phraseBreaks are the prepositions and conjunctions that no adjective between "the" and its
// noun can be.
var phraseBreaks = setOf("of", "for", "from", "with", "by", "to", "in", "on", "at", "and", "or", "but", "as")

// capitalised reports whether a word of ts is capitalised: a name ("the SITE Intelligence
// Group", "the Crisis Group") rather than a description ("the militant group").
func capitalised(ts []token) bool {
	for _, t := range ts {
		if t.word() && t.Cap {
			return true
		}
	}
	return false
}

// namedAfter reports whether the noun at token j has a name or an "of" phrase after it ("the
// group of soldiers", "the hospitality group Kempinski"): a group said anew, no anaphor.
func namedAfter(st *state, j int) bool {
	if j+1 >= len(st.toks) || st.toks[j+1].Sent != st.toks[j].Sent {
		return false
	}
	n := st.toks[j+1]
	return n.Lower == "of" || n.word() && (n.Cap || st.claimed[j+1]) // "the group al-Shabaab"
}

// recentGroup returns the group (an organisation the gazetteer codes NGO or PARTY: an armed,
// civic or political group, no state body, agency or company) mentioned last before token k,
// within three sentences, or ""; with only, "" unless that group is the only one mentioned there.
func (f *Finder) recentGroup(st *state, k int, only bool) string {
	t := st.toks[k]
	best, bestStart := "", -1
	seen := map[string]bool{}
	for _, m := range st.d.Mentions {
		if m.Start >= t.Start || m.Sentence < t.Sent-3 || m.Kind == "anaphor" {
			continue
		}
		if e := st.d.Entities[m.EntityID]; e != nil && e.Type == newsgraph.Organization && (e.Code == "NGO" || e.Code == "PARTY") {
			seen[m.EntityID] = true
			if m.Start > bestStart {
				best, bestStart = m.EntityID, m.Start
			}
		}
	}
	if only && len(seen) > 1 {
		return ""
	}
	return best
}

// pronounGender gives the gender of a personal pronoun: 'F' for "she" and "her", else 'M'.
func pronounGender(w string) byte {
	if w == "she" || w == "her" {
		return 'F'
	}
	return 'M'
}

// subjectActor returns what "it" at token k stands for: the first actor (country or
// organisation) outside quotations earlier in its sentence, else the first actor of the nearest of
// the two sentences before.
func (f *Finder) subjectActor(st *state, k int) string {
	t := st.toks[k]
	if unknownSpeaker(st, k) {
		return "" // "Facebook said it would clean up its news feed": a name no list knows
	}
	for back := 0; back <= 2 && t.Sent-back >= 0; back++ {
		s := t.Sent - back
		best, bestStart := "", 1<<62
		for _, m := range st.d.Mentions {
			if m.Sentence != s || (back == 0 && m.Start >= t.Start) || m.Start >= bestStart || m.Kind == "nationality" || m.Kind == "people" {
				continue
			}
			if ti := tokenAt(st.toks, m.Start); ti >= 0 && (st.quoted[ti] || bracketed(st.toks, ti, m.End)) {
				continue
			}
			e := st.d.Entities[m.EntityID]
			if e == nil || (e.Type != newsgraph.Country && e.Type != newsgraph.Organization) || st.ownsPerson(m) {
				continue
			}
			best, bestStart = m.EntityID, m.Start
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// unknownSpeaker reports whether "it" or "its" at token k is, or follows in its sentence, an
// "it" right after a verb of saying whose subject, right before it, is a capitalised word no
// mention covers: in "Facebook said it would clean up its news feed" both are Facebook, which
// no list knows, not the country named sentences before.
func unknownSpeaker(st *state, k int) bool {
	for i := k; i >= 2 && st.toks[i].Sent == st.toks[k].Sent; i-- {
		if st.toks[i].Lower != "it" || !nameReportVerbs[st.toks[i-1].Lower] || st.toks[i-1].Lower == "who" {
			continue
		}
		if n := st.toks[i-2]; n.Sent == st.toks[k].Sent && n.Cap && n.word() && !st.claimed[i-2] {
			return true
		}
	}
	return false
}

// ownsPerson reports whether mention m is the possessor of a person named right after it ("The
// BBC's Tomi Oladipo says …"): the person is the subject, and "it" later in the sentence is not
// the BBC.
func (st *state) ownsPerson(m Mention) bool {
	i := sort.Search(len(st.toks), func(i int) bool { return st.toks[i].Start >= m.End })
	if i+2 >= len(st.toks) || st.toks[i].Text != "'" && st.toks[i].Text != "’" || st.toks[i+1].Lower != "s" {
		return false
	}
	next := st.toks[i+2].Start
	for _, x := range st.d.Mentions {
		if x.Start == next {
			e := st.d.Entities[x.EntityID]
			return e != nil && e.Type == newsgraph.Person
		}
	}
	return false
}

// bracketed reports whether the mention that begins at token i and ends at byte end stands
// alone in brackets: an agency credit ("JERUSALEM (AP) -- The military says it …") or an
// abbreviation after a name, neither of which "it" refers to.
func bracketed(toks []token, i, end int) bool {
	j := i
	for j < len(toks) && toks[j].End < end {
		j++
	}
	return i > 0 && toks[i-1].Text == "(" && j+1 < len(toks) && toks[j+1].Text == ")"
}

// pleonasticIt reports whether "it" at token i is a dummy subject: "it is true that", "it would be
// premature to", "it seems".
func pleonasticIt(toks []token, i int) bool {
	j := i + 1
	if j >= len(toks) || toks[j].Sent != toks[i].Sent {
		return true
	}
	switch toks[j].Lower {
	case "seems", "seemed", "appears", "appeared", "remains", "rained", "takes", "took":
		return true
	case "is", "was", "'s", "’s", "would", "will", "could", "might", "may":
		for k := j + 1; k < j+6 && k < len(toks) && toks[k].Sent == toks[i].Sent; k++ {
			if toks[k].Lower == "that" || toks[k].Lower == "to" || toks[k].Lower == "whether" || toks[k].Lower == "unclear" || toks[k].Lower == "not" && k == j+1 {
				return toks[k].Lower != "not"
			}
			if toks[k].Text == "," {
				return false
			}
		}
	}
	return false
}

// looksLikePersonName reports whether a one-word gazetteer name is part of a person's name:
// after a given name or an honorific ("Michael Jordan", "Mr. Chad"), or a given name itself
// followed by another capitalised word that is not a place ("Jordan Peterson").
func looksLikePersonName(st *state, c gazCand, place bool) bool {
	if c.j-c.i != 1 {
		return false
	}
	toks := st.toks
	t := toks[c.i]
	names := st.finder.gz.FirstNames
	if place {
		// a place name inside a run of capitalised words with a given name, or after a title
		if c.i > 0 && toks[c.i-1].Sent == t.Sent && toks[c.i-1].Cap && names[toks[c.i-1].Text] {
			return true
		}
		if names[t.Text] && c.j < len(toks) && toks[c.j].Sent == t.Sent && toks[c.j].Cap && toks[c.j].word() && !nameStopWords[toks[c.j].Lower] {
			return true
		}
		if endsTitle(st, c.i) {
			return true
		}
	}
	if c.i > 0 && toks[c.i-1].Sent == t.Sent {
		p := toks[c.i-1]
		if nameHonorifics[p.Lower] {
			return true
		}
		if p.Cap && p.word() && !st.claimed[c.i-1] && st.finder.gz.FirstNames[p.Text] && !startsCandidate(st, c.i-1) {
			return true
		}
	}
	if st.finder.gz.FirstNames[t.Text] && c.j < len(toks) && toks[c.j].Sent == t.Sent {
		n := toks[c.j]
		if n.word() && n.Cap && !n.Caps && !startsCandidate(st, c.j) && !nameStopWords[n.Lower] {
			return true
		}
	}
	return false
}

func startsCandidate(st *state, i int) bool {
	k := sort.Search(len(st.cands), func(x int) bool { return st.cands[x].i >= i })
	if k < len(st.cands) && st.cands[k].i == i {
		return true
	}
	k = sort.Search(len(st.titles), func(x int) bool { return st.titles[x].i >= i })
	return k < len(st.titles) && st.titles[k].i == i
}

func endsTitle(st *state, i int) bool {
	for _, t := range st.titles {
		if t.j == i {
			return true
		}
	}
	return false
}

// titleAt returns the office or title name that starts at token i.
func (st *state) titleAt(i int) (gazCand, bool) {
	k := sort.Search(len(st.titles), func(x int) bool { return st.titles[x].i >= i })
	if k < len(st.titles) && st.titles[k].i == i {
		return st.titles[k], true
	}
	return gazCand{}, false
}

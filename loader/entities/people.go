package entities

import (
	"strings"
	"unicode"

	"newsgraph"
	"newsgraph/loader/syntax"
)

// docPerson is one person named in a doc.
type docPerson struct {
	id, name    string
	last        string // lower-case surname
	office      string
	officeOf    string // entity ID of the country or organisation of the office
	former      bool   // the office is one the person held ("former President X")
	nationality string // country ID
	gender      byte   // 'M' or 'F' when the name or an honorific tells, else 0
}

// honorificGender gives the gender an honorific before a name tells ("Mrs." → 'F').
var honorificGender = map[string]byte{"mr.": 'M', "mr": 'M', "sir": 'M', "lord": 'M', "king": 'M', "prince": 'M',
	"mrs.": 'F', "mrs": 'F', "ms.": 'F', "ms": 'F', "miss": 'F', "dame": 'F', "lady": 'F', "queen": 'F', "princess": 'F'}

// kunyaGender gives the gender an Arabic kunya at the head of a name tells: "Abu" is "father of"
// ("Abu Bakr al-Baghdadi"), "Umm" is "mother of".
var kunyaGender = map[string]byte{"abu": 'M', "umm": 'F'}

// nameHonorifics before a name make it a person's ("Mr. Nduhungirehe").
var nameHonorifics = map[string]bool{"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "mr": true, "mrs": true,
	"ms": true, "dr": true, "sir": true, "dame": true, "lord": true, "lady": true, "prof.": true, "rev.": true,
	"sen.": true, "rep.": true, "gov.": true, "gen.": true, "lt.": true, "col.": true, "capt.": true, "sgt.": true,
	"maj.": true, "adm.": true, "pres.": true, "amb.": true, "cpl.": true, "pvt.": true, "brig.": true, "cmdr.": true}

// nameParticleWords may stand inside a name in lower case ("Ursula von der Leyen").
var nameParticleWords = map[string]bool{"de": true, "da": true, "del": true, "della": true, "der": true, "van": true,
	"von": true, "bin": true, "ibn": true, "al": true, "el": true, "la": true, "le": true, "du": true, "dos": true,
	"bint": true, "abu": true, "ben": true}

// nameStopWords are capitalised words that do not begin or continue a person's name.
var nameStopWords = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "but": true,
	"and": true, "or": true, "in": true, "on": true, "at": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "his": true, "her": true, "their": true, "its": true, "our": true, "monday": true,
	"tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "jan.": true,
	"if": true, "when": true, "while": true, "after": true, "before": true, "as": true, "so": true, "for": true,
	"with": true, "by": true, "from": true, "to": true, "of": true, "you": true, "my": true, "your": true,
	"there": true, "here": true, "what": true, "who": true, "why": true, "how": true, "some": true, "all": true,
	"only": true, "last": true, "next": true, "new": true, "former": true, "acting": true, "then": true,
	"state": true, "department": true, "ministry": true, "party": true, "court": true, "university": true,
	"news": true, "times": true, "post": true, "street": true, "avenue": true, "road": true, "river": true,
	"city": true, "county": true, "house": true, "church": true, "company": true, "inc": true, "group": true,
	"tv": true, "radio": true, "agency": true, "council": true, "forces": true, "army": true, "police": true,
	"government": true, "administration": true, "republic": true, "union": true, "north": true, "south": true,
	"east": true, "west": true, "national": true, "international": true, "united": true, "minister": true,
	"president": true, "secretary": true, "general": true, "according": true, "said": true, "says": true,
	"rear": true, "republican": true, "democratic": true, "democrat": true, "conservative": true, "liberal": true,
	"hospital": true, "wars": true, "school": true, "college": true, "centre": true, "center": true,
	"club": true, "league": true, "cup": true, "bank": true, "institute": true, "foundation": true,
	"museum": true, "hotel": true, "media": true, "network": true, "magazine": true, "journal": true,
	"daily": true, "online": true, "studios": true, "records": true, "games": true, "show": true,
	"festival": true, "awards": true, "prize": true, "day": true, "week": true, "series": true,
	"movie": true, "film": true, "album": true, "project": true, "program": true, "act": true,
	"report": true, "airlines": true, "airways": true, "corporation": true, "ltd": true, "llc": true,
	"reuters": true, "twitter": true, "facebook": true, "google": true, "apple": true, "internet": true}

// nameReportVerbs after a capitalised pair make it a person ("Ana Lind said").
var nameReportVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "stated": true,
	"wrote": true, "asked": true, "explained": true, "noted": true, "argued": true, "insisted": true,
	"warned": true, "announced": true, "tweeted": true, "who": true}

// nameSpan returns the end of a run of name tokens starting at toks[i] (capitalised words not
// claimed by other mentions, initials, particles and capitalised hyphenated parts), at most 5
// words.
func nameSpan(st *state, i int) int {
	toks := st.toks
	sent := toks[i].Sent
	j := i
	words := 0
	for j < len(toks) && toks[j].Sent == sent && words < 5 {
		t := toks[j]
		switch {
		case j > i && nameHonorifics[t.Lower]:
			return j
		case j > i && t.Caps && isTitleAt(st, j):
			return j // "Outgoing PM Cerar": a title in capitals ends what comes before it
		case t.word() && t.Cap && (!st.claimed[j] || st.placeTok[j]) && !nameStopWords[t.Lower] && !(t.Caps && len(t.Text) > 3 && !strings.Contains(t.Text, ".")) && !pluralAcronym(t.Text):
			words++
			j++
		case j > i && t.word() && nameParticleWords[t.Lower] && j+1 < len(toks) && toks[j+1].Cap && !st.claimed[j+1]:
			j++
		case j > i && gluedHyphen(toks, j) && toks[j+1].word() && toks[j+1].Cap:
			// "Jean-Pierre", "Abdel-Rahman"; not "Washington-backed", a modifier
			j += 2
		case j > i+1 && syllableJoin(toks, j):
			// "Moon Jae-in", "Ban Ki-moon": a given name after the family name, so not
			// "Red-faced" or "Dar-es-Salaam"
			j += 2
		case j > i && t.word() && nameParticleWords[t.Lower] && gluedHyphen(toks, j+1) && toks[j+2].Cap:
			// "Abdel Fattah el-Sisi"
			j += 3
		default:
			return j
		}
	}
	return j
}

// isTitleAt reports whether a title the gazetteer lists starts at token i.
func isTitleAt(st *state, i int) bool {
	_, ok := st.titleAt(i)
	return ok
}

// pluralAcronym reports whether w is an acronym in capitals with a plural "s" ("DVDs", "MPs",
// "NGOs"): things or groups, never part of a person's name ("anti-Kim DVDs").
func pluralAcronym(w string) bool {
	if len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	for _, r := range w[:len(w)-1] {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// syllableJoin reports whether toks[j] is a hyphen that joins the syllables of a romanised given
// name: a capitalised word of at most four letters, then a lower-case one of at most five, with
// no space on either side ("Jae-in", "Ki-moon", "Jong-un", "Nak-yon"), as Korean names are
// written in the news. A participle or noun that makes a modifier of a name ("Moon-led",
// "Kim-era") is not a syllable.
func syllableJoin(toks []token, j int) bool {
	if !gluedHyphen(toks, j) {
		return false
	}
	a, b := toks[j-1], toks[j+1]
	return a.word() && a.Cap && !a.Caps && len(a.Lower) <= 4 && b.word() && b.Text[0] >= 'a' && b.Text[0] <= 'z' &&
		len(b.Lower) <= 5 && !hyphenModifiers[b.Lower]
}

// gluedHyphen reports whether toks[j] is a hyphen with a token on either side and no space
// between them ("Jean-Pierre", "el-Sisi", "Jae-in").
func gluedHyphen(toks []token, j int) bool {
	return j >= 1 && j+1 < len(toks) && toks[j].Text == "-" && toks[j-1].End == toks[j].Start && toks[j].End == toks[j+1].Start
}

// hyphenModifiers are the lower-case words that make a modifier after a hyphen.
var hyphenModifiers = map[string]bool{"led": true, "based": true, "run": true, "owned": true, "held": true,
	"era": true, "style": true, "like": true, "type": true, "born": true, "made": true, "old": true,
	"year": true, "ruled": true, "free": true, "wide": true, "level": true, "class": true}

// nameParts returns the words of a name, a given name joined by syllableJoin as one word
// ("Moon", "Jae-in"): the parts personID builds the ID from.
func nameParts(toks []token) []string {
	var parts []string
	for k := 0; k < len(toks); k++ {
		switch {
		case len(parts) > 0 && syllableJoin(toks, k):
			parts[len(parts)-1] += "-" + toks[k+1].Text
			k++
		case toks[k].word():
			parts = append(parts, toks[k].Text)
		}
	}
	return parts
}

// apposedTitle returns the title of a name set off by commas after it: "the Kenyan foreign
// minister, Jane Doe, said", "Kenya's foreign minister, Jane Doe." The name toks[i:j] must close
// the apposition (a comma, a full stop or a bracket after it).
func apposedTitle(toks []token, titleEnd map[int]gazCand, i, j int) (gazCand, bool) {
	if i < 2 || toks[i-1].Text != "," || toks[i-1].Sent != toks[i].Sent {
		return gazCand{}, false
	}
	if j < len(toks) && toks[j].Sent == toks[i].Sent && !closesApposition(toks[j].Text) {
		return gazCand{}, false
	}
	if c, ok := titleEnd[i-1]; ok {
		return c, true
	}
	// "the foreign minister of Peru, Ana Ruiz,": the title's of-phrase names whose office it is
	for k := i - 3; k >= 0 && k >= i-6 && toks[k].Sent == toks[i].Sent; k-- {
		if toks[k].Lower == "of" {
			c, ok := titleEnd[k]
			return c, ok
		}
		if !toks[k+1].Cap {
			break
		}
	}
	return gazCand{}, false
}

func closesApposition(s string) bool { return s == "," || s == "." || s == ")" || s == ";" }

// findPeople recognises people by a title or honorific before the name, a first name, an
// apposition with an office, or a reporting verb; later surnames alone link to the same person.
func (f *Finder) findPeople(st *state) {
	toks := st.toks
	titleEnd := map[int]gazCand{} // token index after a title -> the title
	for _, c := range st.titles {
		titleEnd[c.j] = c
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word() || !t.Cap || (st.claimed[i] && !st.placeTok[i]) || nameStopWords[t.Lower] || nameHonorifics[t.Lower] {
			continue
		}
		if _, ok := f.gz.Titles[t.Lower]; ok {
			continue
		}
		j := nameSpan(st, i)
		if j == i {
			continue
		}
		f.readName(st, titleEnd, i, j)
		i = j - 1
	}
	f.linkSurnames(st)
	f.personRelations(st)
}

// readName decides whom the run of name words toks[i:j] (nameSpan) names, titleEnd giving the
// titles by the token after them, and mentions them: a person the article already named by
// that surname, a well-known person, or a new person; or no one (a body's name, a document's,
// words of the dictionary).
func (f *Finder) readName(st *state, titleEnd map[int]gazCand, i, j int) {
	toks := st.toks
	t := toks[i]
	// trailing "Jr." / possessive are not part of the span; surname-only mentions later
	words := j - i
	title, hasTitle := titleEnd[i]
	if !hasTitle {
		title, hasTitle = apposedTitle(toks, titleEnd, i, j)
	}
	hon := i > 0 && nameHonorifics[toks[i-1].Lower] && toks[i-1].Sent == t.Sent
	first := f.gz.FirstNames[t.Text]
	appos := j+2 < len(toks) && toks[j].Text == "," && f.officeAfter(st, j+1) != nil
	id, named := st.surnames[strings.ToLower(toks[j-1].Text)]
	// "Barack Obama" after "Michelle Obama": another of the family
	kin := named && words == 2 && !first && !f.isTitle(toks[i]) && otherGivenName(st, id, toks[i])
	if named && (words == 1 || words == 2 && !first && !kin) {
		// the surname of a person already named; with a given name of its own ("Elena
		// Pardo" after "Gustavo Pardo") another person of the family
		if words == 1 {
			id = f.surnameBearer(st, i, id, hasTitle)
		}
		f.addPersonMention(st, i, j, id)
		return
	}
	// "an Iraqi refugee, Samir Haddad": a name in apposition to a noun for a person
	apposNoun := i >= 2 && toks[i-1].Text == "," && natPeopleNouns[toks[i-2].Lower]
	if bodyEnds[toks[j-1].Lower] {
		// "the Beltran Leyva Organization", "the Islamic Front", "CEO Tim CookApple Watch"
		// (a missing space): a name ending in a word for a body or a product names no
		// person, with a title before it or not
		return
	}
	cued := first || hasTitle || hon || appos || apposNoun || kin
	if !f.personName(st, i, j, hasTitle || hon, cued) {
		if words == 1 {
			f.knownBareMention(st, i, j)
		}
		return
	}
	f.addNamedPerson(st, i, j, title, hasTitle, appos)
}

// personName reports whether the run of name words toks[i:j] names a person: one word or more
// after a title or an honorific (titled), or two or more with something else that makes them a
// person's (cued: a given name, a title, an honorific, an apposition with an office or with a
// noun for a person, another of a family), a reporting verb after them, or the full name of a
// well-known office holder; never the name of a document or an occasion.
func (f *Finder) personName(st *state, i, j int, titled, cued bool) bool {
	toks := st.toks
	t := toks[i]
	words := j - i
	report := j < len(toks) && toks[j].Sent == t.Sent && nameReportVerbs[toks[j].Lower]
	if report && !cued && f.commonWords(toks[i:j]) {
		report = false // "… for Human Rights said": words of the dictionary before "said" name no one
	}
	// a well-known office holder's full name (the Phoenix Countries dictionary: "Nawaz
	// Sharif", whose given name no first-name list has) names a person; no office is
	// claimed from it, as the holder may no longer hold it
	listed := words >= 2 && f.gz.PersonCountry[strings.ToLower(st.d.Text[t.Start:toks[j-1].End])] != ""
	isPerson := (words >= 2 && (cued || report || listed)) || (titled && words >= 1)
	if isPerson && words >= 2 && !titled && documentWords[toks[j-1].Lower] {
		// "the Abraham Accords", "the Dayton Agreement": a given name in the name of a
		// document or an occasion makes no person
		isPerson = false
	}
	return isPerson
}

// knownBareMention mentions the well-known person that a surname alone, toks[i:j] (one word),
// names, when it names one, adding them to the article's people and noting the surname as
// theirs; else it does nothing.
func (f *Finder) knownBareMention(st *state, i, j int) {
	toks := st.toks
	t := toks[i]
	// "Putin said": a well-known surname alone; "the Clinton administration": a head's
	id, ok := f.knownBare[t.Lower]
	if !ok && j < len(toks) && toks[j].Sent == t.Sent && governmentNouns[toks[j].Lower] {
		id, ok = f.knownHead[t.Lower]
	}
	if !ok {
		return
	}
	f.knownPerson(st, id, t.Lower)
	st.surnames[t.Lower] = id
	f.addPersonMention(st, i, j, id)
}

// addNamedPerson registers the person toks[i:j] names and mentions them, with the office of the
// title before the name (hasTitle), else of an office in apposition after it (appos), and the
// nationality beside the name.
func (f *Finder) addNamedPerson(st *state, i, j int, title gazCand, hasTitle, appos bool) {
	p := f.newPerson(st, i, j)
	if hasTitle {
		f.setOffice(st, p, title, i)
	} else if appos {
		if oc := f.officeAfter(st, j+1); oc != nil {
			f.setOffice(st, p, *oc, oc.i)
		}
	}
	f.nationalityNear(st, p, i, j)
	f.addPersonMention(st, i, j, p.id)
}

// linkSurnames mentions the surnames alone that are not yet claimed, after the full name was
// seen anywhere in the article, as the person who bears them (surnameBearer), or as another of
// the family when a given name no list knows comes before; and an office holder's given name
// alone, where no other person of the article bears it, as them.
func (f *Finder) linkSurnames(st *state) {
	toks := st.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word() || !t.Cap || st.claimed[i] {
			continue
		}
		if id, ok := st.surnames[t.Lower]; ok {
			if g := i - 1; g > 0 && toks[g-1].Sent == t.Sent && givenNameShape(toks[g]) && !nameStopWords[toks[g].Lower] && !st.claimed[g] &&
				!f.isTitle(toks[g]) && otherGivenName(st, id, toks[g]) && !strings.Contains(st.persons[id].name, toks[g].Text) {
				// "Yulia Skripal" before the article names "Sergei Skripal": another of the
				// family, whose given name no list knows (not "Zehaf Bibeau" for "Michael
				// Zehaf-Bibeau": a part of the name written apart)
				p := f.newPerson(st, g, i+1)
				f.addPersonMention(st, g, i+1, p.id)
				continue
			}
			f.addPersonMention(st, i, i+1, f.surnameBearer(st, i, id, false))
			continue
		}
		if id := st.givens[t.Lower]; id != "" && st.persons[id] != nil && st.persons[id].office != "" && bareName(toks, i) &&
			!syntax.DictionaryForm(t.Lower) && !f.gazetteerWord(toks, i) {
			// "Prime Minister Abiy Ahmed … Abiy thanked Kenya", "Prime Minister Anwar Ibrahim
			// … Anwar said": news calls some office holders by their given name alone
			// (Ethiopian, Malay, Thai usage), and a given name that only one person of the
			// article bears, an office holder, and that no dictionary or gazetteer lists names
			// them
			f.addPersonMention(st, i, i+1, id)
		}
	}
}

// gazetteerWord reports whether toks[i] alone is a name the gazetteers list (a place, a country,
// an organisation): "Anbar" of a misread "Anbar Operations Command" is the province.
func (f *Finder) gazetteerWord(toks []token, i int) bool {
	end, es := f.ix.longest(toks[i:i+1], 0)
	return end == 1 && len(es) > 0
}

// noteGiven records that the person id bears the given name given (lower case), or that two do.
func noteGiven(st *state, given, id string) {
	if prior, ok := st.givens[given]; ok && prior != id {
		st.givens[given] = ""
		return
	}
	st.givens[given] = id
}

// bareName reports whether toks[i] stands alone as a name: no capitalised word right before or
// after it in its sentence.
func bareName(toks []token, i int) bool {
	if i > 0 && toks[i-1].Sent == toks[i].Sent && toks[i-1].word() && toks[i-1].Cap {
		return false
	}
	return !(i+1 < len(toks) && toks[i+1].Sent == toks[i].Sent && toks[i+1].word() && toks[i+1].Cap)
}

// surnameBearer returns which person a surname alone at toks[i] names, id being the first the
// article gave it to, where what surrounds it tells another of that name: an honorific of the
// other sex ("Mr. Obama" after "first lady Michelle Obama"), a title, or a word for a government
// after it ("President Obama", "the Obama administration": the one who holds an office, of the
// article or of the list of well-known office holders).
func (f *Finder) surnameBearer(st *state, i int, id string, hasTitle bool) string {
	toks := st.toks
	last := toks[i].Lower
	p := st.persons[id]
	if p == nil {
		return id
	}
	if g := honorificGender[prevLower(toks, i)]; g != 0 && p.gender != 0 && p.gender != g {
		for _, q := range st.persons {
			if q.last == last && q.gender == g {
				return q.id
			}
		}
		if k, ok := f.knownBare[last]; ok && k != id {
			return f.knownPerson(st, k, last)
		}
		return id
	}
	head := i+1 < len(toks) && toks[i+1].Sent == toks[i].Sent && governmentNouns[toks[i+1].Lower]
	if !hasTitle && !head || p.office != "" {
		return id
	}
	for _, q := range st.persons {
		if q.last == last && q.office != "" && !q.former {
			return q.id
		}
	}
	if k, ok := f.knownHead[last]; ok && head {
		return f.knownPerson(st, k, last)
	}
	if k, ok := f.knownSurname[last]; ok && hasTitle {
		return f.knownPerson(st, k, last)
	}
	return id
}

// prevLower returns the lower-case word before toks[i] in its sentence, or "".
func prevLower(toks []token, i int) string {
	if i > 0 && toks[i-1].Sent == toks[i].Sent {
		return toks[i-1].Lower
	}
	return ""
}

// knownPerson returns the ID of the well-known person id, adding them to the article's people.
func (f *Finder) knownPerson(st *state, id, last string) string {
	if st.persons[id] == nil {
		k := f.known[id]
		p := &docPerson{id: id, name: k.Name, last: last}
		st.persons[id] = p
		f.applyKnown(st, p, k)
	}
	return id
}

// bodyEnds are the last words of the names of bodies and products, never of a person.
var bodyEnds = map[string]bool{"organization": true, "organisation": true, "force": true, "forces": true,
	"front": true, "watch": true, "association": true, "institute": true, "union": true, "party": true,
	"council": true, "committee": true, "agency": true, "ministry": true, "army": true, "movement": true,
	"commission": true, "foundation": true, "federation": true, "coalition": true, "alliance": true,
	"brigade": true, "brigades": true, "university": true, "company": true, "corporation": true}

// commonWords reports whether every word of ts is a form of a word the dictionary lists in lower
// case, no given name and no noun for a person ("Human Rights", "Political Bureau"; not "Chief
// Thomas Jackson", "Officer Wilson"): a name of a body or a thing, not of a person, when nothing
// else says it is one.
func (f *Finder) commonWords(ts []token) bool {
	for _, t := range ts {
		if !t.word() || !syntax.DictionaryForm(t.Lower) || f.gz.FirstNames[t.Text] || syntax.PersonNoun(t.Lower) {
			return false
		}
	}
	return true
}

// newPerson registers the person named by toks[i:j]; the ID is built from the first given name
// and the surname, so "Olivier J.P. Nduhungirehe" and "Olivier Nduhungirehe" are one person.
func (f *Finder) newPerson(st *state, i, j int) *docPerson {
	toks := st.toks
	parts := nameParts(toks[i:j])
	name := st.d.Text[toks[i].Start:toks[j-1].End]
	id, firstName, last := personID(parts)
	k, known := f.known[id]
	if !known {
		// "Kim Jong-un" is the "Kim Jong Un" of the list
		if sid, _, _ := personID(strings.FieldsFunc(strings.Join(parts, " "), func(r rune) bool { return r == ' ' || r == '-' })); sid != id {
			if sk, ok := f.known[sid]; ok {
				id, k, known = sid, sk, true
			}
		}
	}
	if !known && firstName == "" {
		// "President Obama": a surname alone, of a well-known office holder
		if kid, ok := f.knownSurname[strings.ToLower(last)]; ok {
			id, k, known = kid, f.known[kid], true
		}
	}
	p := st.persons[id]
	if p == nil {
		p = &docPerson{id: id, name: name, last: strings.ToLower(last)}
		if known {
			p.name = k.Name
		}
		st.persons[id] = p
	}
	if p.gender == 0 {
		p.gender = f.gender(st, i, p.name)
	}
	if known && p.office == "" {
		f.applyKnown(st, p, k)
	}
	if known {
		last = familyName(parts, k.Of) // "Xi Jinping … Xi said"
	}
	if firstName != "" {
		noteGiven(st, strings.ToLower(firstName), id)
	}
	if _, taken := st.surnames[strings.ToLower(last)]; firstName != "" && !taken {
		// a surname alone names the first person the article gave it to: "Barack Obama and
		// Michelle Obama … Obama said" is Barack (news names the one it is about first)
		st.surnames[strings.ToLower(last)] = id
	}
	if _, ok := st.d.Entities[id]; !ok {
		st.d.Entities[id] = &newsgraph.Entity{ID: id, Type: newsgraph.Person, Name: p.name}
	}
	return p
}

// gender returns the gender of the person named at toks[i:] as name: told by an honorific
// before it ("Mrs. Ndayishimiye"), a kunya ("Abu Bakr") or a given name borne by one sex only
// ("Ursula"), else 0.
func (f *Finder) gender(st *state, i int, name string) byte {
	if i > 0 && st.toks[i-1].Sent == st.toks[i].Sent {
		if g := honorificGender[st.toks[i-1].Lower]; g != 0 {
			return g
		}
	}
	first, _, _ := strings.Cut(name, " ")
	if g := kunyaGender[strings.ToLower(first)]; g != 0 {
		return g
	}
	return f.gz.NameGender[first]
}

func (f *Finder) addPersonMention(st *state, i, j int, id string) {
	toks := st.toks
	for k := i; k < j; k++ {
		if st.claimed[k] && !st.placeTok[k] {
			return
		}
	}
	for k := i; k < j; k++ {
		st.claimed[k] = true
	}
	st.d.Mentions = append(st.d.Mentions, Mention{Start: toks[i].Start, End: toks[j-1].End,
		Text: st.d.Text[toks[i].Start:toks[j-1].End], EntityID: id, Kind: "name", Sentence: toks[i].Sent})
	if _, ok := st.d.Entities[id]; !ok {
		p := st.persons[id]
		st.d.Entities[id] = &newsgraph.Entity{ID: id, Type: newsgraph.Person, Name: p.name}
	}
}

// givenNameShape reports whether t looks like a given name where no list knows it: a word of
// letters with one capital, its first, and no form of a dictionary word ("Yulia", not "Mashed",
// "MacBook" or "The").
func givenNameShape(t token) bool {
	if !t.word() || !t.Cap || syntax.DictionaryForm(t.Lower) {
		return false
	}
	for k, r := range t.Text {
		if k > 0 && (unicode.IsUpper(r) || !unicode.IsLetter(r)) {
			return false
		}
	}
	return true
}

// otherGivenName reports whether t, the first of two words of a name whose surname the person id
// already bears in the article, is a given name other than theirs: "Barack Obama" after "Michelle
// Obama" is another person, though "Barack" is in no list of given names. Not an initial, nor
// an English word.
func otherGivenName(st *state, id string, t token) bool {
	p := st.persons[id]
	if p == nil || !t.Cap || len(t.Text) < 3 || strings.Contains(t.Text, ".") || syntax.DictionaryWord(t.Lower) {
		return false // "Later Halvorsen left": a word, capitalised at the sentence's start
	}
	given, _, ok := strings.Cut(p.name, " ")
	return ok && given != t.Text && !functionWords[t.Lower]
}

// functionWords are words that open a sentence before a surname ("Because Godane had weakened
// …", "Whereas Baghdadi has done …") and are in no dictionary of content words.
var functionWords = setOf("because", "whereas", "while", "although", "though", "since", "after", "before",
	"when", "whenever", "if", "unless", "as", "but", "and", "or", "yet", "so", "then", "meanwhile",
	"however", "thus", "hence", "nor", "until", "once", "where", "whether", "why", "how", "what",
	"which", "who", "whom", "whose", "that", "this", "these", "those", "there", "here", "also")

// isTitle reports whether t is a title or an honorific, with or without its period ("Sgt").
func (f *Finder) isTitle(t token) bool {
	_, ok := f.gz.Titles[t.Lower]
	return ok || nameHonorifics[t.Lower] || nameHonorifics[t.Lower+"."]
}

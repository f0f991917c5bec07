package loader

import (
	"strings"

	"newsgraph"
	"newsgraph/loader/entities"
	"newsgraph/loader/events"
	"newsgraph/loader/syntax"
)

// groupActors adds to the sentence's actors the groups that the tree shows as arguments and no
// name covers: "protesters", "gunmen", "Syrian refugees", and police, troops or courts where no
// country is in view. A group acts for itself, not for a state (EVENT-PITFALLS: "a private
// person is not their state"), so it is an entity of its own, agent/<ISO3>-<noun> when a
// demonym or possessive names its country (that country is its code) and agent/<noun>
// otherwise, of type GROUP. A state's agents that a country is attached to ("Iraqi troops")
// stay that country (the coder attaches them), a member of an organisation stays the
// organisation ("a UN expert"), and a government, minister or official with no country is no
// actor. Kept only if an event takes it (keepNames).
func (tc *treeCoder) groupActors(sc *sentCtx, t *syntax.Tree, ms []entities.Mention) []entities.Mention {
	ms = ms[:len(ms):len(ms)] // appending must not write over the doc's next mentions
	for id := 1; id <= len(t.S.Words); id++ {
		lemma, sector, ok := tc.groupAt(t, id, ms)
		if !ok {
			continue
		}
		owner, ownerOrg, inPlace := groupOwner(sc, t, id, ms, events.StateSectors[sector])
		if ownerOrg || owner != "" && events.StateSectors[sector] && !events.Former(t, id) && !inPlace {
			// a member is its organisation ("a UN expert"); a state's agents are the country a
			// word attaches them to ("Iraqi troops": the coder reads them so), but rebels,
			// militants and gunmen are a group of that country ("Somali militants")
			continue
		}
		w := t.Word(id)
		eid, name := groupID(owner, lemma)
		sc.st.groupSector[eid] = sector
		if _, ok := sc.st.d.Entities[eid]; !ok {
			if _, ok := sc.st.pending[eid]; !ok {
				sc.st.pending[eid] = &newsgraph.Entity{ID: eid, Type: newsgraph.Group, Name: name, Code: owner}
			}
		}
		m := entities.Mention{Start: w.Start, End: w.End, Text: w.Form, EntityID: eid, Kind: "group", Sentence: sc.si}
		ms = append(ms, m)
		sc.actors = append(sc.actors, evActor{EntityID: eid, Code: owner, Type: newsgraph.Group, Kind: "group", Text: w.Form})
		sc.actorTok = append(sc.actorTok, sc.toks.tokenAt(w.Start))
		sc.st.pendingMentions = append(sc.st.pendingMentions, m)
	}
	return ms
}

// groupAt returns the lemma and sector of the group that the noun at id names, if it may act in
// an event: an argument that no mention covers, named by a group's word ("protesters") or by
// two ("rebel groups"). Civilians and other people of no acting sector are only acted on
// ("killed 11 civilians", "detained 18 people": as subjects, "a woman", "a girl" are most often
// no party to a political event, and an unnamed "journalist" reports); unattached, a state's agents
// act only as a subject (as an object, "mobilised troops", they are the subject's own), and a
// government, minister or official with no country is no actor.
func (tc *treeCoder) groupAt(t *syntax.Tree, id int, ms []entities.Mention) (lemma, sector string, ok bool) {
	w := t.Word(id)
	if w.UPOS != "NOUN" && w.UPOS != "PROPN" || !argRels[w.Deprel] || overlapsMention(ms, w.Start, w.End) {
		return "", "", false
	}
	word := w.Lemma
	if w.UPOS == "PROPN" {
		word = w.Form // "Gunmen" opening a sentence, tagged as a name
	}
	lemma, sector, ok = tc.lex.groupNoun(word, w.UPOS == "NOUN" && word == strings.ToLower(word))
	if m := modifierBefore(t, id); m != "" && !overlapsMention(ms, t.Word(id-1).Start, t.Word(id-1).End) {
		if l, s, ok2 := tc.lex.groupNoun(m+" "+strings.ToLower(w.Lemma), false); ok2 {
			lemma, sector, ok = l, s, true
		} else if l, s, ok2 := tc.lex.groupNoun(m, false); ok2 && groupSectors[s] && collectiveNouns[strings.ToLower(w.Lemma)] &&
			plural(strings.ToLower(w.Form)) {
			lemma, sector, ok = l+" "+strings.ToLower(w.Lemma), s, true // "militia groups"
		}
	}
	switch {
	case !ok, titleOfName(t, id, ms), movedTo(t, id, ms, groupSectors[sector]), helpedTo(t, id),
		!groupSectors[sector] && !events.StateSectors[sector] && acting(t, id),
		events.StateSectors[sector] && (sector == "GOV" || !acting(t, id)):
		return "", "", false
	}
	return lemma, sector, true
}

// groupOwner returns the country code of the actor that a demonym, compound, possessive or
// "from" or "of" phrase of the noun at id names ("Syrian refugees", "refugees from Syria"), and
// whether that actor is an organisation instead. Where a group is ("protesters in London") says
// nothing of whose it is, except that a state's agents (state set) in a country are its own
// ("police in Kenya", "a court in Argentina"), and so are those in a place of a country, or
// named by one ("police in Nairobi", "Delhi police": inPlace, a group of that country's agents,
// not the place acting).
// Kin ("the son of President Museveni", "Obama's daughters") are kin to a person, not a
// country's: only a demonym tells their nationality.
func groupOwner(sc *sentCtx, t *syntax.Tree, id int, ms []entities.Mention, state bool) (code string, org, inPlace bool) {
	kin := events.KinNoun(strings.ToLower(t.Word(id).Lemma))
	for _, ch := range ownerWords(t, id) {
		cw := t.Word(ch)
		in := false
		switch cw.Deprel {
		case "amod", "compound":
		case "nmod:poss":
			if kin {
				continue
			}
		case "nmod":
			if kin {
				continue
			}
			p := t.Prep(ch)
			in = p == "in"
			if p != "from" && p != "of" && !(state && in) {
				continue
			}
		default:
			continue
		}
		for i, m := range ms {
			if m.Start >= cw.End || cw.Start >= m.End {
				continue
			}
			a := sc.actors[i]
			if in && a.Type != newsgraph.Country && a.Type != newsgraph.Location {
				continue
			}
			if a.Type == newsgraph.Organization {
				return "", true, false
			}
			if a.Code != "" && a.Code != "IGO" && a.Code != "NGO" {
				placed := in || state && cw.Deprel == "compound"
				return a.Code, false, placed && (a.Place || a.Type == newsgraph.Location)
			}
		}
	}
	return "", false, false
}

// ownerWords returns the children of the noun at id, and the modifiers of a compound among them:
// in "Iraqi government troops" the parser hangs "Iraqi" on "government", a compound of "troops".
func ownerWords(t *syntax.Tree, id int) []int {
	out := t.Children(id)
	for _, ch := range t.Children(id) {
		if t.Word(ch).Deprel == "compound" {
			for _, g := range t.Children(ch) {
				if r := t.Word(g).Deprel; r == "amod" || r == "compound" || r == "nmod:poss" {
					out = append(out[:len(out):len(out)], g)
				}
			}
		}
	}
	return out
}

// groupID returns the entity ID and name of a group: agent/SYR-refugee, "SYR refugee".
func groupID(code, noun string) (string, string) {
	if code == "" {
		return "agent/" + entities.Slug(noun), noun
	}
	return "agent/" + code + "-" + entities.Slug(noun), code + " " + noun
}

// groupSectors are the Phoenix agent sectors of people who act for themselves: opposition,
// rebels, armed groups, criminals, refugees, workers, students, clergy, farmers and human rights
// workers. Other people (civilians, media, business) are groups only as the ones acted on (see
// groupAt and groupNoun); a newspaper or a firm is no person at all.
var groupSectors = map[string]bool{"OPP": true, "REB": true, "UAF": true, "CRM": true, "REF": true, "LAB": true,
	"EDU": true, "REL": true, "AGR": true, "HRI": true}

// collectiveNouns name a body of people by what holds them together: bodies of a group's people
// are a group of them ("militia groups", "terrorist cells", "criminal networks": militias,
// terrorists, criminals), where the phrase is not an agent of its own. Only in the plural: "the
// militant group" most often names one organisation ("the militant group Boko Haram") or refers
// back to it.
var collectiveNouns = map[string]bool{"group": true, "faction": true, "cell": true, "network": true,
	"outfit": true, "organisation": true, "organization": true, "movement": true, "unit": true}

// partWords name the members or parts of a body ("a UN expert", "members of the delegation"),
// not a group of their own; and the Phoenix agents that are institutions rather than people ("a
// friend in medical school", "studied at the university").
var partWords = map[string]bool{"expert": true, "group": true, "member": true, "staff": true, "team": true,
	"school": true, "university": true, "college": true, "academy": true, "institute": true, "campus": true}

// titleOfName reports whether the noun at id is the title of a name a mention covers: "German
// journalist Mesale Tolu" (the name its apposition or flat part), or "Tolu, a German journalist"
// (itself the apposition of the name).
func titleOfName(t *syntax.Tree, id int, ms []entities.Mention) bool {
	w := t.Word(id)
	if w.Deprel == "appos" && w.Head > 0 {
		if h := t.Word(w.Head); overlapsMention(ms, h.Start, h.End) {
			return true
		}
	}
	for _, ch := range t.Children(id) {
		cw := t.Word(ch)
		if (cw.Deprel == "appos" || cw.Deprel == "flat") && overlapsMention(ms, cw.Start, cw.End) {
			return true
		}
	}
	return false
}

// movedTo reports whether the noun at id is the object of a verb that names an actor as where
// it goes or comes from ("sent peacekeepers to Angola", "withdrew peacekeepers from Sinai"), or
// is an argument placed by an actor itself ("help people in Somalia", "observers in Zimbabwe",
// "food to 300,000 people in Nigeria"): what is moved or helped there is no party to the event;
// the place or actor is. A group that acts for itself (own: rebels, militants, protesters) is
// a party wherever it is ("struck militia groups in Iraq"); only moving names its place.
func movedTo(t *syntax.Tree, id int, ms []entities.Mention, own bool) bool {
	w := t.Word(id)
	if acting(t, id) || w.Head == 0 {
		return false
	}
	for w.Deprel == "conj" && w.Head > 0 && t.Word(w.Head).Head > 0 {
		w = t.Word(w.Head) // "sent peacekeepers or instructors to Iraq": as the first conjunct
	}
	names := func(top int) bool {
		for i := 1; i <= len(t.S.Words); i++ {
			if x := t.Word(i); t.Under(i, top) && overlapsMention(ms, x.Start, x.End) {
				return true
			}
		}
		return false
	}
	for _, ch := range t.Children(w.Head) {
		p := t.Prep(ch)
		if p == "to" || p == "from" || p == "into" || p == "out" || p == "in" && events.PlacingVerbs[t.Word(w.Head).Lemma] {
			if w.Deprel == "obj" && t.Word(ch).Deprel == "obl" && names(ch) {
				return true
			}
		}
	}
	for _, ch := range t.Children(id) {
		switch p := t.Prep(ch); p {
		case "to", "from", "into", "in":
			if t.Word(ch).Deprel == "nmod" && !(p == "in" && own) && names(ch) {
				return true
			}
		}
	}
	return false
}

// acting reports whether the noun at id is the one who acts: a subject, or the agent of a
// passive ("released by rebel forces", which the parser may label a plain oblique).
func acting(t *syntax.Tree, id int) bool {
	switch w := t.Word(id); w.Deprel {
	case "nsubj", "obl:agent":
		return true
	case "obl":
		return t.Prep(id) == "by" && len(t.Dependents(w.Head, "nsubj:pass")) > 0
	}
	return false
}

// namesGroup reports whether text has a word that may name a group actor (groupActors): a
// sentence with one actor and a group may hold an event between them.
func (l *treeLexicon) namesGroup(text string) bool {
	for i := 0; i < len(text); {
		if !evWordByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && evWordByte(text[j]) {
			j++
		}
		w := text[i:j]
		i = j
		if _, sector, ok := l.groupNoun(w, w == strings.ToLower(w)); ok && sector != "GOV" {
			return true
		}
	}
	return false
}

// helpedTo reports whether the word at id comes right after a form of "help" and may be a verb:
// the bare infinitive help takes ("helped engineer the ouster", "helped train"), which the parser
// reads as an object noun, not a group of engineers or trainers.
func helpedTo(t *syntax.Tree, id int) bool {
	if id < 2 || !strings.EqualFold(t.Word(id-1).Lemma, "help") {
		return false
	}
	f := strings.ToLower(t.Word(id).Form)
	return !plural(f) && syntax.DictionaryVerb(f)
}

// groupNoun returns the lemma and sector of a word that may name a group, trying its singular
// forms ("gunmen", "people"): a Phoenix agent of a group's or a state's sector, or a person noun
// (the dictionary's, when common is set: not "Amazon"; or a Phoenix civilian), whose sector is
// its Phoenix one or else CVL; not a part of a body ("member") nor a relational noun.
func (l *treeLexicon) groupNoun(word string, common bool) (lemma, sector string, ok bool) {
	w := strings.ToLower(word)
	forms := []string{singular(w), w}
	if base, ok := strings.CutSuffix(w, "men"); ok {
		forms = []string{base + "man", w} // "gunmen", "policemen"
	}
	if w == "people" {
		forms = []string{"person"} // the plural of "person" in English
	}
	for _, f := range forms {
		if partWords[f] || events.WeaponNoun(f) || syntax.ActNoun(f) && !syntax.PersonNoun(f) {
			return "", "", false // a weapon, or an act ("launched a broad insurgency")
		}
		s, ok := l.Agent(f)
		if ok && (groupSectors[s] || events.StateSectors[s]) {
			return f, s, true
		}
		if s == "CVL" || common && syntax.PersonNoun(f) && !events.RelationalNoun(f) {
			if s == "" {
				s = "CVL"
			}
			return f, s, true
		}
	}
	return "", "", false
}

// fillGroupSectors fills in the sectors of the groups a relation names ("agent/protester": OPP).
func (st *docState) fillGroupSectors(r *newsgraph.Relation) {
	if s := st.groupSector[r.Subject]; s != "" && r.SubjectSector == "" {
		r.SubjectSector = s
	}
	if s := st.groupSector[r.Object]; s != "" && r.ObjectSector == "" {
		r.ObjectSector = s
	}
}

// modifierBefore returns the lower-case lemma of the compound or adjective right before the noun
// at id, or "".
func modifierBefore(t *syntax.Tree, id int) string {
	if id < 2 {
		return ""
	}
	if w := t.Word(id - 1); w.Head == id && (w.Deprel == "compound" || w.Deprel == "amod") {
		return strings.ToLower(w.Lemma)
	}
	return ""
}

package loader

import (
	"strings"

	"newsgraph/loader/entities"
	"newsgraph/loader/events"
	"newsgraph/loader/syntax"
)

// dealNouns name an agreement between parties.
var dealNouns = setOf("agreement", "deal", "accord", "pact", "treaty", "memorandum", "truce", "ceasefire", "cease-fire")

// dealParties makes a definite noun of an agreement that a verb takes as its object, and that the
// sentence attaches to no one ("Somalia criticised the agreement"), stand for both parties of the
// last agreement the article read: a stance on someone else's deal is taken on its parties
// (EVENT-PITFALLS: rejecting a deal is a rejection with the deal's parties as its target).
// "The agreement with Kenya", "a deal", "its own treaty" name another deal, or none known. A verb
// that undoes its object ("scrapped the deal", the lexicon's reverse verbs) ends the deal, which
// only a party does: the word rules mark that deal ended (endLastDeal), and it is no stance on
// the parties.
func (l *treeLexicon) dealParties(sc *sentCtx, t *syntax.Tree, ms []entities.Mention) []entities.Mention {
	parties := sc.st.lastDealParties()
	if len(parties) == 0 {
		return ms
	}
	for id := 1; id <= len(t.S.Words); id++ {
		w := t.Word(id)
		if w.UPOS != "NOUN" || w.Deprel != "obj" || t.Word(w.Head).UPOS != "VERB" || !dealNouns[strings.ToLower(w.Lemma)] ||
			!definite(t, id) || attached(t, id, ms) || ownedDeal(t, id) || overlapsMention(ms, w.Start, w.End) ||
			l.undoes(t.Word(w.Head).Lemma) {
			continue
		}
		for _, a := range parties {
			ms = append(ms[:len(ms):len(ms)], entities.Mention{Start: w.Start, End: w.End, Text: w.Form, EntityID: a.EntityID, Kind: "anaphor", Sentence: sc.si})
			a.Text = w.Form
			sc.actors = append(sc.actors, a)
			sc.actorTok = append(sc.actorTok, sc.toks.tokenAt(w.Start))
		}
	}
	return ms
}

// undoes reports whether the verb (a lemma) has a sense that undoes its object noun ("scrap",
// "lift", "cancel": events.RoleReverse).
func (l *treeLexicon) undoes(lemma string) bool {
	for _, s := range l.verbs[strings.ToLower(lemma)] {
		if s.Role == events.RoleReverse {
			return true
		}
	}
	return false
}

// ownedDeal reports whether the deal noun at id has a possessive ("its agreement", "Kenya's deal").
func ownedDeal(t *syntax.Tree, id int) bool {
	return len(t.Dependents(id, "nmod:poss")) > 0
}

// lastDealParties returns the two parties of the last agreement the article read, as actors, or
// nil when it read none.
func (st *docState) lastDealParties() []evActor {
	if !st.hasDeal || st.lastDeal >= len(st.d.Relations) {
		return nil
	}
	r := st.d.Relations[st.lastDeal]
	var out []evActor
	for _, id := range []string{r.Subject, r.Object} {
		e := st.d.Entities[id]
		if e == nil {
			return nil
		}
		out = append(out, evActor{EntityID: e.ID, Code: e.Code, Type: e.Type, Kind: "anaphor", Text: e.Name})
	}
	return out
}

// namesDeal reports whether text has a definite noun of an agreement ("the deal"): with an
// agreement read before, a sentence with one actor may hold an event with its parties.
func namesDeal(text string) bool {
	for n := range dealNouns {
		if strings.Contains(text, "the "+n) {
			return true
		}
	}
	return false
}

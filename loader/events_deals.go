package loader

import (
	"strings"

	"newsgraph/loader/entities"
	"newsgraph/loader/events"
	"newsgraph/loader/syntax"
)

// dealNouns name an agreement between parties.
var dealNouns = setOf("agreement", "deal", "accord", "pact", "treaty", "memorandum", "truce", "ceasefire", "cease-fire")

// demandNouns name a call on someone to act.
var demandNouns = setOf("call", "demand", "request", "appeal", "ultimatum", "plea")

// accusalNouns name a charge of wrongdoing made against someone ("Beijing rejected the
// accusations"); "charges" and "claims", as often a prosecutor's or anyone's, are left out.
var accusalNouns = setOf("accusation", "allegation", "criticism", "protest", "complaint", "condemnation")

// moveNouns name an act by its kind alone ("the move", "the decision", "the measures"): the
// material act the article told last (a statement about it is no move).
var moveNouns = setOf("move", "decision", "step", "measure")

// harmNouns name an act of force by its kind alone ("condemned the attack", "denounced the
// strikes"): the act of force the article told last.
var harmNouns = setOf("attack", "strike", "airstrike", "raid", "bombing", "shelling", "assault", "bombardment",
	"offensive", "incursion", "killing")

// actParties makes a definite noun that a verb takes as its object, and that the sentence
// attaches to no one, stand for the parties of the act of that kind the article read last: an
// agreement ("Somalia criticised the agreement") for both its parties; a demand ("Eritrea
// rejected the call") or an accusation ("Beijing rejected the protest", "dismissed the
// allegations") for whoever made it; "the move", "the decision", "the measures" for whoever did
// the material act the article told last ("Ukraine welcomed the move"); "the attack", "the
// strikes" for whoever did the act of force told last ("Syria condemned the attack"); a noun of
// the verb of an act told before for whoever did it ("Russia condemned the deliveries" after
// "Germany will deliver Patriot systems to Ukraine": deedOf). A stance
// on someone else's deal is taken on its parties (EVENT-PITFALLS: rejecting a deal is a
// rejection with the deal's parties as its target), and an answer to a demand on its author.
// "The agreement with Kenya", "a deal", "its own treaty" name another act, or none known. A verb
// that undoes its object ("scrapped the deal", the lexicon's reverse verbs) ends the deal, which
// only a party does: the word rules mark that deal ended (endLastDeal), and it is no stance on
// the parties.
func (l *treeLexicon) actParties(sc *sentCtx, t *syntax.Tree, ms []entities.Mention) []entities.Mention {
	for id := 1; id <= len(t.S.Words); id++ {
		w := t.Word(id)
		lemma := strings.ToLower(w.Lemma)
		if w.UPOS != "NOUN" || w.Deprel != "obj" || t.Word(w.Head).UPOS != "VERB" || !definite(t, id) ||
			attached(t, id, ms) || ownedDeal(t, id) || overlapsMention(ms, w.Start, w.End) {
			continue
		}
		var parties []evActor
		switch {
		case dealNouns[lemma] && !l.undoes(t.Word(w.Head).Lemma):
			parties = sc.st.partiesOf(sc.st.lastDeal, sc.st.hasDeal, true)
		case demandNouns[lemma]:
			parties = sc.st.partiesOf(sc.st.lastDemand, sc.st.hasDemand, false)
		case accusalNouns[lemma]:
			parties = sc.st.partiesOf(sc.st.lastAccusal, sc.st.hasAccusal, false)
		case moveNouns[lemma]:
			parties = sc.st.partiesOf(sc.st.lastAct, sc.st.hasAct, false)
		case harmNouns[lemma]:
			parties = sc.st.partiesOf(sc.st.lastHarm, sc.st.hasHarm, false)
		default:
			if a, ok := sc.st.deedOf(lemma); ok {
				parties = []evActor{a}
			}
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

// partiesOf returns the subject of the article's relation i, and its object too when both, as
// actors, or nil when there is none (ok unset).
func (st *docState) partiesOf(i int, ok, both bool) []evActor {
	if !ok || i >= len(st.d.Relations) {
		return nil
	}
	r := st.d.Relations[i]
	ids := []string{r.Subject}
	if both {
		ids = append(ids, r.Object)
	}
	var out []evActor
	for _, id := range ids {
		e := st.d.Entities[id]
		if e == nil {
			return nil
		}
		out = append(out, evActor{EntityID: e.ID, Code: e.Code, Type: e.Type, Kind: "anaphor", Text: e.Name})
	}
	return out
}

// refersToAct reports whether text has a definite noun of an agreement, a demand, an
// accusation or a deed ("the deal", "the call", "the allegations", "the move") and the article
// read such an act before, or a definite noun of the verb of an act it read ("the deliveries"
// after "will deliver"): a sentence with one actor may then hold an event with that act's
// parties (actParties).
func (st *docState) refersToAct(text string) bool {
	if st.namesDeed(text) {
		return true
	}
	if !st.hasDeal && !st.hasDemand && !st.hasAccusal && !st.hasAct && !st.hasHarm {
		return false
	}
	for _, set := range []map[string]bool{dealNouns, demandNouns, accusalNouns, moveNouns, harmNouns} {
		for n := range set {
			if strings.Contains(text, "the "+n) {
				return true
			}
		}
	}
	return false
}

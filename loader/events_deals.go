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

// moveNouns name an act by its kind alone ("the move", "the decision", "the measures", "the
// manoeuvres", "the provocation", "the incident"): the material act the article told last (a
// statement about it is no move).
var moveNouns = setOf("move", "decision", "step", "measure", "action", "act", "manoeuvre", "maneuver", "provocation", "incident")

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
			attachedTo(t, id, ms, true) || ownedDeal(t, id) || overlapsMention(ms, w.Start, w.End) {
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
			i, ok := sc.st.otherAct(sc.st.acts, speakers(sc.st, t, w.Head, ms))
			parties = sc.st.partiesOf(i, ok, false)
		case harmNouns[lemma]:
			i, ok := sc.st.otherAct(sc.st.harms, speakers(sc.st, t, w.Head, ms))
			parties = sc.st.partiesOf(i, ok, false)
		default:
			if a, ok := sc.st.deedOf(lemma, speakers(sc.st, t, w.Head, ms)); ok {
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

// speakers returns the entities named in the subject of the verb v, with the states their
// office holders serve: who takes a stance on a deed ("Georgia's ruling party dismissed the
// move").
func speakers(st *docState, t *syntax.Tree, v int, ms []entities.Mention) map[string]bool {
	out := map[string]bool{}
	for _, ch := range t.Children(v) {
		if syntax.BaseRel(t.Word(ch).Deprel) != "nsubj" {
			continue
		}
		sp := subtreeSpan(t, ch)
		// "the Russian embassy in Berlin": where the speaker sits is not who; "The United
		// States, which has pledged $200 million for the mission": nor what a clause on it tells
		var where [][2]int
		for w := 1; w <= len(t.S.Words); w++ {
			if !t.Under(w, ch) || w == ch {
				continue
			}
			if rel := t.Word(w).Deprel; rel == "nmod" && wherePreps[t.Prep(w)] || syntax.BaseRel(rel) == "acl" {
				where = append(where, subtreeSpan(t, w))
			}
		}
		for _, m := range ms {
			if m.Start < sp[1] && sp[0] < m.End && !within(where, m.Start) {
				out[m.EntityID] = true
				if c := st.affil[m.EntityID]; c != "" {
					out[c] = true
				}
			}
		}
	}
	return out
}

// within reports whether the offset at lies in one of the spans.
func within(spans [][2]int, at int) bool {
	for _, sp := range spans {
		if sp[0] <= at && at < sp[1] {
			return true
		}
	}
	return false
}

// otherAct returns the last of the acts (indexes in d.Relations) that none of not did, and
// whether there is one: one takes a stance on another's move, not on one's own ("the move" the
// United States made, not the crackdown told of Georgia in between).
func (st *docState) otherAct(acts []int, not map[string]bool) (int, bool) {
	for k := len(acts) - 1; k >= 0; k-- {
		if i := acts[k]; i < len(st.d.Relations) && !not[st.d.Relations[i].Subject] {
			return i, true
		}
	}
	return 0, false
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

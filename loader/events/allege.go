package events

import (
	"slices"
	"strings"

	"newsgraph/loader/syntax"
)

// Reported violence: what one party says another did to it is first an accusation.

// violent are the types of material conflict a party accuses another of: attacks, fighting,
// arrests and other coercion.
var violent = map[string]bool{"ASSAULT": true, "FIGHT": true, "COERCE": true}

// assertVerbs tell what their subject holds to be true ("says", "claimed", "insisted"): a clause
// they govern is the teller's word. Verbs that grant a fact ("confirmed", "admitted",
// "announced") or pass it on ("reported") are not among them.
var assertVerbs = map[string]bool{"say": true, "claim": true, "insist": true, "tell": true, "state": true,
	"add": true, "stress": true, "argue": true, "charge": true, "allege": true, "maintain": true}

// accusations returns, for each act of violence or coercion in evs that a state, or one who acts
// for it, tells of another state or an organisation and says was done to it ("Somalia says Kenyan
// troops shelled Somali villages", "Kenyan troops shelled a Somali village, Somalia said"), the
// teller's accusation of the doer (see accuses): DISAPPROVE, mode allege (CAMEO 1123, "accuse of
// aggression"), as EVENT-PITFALLS reads "Y says X troops attacked". The act itself stays as told;
// a teller who is the doer ("the army said it killed …") accuses no one, and neither do
// organisations and private people, who report.
func (c *coder) accusations(evs []Event) []Event {
	var out []Event
	for _, e := range evs {
		if !violent[e.Type] {
			continue
		}
		r := c.teller(e.Trigger)
		if r == 0 {
			continue
		}
		subj, sw := c.subject(r, 0)
		if len(subj) == 0 && sw > 0 {
			subj = c.tellers[sw] // "…, Somalia said": the attribution's speaker
		}
		sa, ss := c.agentOf(sw)
		oa, os := e.SubjectAgent, e.SubjectSector
		_, bare := c.verbLemma(r)
		for _, s := range subj {
			if !c.accuses(s, e) {
				continue
			}
			out = append(out, Event{Type: "DISAPPROVE", Mode: "allege", Subject: s, Object: e.Subject,
				Trigger: r, Rule: "verb " + bare + " [own:reported violence] of " + c.t.Word(e.Trigger).Lemma,
				SubjectAgent: sa, SubjectSector: ss, ObjectAgent: oa, ObjectSector: os})
		}
	}
	return out
}

// accuses reports whether teller k, telling of act e, accuses its doer: k is a state or acts for
// one (a country named or through its agents, "Somali officials", or a person who holds its
// office; not a body the text names no state of, "security officials said"), e was done to that
// state ("… shelled Somali villages, Somalia said"), and the doer is another state or an
// organisation. A state that tells of an act done to others reports it ("a Somali official said
// a US drone targeted the militants' leader").
func (c *coder) accuses(k int, e Event) bool {
	t, d, o := c.actors[k].Code, c.actors[e.Subject].Code, c.actors[e.Object].Code
	if len(t) != 3 || organisationCodes[t] || d == "" || d == t {
		return false
	}
	return k == e.Object || o == t
}

// organisationCodes are the actor codes of organisations, which are no states (CONTRACT.md).
var organisationCodes = map[string]bool{"IGO": true, "NGO": true}

// teller returns the verb of saying whose word the clause of trigger id is: the verb that takes
// the clause as its complement ("Somalia says troops shelled …") or that follows it as a
// parenthetical ("troops shelled …, Somalia said"), or 0.
func (c *coder) teller(id int) int {
	v := id
	for i := 0; i < 3 && c.t.Word(v).UPOS != "VERB"; i++ {
		if v = c.t.Word(v).Head; v == 0 {
			return 0 // a noun trigger's clause: "an attack by X on Y, Z said" is rare
		}
	}
	for i := 0; i < 4; i++ {
		w := c.t.Word(v)
		if rel := syntax.BaseRel(w.Deprel); (rel == "conj" || rel == "xcomp") && w.Head > 0 && c.t.Word(w.Head).UPOS == "VERB" {
			v = w.Head
			continue
		}
		break
	}
	w := c.t.Word(v)
	if w.Head > 0 && c.asserts(w.Head) && (w.Deprel == "ccomp" || w.Deprel == "advcl" && v < w.Head && c.hasMark(v) == "") {
		return w.Head // the parser may hang a clause told before its teller as an adverbial
	}
	for _, ch := range c.t.Dependents(v, "parataxis") {
		if c.asserts(ch) {
			return ch
		}
	}
	return 0
}

// asserts reports whether the word at id is a verb of saying what one holds true.
func (c *coder) asserts(id int) bool {
	w := c.t.Word(id)
	return w.UPOS == "VERB" && assertVerbs[strings.ToLower(w.Lemma)]
}

// deniedClaims removes from evs the acts that a claim set off after them says their doer
// denies ("Ukraine says Belarusian troops shelled a border village, a claim Minsk denied"): a
// denied claim is no act of the denier's (EVENT-PITFALLS), though the teller's accusation stays.
// The claim is a noun of claiming after a comma (claimNouns: "a claim", "an allegation") with a
// relative clause whose verb of denial has the doer as its subject.
func (c *coder) deniedClaims(evs []Event) []Event {
	for n := 3; n <= len(c.t.S.Words); n++ {
		if !claimNouns[strings.ToLower(c.t.Word(n).Lemma)] || !c.setOff(n) {
			continue
		}
		for _, v := range c.t.Children(n) {
			if c.t.Word(v).Deprel != "acl:relcl" || !denyVerbs[strings.ToLower(c.t.Word(v).Lemma)] {
				continue
			}
			deniers, _ := c.subject(v, 0)
			evs = slices.DeleteFunc(evs, func(e Event) bool {
				denied := e.Trigger < n && slices.ContainsFunc(deniers, func(d int) bool { return c.sameActor(d, e.Subject) })
				if denied {
					c.void(e.Trigger, "a claim its doer denies")
				}
				return denied
			})
		}
	}
	return evs
}

// setOff reports whether the noun at n opens a phrase after a comma ("…, a claim"; its
// determiner between them).
func (c *coder) setOff(n int) bool {
	k := n - 1
	if w := strings.ToLower(c.t.Word(k).Form); w == "a" || w == "an" || w == "the" {
		k--
	}
	return k >= 1 && c.t.Word(k).Form == ","
}

// sameActor reports whether actors i and j are one: one entity, or one country.
func (c *coder) sameActor(i, j int) bool {
	a, b := c.actors[i], c.actors[j]
	return a.Entity != "" && a.Entity == b.Entity || a.Code != "" && a.Code == b.Code && len(a.Code) == 3 && !organisationCodes[a.Code]
}

// denyVerbs deny a claim.
var denyVerbs = setOf("deny", "reject", "dismiss", "refute", "dispute")

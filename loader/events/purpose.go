package events

import (
	"strings"

	"newsgraph/loader/syntax"
)

// Purposes: the to-infinitive that says what an act or a noun is for, and who acts in it.

// purpose applies to the events of verb v, the purpose of a noun (purposeNoun), what the clause of
// the noun says: a purpose is not yet done (PROPOSED), and none is read under a negated or
// speculative verb ("did not launch operations to …", "has no plans to attack").
func (c *coder) purpose(v int, evs []Event) []Event {
	n := c.purposeNoun(v)
	if n == 0 || len(evs) == 0 {
		return evs
	}
	for _, d := range c.t.Dependents(n, "det") {
		if strings.EqualFold(c.t.Word(d).Lemma, "no") {
			c.void(v, "the purpose of a noun with \"no\"")
			return nil
		}
	}
	if g := c.t.Word(n).Head; g > 0 && c.t.Word(g).UPOS == "VERB" {
		full, bare := c.verbLemma(g)
		for _, s := range c.senses(full, bare) {
			if s.Type == "REJECT" || s.Role == RoleRefuse || s.Role == RoleDeny || s.Role == RoleReverse {
				c.void(v, "the purpose of a noun that \""+full+"\" undoes")
				return nil // "rejected a request to allow", "reversed a decision to exclude"
			}
		}
		if evs = c.modality(g, evs); len(evs) == 0 {
			return nil
		}
	}
	role := c.purposeRole(n)
	for i := range evs {
		e := &evs[i]
		before := e.Type
		switch role {
		case RoleThreat:
			e.Type = "THREATEN"
		case RoleIntent:
			e.Type = Intended(e.Type)
		}
		if e.Type != before {
			e.Mode = "" // as under a verb of threat or intent (control)
		}
		e.Status = proposed
		e.Rule += " (purpose of \"" + c.t.Word(n).Lemma + "\")"
	}
	return evs
}

// purposeNoun returns the noun whose purpose the to-infinitive v is ("launched operations to
// detain 110 people", "Iran's decision to attack"), or 0.
func (c *coder) purposeNoun(v int) int {
	w := c.t.Word(v)
	if w.Deprel != "acl" || w.Head == 0 || !c.infinitive(v) {
		return 0
	}
	n := w.Head
	if h := c.t.Word(n); h.UPOS != "NOUN" || c.span[n] >= 0 || c.sector[n] != "" || c.peopleNoun(n) {
		return 0 // "troops to help Iraq", "Iran to attack" (a headline's subject)
	}
	lemma := strings.ToLower(c.t.Word(n).Lemma)
	ns, event := c.noun(n)
	switch {
	case negativeNouns[lemma], ns.Type == "DEMAND", ns.Type == "REJECT":
		return 0 // "its failure to block", "a request to allow": not the owner's act
	case !event && !syntax.ActNoun(lemma) && len(c.lex.Verb(lemma)) == 0 && c.givenThing(n) == 0:
		return 0 // "recorded the video to encourage …": a purpose of the verb's, misattached
	}
	for _, s := range c.lex.Verb(lemma) {
		switch s.Role {
		case RoleDemand, RoleRefuse, RoleDeny:
			return 0 // "an order to attack", "a refusal to meet": another acts, or none
		}
	}
	return n
}

// negativeNouns deny their purpose ("Iran's failure to block supplies"): nothing of it is done.
var negativeNouns = map[string]bool{"failure": true, "refusal": true, "inability": true,
	"unwillingness": true, "reluctance": true}

// purposeSubject returns who acts in the purpose of noun n: its owner ("Iran's decision to
// attack"), or, when a verb takes the noun as its object, that verb's subject ("Turkish police
// launched operations to detain …"), unless the verb also has an indirect object, who is then
// the one to act ("gave Kenya permission to build").
func (c *coder) purposeSubject(n, depth int) ([]int, int) {
	if as, w := c.owner(n); len(as) > 0 {
		return as, w
	}
	if g := c.givenThing(n); g > 0 {
		return c.subject(g, depth+1) // "donated a shipment of … equipment to assist Ethiopia"
	}
	w := c.t.Word(n)
	if w.Deprel != "obj" || w.Head == 0 || c.t.Word(w.Head).UPOS != "VERB" || c.child(w.Head, "iobj") > 0 {
		return nil, 0
	}
	return c.subject(w.Head, depth+1)
}

// givenThing returns the verb of giving whose direct object the noun n is, or is part of (a
// conjunct, or what an of-phrase measures: "donated a shipment of ventilators and other
// equipment"), or 0: what is given serves the giver's purpose.
func (c *coder) givenThing(n int) int {
	for depth := 0; n > 0 && depth < 6; depth++ {
		w := c.t.Word(n)
		switch {
		case w.Deprel == "conj" || w.Deprel == "nmod" && c.prep(n) == "of":
			n = w.Head
			continue
		case w.Deprel == "obj" && w.Head > 0 && c.t.Word(w.Head).UPOS == "VERB" && c.purposeOfGiving(w.Head):
			return w.Head
		}
		return 0
	}
	return 0
}

// purposeRole returns how the noun n governs its purpose, as the verb it names governs its
// complement: RoleThreat for a threat ("Iran's threat to attack Israel" is a threat, as "Iran
// threatened to attack Israel"), RoleIntent for a promise or a plan ("Russia's offer to send
// aid", as "Russia offered to send aid"), else RoleEvent (the purpose is the event: "a
// decision to attack", "operations to detain").
func (c *coder) purposeRole(n int) Role {
	if ns, ok := c.noun(n); ok && ns.Type == "THREATEN" {
		return RoleThreat
	}
	for _, s := range c.lex.Verb(strings.ToLower(c.t.Word(n).Lemma)) {
		if s.Role == RoleThreat || s.Role == RoleIntent {
			return s.Role
		}
	}
	return RoleEvent
}

// purposeOfGiving reports whether verb v gives or sends something to a recipient named after
// "to" or not at all ("lent $1 billion to Indonesia to aid its recovery"): the giver is the
// subject of the purpose it adds with "to". With an indirect object the recipient is
// ("gave Kenya money to build roads"), and other verbs often hang an object's infinitive there
// ("issued an ultimatum to Sudan to normalise ties").
func (c *coder) purposeOfGiving(v int) bool {
	if c.child(v, "iobj") > 0 {
		return false
	}
	_, bare := c.verbLemma(v)
	return givingVerbs[bare]
}

// givingVerbs are the verbs of giving and sending (Levin's classes 11.1 send, 13.1 give, 13.2
// contribute, 13.4.1 fulfilling): their subject gives, and a "to" phrase names the recipient.
var givingVerbs = map[string]bool{"give": true, "send": true, "provide": true, "lend": true, "donate": true,
	"deliver": true, "dispatch": true, "supply": true, "grant": true, "contribute": true, "ship": true,
	"airlift": true, "allocate": true, "transfer": true, "hand": true, "extend": true, "loan": true, "deploy": true}

// purposeOfUse reports whether verb v uses something, whose user does what it is used for:
// "ISIS militants used suicide bombers and chlorine gas to kill 300 Iraqi soldiers".
func (c *coder) purposeOfUse(v int) bool {
	_, bare := c.verbLemma(v)
	return useVerbs[bare]
}

// journeyVerbs take their subject somewhere; who goes does what they go to do. Not "come",
// whose "when it comes to" names a topic.
var journeyVerbs = setOf("go", "travel", "fly", "head", "leave", "return", "arrive", "sail", "drive")

var useVerbs = setOf("use", "employ", "utilize", "utilise", "exploit", "wield", "deploy")

// purposeOfContact reports whether verb v is a contact between parties (a call, a meeting, a
// visit: a sense of type CONSULT) or a journey (journeyVerbs) whose purpose, added with "to", is
// its subject's: "called Sudanese President Omar al-Bashir to express his support for Sudan",
// "flew to Kabul to meet the president", "went to Washington to meet US officials".
func (c *coder) purposeOfContact(v int) bool {
	full, bare := c.verbLemma(v)
	if journeyVerbs[bare] {
		return true
	}
	for _, s := range c.senses(full, bare) {
		if s.Type == "CONSULT" {
			return true
		}
	}
	return false
}

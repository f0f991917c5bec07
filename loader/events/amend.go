package events

import (
	"strings"

	"newsgraph/loader/syntax"
)

// amendEvents settles the events evs that verb v (lemma bare) read in sense with its arguments
// objs: a deal made is concluded, what a verb of blocking keeps from happening is voided, and
// the type follows who acts and how (armed forces on both sides, a state that blocks, people
// captured, an attack in words). It changes evs in place.
func (c *coder) amendEvents(v int, bare string, sense Sense, objs []arg, evs []Event) {
	c.concluded(v, objs, evs)
	c.thwarted(v, bare, sense, objs)
	armedClash(evs)
	c.stateBlock(evs, bare)
	c.capturedPeople(bare, objs, evs)
	c.verbalAttack(v, objs, evs)
}

// concluded marks CONCLUDED the agreements that a verb in the past tense says were made: "signed
// a deal", "have reached an agreement", "ratified the treaty".
func (c *coder) concluded(v int, objs []arg, evs []Event) {
	w := c.t.Word(v)
	past := w.XPOS == "VBD" || w.XPOS == "VBN" // "signed", "have signed", "was signed"
	if !past {
		return
	}
	deal := concludeVerbs[strings.ToLower(w.Lemma)]
	for _, a := range objs {
		if ns, ok := c.noun(a.head); ok && ns.Type == "AGREE" && len(a.actors) == 0 {
			deal = deal || a.rel == "obj"
		}
	}
	if !deal {
		return
	}
	for i := range evs {
		if evs[i].Type == "AGREE" && evs[i].Status == "" {
			evs[i].Status = concluded
		}
	}
}

// concludeVerbs make an agreement by themselves when done: "Peru and Chile signed".
var concludeVerbs = map[string]bool{"sign": true, "ratify": true, "conclude": true, "clinch": true, "seal": true,
	"ink": true, "finalize": true, "finalise": true}

// thwarted voids the event noun a verb of blocking keeps from happening ("Hungary blocked EU aid
// to Ukraine": no aid was given), and what a participle on the thing blocked tells it would do,
// for the word rules too.
func (c *coder) thwarted(v int, bare string, sense Sense, objs []arg) {
	if sense.Type != "REJECT" || !blockingVerbs[bare] {
		return
	}
	for _, a := range objs {
		if a.rel != "obj" {
			continue
		}
		if ns, ok := c.noun(a.head); ok && ns.Type != "" || strings.HasSuffix(strings.ToLower(c.t.Word(a.head).Form), "ing") {
			// an event noun, or a gerund, which names an act too ("blocked EU funding for Kyiv")
			c.void(a.head, "kept from happening (\""+bare+"\")")
		}
		for _, p := range c.t.Dependents(a.head, "acl") {
			// "vetoed a resolution condemning its annexation": no condemnation was made
			c.void(p, "what a thing kept from happening would do (\""+bare+"\")")
		}
	}
}

// blockingVerbs keep what they act on from happening.
var blockingVerbs = setOf("block", "veto", "thwart", "scuttle", "torpedo")

// armed are the sectors of armed actors: a state's military, rebels and insurgents.
var armed = map[string]bool{"MIL": true, "REB": true, "INS": true}

// armedClash makes an assault between two armed forces a fight: PLOVER's FIGHT is conventional
// force between armed actors, ASSAULT violence against others ("troops killed soldiers" is
// FIGHT, "troops killed farmers" ASSAULT).
func armedClash(evs []Event) {
	for i, e := range evs {
		if e.Type == "ASSAULT" && armed[e.SubjectSector] && armed[e.ObjectSector] {
			evs[i].Type, evs[i].Mode = "FIGHT", ""
			evs[i].Rule += " (armed forces on both sides)"
		}
	}
}

// armedStrike makes a strike by armed forces or by a state itself a military one: "military jets
// conducted strikes inside Libya", "Israeli strikes on Syria" are FIGHT, where the lexicon's
// "strike" alone is a labour PROTEST (workers and unions strike; a state does not).
func (c *coder) armedStrike(evs []Event, lemma string) {
	if strings.ToLower(lemma) != "strike" {
		return
	}
	for i, e := range evs {
		if e.Type != "PROTEST" {
			continue
		}
		switch {
		case armed[e.SubjectSector]:
			evs[i].Rule += " (by armed forces)"
		case e.SubjectSector == "" && c.actors[e.Subject].State:
			evs[i].Rule += " (by a state)"
		default:
			continue
		}
		evs[i].Type, evs[i].Mode = "FIGHT", ""
	}
}

// stateBlock makes blocking by armed forces or by a state coercion: "coast guard vessels blocked
// a resupply mission" restricts movement (CAMEO 191, COERCE restrict; CAMEO's BLOCK verbs
// default to 170, coercion), where the lexicon's "block" is protesters' obstruction (CAMEO 144,
// "block roads in protest").
func (c *coder) stateBlock(evs []Event, lemma string) {
	if lemma != "block" {
		return
	}
	for i, e := range evs {
		if e.Type == "PROTEST" && (armed[e.SubjectSector] || StateSectors[e.SubjectSector] || e.SubjectSector == "" && c.actors[e.Subject].State) {
			evs[i].Type, evs[i].Mode = "COERCE", "restrict"
			evs[i].Rule += " (by a state or its forces)"
		}
	}
}

// capturedPeople makes capturing people what it is, their seizure (COERCE, as the project codes
// kidnapping and the PLOVER records "kidnapped … Russian civilian advisers"), not fighting:
// "capture" is FIGHT for the towns and bases an army takes ("captured three cities"), and one
// who is captured ("her son was captured by IS fighters", "captured two journalists") is held.
func (c *coder) capturedPeople(bare string, objs []arg, evs []Event) {
	if bare != "capture" || !c.peopleTaken(objs) {
		return
	}
	for i, e := range evs {
		if e.Type == "FIGHT" {
			evs[i].Type, evs[i].Mode = "COERCE", ""
			evs[i].Rule += " (people taken)"
		}
	}
}

// peopleTaken reports whether the direct object in objs names people: a person, or a noun of
// WordNet's noun.person ("son", "soldiers", "journalists").
func (c *coder) peopleTaken(objs []arg) bool {
	for _, a := range objs {
		if a.rel != "obj" {
			continue
		}
		if syntax.PersonNoun(strings.ToLower(c.t.Word(a.head).Lemma)) {
			return true
		}
		for _, k := range a.actors {
			if c.actors[k].FullName {
				return true
			}
		}
	}
	return false
}

// verbalAttack makes an attack told as words a disapproval: one called scathing, stinging or
// verbal, one made in words ("attacked the government in a speech"), or one that the attacker's
// words go with ("launched an attack on the spy chiefs, calling them nutters"). PLOVER's
// ASSAULT and FIGHT are force; criticism is DISAPPROVE.
func (c *coder) verbalAttack(v int, objs []arg, evs []Event) {
	if len(evs) == 0 || !c.toldInWords(v, objs) {
		return
	}
	for i, e := range evs {
		if e.Type == "ASSAULT" || e.Type == "FIGHT" {
			evs[i].Type, evs[i].Mode = "DISAPPROVE", ""
			evs[i].Rule += " (an attack in words)"
		}
	}
}

// toldInWords reports whether the attack of verb v, or of the attack noun among its objects, is
// told as words (verbalAttack).
func (c *coder) toldInWords(v int, objs []arg) bool {
	words := []int{v}
	for _, a := range objs {
		if a.rel == "obj" && len(a.actors) == 0 && strings.EqualFold(c.t.Word(a.head).Lemma, "attack") {
			words = append(words, a.head)
		}
	}
	if len(words) == 1 && !forceOrWordVerbs[strings.ToLower(c.t.Word(v).Lemma)] {
		return false
	}
	for _, ch := range c.t.Children(v) {
		if retaliationNouns[strings.ToLower(c.t.Word(ch).Lemma)] {
			return false // "attacked the mall in retaliation against Kenya for sending troops"
		}
	}
	for _, w := range words {
		for _, ch := range c.t.Children(w) {
			cw := c.t.Word(ch)
			lemma := strings.ToLower(cw.Lemma)
			switch syntax.BaseRel(cw.Deprel) {
			case "amod", "advmod":
				if verbalWords[lemma] {
					return true
				}
			case "advcl":
				if cw.XPOS == "VBG" && speechVerbs[lemma] {
					return true // "…, calling them nutters"
				}
				if cw.XPOS == "VBG" && (c.hasMark(ch) == "for" || c.prep(ch) == "for") {
					return true // "blasted the defense secretary for failing to notify them"
				}
			case "obl":
				if p := c.prep(ch); (p == "in" || p == "during") && syntax.CommunicationNoun(lemma) {
					return true // "in a speech", "in a statement"
				}
				if p := c.prep(ch); p == "for" && cw.XPOS == "VBG" || p == "over" && cw.UPOS == "NOUN" && !c.timeHead(ch) && !overPlaces[lemma] {
					return true // "for failing to …", "over its handling of the crisis": a reproach
				}
			}
		}
	}
	return false
}

// forceOrWordVerbs name an attack by force or by words: "blasted the base" or "blasted the
// minister for failing to act". A reason given for it (toldInWords) makes it words.
var forceOrWordVerbs = map[string]bool{"attack": true, "blast": true, "assail": true, "hammer": true,
	"savage": true, "bash": true, "slam": true, "lash": true, "hit": true, "target": true}

// retaliationNouns frame an attack as an answer to an act: its reason ("for sending troops") is
// then no reproach.
var retaliationNouns = map[string]bool{"retaliation": true, "revenge": true, "reprisal": true, "response": true,
	"retribution": true}

// overPlaces are nouns after "over" that say where, not why: "targeted militants over the border".
var overPlaces = map[string]bool{"border": true, "area": true, "region": true, "territory": true, "airspace": true,
	"sky": true, "skies": true, "sea": true, "city": true, "town": true, "village": true, "country": true,
	"land": true, "water": true, "waters": true, "frontier": true, "line": true, "zone": true}

// verbalWords describe an attack made in words.
var verbalWords = map[string]bool{"scathing": true, "stinging": true, "blistering": true, "withering": true,
	"verbal": true, "vitriolic": true, "rhetorical": true, "personal": true, "scathingly": true, "verbally": true}

// speechVerbs, as participles after an attack, give its words ("calling them …").
var speechVerbs = map[string]bool{"call": true, "say": true, "accuse": true, "describe": true, "brand": true,
	"label": true, "dub": true, "claim": true, "charge": true, "argue": true, "write": true, "tweet": true}

package syntax

import "strings"

// againstOnPlaces hangs an "against" phrase that the parser attached to the noun of an "in"
// phrase on the head of that phrase: in "began airstrikes in Iraq and Syria against the Islamic
// State" it made "against the Islamic State" a modifier of "Iraq", so the strikes were on Iraq
// and the group only where they fell. What a named place is against is what is done there: a
// campaign, a war, a protest ("the war in Afghanistan against the Taliban"). A common noun keeps
// it: "used chlorine gas in its war against the army" (the war is against the army).
func againstOnPlaces(s *Sentence) {
	ws := s.Words
	for i := range ws {
		x := &ws[i]
		if x.Deprel != "nmod" || x.Head <= 0 || x.Head >= x.ID || !hasCase(ws, x.ID, "against") {
			continue
		}
		place := &ws[x.Head-1]
		if b := BaseRel(place.Deprel); b == "conj" && place.Head > 0 {
			place = &ws[place.Head-1] // "in Iraq and Syria against …"
		}
		if r := BaseRel(place.Deprel); r != "obl" && r != "nmod" || place.UPOS != "PROPN" || place.Head <= 0 || !hasCase(ws, place.ID, "in") {
			continue
		}
		x.Head = place.Head
		if ws[place.Head-1].UPOS == "VERB" {
			x.Deprel = "obl"
		}
	}
}

// targetsOfActs hangs on an act noun the "on" or "against" phrase right after it that the parser
// hung on the verb above: in "marks the anniversary of the attack on a U.S. outpost in Benghazi
// that killed Ambassador Chris Stevens" it made the outpost an oblique of "marks", so the
// relative clause that says what the attack did was read as the outpost's. Only where the act
// noun (WordNet's noun.act and noun.event: ActNoun) is itself a modifier of another noun, not
// the verb's object: "blamed the attack on Uganda" says whom the attack is blamed on.
func targetsOfActs(s *Sentence) {
	ws := s.Words
	for i := range ws {
		x := &ws[i]
		if BaseRel(x.Deprel) != "obl" || x.Head <= 0 || x.Head > x.ID || ws[x.Head-1].UPOS != "VERB" {
			continue
		}
		c := caseIndex(ws, x.ID)
		if p := strings.ToLower(ws[max(c, 0)].Form); c < 1 || p != "on" && p != "against" {
			continue
		}
		n := &ws[c-1]
		if n.UPOS != "NOUN" || BaseRel(n.Deprel) != "nmod" || !ActNoun(strings.ToLower(n.Lemma)) || !inSubtree(ws, n.ID, x.Head) {
			continue
		}
		x.Head, x.Deprel = n.ID, "nmod"
	}
}

// caseIndex returns the index of the first word of the phrase headed by id when it is that
// phrase's case ("on" of "on a U.S. outpost"), or -1.
func caseIndex(ws []Word, id int) int {
	for i := 0; i < id-1; i++ {
		if ws[i].Head == id {
			if ws[i].Deprel == "case" {
				return i
			}
			return -1
		}
	}
	return -1
}

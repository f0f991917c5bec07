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
		if x.Deprel != "nmod" || x.Head <= 0 || x.Head >= x.ID || strings.ToLower(caseWord(ws, x.ID)) != "against" {
			continue
		}
		place := &ws[x.Head-1]
		if b := BaseRel(place.Deprel); b == "conj" && place.Head > 0 {
			place = &ws[place.Head-1] // "in Iraq and Syria against …"
		}
		if r := BaseRel(place.Deprel); r != "obl" && r != "nmod" || place.UPOS != "PROPN" || place.Head <= 0 || strings.ToLower(caseWord(ws, place.ID)) != "in" {
			continue
		}
		x.Head = place.Head
		if ws[place.Head-1].UPOS == "VERB" {
			x.Deprel = "obl"
		}
	}
}

// caseWord returns the form of the case dependent of word id, or "".
func caseWord(ws []Word, id int) string {
	for i := range ws {
		if ws[i].Head == id && ws[i].Deprel == "case" {
			return ws[i].Form
		}
	}
	return ""
}

package syntax

import "strings"

// saidClauses makes a clause of what a verb of saying or thinking reports where the parser read
// its subject as the verb's object and its verb as a participle on that noun: in "Somalia says
// Kenyan troops shelled villages near the border" "troops" came out as the object of "says" and
// "shelled" as a reduced relative (acl) on it. These verbs take a clause, seldom a noun with a
// participle that has an object of its own, so where the participle follows its noun, could be
// a past tense and takes an active complement (activeComplement), it becomes the complement
// (ccomp) and the noun its subject; the noun's dependents after the verb go with the verb.
func saidClauses(s *Sentence) {
	ws := s.Words
	for ni := range ws {
		n := &ws[ni]
		if n.Deprel != "obj" || n.Head <= 0 || !clauseVerbs[strings.ToLower(ws[n.Head-1].Lemma)] || ws[n.Head-1].UPOS != "VERB" {
			continue
		}
		for vi := ni + 1; vi < len(ws); vi++ {
			v := &ws[vi]
			if v.Head != n.ID || v.Deprel != "acl" || v.UPOS != "VERB" || v.XPOS != "VBD" && v.XPOS != "VBN" || !pastForm(v.Form) || !activeComplement(ws, v.ID) {
				continue
			}
			for i := vi + 1; i < len(ws); i++ {
				if ws[i].Head == n.ID {
					ws[i].Head = v.ID
				}
			}
			v.Head, v.Deprel = n.Head, "ccomp"
			v.XPOS, v.Feats = "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
			n.Head, n.Deprel = v.ID, "nsubj"
			break
		}
		saidModifier(ws, ni)
	}
}

// saidModifier is saidClauses where the parser read the reported verb as an adjective on the
// noun after it: in "Kenya said Ugandan troops attacked Kenyan border posts" "troops" came out as
// the object of "said", "attacked" as an amod of "posts" and "posts" as a conjunct of "troops".
// A past form right after the object noun, modifying a noun after it, becomes the complement
// (ccomp), the object its subject and the modified noun its object.
func saidModifier(ws []Word, ni int) {
	n := &ws[ni]
	if n.Deprel != "obj" || ni+1 >= len(ws) {
		return
	}
	v := &ws[ni+1]
	if v.UPOS != "VERB" || v.Deprel != "amod" || v.Head <= v.ID || v.XPOS != "VBD" && v.XPOS != "VBN" || !pastForm(v.Form) {
		return
	}
	m := &ws[v.Head-1]
	if m.UPOS != "NOUN" && m.UPOS != "PROPN" {
		return
	}
	v.Head, v.Deprel = n.Head, "ccomp"
	v.XPOS, v.Feats = "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
	m.Head, m.Deprel = v.ID, "obj"
	n.Head, n.Deprel = v.ID, "nsubj"
}

// clauseVerbs say, think or find what a clause tells ("says troops shelled …").
var clauseVerbs = map[string]bool{"say": true, "claim": true, "allege": true, "insist": true, "report": true,
	"believe": true, "think": true, "fear": true, "suspect": true, "deny": true, "confirm": true,
	"announce": true, "admit": true, "suggest": true, "argue": true, "add": true, "warn": true,
	"acknowledge": true, "assert": true, "state": true, "estimate": true, "know": true}

package syntax

// clausalSubjects gives a verb back the noun subject the parser hid inside a clause: in "The
// sanctions imposed on Venezuela by Washington were eased" it made "imposed" the subject of
// "eased" (a clause as subject) and "sanctions" the subject of "imposed", so no one eased
// anything and the sanctions imposed. A past participle with no auxiliary and no marker right
// after the noun it has for a subject is a reduced relative on that noun ("the sanctions
// imposed on …", "the grenades seen at 1:28"): the noun becomes the subject of the verb above,
// and the participle its acl (a clause with its own marker or auxiliary, "what Bush did", stays
// a clause).
func clausalSubjects(s *Sentence) {
	ws := s.Words
	for vi := 1; vi < len(ws); vi++ {
		v := &ws[vi]
		if v.UPOS != "VERB" || v.XPOS != "VBN" || v.Head == 0 || v.Deprel != "nsubj" && v.Deprel != "nsubj:pass" && v.Deprel != "csubj" && v.Deprel != "csubj:pass" {
			continue
		}
		if hasChild(ws, v.ID, "aux") || hasChild(ws, v.ID, "aux:pass") || hasChild(ws, v.ID, "mark") || hasChild(ws, v.ID, "obj") {
			continue
		}
		n := -1
		for i := 0; i < vi; i++ {
			if ws[i].Head == v.ID && ws[i].Deprel == "nsubj" && nominal[ws[i].UPOS] {
				n = i
			}
		}
		if n < 0 || !phraseAfter(ws, n, vi) {
			continue
		}
		rel := "nsubj"
		if hasChild(ws, v.Head, "aux:pass") {
			rel = "nsubj:pass"
		}
		ws[n].Head, ws[n].Deprel = v.Head, rel
		v.Head, v.Deprel = ws[n].ID, "acl"
	}
}

package syntax

import "strings"

// weekdayNames gives a name back the place of a day of the week the parser made its head: in
// "told The Daily Beast Wednesday that …", "defended Williams Thursday" or "filed a complaint
// with the U.N. Human Rights Council Sunday against the state" the name came out as compounds of
// the day, so the addressee, the object or the forum was a day. A weekday after a name is when,
// not part of it (but in the names of holidays: "Easter Sunday", "Black Friday", "Super
// Tuesday"). The name's last word takes the day's head and relation, the name's other words and
// the words before it (case, determiner) hang on it, and so do the day's dependents after it
// (a time noun takes no "against" phrase or clause: they were the name's head's); the day
// becomes an unmarked oblique of the clause's verb, as EWT has "told CNN Monday".
//
// So does a noun of time with "last", "next", "this" or "coming" before it ("returned to the UK
// last week", "is expected to visit Washington next month", "by the Herald last night"), where the
// name before those words came out as its compound. A name that takes the place of a bare
// oblique of time is the verb's object ("visit Washington").
func weekdayNames(s *Sentence) {
	ws := s.Words
	for i := range ws {
		d := &ws[i]
		if d.Head == 0 || d.Deprel == "compound" || d.Deprel == "flat" || i == 0 {
			continue
		}
		k := i - 1 // the name's last word
		if !weekdays[d.Form] {
			if i < 2 || d.UPOS != "NOUN" || !relativeTimeNouns[strings.ToLower(d.Lemma)] || ws[i-1].Head != d.ID ||
				!relativeTimeWords[strings.ToLower(ws[i-1].Form)] {
				continue
			}
			k = i - 2
		}
		n := &ws[k]
		if n.Head != d.ID || n.Deprel != "compound" || n.UPOS != "PROPN" || holidayWords[n.Form] || calendarWords[strings.ToLower(n.Form)] {
			continue
		}
		v := clauseVerb(ws, d.Head)
		if v == 0 {
			continue
		}
		for j := range ws {
			if w := &ws[j]; w.Head == d.ID && w.ID != n.ID && w.ID < n.ID {
				w.Head = n.ID
			} else if w.Head == d.ID && w.ID > d.ID {
				w.Head = d.Head // "Sunday against the state": the phrase the name was in
			}
		}
		n.Head, n.Deprel = d.Head, d.Deprel
		switch cased := hasChild(ws, n.ID, "case"); {
		case cased && (n.Deprel == "obj" || n.Deprel == "obl:unmarked"):
			n.Deprel = "obl" // "spreading across the Middle East last summer"
		case !cased && d.Deprel == "obl:unmarked" && ws[d.Head-1].UPOS == "VERB" && !hasChild(ws, d.Head, "obj"):
			n.Deprel = "obj" // "visit Washington next month"
		}
		d.Head, d.Deprel = v, "obl:unmarked"
	}
}

// relativeTimeNouns are the nouns of time that "last", "next" or "this" place ("last week").
var relativeTimeNouns = setOf("week", "month", "year", "night", "weekend", "morning", "evening", "afternoon",
	"spring", "summer", "autumn", "fall", "winter", "decade", "season", "quarter")

// relativeTimeWords place a noun of time relative to now.
var relativeTimeWords = setOf("last", "next", "this", "coming", "past")

// clauseVerb returns the ID of the verb (or clause root) at or above the word with ID id, or 0.
func clauseVerb(ws []Word, id int) int {
	for n := 0; id > 0 && n <= len(ws); n++ {
		w := &ws[id-1]
		if w.UPOS == "VERB" || w.UPOS == "AUX" || w.Head == 0 {
			return id
		}
		id = w.Head
	}
	return 0
}

// weekdays are the days of the week, capitalised.
var weekdays = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true}

// holidayWords begin the names of days that are holidays or occasions, which a weekday ends
// ("Easter Sunday", "Good Friday", "Black Friday", "Cyber Monday", "Super Tuesday", "Ash
// Wednesday", "Bloody Sunday").
var holidayWords = map[string]bool{"Easter": true, "Palm": true, "Good": true, "Holy": true, "Maundy": true,
	"Black": true, "Cyber": true, "Super": true, "Ash": true, "Shrove": true, "Fat": true, "Bloody": true,
	"Pentecost": true, "Whit": true, "Trinity": true, "Low": true, "Plough": true, "Blue": true, "Giving": true}

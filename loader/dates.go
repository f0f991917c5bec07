package loader

import (
	"time"

	"newsgraph"
)

// Dates of events: the date expression of the sentence nearest the trigger, resolved against the
// article's date ("last month", "last July", "on Sunday", "two years ago"), as precise as the text
// allows: "2022", "2025-04" or "2025-05-04". A small grammar of our own: it runs only on
// sentences that yielded an event and costs a few map look-ups per word.

// refDate is the article's date, when known.
type refDate struct {
	ok bool
	t  time.Time
}

// parse sets r to the date s (YYYY-MM-DD), and leaves it unset when s is no such date.
func (r *refDate) parse(s string) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		r.ok, r.t = true, t
	}
}

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "a": 1, "several": 0}

// dateExpr is one date found in a sentence: its first token and its value.
type dateExpr struct {
	tok   int
	value string
	// ahead is the reading of a bare weekday or month as the coming one ("will meet on Friday").
	ahead string
}

// findDates returns the date expressions of the tokens, resolved against ref; future tells how to
// read a bare weekday or month ("on Friday" after "will meet" is the coming Friday). At each token
// the rules of dateRules are tried in order, and the first that takes the token decides.
func findDates(toks []tok, ref refDate, future bool) []dateExpr {
	d := dateScan{toks: toks, ref: ref, future: future}
	var out []dateExpr
	for i := 0; i < len(toks); i++ {
		if d.w(i) == "" {
			continue
		}
		for _, rule := range dateRules {
			e, last, took := rule(d, i)
			if !took {
				continue
			}
			if e.value != "" && !boundOfSpan(d, i) {
				out = append(out, e)
			}
			i = last
			break
		}
	}
	return out
}

// boundOfSpan reports whether the date expression at i bounds a span of time ("since 2019",
// "until May"): the event is not of that date ("for the first time since 2019", EVENT-PITFALLS).
func boundOfSpan(d dateScan, i int) bool {
	switch d.w(i - 1) {
	case "since", "until", "till":
		return true
	}
	return false
}

// isYear reports whether w is a year of four digits from 1900 to 2099.
func isYear(w string) bool {
	if len(w) != 4 || !isNum(w) {
		return false
	}
	return w[0] == '1' && w[1] == '9' || w[0] == '2' && w[1] == '0'
}

// isNum reports whether w is a non-empty string of ASCII digits.
func isNum(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// weekday returns the weekday wd nearest ref in the past (or, for future, the coming one);
// strict excludes ref's own day ("last Monday").
func weekday(ref refDate, wd time.Weekday, future, strict bool) time.Time {
	d := int(ref.t.Weekday()) - int(wd)
	if future {
		d = int(wd) - int(ref.t.Weekday())
		if d < 0 || d == 0 && strict {
			d += 7
		}
		return ref.t.AddDate(0, 0, d)
	}
	if d < 0 || d == 0 && strict {
		d += 7
	}
	return ref.t.AddDate(0, 0, -d)
}

// inOtherClause reports whether tokens k and i lie on different sides of a relative clause's
// bounds: a date in one is that clause's own, and its trigger takes no date from outside it.
func (sc *sentCtx) inOtherClause(k, i int) bool {
	in := func(t int, c [2]int) bool { return sc.toks[t].Start >= c[0] && sc.toks[t].End <= c[1] }
	for _, c := range sc.hints.relClauses {
		if in(k, c) != in(i, c) {
			return true
		}
	}
	return false
}

// dateFor returns the date of the event triggered at token i: the nearest date expression of
// the sentence (outside a trailing attribution when the clause has its own, and outside a
// relative clause the trigger is not in), else, for an event under way or planned, the
// article's month.
func (sc *sentCtx) dateFor(i int, status string) string {
	if sc.dates == nil {
		sc.dates = findDates(sc.toks, sc.st.ref, false)
		if sc.dates == nil {
			sc.dates = []dateExpr{}
		}
	}
	best, bestD := "", 1<<30
	for _, d := range sc.dates {
		if sc.inOtherClause(d.tok, i) {
			continue
		}
		if d.ahead != "" && status == newsgraph.Proposed && d.tok > i {
			d.value = d.ahead // "will meet on Friday": the coming Friday
		}
		dist := d.tok - i
		if dist < 0 {
			dist = -dist + 2 // a date after the verb is more often its own
		}
		if d.tok >= sc.attr {
			dist += 100
		}
		if dist < bestD {
			best, bestD = d.value, dist
		}
	}
	if best != "" {
		return best
	}
	if (status == newsgraph.Ongoing || status == newsgraph.Proposed) && sc.st.ref.ok {
		return sc.st.ref.t.Format("2006-01")
	}
	return ""
}

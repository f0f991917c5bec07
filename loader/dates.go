package loader

import (
	"fmt"
	"strconv"
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

// dates returns the date expressions of the tokens, resolved against ref; future tells how to
// read a bare weekday or month ("on Friday" after "will meet" is the coming Friday).
func findDates(toks []tok, ref refDate, future bool) []dateExpr {
	var out []dateExpr
	w := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return toks[i].W
	}
	for i := 0; i < len(toks); i++ {
		x := w(i)
		if x == "" {
			continue
		}
		// "last/next/this year|month|week|July"
		if x == "last" || x == "next" || x == "this" || x == "past" {
			n := w(i + 1)
			if !ref.ok {
				continue
			}
			step := -1
			if x == "next" {
				step = 1
			} else if x == "this" {
				step = 0
			}
			switch {
			case n == "year":
				out = append(out, dateExpr{tok: i, value: strconv.Itoa(ref.t.Year() + step)})
			case n == "month":
				out = append(out, dateExpr{tok: i, value: ref.t.AddDate(0, step, 0).Format("2006-01")})
			case n == "week":
				out = append(out, dateExpr{tok: i, value: ref.t.AddDate(0, 0, 7*step).Format("2006-01")})
			case monthNames[n] != 0 && n != "may" && n != "mar":
				m := monthNames[n]
				y := ref.t.Year()
				if step < 0 && m >= ref.t.Month() || step == 0 && false {
					y--
				}
				if step > 0 && m <= ref.t.Month() {
					y++
				}
				out = append(out, dateExpr{tok: i, value: fmt.Sprintf("%04d-%02d", y, m)})
			case weekdays[n] != 0 || n == "sunday":
				out = append(out, dateExpr{tok: i, value: weekday(ref, weekdays[n], step > 0, true).Format("2006-01-02")})
			default:
				continue
			}
			i++
			continue
		}
		if x == "today" || x == "tonight" {
			if ref.ok {
				out = append(out, dateExpr{tok: i, value: ref.t.Format("2006-01-02")})
			}
			continue
		}
		if x == "yesterday" {
			if ref.ok {
				out = append(out, dateExpr{tok: i, value: ref.t.AddDate(0, 0, -1).Format("2006-01-02")})
			}
			continue
		}
		if wd, ok := weekdays[x]; ok && toks[i].Cap {
			if ref.ok {
				out = append(out, dateExpr{tok: i, value: weekday(ref, wd, future, false).Format("2006-01-02"),
					ahead: weekday(ref, wd, true, false).Format("2006-01-02")})
			}
			continue
		}
		// "two years ago", "three months ago"
		if w(i+2) == "ago" {
			n, ok := numberWords[x]
			if !ok {
				n, _ = strconv.Atoi(x)
			}
			if n > 0 && ref.ok {
				switch w(i + 1) {
				case "year", "years":
					out = append(out, dateExpr{tok: i, value: strconv.Itoa(ref.t.Year() - n)})
				case "month", "months":
					out = append(out, dateExpr{tok: i, value: ref.t.AddDate(0, -n, 0).Format("2006-01")})
				case "day", "days":
					out = append(out, dateExpr{tok: i, value: ref.t.AddDate(0, 0, -n).Format("2006-01-02")})
				case "week", "weeks":
					out = append(out, dateExpr{tok: i, value: ref.t.AddDate(0, 0, -7*n).Format("2006-01")})
				}
				i += 2
				continue
			}
		}
		// "May 4, 2025", "May 4", "May 2025", "4 May 2025", "mid-August"
		mname := x
		if len(x) > 4 && x[:4] == "mid-" {
			mname = x[4:]
		}
		if m, ok := monthNames[mname]; ok && (toks[i].Cap || mname != x) && (len(mname) > 3 || mname == "may" || w(i+1) == ".") {
			if (mname == "may" || mname == "march") && !isNum(w(i+1)) && !isYear(w(i+1)) && !(w(i-1) == "in" || w(i-1) == "since" || w(i-1) == "of" || w(i-1) == "early" || w(i-1) == "late") {
				continue // the verb "may", the noun "march"
			}
			j := i + 1
			if w(j) == "." {
				j++
			}
			day := 0
			if d, err := strconv.Atoi(w(j)); err == nil && d >= 1 && d <= 31 && len(w(j)) <= 2 {
				day = d
				j++
				if w(j) == "," {
					j++
				}
			}
			year := 0
			if isYear(w(j)) {
				year, _ = strconv.Atoi(w(j))
			}
			if day == 0 && isNum(w(i-1)) && len(w(i-1)) <= 2 {
				if d, _ := strconv.Atoi(w(i - 1)); d >= 1 && d <= 31 {
					day = d // "4 May 2021"
				}
			}
			ahead := year
			if year == 0 {
				if !ref.ok {
					continue
				}
				year, ahead = ref.t.Year(), ref.t.Year()
				if m > ref.t.Month() {
					year--
				}
				if m < ref.t.Month() {
					ahead++
				}
				if future {
					year = ahead
				}
			}
			format := func(y int) string {
				if day > 0 {
					return fmt.Sprintf("%04d-%02d-%02d", y, m, day)
				}
				return fmt.Sprintf("%04d-%02d", y, m)
			}
			out = append(out, dateExpr{tok: i, value: format(year), ahead: format(ahead)})
			i = j
			continue
		}
		if isYear(x) {
			p := w(i - 1)
			if p == "in" || p == "since" || p == "of" || p == "until" || p == "by" || p == "early" || p == "late" || p == "during" || p == "before" || p == "after" || p == "," || p == "mid" {
				out = append(out, dateExpr{tok: i, value: x})
			}
		}
	}
	return out
}

func isYear(w string) bool {
	if len(w) != 4 || !isNum(w) {
		return false
	}
	return w[0] == '1' && w[1] == '9' || w[0] == '2' && w[1] == '0'
}

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

// dateFor returns the date of the event triggered at token i: the nearest date expression of
// the sentence (outside a trailing attribution when the clause has its own), else, for an event
// under way or planned, the article's month.
func (sc *sentCtx) dateFor(i int, status string) string {
	if sc.dates == nil {
		sc.dates = findDates(sc.toks, sc.st.ref, false)
		if sc.dates == nil {
			sc.dates = []dateExpr{}
		}
	}
	best, bestD := "", 1<<30
	for _, d := range sc.dates {
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

package loader

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/loader/entities"
)

// dateline matches the dateline that opens a news story: a place in capitals or a name with its
// region ("MOGADISHU, Somalia", "THE HAGUE, Netherlands", "Harare, Zimbabwe"), an optional
// day ("SANAA, Dec 6 (Reuters)") and agency credit in brackets ("(AP)", "(Sputnik)"), or a name
// with a credit ("Abuja (AFP)"), then a dash or a colon before the first sentence (AP style:
// "WASHINGTON (AP) — The talks …"), or a press wire's credit between dashes ("PLEASANTON,
// Calif.--(BUSINESS WIRE)--DeltaTrak …").
var dateline = regexp.MustCompile(`^(?:(?:` +
	capsWord + `(?:\s+` + capsWord + `)*` + // WASHINGTON, ST. LOUIS, THE HAGUE
	`|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)+` + // Harare, Zimbabwe
	`)(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})*` + // , Somalia; , N.M.
	`(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?` + // , Dec 6 (Reuters' style: "SANAA, Dec 6 (Reuters) -")
	`\s*(?:\([^()\n]{1,30}\))?` + // (AP)
	`|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*\([^()\n]{1,30}\)` + // Abuja (AFP): a lone name with its credit
	`)\s*(?:(?:--|—|–|-|:|")\s+` + // the dash and a space (some copies have a quote for the dash)
	`|--\(\s*[^()\n]{0,30}\)--\s*)`) // or a wire's credit between dashes ("--(BUSINESS WIRE)--")

// capsWord is a word in capitals as datelines and bylines write them ("ST.", "O'NEILL").
const capsWord = `[A-Z][A-Z.'’-]+`

// capitalsThenName matches words in capitals and the capitalised word after them.
var capitalsThenName = regexp.MustCompile(`^` + capsWord + `(?:\s+` + capsWord + `)*\s+[A-Z][a-z]`)

// bareDateline returns the span of a dateline in capitals that lost its dash (copies taken from
// web pages: "SAN ANTONIO Turner Sports analyst Charles Barkley blasted …"), up to the
// capitalised word that opens the sentence after it, or nil: the capitals are a dateline only if
// they name a place (datelineEnd).
func bareDateline(s string) []int {
	m := capitalsThenName.FindStringIndex(s)
	if m == nil {
		return nil
	}
	return []int{0, m[1] - 2}
}

// openingEnd returns the offset at which the sentence s begins after the dateline and the byline
// that open it, or s.Start when it has neither: a dateline (datelineEnd), a byline (bylineEnd),
// and a dateline after the byline ("By JILL COLVIN and GILLIAN WONG, Associated Press
// WASHINGTON (AP) — China vowed …").
func openingEnd(text string, s entities.Sentence, ms []entities.Mention) int {
	start := datelineEnd(text, s, ms)
	s, ms = cutSentence(text, s, ms, start)
	end := bylineEnd(text, s, ms)
	if end <= s.Start || end >= s.End {
		return start
	}
	s, ms = cutSentence(text, s, ms, end)
	return datelineAt(text, s, ms)
}

// cutSentence returns s from offset at and the mentions ms in it.
func cutSentence(text string, s entities.Sentence, ms []entities.Mention, at int) (entities.Sentence, []entities.Mention) {
	if at <= s.Start {
		return s, ms
	}
	return entities.Sentence{Start: at, End: s.End, Text: text[at:s.End]}, mentionsFrom(ms, at)
}

// datelineEnd returns the offset at which the sentence s begins after the dateline that opens
// it, or s.Start when it has none. A dateline opens a line and names a town or area, which the
// entity stage reads as a place, not as the government of a capital (ms are the sentence's
// mentions): "BEIJING -- A Chinese court …", not "US - China talks resumed". It says where the
// story was filed, so the place takes part in no event of the sentence, and the parser reads the
// sentence without it.
func datelineEnd(text string, s entities.Sentence, ms []entities.Mention) int {
	if !lineStart(text, s.Start) {
		return s.Start
	}
	return datelineAt(text, s, ms)
}

// datelineAt is datelineEnd for a sentence s that starts where a dateline may, whether or not a
// line starts there (after a byline: bylineEnd).
func datelineAt(text string, s entities.Sentence, ms []entities.Mention) int {
	m := dateline.FindStringIndex(text[s.Start:s.End])
	if m == nil {
		m = bareDateline(text[s.Start:s.End])
	}
	if m == nil || s.Start+m[1] >= s.End {
		return s.Start
	}
	end := s.Start + m[1]
	for _, mn := range ms {
		if mn.Start >= s.Start && mn.End <= end && strings.HasPrefix(mn.EntityID, "place/") {
			return end
		}
	}
	return s.Start
}

// bylineName returns the end of the name of a byline's author that opens rest (at offset at): a
// person's mention, or a name in capitals that no list knows ("JILL COLVIN"); or, after an
// author (agencyNext), minus the end of their agency's mention ("Associated Press"), which ends
// the byline; or 0.
func bylineName(rest string, at int, ms []entities.Mention, agencyNext bool) int {
	for _, m := range ms {
		switch {
		case m.Start != at:
		case strings.HasPrefix(m.EntityID, "person/"):
			return m.End
		case agencyNext && strings.HasPrefix(m.EntityID, "org/"):
			return -m.End
		}
	}
	if loc := capitalName.FindStringIndex(rest); loc != nil {
		return at + loc[1]
	}
	return 0
}

// capitalName matches two or more words in capitals, a name as bylines write it.
var capitalName = regexp.MustCompile(`^` + capsWord + `(?:\s+` + capsWord + `)+\b`)

// lineStart reports whether only white space stands between the line's start and offset at. It
// looks back no further than the first other character: it runs for every sentence.
func lineStart(text string, at int) bool {
	for at > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:at])
		if r == '\n' {
			return true
		}
		if !unicode.IsSpace(r) {
			return false
		}
		at -= n
	}
	return true
}

// bylineEnd returns the offset at which the sentence s begins after the byline that opens it
// ("By: Henry Lazenby US-based …", "By JILL COLVIN and GILLIAN WONG, Associated Press …"), or
// s.Start when it has none: the story's authors take part in none of its events, and the parser
// reads the sentence without them, as it does without a dateline. The byline opens a line with
// "By" and names its people (ms are the sentence's mentions) one after another, joined by "and"
// or a comma, and may name their agency after them.
func bylineEnd(text string, s entities.Sentence, ms []entities.Mention) int {
	if !lineStart(text, s.Start) {
		return s.Start
	}
	rest := text[s.Start:s.End]
	after, ok := strings.CutPrefix(rest, "By")
	if !ok || after == "" || after[0] != ' ' && after[0] != ':' {
		return s.Start
	}
	at := s.End - len(strings.TrimLeft(strings.TrimPrefix(after, ":"), " "))
	end := s.Start
	for agency := false; !agency; {
		next := bylineName(text[at:s.End], at, ms, end > s.Start)
		if next == 0 {
			break
		}
		agency = next < 0
		end = max(next, -next)
		joint := strings.TrimLeft(text[end:s.End], " ,")
		joint = strings.TrimPrefix(joint, "and ")
		at = s.End - len(joint)
	}
	if end == s.Start {
		return s.Start
	}
	return s.End - len(strings.TrimLeft(text[end:s.End], " ,:"))
}

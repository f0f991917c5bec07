package entities

import (
	"strings"

	"newsgraph/loader/syntax"
)

// metadataHeaderEnd returns the end of a leading metadata line such as "TITLE: … LINK: http…"
// (news scrapes put the headline and address there), or 0. Such a line is not body text.
func metadataHeaderEnd(text string) int {
	t := strings.TrimLeft(text, " \t\r\n")
	if !strings.HasPrefix(t, "TITLE:") && !strings.HasPrefix(t, "HEADLINE:") {
		return 0
	}
	off := len(text) - len(t)
	line := t
	if k := strings.IndexByte(t, '\n'); k >= 0 {
		line = t[:k]
	}
	if !strings.Contains(line, "LINK:") && !strings.Contains(line, "URL:") {
		return 0
	}
	return off + len(line)
}

// datelineAt reports whether token i begins a line or follows another all-capital word of a
// line's opening run ("ST. LOUIS —", "PARANAQUE CITY, Philippines —").
func datelineAt(text string, toks []token, i int) bool {
	k := i
	for k > 0 && toks[k-1].Caps && !strings.Contains(text[toks[k-1].End:toks[k].Start], "\n") {
		k--
	}
	return k == 0 || strings.Contains(text[toks[k-1].End:toks[k].Start], "\n")
}

// datelineEnd reports whether a dateline name ending before token j is followed by a dash, a
// bracketed credit, a colon or a comma.
func datelineEnd(text string, toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	switch toks[j].Text {
	case "—", "–", "-", "(", ":", ",":
		return true
	}
	return toks[j].Caps && datelineEnd(text, toks, j+1) && j+1 < len(toks) && !toks[j+1].Caps
}

// caseFits reports whether any of the entries matches toks with its capitalisation.
func caseFits(toks []token, es []gazEntry) bool {
	for _, e := range es {
		if caseOK(toks, e.caps) {
			return true
		}
	}
	return false
}

// capitalActs reports whether a capital's name is used for its government: followed by a verb of
// saying, deciding or acting (capitalVerbs, or any past tense: "Kyiv challenged the ban"), or by
// a possessive, or joined by "and" to a name that acts so.
func capitalActs(toks []token, c gazCand) bool {
	if agentOfParticiple(toks, c.i) && !modifiesNext(toks, c.j) {
		return true // "the claims made by Kinshasa", "was condemned by Washington"
	}
	if addressedCapital(toks, c) && !modifiesNext(toks, c.j) {
		return true // "Beijing warned Washington", "a rebuke from Beijing"
	}
	j := c.j
	if j >= len(toks) || toks[j].Sent != toks[c.i].Sent {
		return false
	}
	if toks[j].Text == "'" || toks[j].Text == "’" {
		return j+1 < len(toks) && toks[j+1].Lower == "s"
	}
	if toks[j].Lower == "and" && j+2 < len(toks) && toks[j+1].Cap {
		j += 2
	}
	if capitalVerbs[toks[j].Lower] {
		return true
	}
	// any past tense, but not after an article: "a Kigali based firm" is a place's
	article := c.i > 0 && toks[c.i-1].Sent == toks[c.i].Sent && (toks[c.i-1].Lower == "a" || toks[c.i-1].Lower == "an" || toks[c.i-1].Lower == "the")
	return !article && toks[j].Text == toks[j].Lower && syntax.PastTense(toks[j].Lower)
}

// addressedCapital reports whether a capital's name is the one a state addresses or hears
// from: right after a verb of addressing another state ("warned Washington against …",
// "accused Kyiv of …"), after "from" or "with" right after a noun of such an exchange ("a
// rebuke from Beijing", "talks with Tehran"), or after "in", "to" or "from" right after a
// diplomatic mission ("its embassy in Caracas", "its ambassador to Moscow").
func addressedCapital(toks []token, c gazCand) bool {
	if c.i < 1 || toks[c.i-1].Sent != toks[c.i].Sent {
		return false
	}
	prev := toks[c.i-1].Lower
	if addressVerbs[prev] {
		return true
	}
	if c.i < 2 || toks[c.i-2].Sent != toks[c.i].Sent {
		return false
	}
	if (prev == "from" || prev == "with") && exchangeNouns[toks[c.i-2].Lower] {
		return true
	}
	// "its embassy in Caracas", "ambassador to Moscow", "recalled its envoy from Beijing": a
	// mission is to a state, whose capital names its government
	return (prev == "in" || prev == "to" || prev == "from") && missionNouns[toks[c.i-2].Lower]
}

// missionNouns name a state's diplomatic missions and envoys to another state.
var missionNouns = setOf("embassy", "embassies", "consulate", "consulates", "ambassador", "ambassadors",
	"envoy", "envoys", "legation", "mission", "missions")

// addressVerbs are the forms of verbs by which one state addresses another as their object.
var addressVerbs = setOf("warned", "warns", "accused", "accuses", "urged", "urges", "criticised",
	"criticized", "criticises", "criticizes", "condemned", "condemns", "blamed", "blames", "pressed",
	"presses", "rebuked", "rebukes", "slammed", "slams", "lambasted", "snubbed", "thanked", "praised",
	"sanctioned", "summoned", "threatened", "threatens", "asked", "asks", "told", "accusing", "warning",
	"urging", "criticising", "criticizing", "condemning", "blaming", "pressing", "rebuking", "slamming",
	"lambasting", "snubbing", "thanking", "praising", "sanctioning", "summoning", "threatening")

// exchangeNouns name what passes between states ("a rebuke from Beijing", "talks with Tehran").
var exchangeNouns = setOf("rebuke", "criticism", "protest", "protests", "warning", "warnings",
	"condemnation", "pressure", "request", "demand", "demands", "response", "reaction", "threat",
	"threats", "talks", "ties", "relations", "negotiations", "dialogue", "deal", "agreement", "tensions")

// agentOfParticiple reports whether the words before token i are a participle and "by": the
// name after them is the agent of what the participle tells.
func agentOfParticiple(toks []token, i int) bool {
	if i < 2 || toks[i-1].Lower != "by" || toks[i-2].Sent != toks[i].Sent {
		return false
	}
	p := toks[i-2].Lower
	return strings.HasSuffix(p, "ed") || irregularParticiples[p]
}

// modifiesNext reports whether the name ending before token j modifies the noun at j: a
// capitalised word or a body of the city ("by Lima police", "by London Police": the city's own).
func modifiesNext(toks []token, j int) bool {
	if j >= len(toks) || toks[j].Sent != toks[j-1].Sent || !toks[j].word() {
		return false
	}
	return toks[j].Cap || cityBodies[toks[j].Lower]
}

// cityBodies are the nouns of a city's own bodies and officers.
var cityBodies = map[string]bool{"police": true, "council": true, "mayor": true, "officials": true,
	"authorities": true, "court": true, "prosecutors": true, "municipality": true, "residents": true}

// irregularParticiples are the past participles of common verbs that do not end in -ed.
var irregularParticiples = map[string]bool{"made": true, "taken": true, "sent": true, "given": true,
	"held": true, "led": true, "brought": true, "shot": true, "struck": true, "hit": true, "put": true,
	"set": true, "sought": true, "won": true, "fought": true, "drawn": true, "written": true,
	"seen": true, "told": true, "paid": true, "thrown": true, "beaten": true, "shown": true}

var capitalVerbs = map[string]bool{"said": true, "says": true, "say": true, "has": true, "have": true,
	"had": true, "is": true, "was": true, "will": true, "would": true, "could": true, "should": true,
	"may": true, "might": true, "must": true, "wants": true, "wanted": true, "accused": true, "accuses": true,
	"denied": true, "denies": true, "rejected": true, "rejects": true, "warned": true, "warns": true,
	"urged": true, "urges": true, "announced": true, "agreed": true, "agrees": true, "signed": true,
	"responded": true, "insists": true, "insisted": true, "believes": true, "hopes": true, "plans": true,
	"refused": true, "refuses": true, "demanded": true, "demands": true, "threatened": true, "threatens": true,
	"condemned": true, "condemns": true, "welcomed": true, "welcomes": true, "called": true, "calls": true,
	"claims": true, "claimed": true, "sought": true, "seeks": true, "sent": true, "sends": true,
	"imposed": true, "imposes": true, "ordered": true, "launched": true, "backed": true, "backs": true,
	"supports": true, "supported": true, "opposes": true, "opposed": true, "expelled": true, "recalled": true,
	"did": true, "does": true, "cannot": true, "can": true, "offered": true, "offers": true, "promised": true,
	"pledged": true, "vowed": true, "declined": true, "responded.": true, "retaliated": true, "struck": true,
	// measures one state takes against another ("Beijing slapped tariffs on …")
	"slapped": true, "slaps": true, "banned": true, "summoned": true,
	// pasts spelt as their verb, which PastTense leaves out ("Washington cut its aid")
	"cut": true, "hit": true, "shut": true, "quit": true,
	"froze": true, "freezes": true, "suspended": true, "suspends": true, "halted": true, "halts": true,
	"blocked": true, "vetoed": true, "vetoes": true, "sanctioned": true, "criticised": true,
	"criticized": true, "criticises": true, "criticizes": true, "lodged": true, "restricted": true,
	"cancelled": true, "canceled": true, "retaliates": true,
	"blamed": true, "blames": true, "considers": true, "considered": true, "sees": true, "saw": true}

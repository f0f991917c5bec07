package loader

import (
	"newsgraph"
	"newsgraph/loader/events"
)

// How control verbs, negation and modality change an event's type and status. The rules follow
// PLOVER: a promise or offer to cooperate is AGREE, a promise of a hostile act is THREATEN, a
// refusal of anything is REJECT; what did not happen is not stored, except that not accepting,
// not agreeing or not cooperating is itself a rejection.

// applyControls returns the type and status of an event of type typ governed by the control
// verbs cs (outermost first): "offered to hand over" AGREE, "threatened to ban" THREATEN,
// "refused to deploy" REJECT, "continued to send arms" AID, "denied holding talks" nothing.
func applyControls(typ string, cs []verbSense, final verbSense) (string, string) {
	status := ""
	if final.Role == roleIntent && len(cs) == 0 {
		// an intent verb on its own: "agreed to a deal" is an agreement made, "offered aid" one
		// proposed
		if final.Type == "AGREE" && (final.Mutual || final.Role == roleIntent) && isAgreeVerbProper(final) {
			return typ, ""
		}
		return typ, newsgraph.Proposed
	}
	for k := len(cs) - 1; k >= 0; k-- {
		switch c := cs[k]; c.Role {
		case roleIntent:
			typ = intended(typ, false)
			if !(c.Type == "AGREE" && c.Mutual) {
				status = newsgraph.Proposed
			}
		case roleThreat:
			typ, status = "THREATEN", newsgraph.Proposed
		case roleRefuse:
			typ, status = "REJECT", ""
		case roleDeny:
			return "", ""
		case roleDemand:
			typ, status = "DEMAND", ""
		case roleAspect:
			if c.Type != "" && typ == "" {
				typ = c.Type
			}
			if c.Type == "MOBILIZE" && newsgraph.QuadClass(typ) == "material-conflict" {
				typ = "MOBILIZE" // "prepared to resume shelling": readying force
			}
		}
	}
	return typ, status
}

// isAgreeVerbProper tells "agree" (a done deal) from "offer", "promise", "plan" (proposals).
func isAgreeVerbProper(s verbSense) bool { return s.Mutual }

// intended returns the type of a stated intention to do typ (events.Intended), and a threat for
// any act made conditional with "unless".
func intended(typ string, unless bool) string {
	if unless && (newsgraph.QuadClass(typ) == "verbal-coop" || newsgraph.QuadClass(typ) == "material-coop") {
		return "THREATEN"
	}
	return events.Intended(typ)
}

// negated is events.Negated: what "not typ" is.
func negated(typ string) string { return events.Negated(typ) }

// aspectStatus reads the status the verb group and its surroundings give: "are still talking",
// "is fighting" ONGOING; "have signed", "concluded" CONCLUDED for agreements.
func (ts tokens) aspectStatus(g, i int, typ string) string {
	w := ts.w(i)
	if len(w) > 4 && w[len(w)-3:] == "ing" {
		for k := g; k < i; k++ {
			if beForms[ts.w(k)] {
				return newsgraph.Ongoing
			}
		}
	}
	if typ == "AGREE" {
		switch {
		case w == "signed" || w == "concluded" || w == "ratified" || w == "reached" || w == "clinched" || w == "struck":
			return newsgraph.Concluded
		}
	}
	return ""
}

// ongoingAround reports whether the words around a nominal event say it is under way: "in
// talks", "in the early stage of talks", "talks are still ongoing".
func (ts tokens) ongoingAround(k int) bool {
	for j := k - 1; j >= 0 && k-j <= 7; j-- {
		w := ts.w(j)
		if w == "in" || w == "ongoing" || w == "continuing" {
			return true
		}
		if ts[j].isActor() || w == "," {
			break
		}
	}
	for j := k + 1; j < len(ts) && j-k <= 5; j++ {
		switch ts.w(j) {
		case "ongoing", "continuing", "underway", "progressing", "continue":
			return true
		}
	}
	return false
}

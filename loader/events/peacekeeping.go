package events

import "strings"

// peacekeeping returns the sense of verb v when its subject is a peacekeeping force that goes
// to, or stays on, its mission: "Chinese peacekeepers arrived in South Sudan", "Russian
// peacekeepers began deploying in Nagorno-Karabakh", "2,000 Russian soldiers were deployed as
// peacekeeping forces". CAMEO codes providing peacekeeping as 074, which the CAMEO to PLOVER
// table maps to AID (as own.tsv codes sending peacekeepers); the place they go to or serve in
// receives it. Other verbs keep their sense ("peacekeepers clashed with rebels").
func (c *coder) peacekeeping(v, sw int) (Sense, bool) {
	if !missionVerbs[strings.ToLower(c.t.Word(v).Lemma)] || c.child(v, "obj") > 0 {
		return Sense{}, false // "peacekeepers deployed drones": another act, read by its object
	}
	if sw > 0 && (c.peacekeepers(sw) || c.countsPeacekeepers(sw)) {
		return Sense{Type: "AID", Rule: "own:peacekeeping"}, true
	}
	for _, ch := range c.t.Dependents(v, "obl") {
		if c.prep(ch) == "as" && c.peacekeepers(ch) {
			return Sense{Type: "AID", Rule: "own:as peacekeeping"}, true // "were deployed as peacekeeping forces"
		}
		if c.prep(ch) == "in" && missionNouns[strings.ToLower(c.t.Word(ch).Lemma)] && c.peacekeepers(ch) {
			return Sense{Type: "AID", Rule: "own:in peacekeeping"}, true // "serve in peacekeeping operations in Iraq"
		}
	}
	return Sense{}, false
}

// missionNouns name what peacekeepers take part or serve in.
var missionNouns = map[string]bool{"operation": true, "mission": true, "force": true}

// peacekeepers reports whether the noun at n names peacekeepers: "peacekeepers", "blue helmets",
// or a noun that "peacekeeping" modifies ("peacekeeping troops").
func (c *coder) peacekeepers(n int) bool {
	switch strings.ToLower(c.t.Word(n).Lemma) {
	case "peacekeeper":
		return true
	case "helmet":
		return c.hasModifier(n, "blue")
	}
	return c.hasModifier(n, "peacekeeping")
}

// countsPeacekeepers reports whether the noun at n counts peacekeepers in its "of" phrase:
// "dozens of Russian peacekeepers", "a batch of 200 peacekeepers".
func (c *coder) countsPeacekeepers(n int) bool {
	if !quantityNouns[strings.ToLower(c.t.Word(n).Lemma)] {
		return false
	}
	for _, ch := range c.t.Dependents(n, "nmod") {
		if c.prep(ch) == "of" && c.peacekeepers(ch) {
			return true
		}
	}
	return false
}

// missionVerbs move forces to a place or keep them there: a peacekeeping force's arrival,
// deployment or service in a country is its mission there.
var missionVerbs = map[string]bool{"participate": true, "arrive": true, "deploy": true, "redeploy": true, "serve": true,
	"station": true, "enter": true, "land": true, "base": true}

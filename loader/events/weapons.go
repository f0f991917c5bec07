package events

import (
	"strings"

	"newsgraph/loader/syntax"
)

// Weapons: "Iranian missiles hit Saudi oil facilities", "Saudi Arabia was hit by drones launched
// from Yemen". A weapon is no actor; it stands for whoever launched it, and a verb of force
// that CAMEO's default leaves too broad to code alone ("hit": a record, the pandemic) names a
// military attack when a weapon does it.

// WeaponNoun reports whether the noun (a lemma, lower case) names a weapon or an attack that
// strikes by itself: a missile, a drone, a shell, an air strike.
func WeaponNoun(lemma string) bool { return weaponNouns[lemma] }

// WeaponNouns are the nouns WeaponNoun knows, singular.
var WeaponNouns = []string{"missile", "rocket", "drone", "shell", "bomb", "mortar", "artillery", "airstrike",
	"warplane", "jet", "projectile", "munition", "grenade", "shelling", "gunfire", "bombardment", "barrage",
	"strike", "torpedo"}

var weaponNouns = setOf(WeaponNouns...)

// forceVerbs are the verbs of force whose CAMEO default is too broad to code alone but that a
// weapon as their doer makes an attack.
var forceVerbs = map[string]bool{"hit": true, "target": true, "pound": true, "rock": true, "slam": true,
	"destroy": true, "damage": true, "batter": true, "blast": true}

// weaponForce returns the sense of verb v (lemma bare) when a weapon does it, as its subject or
// its passive agent: FIGHT, and false when bare is no verb of force or its doer no weapon.
func (c *coder) weaponForce(v int, bare string) (Sense, bool) {
	if !forceVerbs[bare] {
		return Sense{}, false
	}
	for _, ch := range c.t.Children(v) {
		switch r := c.t.Word(ch).Deprel; {
		case r == "nsubj" || r == "obl:agent" || syntax.BaseRel(r) == "obl" && c.prep(ch) == "by":
			if WeaponNoun(strings.ToLower(c.t.Word(ch).Lemma)) {
				return Sense{Type: "FIGHT", Rule: "weapon " + bare}, true
			}
		}
	}
	return Sense{}, false
}

// launchVerbs deliver a weapon: its "from" or "by" phrase names who used it.
var launchVerbs = setOf("launch", "fire", "shoot", "drop", "fly", "operate")

// launcher returns the actors a weapon noun at id was launched or fired from or by ("drones
// launched from Yemen", "rockets fired by Hezbollah"), hung on it as a participle clause.
func (c *coder) launcher(id int) []int {
	if !WeaponNoun(strings.ToLower(c.t.Word(id).Lemma)) {
		return nil
	}
	for _, ch := range c.t.Dependents(id, "acl") {
		if !launchVerbs[strings.ToLower(c.t.Word(ch).Lemma)] {
			continue // "airstrikes ordered by Mr. Obama": who ordered them, not who flew them
		}
		for _, o := range c.t.Children(ch) {
			r := syntax.BaseRel(c.t.Word(o).Deprel)
			if p := c.prep(o); (r == "obl" || r == "nmod") && (p == "from" || p == "by") {
				if as := c.actorsOf(o); len(as) > 0 {
					return as
				}
			}
		}
	}
	return nil
}

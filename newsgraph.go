// Package newsgraph holds the domain types shared by the loader, the graph store and the GraphQL
// schema: articles, the entities and relations extracted from them, and the events, evidence and
// partners read back from the graph. It depends on nothing but the standard library; each concern
// lives in its own package (loader, graph, schema, server) and they share only these types.
package newsgraph

// Entity types.
const (
	Country      = "COUNTRY"
	Organization = "ORGANIZATION"
	Person       = "PERSON"
	Location     = "LOCATION"
	// Group is a group that acts for itself, not for a state: protesters, refugees, gunmen,
	// police where no country is named (agent/<ISO3>-<noun> or agent/<noun>).
	Group = "GROUP"
)

// PLOVER event types (the 18 of the PLOVER gold records), grouped by quad class.
var (
	// VerbalCooperation, MaterialCooperation, VerbalConflict and MaterialConflict list the PLOVER
	// types of each of CAMEO's quad classes.
	VerbalCooperation   = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}
	MaterialCooperation = []string{"COOPERATE", "AID", "RETREAT"}
	VerbalConflict      = []string{"DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "INVESTIGATE"}
	MaterialConflict    = []string{"PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT"}
)

// Partnering lists the event types that make two actors partners (CONCEDE and RETREAT are
// cooperative gestures, mostly between adversaries, and do not).
var Partnering = []string{"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"}

// QuadClass returns the quad class of a PLOVER event type ("verbal-coop", "material-coop",
// "verbal-conflict", "material-conflict"), or "" when t is not a PLOVER type.
func QuadClass(t string) string {
	for _, c := range []struct {
		name  string
		types []string
	}{{"verbal-coop", VerbalCooperation}, {"material-coop", MaterialCooperation},
		{"verbal-conflict", VerbalConflict}, {"material-conflict", MaterialConflict}} {
		for _, x := range c.types {
			if x == t {
				return c.name
			}
		}
	}
	return ""
}

// IsPLOVER reports whether t is one of the 18 PLOVER event types.
func IsPLOVER(t string) bool { return QuadClass(t) != "" }

// IsPartnering reports whether an event of type t makes its two actors partners.
func IsPartnering(t string) bool {
	for _, x := range Partnering {
		if x == t {
			return true
		}
	}
	return false
}

// Event statuses.
const (
	Proposed  = "PROPOSED"
	Ongoing   = "ONGOING"
	Concluded = "CONCLUDED"
	Ended     = "ENDED"
)

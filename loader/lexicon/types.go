package lexicon

// Types are the 18 PLOVER event types of CONTRACT.md, cooperation first.
var Types = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "INVESTIGATE", "PROTEST", "MOBILIZE", "SANCTION",
	"COERCE", "ASSAULT", "FIGHT",
}

// IsType reports whether s is one of the 18 types.
func IsType(s string) bool {
	for _, t := range Types {
		if t == s {
			return true
		}
	}
	return false
}

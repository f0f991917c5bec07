package loader

// Closed word classes the event grammar relies on.

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

var (
	beForms   = setOf("is", "are", "was", "were", "be", "been", "being", "'s", "am")
	getForms  = setOf("get", "gets", "got", "gotten", "getting") // a passive auxiliary too
	auxWords  = setOf("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "do", "does", "did", "am", "get", "got")
	futureAux = setOf("will", "would", "shall", "'ll", "wo", "going")
	maybeAux  = setOf("could", "might", "may", "can", "ca")
	mustAux   = setOf("must", "should", "ought")
	negWords  = setOf("not", "n't", "never", "no", "neither", "nor")
	// adverbs and time words that may sit inside a verb group ("has also recently agreed")
	groupAdverbs = setOf("also", "again", "still", "already", "reportedly", "then", "jointly", "formally",
		"officially", "finally", "now", "today", "yesterday", "tonight", "once", "recently", "later",
		"first", "further", "just", "even", "allegedly", "repeatedly", "actively", "quickly", "soon",
		"last", "week", "this", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", "previously", "initially", "apparently", "ever", "routinely", "bluntly", "flatly",
		"outright", "personally", "at", "least", "reluctantly", "effectively", "unilaterally", "immediately")
	determiners = setOf("a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her",
		"our", "my", "your", "some", "any", "each", "every", "another", "both", "all", "no", "'s")
	subjPronouns = setOf("it", "they", "he", "she", "we", "i")
	prepositions = setOf("of", "in", "from", "for", "at", "on", "with", "to", "near", "under", "by",
		"across", "based", "against", "into", "over", "about", "inside", "outside", "within", "through",
		"toward", "towards", "among", "between", "after", "before", "during", "since", "including", "like", "via")
	// words that open a new clause: the subject of a verb is never found across them
	clauseOpeners = setOf("that", "which", "who", "whom", "whose", "while", "when", "whereas", "although",
		"though", "because", "if", "unless", "where", "whether", "after", "before", "since", "as", "once",
		"until", "so", "despite", "amid", "following")
	// words that end the object of a verb
	objectEnders = setOf("that", "which", "who", "whom", "whose", "while", "when", "whereas", "although",
		"though", "because", "if", "unless", "where", "whether", "but", "despite", "amid", "following",
		"saying", "citing", "adding", "after", "as", "before", "until", "so")
	// nouns for people, after which "from X" tells where they come from, not whom an event concerns
	peopleNouns = setOf("refugee", "refugees", "migrant", "migrants", "immigrant", "immigrants", "seekers",
		"nationals", "national", "citizens", "citizen", "workers", "people", "civilians", "students",
		"tourists", "prisoners", "detainees", "exiles", "asylum", "families", "children", "women", "men",
		"victims", "residents", "settlers", "pilgrims", "visitors", "travellers", "travelers", "deportees",
		"expatriates", "diaspora", "population", "hundreds", "thousands", "dozens", "millions", "those",
		"scientists", "experts", "journalists", "volunteers")
	// armed people, whose "from X" names the party they fight for (PLOVER codes armed groups as
	// actors): "clashed with fighters from X"
	armedNouns = setOf("fighters", "troops", "soldiers", "forces", "militants", "rebels", "gunmen", "militiamen")
	// nouns of military activity that are COOPERATE when joint ("joint naval exercises")
	jointNouns = setOf("exercises", "exercise", "drills", "drill", "patrols", "manoeuvres", "maneuvers", "operations", "operation")
	// verbs of removal, after which "from X" names the party acted on
	removalTypes = setOf("RETREAT", "AID", "SANCTION", "COERCE", "THREATEN")
)

// isAdverb reports whether w may sit inside a verb group: a listed adverb or an -ly word.
func isAdverb(w string) bool {
	return groupAdverbs[w] || len(w) > 4 && w[len(w)-2:] == "ly" && !lyNotAdverbs[w]
}

// lyNotAdverbs are -ly words that are no adverbs.
var lyNotAdverbs = setOf("early", "only", "family", "july", "italy", "rally", "ally", "assembly", "supply",
	"reply", "apply", "elderly", "friendly", "deadly", "costly", "holy", "belly", "bully", "anomaly",
	"monopoly", "unlikely", "likely", "lonely", "lovely", "orderly", "ugly", "silly", "jolly", "comply", "multiply")

package events

// HarmNoun reports whether the word (lower case, as written) names an act of harm done to
// someone: "the murder of X", "the shelling of Y". What it is "of" is whom it was done to, not
// who did it.
func HarmNoun(w string) bool { return harmNouns[w] }

var harmNouns = setOf("murder", "killing", "killings", "death", "deaths", "beheading", "execution", "executions",
	"kidnapping", "abduction", "detention", "arrest", "arrests", "imprisonment", "jailing", "torture",
	"attack", "attacks", "assault", "shooting", "bombing", "massacre", "persecution", "shootings", "bombings",
	"shelling", "bombardment", "invasion", "occupation", "raid", "raids", "airstrike", "airstrikes")

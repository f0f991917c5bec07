package events

// Purposes: the to-infinitive that says what an act or a noun is for, and who acts in it.

// purposeOfUse reports whether verb v uses something, whose user does what it is used for:
// "ISIS militants used suicide bombers and chlorine gas to kill 300 Iraqi soldiers".
func (c *coder) purposeOfUse(v int) bool {
	_, bare := c.verbLemma(v)
	return useVerbs[bare]
}

var useVerbs = setOf("use", "employ", "utilize", "utilise", "exploit", "wield", "deploy")

// purposeOfContact reports whether verb v is a contact between parties (a call, a meeting, a
// visit: a sense of type CONSULT) whose purpose, added with "to", is its subject's: "called
// Sudanese President Omar al-Bashir to express his support for Sudan", "flew to Kabul to meet
// the president".
func (c *coder) purposeOfContact(v int) bool {
	full, bare := c.verbLemma(v)
	for _, s := range c.senses(full, bare) {
		if s.Type == "CONSULT" {
			return true
		}
	}
	return false
}

// purposeOfGiving reports whether verb v gives or sends something to a recipient named after
// "to" or not at all ("lent $1 billion to Indonesia to aid its recovery"): the giver is the
// subject of the purpose it adds with "to". With an indirect object the recipient is
// ("gave Kenya money to build roads"), and other verbs often hang an object's infinitive there
// ("issued an ultimatum to Sudan to normalise ties").
func (c *coder) purposeOfGiving(v int) bool {
	if c.child(v, "iobj") > 0 {
		return false
	}
	_, bare := c.verbLemma(v)
	return givingVerbs[bare]
}

// givingVerbs are the verbs of giving and sending (Levin's classes 11.1 send, 13.1 give, 13.2
// contribute, 13.4.1 fulfilling): their subject gives, and a "to" phrase names the recipient.
var givingVerbs = map[string]bool{"give": true, "send": true, "provide": true, "lend": true, "donate": true,
	"deliver": true, "dispatch": true, "supply": true, "grant": true, "contribute": true, "ship": true,
	"airlift": true, "allocate": true, "transfer": true, "hand": true, "extend": true, "loan": true, "deploy": true}

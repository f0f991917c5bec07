package loader

import (
	"strings"
)

// The event lexicon: which verbs and nouns announce which PLOVER event, and how a verb takes its
// arguments. It is the project's own, written from the PLOVER manual's definitions (which acts each
// type covers) with the CAMEO verb dictionary read as a reminder of how news phrases those acts.

// verbRole says how a verb takes part in an event beyond naming its type.
type verbRole uint8

const (
	roleEvent   verbRole = iota // names the event itself: "Israel attacked Gaza"
	roleLight                   // the event is its object noun: "held talks", "imposed sanctions"
	roleReverse                 // undoes its object noun: "lifted sanctions", "broke ties", "scrapped the deal"
	roleIntent                  // a promise or plan: "offered to", "pledged to", "agreed to"
	roleThreat                  // "threatened to …": THREATEN whatever follows
	roleRefuse                  // "refused to …": REJECT whatever follows
	roleAspect                  // "continued to", "tried to", "began to": the type of what follows
	roleDemand                  // "urged X to", "demanded that X …": DEMAND against X
	roleReport                  // "said", "announced": reported speech, not an event
	roleDeny                    // "denied …": what follows did not happen
	roleMediate                 // "mediate", "broker": CONSULT with each party, mode mediation
	roleDeport                  // "deported … to Y": DEPORTS_TO Y
	rolePay                     // "paid … to Y": PAYS
)

// verbSense is one meaning of a verb (or verb + particle) in the lexicon.
type verbSense struct {
	Type string
	Role verbRole
	// Mutual verbs make "X and Y <verb>" one event between X and Y ("agreed", "met", "clashed").
	Mutual bool
	// Lemma is the verb the sense is of ("break" for "break/broke/broken+off").
	Lemma string
	// Mode is kept as the relation's "mode" attribute ("mediation", "deportation", "visit").
	Mode string
	// Particle, when set, must follow the verb ("call off", "hand over").
	Particle string
	// NeedsNoun light verbs name no event without an event noun ("held talks", not "held").
	NeedsNoun bool
	// WithOnly verbs take their partner only after "with": "discussed the Somali crisis" is
	// about Somalia, not with it.
	WithOnly bool
	// Commands verbs carry out the event noun they take without a clause ("ordered air
	// strikes"), as the tree coder reads them (events.Sense.Commands).
	Commands bool
	// Intransitive verbs name their event only without a direct object ("demonstrated its
	// resolve" shows it; events.Sense.Intransitive).
	Intransitive bool
}

// verbEntries lists the lexicon as "lemma[+particle] TYPE flags [mode=…]"; flags: m mutual,
// l light, r reverse, i intent, t threat, x refuse, a aspect, d demand, s report, n deny,
// e mediate, p deport, y pay, u undergo (tree coder only), o no direct object (with one it is
// another verb: "demonstrated its resolve"), c commands (what an order names
// without a clause is done, as CAMEO codes "ORDER * DEPLOYMENT OF …" as the deployment), N (light
// verb) needs an event noun, w partner only after "with", j acts on its direct object alone (tree
// coder only: "released a message to the United States" frees no one). A lemma may carry
// irregular forms after a slash: "meet/met/met".
var verbEntries = []string{
	// AGREE: agreeing, promising, offering, signing (verbal cooperation)
	"agree AGREE im", "pledge AGREE i", "promise AGREE i", "offer AGREE i", "propose AGREE i",
	// plans and vows are events only through what they govern ("vowed to fight")
	"vow - i", "hope - i", "want - i", "aim - i", "expect - i", "undertake/undertook/undertaken - i", "commit - i", "plan - i", "intend - i", "decide - i", "sign AGREE lm", "ratify AGREE lm", "accept AGREE",
	"conclude AGREE lmN", "reach AGREE lmN", "initial AGREE lmN", "forge AGREE lmN", "clinch AGREE lm",
	"settle AGREE m",
	// CONSULT: meeting, talking, visiting, hosting (verbal cooperation)
	"meet/met/met CONSULT m", "visit CONSULT mode=visit", "host CONSULT mode=visit", "negotiate CONSULT mw",
	"discuss CONSULT mw", "consult CONSULT m", "confer CONSULT mw", "hold/held/held CONSULT lmN",
	"telephone CONSULT m", "phone CONSULT m", "tour CONSULT mode=visit", "talk CONSULT mw", "return CONSULT", "resume CONSULT lmN",
	"invite CONSULT", "mediate CONSULT e", "broker CONSULT e", "facilitate CONSULT e", "convene CONSULT lmN",
	// SUPPORT: approving, praising, backing (verbal cooperation)
	"support SUPPORT", "back SUPPORT", "endorse SUPPORT", "praise SUPPORT", "commend SUPPORT",
	"welcome SUPPORT", "hail SUPPORT", "thank SUPPORT", "apologize SUPPORT", "apologise SUPPORT",
	"defend SUPPORT", "congratulate SUPPORT", "recognize SUPPORT", "recognise SUPPORT",
	"upgrade SUPPORT lN", "restore SUPPORT lN", "normalize SUPPORT lN", "normalise SUPPORT lN",
	"establish SUPPORT lN", "reaffirm SUPPORT", "applaud SUPPORT", "laud SUPPORT",
	// standing by or with someone is solidarity (CAMEO's STAND * (BY), 051 praise or endorse)
	"stand/stood/stood+by SUPPORT", "stand/stood/stood+with SUPPORT",
	// CONCEDE: easing, yielding, allowing (verbal cooperation)
	"concede CONCEDE", "yield CONCEDE", "ease CONCEDE r", "lift CONCEDE r", "relax CONCEDE r",
	"cancel CONCEDE r", "allow CONCEDE", "permit CONCEDE", "pardon CONCEDE", "call+off CONCEDE",
	"approve CONCEDE l", "compromise CONCEDE", "end CONCEDE r", "scrap CONCEDE r",
	"abandon CONCEDE r", "halt CONCEDE r", "suspend SANCTION r", "waive CONCEDE r", "remove CONCEDE r",
	"reopen CONCEDE", "re-open CONCEDE", "reverse CONCEDE r", "revoke CONCEDE r", "rescind CONCEDE r",
	"repeal CONCEDE r", "overturn CONCEDE r", "annul CONCEDE r", "quash CONCEDE r",
	// COOPERATE: material cooperation
	"cooperate COOPERATE mw", "co-operate COOPERATE mw", "collaborate COOPERATE mw", "share COOPERATE mw",
	"extradite COOPERATE", "partner COOPERATE m", "ally COOPERATE m", "coordinate COOPERATE mw",
	"enter/entered/entered+into COOPERATE lmN", "join COOPERATE lN", "participate COOPERATE lN", "take/took/taken+part COOPERATE lN", "trade COOPERATE mw", "exchange COOPERATE lmw",
	"hand+over COOPERATE", "work+with COOPERATE m", "turn+down REJECT", "rule+out REJECT", "carry/carried/carried+out COOPERATE lN", "conduct - lN", "team+up COOPERATE mw", "partner+with COOPERATE m", "train COOPERATE", "integrate COOPERATE mw",
	// AID: giving aid, asylum, goods
	"aid AID", "help AID", "assist AID", "donate AID", "supply AID", "provide AID lN", "deliver AID lN",
	"give/gave/given AID lN", "send/sent/sent AID lN", "fund AID", "finance AID", "evacuate AID",
	"grant AID lN", "lend/lent/lent AID", "loan AID", "rescue AID", "shelter AID", "feed/fed/fed AID",
	"airlift AID", "contribute AID lN", "extend AID lN",
	// RETREAT: withdrawing, releasing, returning, disarming (material cooperation)
	"withdraw/withdrew/withdrawn RETREAT r", "pull+out RETREAT", "pull+back RETREAT", "retreat RETREAT",
	"demobilize RETREAT", "demobilise RETREAT", "disarm RETREAT", "release RETREAT j", "free RETREAT j",
	"resign RETREAT", "step+down RETREAT", "repatriate RETREAT", "dismantle RETREAT",
	"compensate RETREAT", "declare RETREAT lN",
	// DEMAND: asking, urging, appealing (verbal conflict)
	"demand DEMAND d", "urge DEMAND d", "call+on DEMAND d", "call+for DEMAND", "ask DEMAND d",
	"request DEMAND d", "press DEMAND d", "insist DEMAND d", "appeal DEMAND d", "seek/sought/sought DEMAND",
	"plead DEMAND d", "order DEMAND dc", "pressure DEMAND d", "push DEMAND d", "push+out FIGHT j", "push+back REJECT o", "instruct DEMAND d", "summon DISAPPROVE",
	// DISAPPROVE: accusing, criticising, suing (verbal conflict)
	"accuse DISAPPROVE", "blame DISAPPROVE", "criticize DISAPPROVE", "criticise DISAPPROVE",
	"condemn DISAPPROVE", "denounce DISAPPROVE", "complain DISAPPROVE", "sue DISAPPROVE",
	"charge DISAPPROVE", "deplore DISAPPROVE", "slam DISAPPROVE", "rebuke DISAPPROVE",
	"censure DISAPPROVE", "reprimand DISAPPROVE", "lambast DISAPPROVE", "castigate DISAPPROVE", "lodge DISAPPROVE lN",
	"chide DISAPPROVE", "fault DISAPPROVE", "decry DISAPPROVE", "regret DISAPPROVE",
	// REJECT: refusing, rejecting, vetoing (verbal conflict)
	"reject REJECT", "refuse REJECT x", "decline REJECT x", "dismiss REJECT", "rebuff REJECT",
	"veto REJECT", "oppose REJECT", "renege REJECT", "spurn REJECT", "violate REJECT", "defy REJECT",
	"deny REJECT n", "fail REJECT x",
	// THREATEN (verbal conflict)
	"threaten THREATEN t", "warn THREATEN t", "swear/swore/sworn THREATEN i",
	// INVESTIGATE (verbal conflict)
	"investigate INVESTIGATE", "probe INVESTIGATE", "inspect INVESTIGATE", "examine INVESTIGATE",
	"audit INVESTIGATE", "interrogate INVESTIGATE", "question INVESTIGATE",
	// PROTEST (material conflict)
	"protest PROTEST", "demonstrate PROTEST o", "rally PROTEST o", "march PROTEST o", "riot PROTEST",
	"picket PROTEST", "boycott PROTEST", "stage PROTEST lN", "block PROTEST",
	// MOBILIZE (material conflict)
	"mobilize MOBILIZE", "mobilise MOBILIZE", "deploy MOBILIZE", "mass MOBILIZE", "reinforce MOBILIZE",
	"station MOBILIZE",
	// SANCTION (material conflict). "blacklist" (CAMEO 160), like "laud" (051), "tour" (040, a
	// visit), "reprimand" (111), "outlaw" and "fine" (172) and "prosecute" (173) elsewhere in
	// this list, is here with its CAMEO default's type so that a sentence with it is worth parsing
	"sanction SANCTION", "expel SANCTION", "embargo SANCTION", "blacklist SANCTION", "impose SANCTION lN",
	"break/broke/broken SANCTION r", "sever SANCTION r", "cut/cut/cut SANCTION r", "reduce RETREAT r", "slash - r", "curtail - r", "scale+back - r", "recall SANCTION",
	"freeze/froze/frozen SANCTION r", "force+out SANCTION", "kick+out SANCTION", "throw/threw/thrown+out SANCTION",
	// COERCE (material conflict)
	"arrest COERCE", "detain COERCE", "seize COERCE", "confiscate COERCE", "demolish COERCE",
	"raze COERCE", "kidnap COERCE", "abduct COERCE", "censor COERCE", "ban COERCE", "jail COERCE", "outlaw COERCE", "fine COERCE", "prosecute COERCE",
	"imprison COERCE", "evict COERCE", "prevent COERCE", "suppress COERCE", "hack COERCE",
	"blockade COERCE", "restrict COERCE", "intercept COERCE", "sentence COERCE", "blow/blew/blown+up COERCE",
	"crack+down COERCE", "deport COERCE p", "hijack COERCE", "bar COERCE",
	// ASSAULT (material conflict)
	"attack ASSAULT", "assault ASSAULT", "bomb ASSAULT", "torture ASSAULT", "beat/beat/beaten ASSAULT",
	"kill ASSAULT", "assassinate ASSAULT", "massacre ASSAULT", "wound ASSAULT", "injure ASSAULT",
	"shoot/shot/shot ASSAULT", "stab ASSAULT", "behead ASSAULT", "execute ASSAULT", "murder ASSAULT",
	"beat/beat/beaten+up ASSAULT",
	// FIGHT (material conflict)
	"fight/fought/fought FIGHT m", "clash FIGHT mw", "shell FIGHT", "invade FIGHT", "bombard FIGHT",
	"battle FIGHT m", "occupy FIGHT", "capture FIGHT", "recapture FIGHT", "raid FIGHT", "ambush FIGHT", "fire+on FIGHT", "fire FIGHT mo",
	"engage+in FIGHT lN", "launch FIGHT lN", "annex FIGHT", "strike/struck/struck FIGHT l", "storm FIGHT", "besiege FIGHT",
	"overrun/overran/overrun FIGHT", "retaliate FIGHT", "bombard FIGHT", "encircle FIGHT",
	// sinking or torpedoing is an attack only on a ship (own.tsv's object line): no sense alone
	"sink/sank/sunk - j", "torpedo - j",
	// other relations
	"pay/paid/paid PAYS y",
	// aspect: the event is the verb or noun that follows ("began talks", "stepped up attacks")
	"prepare MOBILIZE a", "speed/sped/sped+up - a", "speed+up - a", "step+up - a", "complete - a", "intensify - a", "escalate - a",
	"renew - a", "expand - a", "open CONSULT lN", "dispatch AID lN",
	// expressing: the event is the attitude its object noun names ("expressed its strong
	// condemnation of X", "voiced support for Y"); a noun of no event gives none
	"express - lN", "voice - lN",
	// undergoing (tree coder only): the subject receives or suffers the event its object noun
	// names, done by the noun's from- or by-phrase or owner ("received aid from X")
	"receive - uN", "get/got/gotten - uN", "obtain - uN", "face - uN", "suffer - uN", "win/won/won - uN",
	"come/came/come+under - uN", // "came under attack from X", "came under pressure from Y"
	"earn - uN", "draw/drew/drawn - uN", "attract - uN", "secure - uN", "garner - uN",
	"prompt - uN", "spark - uN", "provoke - uN", "trigger - uN",
	// reporting verbs
	"say/said/said - s", "announce - s", "state - s", "tell/told/told - s", "report - s", "claim - s",
	"confirm - s", "add - s", "declare - s", "insist - s", "note - s", "stress - s", "argue - s",
	"conclude - s", "write/wrote/written - s", "acknowledge - s", "admit - s",
}

// wordLexicon holds every inflected verb form and event noun.
type wordLexicon struct {
	verbs map[string][]verbSense // by inflected form
	nouns map[string]nounSense
}

// nounSense is an event noun: "talks" CONSULT, "sanctions" SANCTION (Restrictive: lifting it is
// a concession).
type nounSense struct {
	Type        string
	Restrictive bool
	Mode        string
}

// nounEntries lists event nouns as "noun[,plural] TYPE [R] [mode=…]"; R marks restrictive measures.
// A noun with its compound is written with "_" for the space ("air_strike": FIGHT, where "strike"
// alone is a labour PROTEST); the tree coder reads those, the word rules only single words.
var nounEntries = []string{
	"talks CONSULT", "negotiation,negotiations CONSULT", "discussion,discussions CONSULT",
	"meeting,meetings CONSULT", "summit CONSULT", "visit,visits CONSULT mode=visit", "trip CONSULT mode=visit",
	"consultation,consultations CONSULT", "dialogue CONSULT", "mediation CONSULT mode=mediation",
	"lunch CONSULT", "dinner CONSULT", "breakfast CONSULT", "banquet CONSULT",
	"deal,deals AGREE", "agreement,agreements AGREE", "accord,accords AGREE", "pact AGREE",
	"treaty AGREE", "memorandum AGREE", "truce AGREE", "settlement AGREE", "ceasefire,cease-fire RETREAT",
	"partnership,partnerships COOPERATE", "cooperation COOPERATE", "co-operation COOPERATE",
	"alliance COOPERATE", "collaboration COOPERATE", "relations SUPPORT", "ties SUPPORT", "links SUPPORT",
	"aid AID", "assistance AID", "grant AID", "loan AID", "donation AID", "relief AID", "asylum AID",
	"airdrop,airdrops AID", "airlift AID",
	"support SUPPORT", "backing SUPPORT", "recognition SUPPORT",
	"war WAR", "warfare WAR", "fighting FIGHT", "clash,clashes FIGHT", "conflict FIGHT", "battle FIGHT", "hostilities FIGHT",
	"offensive FIGHT", "invasion FIGHT", "incursion FIGHT", "shelling FIGHT", "airstrike,airstrikes FIGHT",
	"attack,attacks ASSAULT", "bombing,bombings ASSAULT", "assault ASSAULT", "raid,raids FIGHT",
	"massacre ASSAULT", "cleansing ASSAULT", "genocide ASSAULT", "atrocities ASSAULT",
	"sanctions SANCTION R", "embargo SANCTION R", "expulsion SANCTION", "suspension SANCTION",
	"curfew COERCE R", "ban COERCE R", "blockade COERCE R", "restrictions COERCE R", "measures COERCE R",
	"crackdown COERCE R", "siege FIGHT R", "arrest,arrests COERCE", "detention COERCE",
	"protest,protests PROTEST", "demonstration,demonstrations PROTEST", "rally,rallies PROTEST",
	"strike,strikes PROTEST", "boycott PROTEST", "air_strike,air_strikes FIGHT", "drone_strike,drone_strikes FIGHT",
	"missile_strike,missile_strikes FIGHT", "hunger_strike,hunger_strikes PROTEST",
	"investigation,investigations INVESTIGATE", "probe INVESTIGATE", "inquiry INVESTIGATE",
	"inspection,inspections INVESTIGATE",
	"threat,threats THREATEN", "ultimatum THREATEN",
	"demand,demands DEMAND", "call,calls DEMAND", "appeal,appeals DEMAND", "request DEMAND",
	"criticism DISAPPROVE", "accusation,accusations DISAPPROVE", "condemnation DISAPPROVE", "complaint DISAPPROVE",
	"rejection REJECT", "refusal REJECT",
	"withdrawal RETREAT", "pullout RETREAT",
	"deployment MOBILIZE", "mobilization MOBILIZE", "troops MOBILIZE", "forces MOBILIZE",
	"goods AID", "supplies AID", "food AID", "medicine,medicines AID", "equipment AID", "funds AID",
	"money AID", "help AID", "shelter AID", "refuge AID", "inspectors INVESTIGATE", "observers INVESTIGATE", "monitors INVESTIGATE", "investigators INVESTIGATE",
	"artillery FIGHT", "rocket,rockets FIGHT", "missile,missiles FIGHT", "fire FIGHT", "airstrikes FIGHT",
	"arms AID", "weapons AID", "compensation RETREAT", "reparations RETREAT",
}

var evLex = buildLexicon()

func buildLexicon() *wordLexicon {
	l := &wordLexicon{verbs: map[string][]verbSense{}, nouns: map[string]nounSense{}}
	for _, e := range verbEntries {
		head, s, ok := verbEntry(e)
		if !ok {
			continue
		}
		for _, form := range inflect(head) {
			l.verbs[form] = append(l.verbs[form], s)
		}
	}
	for _, v := range []string{"continue", "try", "attempt", "begin/began/begun", "start", "seek/sought/sought",
		"move", "resume", "keep/kept/kept", "manage", "help", "work", "act", "go/went/gone"} {
		for _, form := range inflect(v) {
			l.verbs[form] = append(l.verbs[form], verbSense{Role: roleAspect})
		}
	}
	for _, e := range nounEntries {
		f := strings.Fields(e)
		n := nounSense{Type: f[1]}
		for _, fl := range f[2:] {
			if fl == "R" {
				n.Restrictive = true
			} else if strings.HasPrefix(fl, "mode=") {
				n.Mode = fl[5:]
			}
		}
		for _, w := range strings.Split(f[0], ",") {
			if !strings.Contains(w, "_") {
				l.nouns[w] = n
			}
		}
	}
	return l
}

// verbEntry parses one line of verbEntries ("head TYPE flags mode=…") into the head to inflect
// and its sense; ok is false for an entry the word rules cannot read.
func verbEntry(e string) (head string, s verbSense, ok bool) {
	f := strings.Fields(e)
	if len(f) > 2 && !strings.HasPrefix(f[2], "mode=") && strings.ContainsRune(f[2], 'u') {
		return "", s, false // undergoing needs the tree's roles; the word rules cannot tell them
	}
	head, typ := f[0], f[1]
	if typ == "-" {
		typ = ""
	}
	s = verbSense{Type: typ, Lemma: strings.SplitN(strings.SplitN(head, "+", 2)[0], "/", 2)[0]}
	if i := strings.IndexByte(head, '+'); i >= 0 {
		head, s.Particle = head[:i], strings.ReplaceAll(head[i+1:], "_", " ")
	}
	for _, fl := range f[2:] {
		if strings.HasPrefix(fl, "mode=") {
			s.Mode = fl[5:]
			continue
		}
		for _, c := range fl {
			setVerbFlag(&s, c)
		}
	}
	if s.Role == roleMediate {
		s.Mode = "mediation"
	}
	if s.Role == roleDeport {
		s.Mode = "deportation"
	}
	return head, s, true
}

// verbRoles are the roles the one-letter flags of verbEntries give a verb.
var verbRoles = map[rune]verbRole{'l': roleLight, 'r': roleReverse, 'i': roleIntent, 't': roleThreat, 'x': roleRefuse,
	'a': roleAspect, 'd': roleDemand, 's': roleReport, 'n': roleDeny, 'e': roleMediate, 'p': roleDeport, 'y': rolePay}

// setVerbFlag sets on s what the one-letter flag c of a verb entry says: a role (verbRoles), a
// mutual event (m), a noun needed (N), a partner only with "with" (w), commands (c), or no
// object (o).
func setVerbFlag(s *verbSense, c rune) {
	if r, ok := verbRoles[c]; ok {
		s.Role = r
		return
	}
	switch c {
	case 'm':
		s.Mutual = true
	case 'N':
		s.NeedsNoun = true
	case 'w':
		s.WithOnly = true
	case 'c':
		s.Commands = true
	case 'o':
		s.Intransitive = true
	}
}

// verb returns the senses of an inflected form, the first whose particle (if any) follows.
func (l *wordLexicon) verb(w string) []verbSense { return l.verbs[w] }

// inflect returns the forms of a lemma written "base[/past/participle]": base, third person,
// past, participle and -ing. Doubling a final consonant is done both ways, since spelling
// varies ("cancelled", "canceled") and an unused form costs nothing.
func inflect(spec string) []string {
	parts := strings.Split(spec, "/")
	b := parts[0]
	forms := []string{b}
	add := func(s ...string) { forms = append(forms, s...) }
	last := b[len(b)-1]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z") ||
		strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "sh"):
		add(b + "es")
	case last == 'y' && len(b) > 1 && !vowel(b[len(b)-2]):
		add(b[:len(b)-1] + "ies")
	default:
		add(b + "s")
	}
	if len(parts) > 1 {
		add(parts[1:]...)
	}
	switch {
	case last == 'e':
		add(b+"d", b[:len(b)-1]+"ing")
		if strings.HasSuffix(b, "ee") || strings.HasSuffix(b, "ye") {
			add(b + "ing")
		}
	case last == 'y' && len(b) > 1 && !vowel(b[len(b)-2]):
		add(b[:len(b)-1]+"ied", b+"ing")
	default:
		if len(parts) == 1 {
			add(b + "ed")
		}
		add(b + "ing")
		if len(b) >= 3 && !vowel(last) && strings.IndexByte("wxy", last) < 0 && vowel(b[len(b)-2]) && !vowel(b[len(b)-3]) {
			add(b+string(last)+"ed", b+string(last)+"ing")
		}
	}
	return forms
}

package lexicon

import (
	"strings"
	"sync"
	"testing"
)

func TestVerb(t *testing.T) {
	tests := []struct {
		verb, typ, code string
		ok              bool
	}{
		{"attack", "FIGHT", "190", true},
		{"meet", "CONSULT", "040", true},
		{"visit", "CONSULT", "042", true},
		{"condemn", "DISAPPROVE", "111", true},
		{"accuse", "DISAPPROVE", "112", true},
		{"arrest", "COERCE", "173", true},
		{"say", "", "010", true},  // a statement: no event
		{"said", "", "010", true}, // a form listed in {…}
		{"SAY", "", "010", true},  // case does not matter
		{"call off", "SANCTION", "160", true},
		{"attacked", "FIGHT", "190", true}, // a regular form
		{"condemning", "DISAPPROVE", "111", true},
		{"sign", "", "", false}, // known, but its block has no default
		{"frobnicate", "", "", false},
		// own entries over CAMEO's block defaults
		{"negotiate", "CONSULT", "046", true}, // CAMEO: 080 (COMPROMISE block)
		{"agree", "AGREE", "030", true},       // CAMEO: 050
		{"aid", "AID", "070", true},           // CAMEO: 060
		{"express", "", "", false},            // CAMEO: 110; the own entry removes it
		{"rejected", "REJECT", "120", true},   // CAMEO: no default
		{"veto", "REJECT", "129", true},       // CAMEO: 172
		{"retake", "COERCE", "192", true},     // CAMEO: only "recapture"
	}
	for _, tt := range tests {
		s, ok := Verb(tt.verb)
		if ok != tt.ok || s.Type != tt.typ || s.Code != tt.code {
			t.Errorf("Verb(%q) = %+v, %v; want type %q code %q, %v", tt.verb, s, ok, tt.typ, tt.code, tt.ok)
		}
		if ok && !strings.HasPrefix(s.Rule, "cameo:") && !strings.HasPrefix(s.Rule, "own:") {
			t.Errorf("Verb(%q).Rule = %q, want cameo: or own:", tt.verb, s.Rule)
		}
	}
	for _, v := range []string{"fired", "release", "take"} {
		if !NeedsObject(v) {
			t.Errorf("NeedsObject(%q) = false, want true", v)
		}
	}
	for _, v := range []string{"condemn", "attack", "frobnicate"} {
		if NeedsObject(v) {
			t.Errorf("NeedsObject(%q) = true, want false", v)
		}
	}
	if !IsVerb("sign") || !IsVerb("signed") || IsVerb("frobnicate") {
		t.Errorf("IsVerb: sign %v, signed %v, frobnicate %v; want true, true, false",
			IsVerb("sign"), IsVerb("signed"), IsVerb("frobnicate"))
	}
}

func TestVerbObject(t *testing.T) {
	tests := []struct {
		verb, object, typ, mode, rule string
	}{
		{"impose", "sanction", "SANCTION", "discontinue", "own:impose * sanction"},
		{"impose", "sanctions", "SANCTION", "discontinue", "own:impose * sanction"},
		{"lift", "sanctions", "RETREAT", "ease", "own:lift * sanction"}, // economic: CAMEO2PLOVER 085
		{"lift", "curfew", "CONCEDE", "ease", "own:lift * curfew"},      // administrative: 081
		{"sign", "agreement", "AGREE", "", "own:sign * agreement"},
		{"reached", "deal", "AGREE", "", "own:reach * deal"},
		{"sign", "declaration", "AGREE", "", "own:sign * declaration"}, // the own entry: signed, a concluded agreement (057), as a treaty
		{"cut", "ties", "SANCTION", "withdraw", "own:cut * tie"},
		{"expel", "diplomats", "SANCTION", "expel", "own:expel * diplomat"},
		{"restore", "relations", "AGREE", "", "own:restore * relation"},
		{"hold", "talks", "CONSULT", "", "cameo:HOLD * TALKS"},
		{"arrest", "protesters", "COERCE", "arrest", "own:arrest * protester"}, // CAMEO: 175
		{"order", "retrial", "DISAPPROVE", "allege", "own:order * retrial"},    // CAMEO: 063
		{"block", "bid", "REJECT", "", "own:block * bid"},                      // not the own verb's PROTEST
		{"release", "prisoners", "RETREAT", "release", "cameo:RELEASE * PRISONERS"},
		{"returned", "sculpture", "RETREAT", "return", "own:return * *"},
		{"returned", "bookmark", "RETREAT", "return", "own:return * *"}, // any object
		{"release", "prisoners", "RETREAT", "release", "cameo:RELEASE * PRISONERS"},
		{"withdrew", "peacekeepers", "SANCTION", "expel", "own:withdraw * peacekeeper"},
		{"hand back", "hostages", "RETREAT", "return", "own:hand back * *"},
		{"withdraw", "troops", "RETREAT", "disarm", "cameo:WITHDRAW * &MILITARY"},
		{"suspend", "aid", "SANCTION", "discontinue", "cameo:SUSPEND * AID"},
		{"launch", "attack", "FIGHT", "", "cameo:LAUNCH * ATTACK"},
		{"deploy", "troops", "MOBILIZE", "troops", "own:deploy * troop"},
		{"send", "troops", "AID", "", "cameo:SEND * &MILITARY"},
		// a pattern written for one verb of a block is that verb's where the block's patterns
		// disagree: RECOGNISE's "* INDEPENDENCE" is 054, CELEBRATE's 017 (no event)
		{"recognise", "independence", "SUPPORT", "", "cameo:RECOGNISE * INDEPENDENCE"},
		{"recognize", "independence", "SUPPORT", "", "cameo:RECOGNIZE * INDEPENDENCE"},
		{"celebrate", "independence", "", "", "cameo:CELEBRATE * INDEPENDENCE"},
		{"summon", "ambassador", "DISAPPROVE", "allege", "own:summon * ambassador"},
		{"express", "support", "SUPPORT", "", "own:express * support"},
		{"express", "concern", "", "", "cameo:EXPRESS * CONCERN"}, // 012: a statement
		{"launch", "strikes", "FIGHT", "heavy-weapons", "cameo:LAUNCH * AIR_STRIKE"},
		{"put off", "talk", "SANCTION", "withdraw", "cameo:PUT * OFF TALK"},
		{"cancelled", "visit", "REJECT", "", "own:cancel * visit"}, // the manual: cancelled meetings are REJECT
		{"call off", "talks", "REJECT", "", "own:call off * talk"},
		{"begin", "hunger strike", "PROTEST", "hunger", "cameo:BEGIN * {HUNGER STRIKE}"},
		{"issue", "arrest warrant", "COERCE", "arrest", "cameo:ISSUE * {ARREST WARRANTS}"},
		{"set up", "infrastructure company", "COOPERATE", "", "cameo:SET * {INVESTMENT COMPANY}"}, // an unknown phrase takes a head
		{"sign", "trade agreement", "AGREE", "", "own:sign * trade agreement"},
		{"sign", "trade treaty", "AGREE", "", "own:sign * treaty"}, // own head entry over CAMEO's 0311
		{"deploy", "peacekeeping troops", "AID", "", "own:deploy * peacekeeping troop"},
		{"deploy", "armored troops", "MOBILIZE", "troops", "own:deploy * troop"},
		{"hold", "peace talks", "CONSULT", "", "cameo:HOLD * TALKS"}, // no entry for the phrase: its head
		{"signed", "treaties", "AGREE", "", "own:sign * treaty"},
	}
	for _, tt := range tests {
		s, ok := VerbObject(tt.verb, tt.object)
		if !ok || s.Type != tt.typ || s.Mode != tt.mode || s.Rule != tt.rule {
			t.Errorf("VerbObject(%q, %q) = %+v, %v; want %s %q %q", tt.verb, tt.object, s, ok, tt.typ, tt.mode, tt.rule)
		}
	}
	if s, ok := VerbObject("impose", "zebra"); ok {
		t.Errorf("VerbObject(impose, zebra) = %+v, true; want false", s)
	}
	if s, ok := VerbPrep("return", "to", "talks"); ok && s.Type == "RETREAT" {
		t.Errorf("VerbPrep(return, to, talks) = %+v: going back is no handing back", s)
	}
}

func TestVerbPrep(t *testing.T) {
	tests := []struct {
		verb, prep, object, typ, code string
	}{
		{"call", "for", "talks", "AGREE", "036"},
		{"call", "for", "ceasefire", "", "0256"}, // an appeal: Type "", Mode "appeal"
		{"look", "into", "allegation", "INVESTIGATE", "090"},
		{"rush", "to", "", "CONSULT", "042"},
		{"hold", "as", "human shield", "ASSAULT", "184"},       // own: CAMEO has it in one USE block only
		{"arrest", "during", "demonstration", "COERCE", "173"}, // own: CAMEO 175, violent repression
		{"arrest", "at", "rally", "COERCE", "173"},             // the own entry's second preposition
	}
	for _, tt := range tests {
		s, ok := VerbPrep(tt.verb, tt.prep, tt.object)
		if !ok || s.Type != tt.typ || s.Code != tt.code {
			t.Errorf("VerbPrep(%q, %q, %q) = %+v, %v; want %q %q", tt.verb, tt.prep, tt.object, s, ok, tt.typ, tt.code)
		}
	}
	if s, _ := VerbPrep("call", "for", "ceasefire"); s.Mode != "appeal" {
		t.Errorf("VerbPrep(call, for, ceasefire).Mode = %q, want appeal", s.Mode)
	}
	if s, ok := VerbPrep("call", "", "talks"); ok {
		t.Errorf("VerbPrep with no preposition = %+v, true; want false", s)
	}
}

func TestAgent(t *testing.T) {
	tests := []struct{ noun, sector string }{
		{"police", "COP"}, {"coast guard", "MIL"}, {"coast guards", "MIL"}, {"foreign ministry", "GOV"},
		{"troop", "MIL"}, {"troops", "MIL"}, {"official", "GOV"}, {"officials", "GOV"}, {"army", "MIL"},
		{"court", "JUD"}, {"government", "GOV"}, {"negotiators", "GOV"}, {"parliament", "LEG"},
		{"rebels", "REB"}, {"protesters", "OPP"}, {"foreign minister", "GOV"}, {"policemen", "COP"},
		{"defence ministry", "GOV"}, {"forces", "MIL"}, {"opposition", "OPP"}, {"spy agency", "SPY"},
	}
	for _, tt := range tests {
		if got, ok := Agent(tt.noun); !ok || got != tt.sector {
			t.Errorf("Agent(%q) = %q, %v; want %q", tt.noun, got, ok, tt.sector)
		}
	}
	if code, _ := AgentCode("health officials"); code != "GOVHLH" {
		t.Errorf("AgentCode(health officials) = %q, want GOVHLH", code)
	}
	if got, ok := Agent("zebra"); ok {
		t.Errorf("Agent(zebra) = %q, true; want false", got)
	}
}

// TestTopLevelCodes checks the mapping of every CAMEO top-level code.
func TestTopLevelCodes(t *testing.T) {
	want := map[string]string{
		"010": "", "020": "", "030": "AGREE", "040": "CONSULT", "050": "SUPPORT", "060": "COOPERATE",
		"070": "AID", "080": "CONCEDE", "090": "INVESTIGATE", "100": "DEMAND", "110": "DISAPPROVE",
		"120": "REJECT", "130": "THREATEN", "140": "PROTEST", "150": "MOBILIZE", "160": "SANCTION",
		"170": "COERCE", "180": "ASSAULT", "190": "FIGHT", "200": "ASSAULT",
		// the table's exceptions
		"084": "RETREAT", "0871": "RETREAT", "163": "COERCE", "191": "COERCE", "192": "COERCE",
		"195": "FIGHT", "1712": "ASSAULT", "175": "ASSAULT", "176": "COERCE",
	}
	tb := load()
	for code, typ := range want {
		c, ok := tb.codes[code]
		if !ok || c.typ != typ {
			t.Errorf("code %s = %+v, %v; want type %q", code, c, ok, typ)
		}
	}
	if c := tb.codes["0256"]; c.typ != "" || c.mode != "appeal" {
		t.Errorf("code 0256 = %+v, want no type and mode appeal", c)
	}
}

// TestDataTypes checks that every type in the data is one of the 18 or empty, and that every code
// the data use has a row.
func TestDataTypes(t *testing.T) {
	tb := load()
	for code, c := range tb.codes {
		if c.typ != "" && !IsType(c.typ) {
			t.Errorf("codes.tsv %s: type %q is not one of the 18", code, c.typ)
		}
	}
	for v, e := range tb.verbs {
		if _, ok := tb.codes[e.code]; e.code != "" && !ok {
			t.Errorf("verbs.tsv %s: code %q has no row in codes.tsv", v, e.code)
		}
	}
	for k, p := range tb.patterns {
		if _, ok := tb.codes[p.code]; p.code != "" && !ok {
			t.Errorf("pattern %q: code %q has no row in codes.tsv", k, p.code)
		}
	}
	for k, s := range tb.ownPats {
		if !IsType(s.Type) {
			t.Errorf("own entry %q: type %q", k, s.Type)
		}
	}
	if len(tb.verbs) < 1000 || len(tb.patterns) < 10000 || len(tb.agents) < 2000 {
		t.Errorf("data too small: %d verbs, %d patterns, %d agents", len(tb.verbs), len(tb.patterns), len(tb.agents))
	}
}

func TestConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if s, ok := VerbObject("impose", "sanctions"); !ok || s.Type != "SANCTION" {
				t.Errorf("VerbObject(impose, sanctions) = %+v, %v", s, ok)
			}
		}()
	}
	wg.Wait()
}

func BenchmarkLookups(b *testing.B) {
	load()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Verb("attacked")
		VerbObject("impose", "sanctions")
		VerbObject("sign", "peace treaty")
		VerbPrep("call", "for", "ceasefire")
		Agent("coast guards")
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := parse(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestOwnErrors(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"object\tlift\tsanction\tCONCEDE\tease\t081", "reason"},
		{"object\tlift\tsanction\tEASE\t-\t081\t# not a type of the contract", "not one of the 18 types"},
		{"object\tlift\tCONCEDE\t-\t081\t# a field is missing here", "want kind"},
		{"thing\tlift\t# an unknown kind of entry", "want kind"},
		{"object\tlift\tsanction\t-\t-\t081\t# only verbs may remove a sense", "not one of the 18 types"},
	}
	for _, tt := range tests {
		tb := &tables{ownVerbs: map[string]Sense{}, ownPats: map[patKey]Sense{}, ownAgents: map[string]string{}, broad: map[string]bool{}}
		err := tb.addOwn(strings.Split(tt.line, "\t"))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("addOwn(%q) = %v, want an error about %q", tt.line, err, tt.want)
		}
	}
}

// TestReadTSVNamesLine checks that a bad data line is reported with its file and line.
func TestReadTSVNamesLine(t *testing.T) {
	err := readTSV("own.tsv", 99, func([]string) error { return nil })
	if err == nil || !strings.HasPrefix(err.Error(), "own.tsv:") {
		t.Errorf("readTSV with a wrong column count = %v, want an error naming own.tsv:LINE", err)
	}
}

// TestPhraseIsNotAnotherPhrasesHead: a phrase the dictionaries know ("hunger strike") takes no
// pattern of another phrase with the same head ("* {AIR STRIKE}" of CARRY_OUT) for its head.
func TestPhraseIsNotAnotherPhrasesHead(t *testing.T) {
	if s, ok := VerbObject("carry out", "hunger strike"); ok {
		t.Errorf("VerbObject(carry out, hunger strike): got %+v, want none", s)
	}
	if s, ok := VerbObject("carry out", "air strikes"); !ok || s.Type != "FIGHT" {
		t.Errorf("VerbObject(carry out, air strikes): got %+v %v, want FIGHT", s, ok)
	}
}

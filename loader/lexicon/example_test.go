package lexicon_test

import (
	"fmt"

	"newsgraph/loader/lexicon"
)

func Example() {
	s, _ := lexicon.Verb("attacked")
	fmt.Println(s.Type, s.Code, s.Rule)
	s, _ = lexicon.VerbObject("impose", "sanctions")
	fmt.Println(s.Type, s.Mode, s.Rule)
	s, _ = lexicon.VerbObject("release", "hostages")
	fmt.Println(s.Type, s.Mode, s.Code)
	s, _ = lexicon.VerbPrep("call", "for", "talks")
	fmt.Println(s.Type, s.Code, s.Rule)
	sector, _ := lexicon.Agent("coast guards")
	fmt.Println(sector, lexicon.NeedsObject("fire"))
	// Output:
	// FIGHT 190 cameo:ATTACK
	// SANCTION discontinue own:impose * sanction
	// RETREAT release 0841
	// AGREE 036 cameo:CALL * (FOR TALKS)
	// MIL true
}

package loader_test

import (
	"fmt"

	"newsgraph"
	"newsgraph/loader"
)

// ExampleExtractor_Extract reads the events of a short article: who did what to whom, when, and
// how sure the text is about it.
func ExampleExtractor_Extract() {
	x := loader.New()
	out := x.Extract(newsgraph.Article{
		Date: "2024-03-05",
		Text: "Peru and Bolivia signed a water-sharing agreement on Sunday. " +
			"Chile said it would send aid to Bolivia, but Peru refused to meet Chilean envoys.",
	})
	for _, r := range out.Relations {
		fmt.Println(r.Type, r.Subject, r.Object, r.Date, r.Status)
	}
	// Output:
	// AGREE country/PER country/BOL 2024-03-03 CONCLUDED
	// AGREE country/CHL country/BOL 2024-03 PROPOSED
	// REJECT country/PER country/CHL
}

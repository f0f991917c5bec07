package input

import "testing"

func TestStripCode(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"<p>a</p>", "<p>a</p>"},
		{"<script>var x = '<p>';</script><p>b</p>", "<script></script><p>b</p>"},
		{"<SCRIPT type=x>1<2</Script><p>c</p>", "<SCRIPT type=x></Script><p>c</p>"},
		{`<script type="application/ld+json">{"a":1}</script>`, `<script type="application/ld+json">{"a":1}</script>`},
		{"<style>p{x:1}</style><scripts>keep</scripts>", "<style></style><scripts>keep</scripts>"},
		{"<script>unclosed <p>d</p>", "<script>unclosed <p>d</p>"},
		{"<p>e</p><script", "<p>e</p><script"},
	} {
		if got := string(stripCode([]byte(tc.in))); got != tc.want {
			t.Errorf("stripCode(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

package export

import (
	"encoding/xml"
	"io"
	"strings"
)

// xmlOut writes XML text, keeping the first error.
type xmlOut struct {
	w   io.Writer
	err error
}

func (x *xmlOut) put(s ...string) {
	for _, p := range s {
		if x.err == nil {
			_, x.err = io.WriteString(x.w, p)
		}
	}
}

// esc escapes s for XML text or a double-quoted attribute; characters XML 1.0 forbids become U+FFFD.
func esc(s string) string {
	var b strings.Builder
	if err := xml.EscapeText(&b, []byte(s)); err != nil {
		return ""
	}
	return b.String()
}

package input

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
)

// URLID is the id of an article that has a URL and no id of its own: the same URL (up to its
// fragment, scheme and host case) always gets the same id, so that a page read again replaces
// what it stored before.
func URLID(raw string) string {
	sum := sha256.Sum256([]byte(normURL(raw)))
	return "u-" + hex.EncodeToString(sum[:8])
}

// normURL drops the fragment and lower-cases the scheme and host.
func normURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return raw
	}
	u.Fragment, u.RawFragment = "", ""
	u.Scheme, u.Host = strings.ToLower(u.Scheme), strings.ToLower(u.Host)
	return u.String()
}

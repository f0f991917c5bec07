package server

import (
	"fmt"
	"testing"
)

// TestResponseCacheBounds: the cache holds at most max bytes, drops an answer computed under an
// older generation, and empties itself when a newer generation arrives.
func TestResponseCacheBounds(t *testing.T) {
	c := newResponseCache(800)
	key := func(i int) [32]byte { return [32]byte{byte(i)} }
	body := func(i int) []byte { return []byte(fmt.Sprintf("%099d", i)) } // 99 bytes
	for i := range 20 {
		c.put(1, key(i), body(i))
		if c.size > c.max {
			t.Fatalf("after %d answers: size %d > max %d", i+1, c.size, c.max)
		}
	}
	if got, want := len(c.items), 8; got != want {
		t.Errorf("answers kept = %d, want %d (800 bytes of 99-byte answers)", got, want)
	}
	if b, ok := c.get(1, key(19)); !ok || string(b) != string(body(19)) {
		t.Errorf("get(latest) = %q, %v; want it kept", b, ok)
	}
	c.put(1, key(99), make([]byte, 101)) // over max/8
	if _, ok := c.get(1, key(99)); ok {
		t.Errorf("an answer over an eighth of the cache was kept")
	}
	c.put(0, key(50), body(50))
	if _, ok := c.get(1, key(50)); ok {
		t.Errorf("an answer from an older generation was kept")
	}
	if _, ok := c.get(2, key(19)); ok {
		t.Errorf("get under a newer generation found an answer of the older one")
	}
	c.put(2, key(1), body(1))
	if len(c.items) != 1 || c.size != 99 {
		t.Errorf("after a newer generation: %d answers, %d bytes; want 1, 99", len(c.items), c.size)
	}
}

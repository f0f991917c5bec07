package input

import (
	"bytes"
)

// stripCode returns data without the bodies of its <script> and <style> elements (the tags
// stay; JSON-LD scripts, which hold metadata, are kept whole). Real pages carry more code than
// text, and the HTML parser reads script bodies a byte at a time: dropping them first roughly
// halves the parse on such pages. Like the HTML tokenizer, it ends a body at the first
// "</script" or "</style", whatever the case.
func stripCode(data []byte) []byte {
	var out []byte // nil until something is dropped
	last := 0      // data[last:i] is not yet copied
	for i := 0; ; {
		j := bytes.IndexByte(data[i:], '<')
		if j < 0 {
			break
		}
		i += j
		name := codeTag(data[i+1:])
		if name == "" {
			i++
			continue
		}
		end := bytes.IndexByte(data[i:], '>')
		if end < 0 {
			break
		}
		open := data[i : i+end+1]
		bodyStart := i + end + 1
		if name == "script" && bytes.Contains(bytes.ToLower(open), []byte("ld+json")) {
			i = bodyStart
			continue
		}
		close := indexFold(data[bodyStart:], "</"+name)
		if close < 0 {
			break // unclosed: leave the rest to the parser
		}
		if out == nil {
			out = make([]byte, 0, len(data))
		}
		out = append(out, data[last:bodyStart]...)
		last = bodyStart + close
		i = last
	}
	if out == nil {
		return data
	}
	return append(out, data[last:]...)
}

// codeTag returns "script" or "style" when b starts with that tag name (any case) followed by a
// space, "/" or ">", else "".
func codeTag(b []byte) string {
	for _, name := range []string{"script", "style"} {
		if len(b) > len(name) && bytes.EqualFold(b[:len(name)], []byte(name)) {
			switch b[len(name)] {
			case ' ', '\t', '\n', '\r', '\f', '/', '>':
				return name
			}
		}
	}
	return ""
}

// indexFold is bytes.Index ignoring ASCII case, for a lower-case needle.
func indexFold(s []byte, needle string) int {
	for i := 0; ; {
		j := bytes.IndexByte(s[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		if len(s)-i >= len(needle) && bytes.EqualFold(s[i:i+len(needle)], []byte(needle)) {
			return i
		}
		i++
	}
}

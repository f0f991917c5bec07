package loader

import (
	"context"
	"io"

	"newsgraph"
)

// ReadStream reads the articles of one stream as Read reads a file: format "json" reads JSON
// Lines or a JSON array, "text" one free-text article, and "" sniffs the first byte (JSON for
// '{' or '[', text otherwise). name is what errors name (a file, a URL, "-"). It is how other
// packages read these formats from streams they opened themselves (decompressed files, pages).
func (r *Reader) ReadStream(ctx context.Context, name, format string, in io.Reader, fn func(newsgraph.Article, error) error) error {
	switch format {
	case "json":
		return r.readJSON(ctx, name, in, fn)
	case "text":
		return r.readText(name, in, fn)
	}
	return r.readStream(ctx, name, in, fn)
}

// Check validates an article built by another reader as Read validates its own (text present and
// within the size limit, date in YYYY-MM-DD form) and completes it (Complete). The error, an
// *InputError, names the field at fault but no file: the caller sets File and Line.
func (r *Reader) Check(a *newsgraph.Article) error {
	if ierr := r.check(a); ierr != nil {
		return ierr
	}
	return nil
}

package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/klauspost/compress/zstd"
)

// Compression suffixes Read undoes before it looks at a file's format.
const (
	gzipExt = ".gz"
	zstdExt = ".zst"
)

var (
	gzipMagic = []byte{0x1f, 0x8b}
	zstdMagic = []byte{0x28, 0xb5, 0x2f, 0xfd}
)

// splitCompression returns a name without its compression suffix, and the suffix ("" when none).
func splitCompression(name string) (inner, comp string) {
	ext := strings.ToLower(filepath.Ext(name))
	if ext == gzipExt || ext == zstdExt {
		return name[:len(name)-len(ext)], ext
	}
	return name, ""
}

// decompress returns the stream that in holds: gunzipped or unzstd-ed when comp says so or,
// when comp is "" and sniff is true, when in starts with the gzip or zstd magic. The returned
// close releases the decoder (not in).
func decompress(in io.Reader, comp string, sniff bool) (io.Reader, func(), error) {
	br := bufio.NewReaderSize(in, 64<<10)
	if comp == "" && sniff {
		head, _ := br.Peek(4)
		switch {
		case bytes.HasPrefix(head, gzipMagic):
			comp = gzipExt
		case bytes.HasPrefix(head, zstdMagic):
			comp = zstdExt
		}
	}
	switch comp {
	case gzipExt:
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, nil, fmt.Errorf("gzip: %w", err)
		}
		return zr, func() { zr.Close() }, nil
	case zstdExt:
		zr, err := zstd.NewReader(br, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(1<<30))
		if err != nil {
			return nil, nil, fmt.Errorf("zstd: %w", err)
		}
		return zr, zr.Close, nil
	}
	return br, func() {}, nil
}

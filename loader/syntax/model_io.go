package syntax

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"
)

// The model file: gzip of a little-endian binary stream, sections in a fixed order, maps written
// in sorted key order so that the same model always gives the same bytes.

const modelMagic = "newsgraph-syntax-2"

type writer struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (w *writer) uvarint(v uint64) {
	n := binary.PutUvarint(w.buf[:], v)
	w.w.Write(w.buf[:n])
}

func (w *writer) str(s string) {
	w.uvarint(uint64(len(s)))
	w.w.WriteString(s)
}

func (w *writer) strs(a []string) {
	w.uvarint(uint64(len(a)))
	for _, s := range a {
		w.str(s)
	}
}

func (w *writer) strMap(m map[string]string) {
	keys := sortedKeys(m)
	w.uvarint(uint64(len(keys)))
	for _, k := range keys {
		w.str(k)
		w.str(m[k])
	}
}

func (w *writer) weights(x *weights) {
	w.uvarint(uint64(x.nClass))
	w.uvarint(uint64(len(x.keys)))
	b := make([]byte, 8*len(x.keys))
	for i, k := range x.keys {
		binary.LittleEndian.PutUint64(b[8*i:], k)
	}
	w.w.Write(b)
	b = b[:0]
	for i := range x.keys {
		b = append(b, byte(x.off[i+1]-x.off[i]))
	}
	w.w.Write(b)
	b = b[:0]
	for _, e := range x.ents {
		b = append(b, byte(e))
	}
	w.w.Write(b)
	b = make([]byte, 2*len(x.ents))
	for i, e := range x.ents {
		binary.LittleEndian.PutUint16(b[2*i:], uint16(e>>16))
	}
	w.w.Write(b)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// writeModel writes m to out.
func writeModel(out io.Writer, m *model) error {
	zw, err := gzip.NewWriterLevel(out, gzip.BestCompression)
	if err != nil {
		return err
	}
	w := &writer{w: bufio.NewWriter(zw)}
	w.str(modelMagic)
	w.strs(m.tagger.classes)
	keys := sortedKeys(m.tagger.dict)
	w.uvarint(uint64(len(keys)))
	for _, k := range keys {
		w.str(k)
		w.uvarint(uint64(m.tagger.dict[k]))
	}
	keys = sortedKeys(m.tagger.amb)
	w.uvarint(uint64(len(keys)))
	for _, k := range keys {
		w.str(k)
		w.uvarint(m.tagger.amb[k])
	}
	w.weights(m.tagger.w)
	w.weights(m.tagger.w2)
	w.strMap(m.lemmas.exact)
	w.strMap(m.lemmas.lower)
	keys = sortedKeys(m.lemmas.rules)
	w.uvarint(uint64(len(keys)))
	for _, k := range keys {
		w.str(k)
		w.str(encodeRule(m.lemmas.rules[k]))
	}
	w.strMap(m.feats.lex)
	w.strs(m.feats.byClass)
	w.strs(m.parser.labels)
	w.uvarint(uint64(m.parser.rootLabel))
	w.weights(m.parser.w)
	if err := w.w.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

type reader struct {
	r   *bufio.Reader
	err error
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(r.r)
	if err != nil {
		r.err = err
	}
	return v
}

// count reads a length and checks it against a sanity bound.
func (r *reader) count() int {
	n := r.uvarint()
	if n > 1<<28 {
		r.err = errors.New("implausible length")
		return 0
	}
	return int(n)
}

func (r *reader) str() string {
	n := r.count()
	if r.err != nil {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r.r, b); err != nil {
		r.err = err
	}
	return string(b)
}

func (r *reader) strs() []string {
	a := make([]string, r.count())
	for i := range a {
		a[i] = r.str()
	}
	return a
}

func (r *reader) strMap() map[string]string {
	n := r.count()
	m := make(map[string]string, n)
	for i := 0; i < n && r.err == nil; i++ {
		k := r.str()
		m[k] = r.str()
	}
	return m
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r.r, b); err != nil {
		r.err = err
	}
	return b
}

func (r *reader) weights() *weights {
	x := &weights{nClass: r.count()}
	n := r.count()
	keys := r.bytes(8 * n)
	counts := r.bytes(n)
	if r.err != nil {
		return x
	}
	x.keys = make([]uint64, n)
	x.off = make([]uint32, n+1)
	for i := range x.keys {
		x.keys[i] = binary.LittleEndian.Uint64(keys[8*i:])
		if counts[i] == 0 || (i > 0 && x.keys[i] <= x.keys[i-1]) {
			r.err = errors.New("bad weight table")
			return x
		}
		x.off[i+1] = x.off[i] + uint32(counts[i])
	}
	m := int(x.off[n])
	if m >= maxEntries {
		r.err = errors.New("too many weights")
		return x
	}
	cls := r.bytes(m)
	raw := r.bytes(2 * m)
	if r.err != nil {
		return x
	}
	x.ents = make([]uint32, m)
	for i, c := range cls {
		if int(c) >= x.nClass {
			r.err = fmt.Errorf("class %d out of range", c)
			return x
		}
		x.ents[i] = uint32(binary.LittleEndian.Uint16(raw[2*i:]))<<16 | uint32(c)
	}
	x.build()
	return x
}

// readModel reads a model written by writeModel.
func readModel(in io.Reader) (*model, error) {
	zr, err := gzip.NewReader(in)
	if err != nil {
		return nil, fmt.Errorf("syntax model: %w", err)
	}
	r := &reader{r: bufio.NewReaderSize(zr, 1<<16)}
	if magic := r.str(); magic != modelMagic && r.err == nil {
		return nil, fmt.Errorf("syntax model: bad header %q", magic)
	}
	m := &model{tagger: &tagger{}, lemmas: &lemmatizer{}, feats: &featLex{}, parser: &depParser{}}
	m.tagger.setClasses(r.strs())
	n := r.count()
	m.tagger.dict = make(map[string]uint8, n)
	for i := 0; i < n && r.err == nil; i++ {
		k := r.str()
		m.tagger.dict[k] = uint8(r.uvarint())
	}
	n = r.count()
	m.tagger.amb = make(map[string]uint64, n)
	for i := 0; i < n && r.err == nil; i++ {
		k := r.str()
		m.tagger.amb[k] = r.uvarint()
	}
	m.tagger.w = r.weights()
	m.tagger.w2 = r.weights()
	m.lemmas.exact = r.strMap()
	m.lemmas.lower = r.strMap()
	n = r.count()
	m.lemmas.rules = make(map[string]lemmaRule, n)
	for i := 0; i < n && r.err == nil; i++ {
		k := r.str()
		if v := r.str(); v != "" {
			m.lemmas.rules[k] = decodeRule(v)
		}
	}
	m.feats.lex = r.strMap()
	m.feats.byClass = r.strs()
	m.parser.labels = r.strs()
	m.parser.rootLabel = int(r.uvarint())
	m.parser.w = r.weights()
	if r.err != nil {
		return nil, fmt.Errorf("syntax model: %w", r.err)
	}
	if _, err := r.r.ReadByte(); err != io.EOF {
		return nil, errors.New("syntax model: trailing data")
	}
	if err := m.check(); err != nil {
		return nil, fmt.Errorf("syntax model: %w", err)
	}
	return m, nil
}

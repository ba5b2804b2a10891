package handlers

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"testing"
)

// TestGzPagesBounded serves 3,000 distinct 4 KB pages, 12 MB in all: the
// compressed pages kept stay within gzPagesBytes, and a page served again
// comes back compressed as before.
func TestGzPagesBounded(t *testing.T) {
	p := newGzPages()
	page := func(i int) []byte { return bytes.Repeat(fmt.Appendf(nil, "<p>page %d</p>", i), 4096/16) }
	for i := range 3000 {
		p.compressed(page(i))
	}
	if w := p.cache.Weight(); w > gzPagesBytes {
		t.Errorf("compressed pages weigh %d bytes, want at most %d", w, gzPagesBytes)
	}
	gz := p.compressed(page(2999))
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, page(2999)) {
		t.Error("a cached page does not decompress to its body")
	}
}

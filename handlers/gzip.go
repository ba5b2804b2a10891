package handlers

import (
	"bytes"
	"hash/maphash"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/klauspost/compress/gzip"
	"github.com/lectern/lectern/internal/lru"
)

// gzipPool holds the writers that compress pages, at the fastest level.
// klauspost/compress's gzip writes the same format as compress/gzip in
// well under half the time, with output as small, on Lectern's pages
// (BenchmarkCompressPage, docs/benchmarks.md); compression had been 13 %
// of the server's CPU under load.
var gzipPool = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(io.Discard, gzip.BestSpeed)
	return w
}}

// gzPages remembers the compressed form of recently served bodies: most
// pages are the same bytes for many requests (the home page for every
// visitor, a question page on each reload), and compressing costs more
// than rendering. Keyed by a hash of the body, checked against the body
// itself; bounded by gzPagesBytes of bodies and their compressed forms,
// the least recently served going first.
type gzPages struct {
	seed  maphash.Seed
	cache *lru.Cache[uint64, gzEntry]
}

type gzEntry struct{ body, gz []byte }

const gzPagesBytes = 8 << 20

func newGzPages() *gzPages {
	return &gzPages{
		seed:  maphash.MakeSeed(),
		cache: lru.NewWeighted(gzPagesBytes, func(_ uint64, e gzEntry) int { return len(e.body) + len(e.gz) }),
	}
}

// gzipMinBody is the smallest body worth compressing. A body under it,
// sent as it is with its headers, still fits in the first flight of a new
// TCP connection (an initial window of ten segments, about 14 KB), so
// compressing it saves bytes but no round trip, and it cost about a tenth
// of the server's CPU under load: a question page is about 3 KB, its
// feedback and a flashcard's answer 4 to 5 KB, each a page of its own and
// compressed once (docs/benchmarks.md, sixth round). Larger pages (a
// course page, the article) are still compressed.
const gzipMinBody = 8 << 10

// writeBody writes a complete response body, gzipped when the client
// accepts it and the body is worth compressing.
func (h *Handler) writeBody(w http.ResponseWriter, r *http.Request, status int, body []byte) {
	w.Header().Add("Vary", "Accept-Encoding")
	if len(body) < gzipMinBody || !acceptsGzip(r) {
		w.Header().Set("Content-Length", itoa(len(body)))
		w.WriteHeader(status)
		w.Write(body)
		return
	}
	gz := h.gzPages.compressed(body)
	w.Header().Set("Content-Encoding", "gzip")
	w.Header().Set("Content-Length", itoa(len(gz)))
	w.WriteHeader(status)
	w.Write(gz)
}

func (p *gzPages) compressed(body []byte) []byte {
	key := maphash.Bytes(p.seed, body)
	if e, ok := p.cache.Get(key); ok && bytes.Equal(e.body, body) {
		return e.gz
	}
	var buf bytes.Buffer
	zw := gzipPool.Get().(*gzip.Writer)
	zw.Reset(&buf)
	zw.Write(body)
	zw.Close()
	gzipPool.Put(zw)
	gz := buf.Bytes()
	// The body's buffer is reused after the response: keep a copy.
	p.cache.Add(key, gzEntry{body: bytes.Clone(body), gz: gz})
	return gz
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(enc) != "gzip" {
			continue
		}
		if v, ok := strings.CutPrefix(strings.TrimSpace(q), "q="); ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil && f == 0 {
				return false
			}
		}
		return true
	}
	return false
}

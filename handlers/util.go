package handlers

import (
	"bytes"
	"compress/gzip"
	"errors"
	"hash/maphash"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

func itoa(n int) string { return strconv.Itoa(n) }

// upperFirst capitalises the first letter of an ASCII-initial message.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

var gzipPool = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(io.Discard, gzip.BestSpeed)
	return w
}}

// writeBody writes a complete response body, gzipped when the client
// accepts it and the body is worth compressing.
func writeBody(w http.ResponseWriter, r *http.Request, status int, body []byte) {
	w.Header().Add("Vary", "Accept-Encoding")
	if len(body) < 512 || !acceptsGzip(r) {
		w.Header().Set("Content-Length", itoa(len(body)))
		w.WriteHeader(status)
		w.Write(body)
		return
	}
	gz := compressed(body)
	w.Header().Set("Content-Encoding", "gzip")
	w.Header().Set("Content-Length", itoa(len(gz)))
	w.WriteHeader(status)
	w.Write(gz)
}

// gzCache remembers the compressed form of recently served bodies: most
// pages are the same bytes for many requests (the home page for every
// visitor, a question page on each reload), and compressing costs more
// than rendering. Keyed by a hash of the body, checked against the body
// itself; emptied when it holds too much.
var gzCache = struct {
	sync.Mutex
	seed  maphash.Seed
	m     map[uint64]gzEntry
	bytes int
}{seed: maphash.MakeSeed(), m: map[uint64]gzEntry{}}

type gzEntry struct{ body, gz []byte }

const gzCacheBytes = 8 << 20

func compressed(body []byte) []byte {
	key := maphash.Bytes(gzCache.seed, body)
	gzCache.Lock()
	e, ok := gzCache.m[key]
	gzCache.Unlock()
	if ok && bytes.Equal(e.body, body) {
		return e.gz
	}
	var buf bytes.Buffer
	zw := gzipPool.Get().(*gzip.Writer)
	zw.Reset(&buf)
	zw.Write(body)
	zw.Close()
	gzipPool.Put(zw)
	gz := buf.Bytes()
	gzCache.Lock()
	if gzCache.bytes > gzCacheBytes {
		gzCache.m, gzCache.bytes = map[uint64]gzEntry{}, 0
	}
	// The body's buffer is reused after the response: keep a copy.
	gzCache.m[key] = gzEntry{body: bytes.Clone(body), gz: gz}
	gzCache.bytes += len(body) + len(gz)
	gzCache.Unlock()
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

// parseForm reads a posted form, answering 413 itself when the body is too
// large; it reports whether the handler may go on.
func (h *Handler) parseForm(w http.ResponseWriter, r *http.Request) bool {
	if err := r.ParseForm(); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			h.tooLarge(w, r, h.maxBody)
			return false
		}
		http.Error(w, "The form could not be read.", http.StatusBadRequest)
		return false
	}
	return true
}

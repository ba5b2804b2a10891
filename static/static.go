// Package static embeds Lectern's stylesheet, script and icon and serves
// them under content-hashed names, so browsers may cache them for a year
// and still never see a stale file.
package static

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

//go:embed app.css app.js icon.svg
var files embed.FS

type asset struct {
	name    string
	body    []byte
	gzipped []byte
	ctype   string
}

var (
	byHashed = map[string]*asset{} // "app.1a2b3c4d5e.css" → asset
	hashed   = map[string]string{} // "app.css" → "/static/app.1a2b3c4d5e.css"
)

func init() {
	entries, _ := fs.ReadDir(files, ".")
	for _, e := range entries {
		body, _ := files.ReadFile(e.Name())
		sum := sha256.Sum256(body)
		ext := path.Ext(e.Name())
		name := strings.TrimSuffix(e.Name(), ext) + "." + hex.EncodeToString(sum[:5]) + ext
		var gz bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		zw.Write(body)
		zw.Close()
		ctype := map[string]string{".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml"}[ext]
		byHashed[name] = &asset{name: e.Name(), body: body, gzipped: gz.Bytes(), ctype: ctype}
		hashed[e.Name()] = "/static/" + name
	}
}

// Path returns the URL of an embedded asset under its hashed name, e.g.
// Path("app.css") == "/static/app.1a2b3c4d5e.css". It panics on an unknown
// name, which is a programming error caught by any test that renders a page.
func Path(name string) string {
	p, ok := hashed[name]
	if !ok {
		panic("static: no asset " + name)
	}
	return p
}

// Handler serves GET /static/{name}: the asset with a long-lived immutable
// cache header, gzipped when the client accepts it.
func Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a, ok := byHashed[r.PathValue("name")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Type", a.ctype)
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
		h.Set("Vary", "Accept-Encoding")
		body := a.body
		if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			h.Set("Content-Encoding", "gzip")
			body = a.gzipped
		}
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
	})
}

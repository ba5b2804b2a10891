package handlers_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
)

// BenchmarkPages measures the home and question pages through the whole
// handler stack (middleware, session lookup, SQLite reads, templ render)
// against a bare net/http handler that writes the same bytes, in the same
// run. Compare ns/op of each pair: docs/benchmarks.md quotes the ratio.
func BenchmarkPages(b *testing.B) {
	a := newApp(b)
	br := a.browser()
	att := br.startQuiz("danube")
	u, _ := url.Parse(a.srv.URL)
	cookies := br.c.Jar.Cookies(u)
	h := a.srv.Config.Handler

	for _, pg := range []struct{ name, path string }{
		{"home", "/"},
		{"question", att + "/q/1"},
	} {
		req := func() *http.Request {
			r := httptest.NewRequest("GET", pg.path, nil)
			for _, c := range cookies {
				r.AddCookie(c)
			}
			return r
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req())
		if rec.Code != 200 {
			b.Fatalf("%s: status %d", pg.path, rec.Code)
		}
		body := rec.Body.Bytes()
		baseline := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(body)
		})
		b.Run(pg.name+"/lectern", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			b.RunParallel(func(p *testing.PB) {
				for p.Next() {
					w := httptest.NewRecorder()
					h.ServeHTTP(w, req())
					if w.Code != 200 {
						b.Errorf("status %d", w.Code)
						return
					}
				}
			})
		})
		b.Run(pg.name+"/baseline", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			b.RunParallel(func(p *testing.PB) {
				for p.Next() {
					w := httptest.NewRecorder()
					baseline.ServeHTTP(w, req())
				}
			})
		})
	}
}

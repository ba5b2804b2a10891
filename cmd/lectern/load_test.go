package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkLoopback is the load run: many concurrent clients over real TCP
// on loopback, against the real server (serve, on a SQLite file, with the
// first course) and, in the same run, against a bare net/http handler that
// writes the same bytes with the same headers. Compare the req/s metric of
// each pair; docs/benchmarks.md has the figures.
//
//	go test -run '^$' -bench Loopback -benchtime 5s ./cmd/lectern
func BenchmarkLoopback(b *testing.B) {
	dbPath := filepath.Join(b.TempDir(), "lectern.db")
	base, stop := startServerTB(b, dbPath)
	defer stop()

	tr := &http.Transport{MaxIdleConns: 256, MaxIdleConnsPerHost: 256, DisableCompression: true}
	client := &http.Client{Transport: tr, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	// A learner with a quiz under way, for the question page.
	resp, err := client.PostForm(base+"/courses/china-russia/quiz", url.Values{"theme": {"energy"}})
	if err != nil {
		b.Fatal(err)
	}
	resp.Body.Close()
	cookie := resp.Header.Get("Set-Cookie")
	cookie = strings.SplitN(cookie, ";", 2)[0]
	question := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || cookie == "" {
		b.Fatalf("start quiz: %d %q", resp.StatusCode, cookie)
	}

	for _, pg := range []struct{ name, path, cookie string }{
		{"home", "/", ""},
		{"home-learner", "/", cookie},
		{"question", question, cookie},
	} {
		get := func(u string) (*http.Response, []byte) {
			req, _ := http.NewRequest("GET", u, nil)
			req.Header.Set("Accept-Encoding", "gzip")
			if pg.cookie != "" {
				req.Header.Set("Cookie", pg.cookie)
			}
			resp, err := client.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			return resp, body
		}
		resp, body := get(base + pg.path)
		if resp.StatusCode != 200 {
			b.Fatalf("%s: %d", pg.path, resp.StatusCode)
		}
		header := resp.Header.Clone()
		bare := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			for k, v := range header {
				if k != "Date" {
					w.Header()[k] = v
				}
			}
			w.Write(body)
		}))
		for _, target := range []struct{ name, url string }{{"lectern", base + pg.path}, {"baseline", bare.URL + pg.path}} {
			b.Run(pg.name+"/"+target.name, func(b *testing.B) {
				b.SetParallelism(8)
				b.ResetTimer()
				b.RunParallel(func(p *testing.PB) {
					for p.Next() {
						req, _ := http.NewRequest("GET", target.url, nil)
						req.Header.Set("Accept-Encoding", "gzip")
						if pg.cookie != "" {
							req.Header.Set("Cookie", pg.cookie)
						}
						resp, err := client.Do(req)
						if err != nil {
							b.Error(err)
							return
						}
						io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						if resp.StatusCode != 200 {
							b.Errorf("status %d", resp.StatusCode)
							return
						}
					}
				})
				b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
				b.ReportMetric(float64(len(body)), "bytes/page")
			})
		}
		bare.Close()
	}
}

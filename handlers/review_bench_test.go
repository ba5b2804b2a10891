package handlers_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/lectern/lectern/handlers"
)

var repsField = regexp.MustCompile(`name="reps" value="(\d+)"`)

// BenchmarkReview is one flashcard review through the whole handler stack,
// as a learner makes it: the review page, the card's answer, the rating's
// post (answered by a redirect), each asking for gzip. When a learner has
// no card left, another starts, outside the timer. cpu-ns/op is the
// process's CPU while the handler serves the three requests, per review.
func BenchmarkReview(b *testing.B) {
	a := newApp(b, func(d *handlers.Deps) { d.Visitors = handlers.VisitorLimit{Burst: 1 << 20, Every: time.Millisecond} })
	var br *browser
	u, _ := url.Parse(a.srv.URL)
	h := a.srv.Config.Handler
	var cpu time.Duration
	// serve answers one request, timing the server's CPU alone, and
	// returns the body as the browser reads it.
	serve := func(method, path, form string) (int, string) {
		var r *http.Request
		if method == "POST" {
			r = httptest.NewRequest(method, path, strings.NewReader(form))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			r.Header.Set("Origin", a.srv.URL)
			r.Header.Set("Sec-Fetch-Site", "same-origin")
		} else {
			r = httptest.NewRequest(method, path, nil)
		}
		r.Header.Set("Accept-Encoding", "gzip")
		for _, c := range br.c.Jar.Cookies(u) {
			r.AddCookie(c)
		}
		w := httptest.NewRecorder()
		start := cpuTime()
		h.ServeHTTP(w, r)
		cpu += cpuTime() - start
		body := w.Body.Bytes()
		if w.Header().Get("Content-Encoding") == "gzip" {
			// The browser's work, outside the timer and its allocations.
			b.StopTimer()
			defer b.StartTimer()
			zr, err := gzip.NewReader(bytes.NewReader(body))
			if err != nil {
				b.Fatal(err)
			}
			if body, err = io.ReadAll(zr); err != nil {
				b.Fatal(err)
			}
		}
		return w.Code, string(body)
	}
	b.ReportAllocs()
	fresh := false
	for i := 0; i < b.N; i++ {
		if br == nil {
			b.StopTimer()
			br = a.browser()
			br.startQuiz("danube") // a new learner, with their session
			b.StartTimer()
			fresh = true
		}
		status, front := serve("GET", "/courses/rivers/review", "")
		if status != http.StatusOK {
			b.Fatalf("review page: status %d", status)
		}
		m := cardLink.FindStringSubmatch(front)
		if m == nil {
			if fresh {
				b.Fatal("a new learner's review page shows no card")
			}
			br = nil
			i--
			continue
		}
		fresh = false
		status, back := serve("GET", "/courses/rivers/review/"+m[1], "")
		r := repsField.FindStringSubmatch(back)
		if status != http.StatusOK || r == nil {
			b.Fatalf("card %s's answer: status %d, no rating form", m[1], status)
		}
		if status, _ := serve("POST", "/courses/rivers/review/"+m[1], url.Values{"rating": {"3"}, "reps": {r[1]}}.Encode()); status != http.StatusSeeOther {
			b.Fatalf("rating card %s: status %d", m[1], status)
		}
	}
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
}

package handlers_test

import (
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
// process's CPU per review.
func BenchmarkReview(b *testing.B) {
	a := newApp(b, func(d *handlers.Deps) { d.Visitors = handlers.VisitorLimit{Burst: 1 << 20, Every: time.Millisecond} })
	var br *browser
	u, _ := url.Parse(a.srv.URL)
	h := a.srv.Config.Handler
	serve := func(method, path, form string) *httptest.ResponseRecorder {
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
		h.ServeHTTP(w, r)
		return w
	}
	b.ReportAllocs()
	var cpu time.Duration
	for i := 0; i < b.N; i++ {
		if br == nil {
			b.StopTimer()
			br = a.browser()
			br.startQuiz("danube") // a new learner, with their session
			b.StartTimer()
		}
		start := cpuTime()
		front := serve("GET", "/courses/rivers/review", "")
		m := cardLink.FindStringSubmatch(front.Body.String())
		if m == nil {
			cpu += cpuTime() - start
			br = nil
			i--
			continue
		}
		if front.Code != http.StatusOK {
			b.Fatalf("review page: status %d", front.Code)
		}
		back := serve("GET", "/courses/rivers/review/"+m[1], "")
		r := repsField.FindStringSubmatch(back.Body.String())
		if back.Code != http.StatusOK || r == nil {
			b.Fatalf("card %s's answer: status %d, no rating form", m[1], back.Code)
		}
		rated := serve("POST", "/courses/rivers/review/"+m[1], url.Values{"rating": {"3"}, "reps": {r[1]}}.Encode())
		cpu += cpuTime() - start
		if rated.Code != http.StatusSeeOther {
			b.Fatalf("rating card %s: status %d", m[1], rated.Code)
		}
	}
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
}

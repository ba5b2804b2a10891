package handlers_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// BenchmarkAnswer measures one answer as a learner posts it, through the
// whole handler stack: middleware, session, the attempt, grading, the
// group commit (synchronous=FULL, so an fsync per answer here, where one
// learner answers at a time), then the feedback the post redirects to
// (post, redirect, get): one answer is the two requests. Its ns/op is
// mostly the fsync; cpu-ns/op is the CPU the process spent per answer, the
// figure to compare on a shared machine. The quizzes are started and their
// question pages read outside the timer.
func BenchmarkAnswer(b *testing.B) {
	a := newApp(b)
	br := a.browser()
	u, _ := url.Parse(a.srv.URL)
	h := a.srv.Config.Handler
	type answer struct {
		path string
		form string
	}
	var todo []answer
	refill := func() {
		att := br.startQuiz("danube")
		for n := 1; ; n++ {
			path := fmt.Sprintf("%s/q/%d", att, n)
			p := br.get(path)
			if p.status != http.StatusOK || p.doc.Find(`input[name="q"]`).Length() == 0 {
				break
			}
			todo = append(todo, answer{path, answerForm(b, p, n%2 == 0).Encode()})
		}
		if len(todo) == 0 {
			b.Fatal("a new quiz has no question to answer")
		}
	}
	b.ReportAllocs()
	var cpu time.Duration
	for i := 0; i < b.N; i++ {
		if len(todo) == 0 {
			b.StopTimer()
			refill()
			b.StartTimer()
		}
		next := todo[0]
		todo = todo[1:]
		start := cpuTime()
		r := httptest.NewRequest("POST", next.path, strings.NewReader(next.form))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		r.Header.Set("Origin", a.srv.URL)
		r.Header.Set("Sec-Fetch-Site", "same-origin")
		cookies := br.c.Jar.Cookies(u)
		for _, c := range cookies {
			r.AddCookie(c)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		loc := w.Header().Get("Location")
		if w.Code != http.StatusSeeOther || !strings.HasPrefix(loc, next.path) {
			b.Fatalf("answer to %s: status %d, to %q; want a redirect to its feedback", next.path, w.Code, loc)
		}
		loc, _, _ = strings.Cut(loc, "#")
		r = httptest.NewRequest("GET", loc, nil)
		for _, c := range cookies {
			r.AddCookie(c)
		}
		w = httptest.NewRecorder()
		h.ServeHTTP(w, r)
		cpu += cpuTime() - start
		if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), `data-testid="feedback"`) {
			b.Fatalf("feedback of %s: status %d, no feedback", next.path, w.Code)
		}
	}
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
}

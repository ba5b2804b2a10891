package handlers_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/srs"
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
			start := cpuTime()
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
			b.ReportMetric(float64((cpuTime()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
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

// BenchmarkRating measures one flashcard rating as the app does it: the
// FSRS-6 schedule for the card, then the state update and review-log write
// in one SQLite transaction (the file is in WAL mode, synchronous=NORMAL).
func BenchmarkRating(b *testing.B) {
	ctx := context.Background()
	a := newApp(b)
	uid, err := a.db.CreateAnonymousLearner(ctx)
	if err != nil {
		b.Fatal(err)
	}
	c, _ := a.db.FindCourse(ctx, "rivers")
	card, _, _, err := a.db.NextCard(ctx, quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: time.Now(), NewLimit: 20})
	if err != nil || card == nil {
		b.Fatalf("no card: %v", err)
	}
	p := srs.DefaultParams()
	p.EnableFuzz = true
	sch, _ := srs.NewScheduler(p)
	cur := srs.NewCard(time.Now())
	now := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	b.ResetTimer()
	for i := range b.N {
		now = now.Add(cur.Due.Sub(now) + time.Minute) // review when due
		if now.Before(cur.Due) {
			now = cur.Due.Add(time.Minute)
		}
		rating := srs.Good
		if i%5 == 4 {
			rating = srs.Again
		}
		next, log := sch.Review(cur, rating, now)
		ok, err := a.db.RecordReview(ctx, quiz.Review{
			UserID: uid, CardID: card.ID, ExpectReps: cur.Reps, Rating: int(rating), At: now,
			After: quiz.CardState{State: next.State.String(), Due: next.Due, Stability: next.Stability,
				Difficulty: next.Difficulty, ElapsedDays: next.ElapsedDays, ScheduledDays: next.ScheduledDays,
				Step: next.Step, Reps: next.Reps, Lapses: next.Lapses, LastReview: next.LastReview},
			ElapsedDays: log.ElapsedDays,
		})
		if err != nil || !ok {
			b.Fatalf("rating %d: applied=%v err=%v", i, ok, err)
		}
		cur = next
	}
}

// BenchmarkSchedule is the scheduling step alone, for comparison.
func BenchmarkSchedule(b *testing.B) {
	p := srs.DefaultParams()
	p.EnableFuzz = true
	sch, _ := srs.NewScheduler(p)
	now := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	c := srs.NewCard(now)
	for b.Loop() {
		next, _ := sch.Review(c, srs.Good, now)
		now = next.Due.Add(time.Minute)
		c = next
		if c.ScheduledDays > 3000 {
			c = srs.NewCard(now)
		}
	}
}

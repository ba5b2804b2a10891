package handlers_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// BenchmarkClassPage renders the class page, and its CSV, of a class of
// 30 learners (each with a finished quiz) and two assignments, through
// the whole handler stack: docs/benchmarks.md quotes it.
func BenchmarkClassPage(b *testing.B) {
	ctx := context.Background()
	a := newApp(b)
	a.instructor("teacher@example.org", "teacher passphrase")
	teacher := a.browser()
	teacher.signIn("teacher@example.org", "teacher passphrase")
	k := a.class(b, "Year 9")
	c, _ := a.db.FindCourse(ctx, "rivers")
	for _, th := range c.Themes {
		if _, err := a.db.CreateAssignment(ctx, quiz.Assignment{ClassID: k.ID, ThemeID: th.ID, DueOn: "2030-01-31"}); err != nil {
			b.Fatal(err)
		}
	}
	for range 30 {
		uid, err := a.db.CreateAnonymousLearner(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := a.db.JoinClass(ctx, k.ID, uid); err != nil {
			b.Fatal(err)
		}
		th := c.Themes[0]
		at, err := a.db.CreateAttempt(ctx, quiz.NewAttempt{UserID: uid, CourseID: c.ID, ThemeID: th.ID, Mode: quiz.ModeTheme})
		if err != nil {
			b.Fatal(err)
		}
		for i, it := range at.Items {
			ans := quiz.Answer{Choices: []int{0}}
			if _, _, err := a.db.RecordResponse(ctx, at, i, ans, quiz.Grade(it.Question.Question, ans)); err != nil {
				b.Fatal(err)
			}
		}
	}
	u, _ := url.Parse(a.srv.URL)
	cookies := teacher.c.Jar.Cookies(u)
	h := a.srv.Config.Handler
	for _, path := range []string{"/teach/classes/" + strconv.FormatInt(k.ID, 10), "/teach/classes/" + strconv.FormatInt(k.ID, 10) + "/learners.csv"} {
		b.Run(path, func(b *testing.B) {
			for b.Loop() {
				r := httptest.NewRequest("GET", path, nil)
				for _, c := range cookies {
					r.AddCookie(c)
				}
				w := httptest.NewRecorder()
				h.ServeHTTP(w, r)
				if w.Code != http.StatusOK {
					b.Fatalf("status %d", w.Code)
				}
			}
		})
	}
}

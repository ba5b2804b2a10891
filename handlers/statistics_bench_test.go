package handlers_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/stats"
	"github.com/lectern/lectern/quizzes"
)

// BenchmarkStatistics measures the statistics of the built-in course with
// many responses: reading them from the store, computing the figures, and
// the whole page. LECTERN_BENCH_RESPONSES sets how many (100,000 unless
// told): 40 learners answer through the store (every theme once, three
// again), then their learners, attempts and responses are copied until
// there are that many.
func BenchmarkStatistics(b *testing.B) {
	want := 100_000
	if s := os.Getenv("LECTERN_BENCH_RESPONSES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			b.Fatal(err)
		}
		want = n
	}
	ctx := context.Background()
	a := newApp(b)
	builtin, err := quizzes.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	if _, err := a.db.ImportCourse(ctx, builtin[0], 0); err != nil {
		b.Fatal(err)
	}
	c, err := a.db.FindCourse(ctx, builtin[0].Course.Slug)
	if err != nil {
		b.Fatal(err)
	}
	seedResponses(b, a, c)
	got := amplify(b, a.path, want)
	b.Logf("%d responses", got)
	// The copies were written directly: the kept sums the page reads are
	// worked out from them.
	start := time.Now()
	if err := a.db.RebuildStatistics(ctx); err != nil {
		b.Fatal(err)
	}
	b.Logf("kept statistics worked out in %v", time.Since(start).Round(time.Millisecond))

	a.account("teacher@example.org", "teacher passphrase", quiz.RoleInstructor)
	if _, err := a.db.AddCourseOwner(ctx, c.ID, "teacher@example.org"); err != nil {
		b.Fatal(err)
	}
	teacher := a.browser()
	wantStatus(b, teacher.signIn("teacher@example.org", "teacher passphrase"), http.StatusSeeOther)
	u, _ := url.Parse(a.srv.URL)
	cookies := teacher.c.Jar.Cookies(u)
	h := a.srv.Config.Handler
	page := func(path string) int {
		r := httptest.NewRequest("GET", path, nil)
		for _, c := range cookies {
			r.AddCookie(c)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Code
	}
	for _, filter := range []struct {
		name  string
		all   bool
		query string
	}{{"first", false, ""}, {"all", true, "?attempts=all"}} {
		rf := quiz.ResponseFilter{AllAttempts: filter.all}
		b.Run("store/"+filter.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := a.db.CourseResponses(ctx, c.ID, rf); err != nil {
					b.Fatal(err)
				}
			}
		})
		items, rs := statsInput(b, a, c, rf)
		b.Run("compute/"+filter.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				stats.Compute(items, rs, stats.Options{AllAttempts: filter.all})
			}
		})
		b.Run("page/"+filter.name, func(b *testing.B) {
			for b.Loop() {
				if code := page("/teach/courses/" + c.Slug + "/statistics" + filter.query); code != http.StatusOK {
					b.Fatalf("status %d", code)
				}
			}
		})
	}
}

// statsInput reads what the statistics are computed from, as the handler does.
func statsInput(b *testing.B, a *app, c *quiz.StoredCourse, rf quiz.ResponseFilter) ([]stats.Item, []stats.Response) {
	ctx := context.Background()
	sets, err := a.db.ListSets(ctx, c.ID)
	if err != nil {
		b.Fatal(err)
	}
	var items []stats.Item
	for _, s := range sets {
		_, qs, err := a.db.FindSet(ctx, s.ID)
		if err != nil {
			b.Fatal(err)
		}
		for _, q := range qs {
			it := stats.Item{ID: q.ID, SetID: s.ID, VersionID: q.VersionID}
			for _, o := range q.Options {
				it.Options = append(it.Options, stats.Option{Text: o.Text, Correct: o.Correct})
			}
			items = append(items, it)
		}
	}
	resp, err := a.db.CourseResponses(ctx, c.ID, rf)
	if err != nil {
		b.Fatal(err)
	}
	rs := make([]stats.Response, len(resp))
	for i, r := range resp {
		rs[i] = stats.Response{LearnerID: r.LearnerID, AttemptID: r.AttemptID, QuestionID: r.QuestionID,
			VersionID: r.VersionID, Mark: r.Score, Choices: r.Answer.Choices, Seconds: r.Seconds()}
	}
	return items, rs
}

// seedResponses has 40 learners of differing ability answer every theme's
// quiz once, and three themes again, through the store.
func seedResponses(b *testing.B, a *app, c *quiz.StoredCourse) {
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for l := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(l), 7))
			ability := 0.3 + 0.65*r.Float64()
			uid, err := a.db.CreateAnonymousLearner(ctx)
			if err != nil {
				errs <- err
				return
			}
			themes := append([]quiz.StoredTheme(nil), c.Themes...)
			for range 3 {
				themes = append(themes, c.Themes[r.IntN(len(c.Themes))])
			}
			for _, t := range themes {
				at, err := a.db.CreateAttempt(ctx, quiz.NewAttempt{UserID: uid, CourseID: c.ID, ThemeID: t.ID, Mode: quiz.ModeTheme, Rand: r})
				if err != nil {
					errs <- err
					return
				}
				for i, it := range at.Items {
					if err := a.db.MarkShown(ctx, at.ID, i); err != nil {
						errs <- err
						return
					}
					q := it.Question.Question
					ans := quiz.Answer{Text: "not it"}
					right := r.Float64() < ability
					for j, o := range q.Options {
						if o.Correct == right {
							ans.Choices = append(ans.Choices, j)
							if !right || q.Type != quiz.Multiple {
								break
							}
						}
					}
					if right && len(q.Answers) > 0 {
						ans.Text = q.Answers[0]
					}
					if _, _, err := a.db.RecordResponse(ctx, at, i, ans, quiz.Grade(q, ans)); err != nil {
						errs <- err
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
}

// amplify copies the learners, attempts and responses in the file until
// it holds want responses, and returns how many it holds.
func amplify(b *testing.B, path string, want int) int {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)")
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	count := func() int {
		var n int
		if err := db.QueryRow("SELECT COUNT(*) FROM responses").Scan(&n); err != nil {
			b.Fatal(err)
		}
		return n
	}
	start := time.Now()
	for have := count(); have < want; have = count() {
		var users, attempts, responses, cutoff int64
		if err := db.QueryRow("SELECT MAX(id) FROM users").Scan(&users); err != nil {
			b.Fatal(err)
		}
		if err := db.QueryRow("SELECT MAX(id) FROM attempts").Scan(&attempts); err != nil {
			b.Fatal(err)
		}
		if err := db.QueryRow("SELECT MAX(id) FROM responses").Scan(&responses); err != nil {
			b.Fatal(err)
		}
		cutoff = attempts
		if need := want - have; need < have {
			// Copy only as many attempts as make up the rest.
			if err := db.QueryRow("SELECT attempt_id FROM responses ORDER BY attempt_id LIMIT 1 OFFSET ?", need-1).Scan(&cutoff); err != nil {
				b.Fatal(err)
			}
		}
		tx, err := db.Begin()
		if err != nil {
			b.Fatal(err)
		}
		for _, q := range []string{
			fmt.Sprintf(`INSERT INTO users (id, role, display_name, created_at)
				SELECT id + %d, role, display_name, created_at FROM users WHERE id <= %d`, users, users),
			fmt.Sprintf(`INSERT INTO attempts (id, public_id, user_id, course_id, theme_id, mode, retry_of, set_id, deadline, started_at, finished_at)
				SELECT id + %[1]d, public_id || '-' || (id + %[1]d), user_id + %[2]d, course_id, theme_id, mode, NULL, set_id, deadline, started_at, finished_at
				FROM attempts WHERE id <= %[3]d`, attempts, users, cutoff),
			fmt.Sprintf(`INSERT INTO attempt_items (attempt_id, idx, question_id, version_id, option_order, shown_at)
				SELECT attempt_id + %d, idx, question_id, version_id, option_order, shown_at FROM attempt_items WHERE attempt_id <= %d`, attempts, cutoff),
			fmt.Sprintf(`INSERT INTO responses (id, attempt_id, idx, user_id, question_id, version_id, answer, correct, score, answered_at)
				SELECT id + %d, attempt_id + %d, idx, user_id + %d, question_id, version_id, answer, correct, score, answered_at
				FROM responses WHERE attempt_id <= %d`, responses, attempts, users, cutoff),
		} {
			if _, err := tx.Exec(q); err != nil {
				b.Fatal(err)
			}
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := db.Exec("ANALYZE"); err != nil {
		b.Fatal(err)
	}
	b.Logf("copied up to %d responses in %v", want, time.Since(start).Round(time.Millisecond))
	return count()
}

package handlers_test

import (
	"context"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/srs"
	"github.com/lectern/lectern/internal/study"
)

// A course with more flashcard states than a view reads (here, more than
// one) has its learners' memory worked out in the background: the page
// says so until it is done, then shows the figures as of then, and works
// them out again once they are ten minutes old.
func TestStatisticsMemoryInTheBackground(t *testing.T) {
	clock := newTestClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	a := newApp(t, withTestClock(clock), func(d *handlers.Deps) { d.MemorySyncMax = 1 })
	teacher := teacherOn(t, a)
	const stats = "/teach/courses/rivers/statistics"
	ctx := context.Background()

	// Two learners miss every question and review the same question's card, ten days ago, with
	// stabilities of 4 and 8 days.
	sched, _ := srs.NewScheduler(srs.DefaultParams())
	var prompt string
	var cardID int64 // the first question's card, which every learner missed
	review := func(b *browser, stability float64) float64 {
		t.Helper()
		takeDanube(t, b, clock, false, 5, "") // misses queue the questions' cards
		uid := a.userID(b)
		if cardID == 0 {
			card, _, _, err := a.db.NextCard(ctx, quiz.NextCardQuery{UserID: uid, CourseID: 1, Now: clock.now(), DayStart: clock.now().Add(-time.Hour), NewLimit: 20})
			if err != nil || card == nil || card.Question == nil {
				t.Fatalf("NextCard = %+v, %v", card, err)
			}
			prompt, cardID = card.Question.Prompt, card.ID
		}
		last := clock.now().Add(-10 * 24 * time.Hour)
		after := quiz.CardState{State: "review", Due: clock.now(), Stability: stability, Difficulty: 5, Reps: 1, LastReview: last}
		if ok, err := a.db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: cardID, Rating: 3, At: last, After: after}); err != nil || !ok {
			t.Fatalf("RecordReview = %v, %v", ok, err)
		}
		return sched.Retrievability(study.ToSRS(&after, clock.now()), clock.now())
	}
	r1 := review(a.browser(), 4)
	r2 := review(a.browser(), 8)
	memory := func(p page) string {
		t.Helper()
		return strings.Join(strings.Fields(questionRow(t, p, prompt).Find(`[data-testid="q-memory"]`).Text()), " ")
	}
	pct := func(r float64) string { return strconv.Itoa(int(math.Round(r*100))) + "%" }

	p := teacher.get(stats)
	wantStatus(t, p, http.StatusOK)
	if got := text(p, `[data-testid="memory-note"]`); !strings.Contains(got, "being worked out") {
		t.Errorf("first view: note %q, want that the memory is being worked out", got)
	}
	if got := memory(p); !strings.HasPrefix(got, "—") {
		t.Errorf("first view: memory %q, want — until it is worked out", got)
	}
	a.h.WaitForMemories()
	p = teacher.get(stats)
	if got, want := memory(p), pct((r1+r2)/2)+" 2 learners study it"; got != want {
		t.Errorf("once worked out: memory %q, want %q", got, want)
	}
	if got := text(p, `[data-testid="memory-note"]`); !strings.Contains(got, "09:00 UTC") {
		t.Errorf("once worked out: note %q, want the time it was worked out", got)
	}

	// A third learner's review shows only once the figures are ten
	// minutes old and worked out again.
	review(a.browser(), 30)
	if got, want := memory(teacher.get(stats)), pct((r1+r2)/2)+" 2 learners study it"; got != want {
		t.Errorf("within ten minutes: memory %q, want the figures worked out before, %q", got, want)
	}
	clock.add(11 * time.Minute)
	teacher.get(stats) // shows the old figures and asks for new ones
	a.h.WaitForMemories()
	p = teacher.get(stats)
	now := clock.now()
	var want float64
	for _, s := range []float64{4, 8, 30} {
		st := quiz.CardState{State: "review", Stability: s, Difficulty: 5, Reps: 1, LastReview: now.Add(-10*24*time.Hour - 11*time.Minute)}
		want += sched.Retrievability(study.ToSRS(&st, now), now)
	}
	if got, w := memory(p), pct(want/3)+" 3 learners study it"; got != w {
		t.Errorf("after ten minutes: memory %q, want %q", got, w)
	}
	if got := text(p, `[data-testid="memory-note"]`); !strings.Contains(got, "09:11 UTC") {
		t.Errorf("after ten minutes: note %q, want 09:11 UTC", got)
	}
}

// The whole course's page, worked out from the kept sums, shows the same
// figures as a class of every learner, worked out from the responses
// themselves: learners of differing answers and speeds, some twice.
func TestStatisticsSumsAgreeWithTheResponses(t *testing.T) {
	clock := newTestClock(time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC))
	a := newApp(t, withTestClock(clock))
	teacher := teacherOn(t, a)
	ctx := context.Background()
	c, err := a.db.FindCourse(ctx, "rivers")
	if err != nil {
		t.Fatal(err)
	}
	class, err := a.db.CreateClass(ctx, c.ID, "Everyone", 0)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		b := a.browser()
		takeDanube(t, b, clock, i%2 == 0, 3+i*4, "")
		if i < 2 {
			takeDanube(t, b, clock, i%2 == 1, 7, "")
		}
		wantStatus(t, b.post("/join", url.Values{"code": {class.Code}, "display_name": {"Sam Lee"}}), http.StatusSeeOther)
	}
	const stats = "/teach/courses/rivers/statistics"
	figures := func(p page) []string {
		var out []string
		p.doc.Find(`[data-testid="stats-question"] dd, [data-testid="set-figures"] dd, [data-testid="share"], [data-testid="para"], [data-testid="stats-count"]`).Each(func(_ int, s *goquery.Selection) {
			out = append(out, strings.Join(strings.Fields(s.Text()), " "))
		})
		return out
	}
	for _, q := range []string{"", "attempts=all"} {
		whole := teacher.get(stats + "?" + q)
		class := teacher.get(stats + "?" + q + "&class=" + strconv.FormatInt(class.ID, 10))
		wantStatus(t, whole, http.StatusOK)
		wantStatus(t, class, http.StatusOK)
		w, c := figures(whole), figures(class)
		if len(w) == 0 || strings.Join(w, "\n") != strings.Join(c, "\n") {
			t.Errorf("%q: the course's figures\n%s\ndiffer from a class of everyone's\n%s", q, strings.Join(w, "\n"), strings.Join(c, "\n"))
		}
		if !strings.HasPrefix(text(whole, `[data-testid="stats-count"]`), "15 responses") && q == "" {
			t.Errorf("first attempts: %q, want 15 responses", text(whole, `[data-testid="stats-count"]`))
		}
	}
}

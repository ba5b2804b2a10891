package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/store"
)

// countUsers counts the rows of the users table, read through a second
// connection to the app's database, behind the store.
func countUsers(t *testing.T, a *app) int {
	t.Helper()
	db, err := store.OpenSQL(a.path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRowContext(context.Background(), "SELECT COUNT(*) FROM users").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// A visitor sees an invitation; viewing creates no learner and no cookie.
func TestProgressInvitesVisitorsAndStoresNothing(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	p := b.get("/courses/rivers/progress")
	wantStatus(t, p, http.StatusOK)
	if p.doc.Find(`[data-testid="progress-invite"]`).Length() != 1 {
		t.Errorf("no invitation: %.600s", p.body)
	}
	if p.doc.Find(`[data-testid="chart"]`).Length() != 0 {
		t.Error("a visitor sees charts")
	}
	if c := p.header.Get("Set-Cookie"); c != "" {
		t.Errorf("viewing the progress page set a cookie: %s", c)
	}
	if n := countUsers(t, a); n != 0 {
		t.Errorf("%d users after a visit, want 0", n)
	}
	wantStatus(t, b.get("/courses/nowhere/progress"), http.StatusNotFound)
	// The site navigation and the course page link to it.
	if p := b.get("/progress"); p.status != http.StatusSeeOther || p.header.Get("Location") != "/courses/rivers/progress" {
		t.Errorf("/progress: %d to %q", p.status, p.header.Get("Location"))
	}
	c := b.get("/courses/rivers")
	if c.doc.Find(`nav a[href="/progress"]`).Length() != 1 || c.doc.Find(`a[href="/courses/rivers/progress"]`).Length() != 1 {
		t.Error("the course page does not link to the progress page")
	}
}

// chart returns the chart with id on the page: its SVG bars, whether it
// says it is empty, and its table's rows.
func chart(t *testing.T, p page, id string) (bars int, empty bool, rows []string) {
	t.Helper()
	s := p.doc.Find(`[data-testid="chart"]#` + id)
	if s.Length() != 1 {
		t.Fatalf("no chart %s on the page", id)
	}
	s.Find(`[data-testid="chart-table"] tbody tr`).Each(func(_ int, r *goquery.Selection) {
		rows = append(rows, strings.TrimSpace(r.Find("th").Text())+" "+strings.TrimSpace(r.Find("td").Text()))
	})
	return s.Find("rect.bar").Length(), s.Find(`[data-testid="chart-empty"]`).Length() == 1, rows
}

// A new learner's charts: empty, then one point each once they answer,
// miss a question (its card falls due at once) and review it.
func TestProgressChartsFromNothingToOnePoint(t *testing.T) {
	clk := &clock{t: time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	b := a.browser()
	// A learner who saved settings but studied nothing.
	wantStatus(t, b.post("/settings", url.Values{"retention": {"0.9"}, "new_per_day": {"20"}, "day_start": {"0"}, "time_zone": {"UTC"}}), http.StatusSeeOther)
	p := b.get("/courses/rivers/progress")
	wantStatus(t, p, http.StatusOK)
	for _, id := range []string{"accuracy", "reviews", "forecast"} {
		if bars, empty, _ := chart(t, p, id); bars != 0 || !empty {
			t.Errorf("%s with no data: %d bars, empty %v", id, bars, empty)
		}
	}
	if got := p.doc.Find(`[data-testid="streak"]`).Text(); !strings.Contains(got, "No streak yet") {
		t.Errorf("streak with no study: %q", got)
	}
	if k, _ := p.doc.Find(`[data-testid="next-step"]`).Attr("data-kind"); k != "read" {
		t.Errorf("next step for a beginner: %q, want read", k)
	}

	// One wrong answer: one day of accuracy at 0 %, an open quiz, a card due.
	at := b.startQuiz("danube")
	q := b.get(at + "/q/1")
	wantStatus(t, b.post(at+"/q/1", answerForm(t, q, false)), http.StatusSeeOther)
	p = b.get("/courses/rivers/progress")
	if bars, empty, rows := chart(t, p, "accuracy"); bars != 1 || empty || len(rows) != 1 || rows[0] != "1 Dec 0 of 1 marks (0%)" {
		t.Errorf("accuracy after one answer: %d bars, empty %v, rows %q", bars, empty, rows)
	}
	if bars, _, rows := chart(t, p, "forecast"); bars != 30 || rows[0] != "Today 1 card" {
		t.Errorf("forecast after a miss: %d bars, first row %q", bars, rows[0])
	}
	if k, _ := p.doc.Find(`[data-testid="next-step"]`).Attr("data-kind"); k != "attempt" {
		t.Errorf("next step with a quiz open: %q, want attempt", k)
	}
	if got := p.doc.Find(`[data-testid="streak"]`).Text(); !strings.Contains(got, "1 day in a row, up to today") {
		t.Errorf("streak after one answer: %q", got)
	}

	// Finish the quiz: the due card is what to do next; review it.
	for n := 2; ; n++ {
		q := b.get(at + "/q/" + itoaT(n))
		if q.status != http.StatusOK || q.doc.Find(`input[name="q"]`).Length() == 0 {
			break
		}
		b.post(at+"/q/"+itoaT(n), answerForm(t, q, true))
	}
	p = b.get("/courses/rivers/progress")
	if k, _ := p.doc.Find(`[data-testid="next-step"]`).Attr("data-kind"); k != "cards" {
		t.Fatalf("next step with a card due: %q, want cards", k)
	}
	id, _ := b.frontCard("")
	wantStatus(t, b.rate(id, 3, 0), http.StatusSeeOther)
	p = b.get("/courses/rivers/progress")
	if bars, empty, rows := chart(t, p, "reviews"); bars != 30 || empty || rows[29] != "1 Dec 1 review" {
		t.Errorf("reviews after one: %d bars, empty %v, last row %q", bars, empty, rows[len(rows)-1])
	}
	// An undone rating is not a review.
	wantStatus(t, b.post("/courses/rivers/review/undo", nil), http.StatusSeeOther)
	if bars, empty, _ := chart(t, b.get("/courses/rivers/progress"), "reviews"); bars != 0 || !empty {
		t.Errorf("reviews after the only one was undone: %d bars, empty %v", bars, empty)
	}
	wantStatus(t, b.rate(id, 3, 0), http.StatusSeeOther)
	p = b.get("/courses/rivers/progress")
	// The card comes back in minutes: today's bar counts it, the course
	// page (cards due now) does not, and the chart says so.
	if _, _, rows := chart(t, p, "forecast"); rows[0] != "Today 1 card" {
		t.Errorf("forecast after a learning step: first row %q, want today 1 card", rows[0])
	}
	if got := p.doc.Find(`#forecast [data-testid="chart-note"]`).Text(); !strings.Contains(got, "0 cards are due now (the count on the course page), and 1 more falls due later today") {
		t.Errorf("the forecast's note says %q", got)
	}
	if b.get("/courses/rivers").doc.Find(`[data-testid="due-count"]`).Length() != 0 {
		t.Error("the course page counts a card due later today as due now")
	}
	// Two of three right in the danube theme: it is the weakest begun.
	if k, _ := p.doc.Find(`[data-testid="next-step"]`).Attr("data-kind"); k != "weakest" {
		t.Errorf("next step after the quiz: %q, want weakest", k)
	}
	if v, _ := p.doc.Find(`[data-testid="next-step"] input[name="theme"]`).Attr("value"); v != "danube" {
		t.Errorf("weakest theme %q, want danube", v)
	}
}

// Days count in the learner's time zone: in Tokyo, answers at 23:30 and
// 00:30 local time make a streak of two days, though both are on one UTC
// date; and many days of study fill the charts with many points.
func TestProgressStreakInLearnersZoneAndManyPoints(t *testing.T) {
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	clk := &clock{t: time.Date(2026, 11, 1, 23, 30, 0, 0, tokyo)}
	a := newApp(t, func(d *handlers.Deps) {
		d.Now = func() time.Time { return clk.t.UTC() }
		// Sessions that outlast the weeks the clock moves on.
		d.Sessions = handlers.NewSessionStore(d.Store.(*store.DB), 365*24*time.Hour, false)
	})
	b := a.browser()
	wantStatus(t, b.post("/settings", url.Values{"retention": {"0.9"}, "new_per_day": {"20"}, "day_start": {"0"}, "time_zone": {"Asia/Tokyo"}}), http.StatusSeeOther)
	answerOne := func() {
		t.Helper()
		at := b.startQuiz("rhine-and-borders")
		q := b.get(at + "/q/1")
		wantStatus(t, q, http.StatusOK)
		wantStatus(t, b.post(at+"/q/1", answerForm(t, q, true)), http.StatusSeeOther)
	}
	answerOne()
	clk.add(time.Hour) // 00:30 on 2 November in Tokyo; still 1 November in UTC
	answerOne()
	p := b.get("/courses/rivers/progress")
	if got := p.doc.Find(`[data-testid="streak"]`).Text(); !strings.Contains(got, "2 days in a row") {
		t.Errorf("streak across Tokyo midnight: %q, want 2 days", got)
	}
	if !strings.Contains(p.doc.Find(`[data-testid="progress-summary"]`).Text(), "Asia/Tokyo") {
		t.Error("the page does not say which time zone the days are counted in")
	}
	// A day skipped (2 November passes without study) breaks it.
	clk.add(48 * time.Hour)
	p = b.get("/courses/rivers/progress")
	if got := p.doc.Find(`[data-testid="streak"]`).Text(); !strings.Contains(got, "No streak yet") {
		t.Errorf("streak after a day without study: %q", got)
	}
	// 35 days in a row: the accuracy chart keeps the last 30.
	for range 35 {
		clk.add(24 * time.Hour)
		answerOne()
	}
	p = b.get("/courses/rivers/progress")
	if bars, _, rows := chart(t, p, "accuracy"); bars != 30 || len(rows) != 30 {
		t.Errorf("accuracy over 35 days: %d bars, %d rows, want 30", bars, len(rows))
	}
	if got := p.doc.Find(`[data-testid="streak"]`).Text(); !strings.Contains(got, "35 days in a row") {
		t.Errorf("streak after 35 days: %q", got)
	}
	if svg := p.doc.Find(`#accuracy svg`); svg.AttrOr("role", "") != "img" || !strings.Contains(svg.Find("desc").Text(), "answered right") {
		t.Error("the chart has no accessible description")
	}
}

// Every quiz under "Latest quizzes" on the progress page is a link: a
// finished one to its results, where it is looked over and taken again,
// an unfinished one to the question it stopped at.
func TestLatestQuizzesAreLinks(t *testing.T) {
	clock := newTestClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	a := newApp(t, withTestClock(clock))
	b := a.browser()
	takeDanube(t, b, clock, true, 20, "")
	clock.add(time.Minute)
	att := b.startQuiz("rhine-and-borders")
	wantStatus(t, b.post(att+"/q/1", answerForm(t, b.get(att+"/q/1"), true)), http.StatusSeeOther)

	p := b.get("/progress")
	wantStatus(t, p, http.StatusOK)
	items := p.doc.Find(`[data-testid="sum-recent"] li`)
	if items.Length() != 2 {
		t.Fatalf("%d latest quizzes, want 2: %q", items.Length(), items.Text())
	}
	items.Each(func(i int, li *goquery.Selection) {
		if li.Find("a").Length() != 1 {
			t.Errorf("latest quiz %d is not a link: %q", i+1, strings.TrimSpace(li.Text()))
		}
	})
	cont, _ := items.Eq(0).Find(`a[data-testid="recent-continue"]`).Attr("href")
	if cont != att {
		t.Errorf("the unfinished quiz links to %q, want %q", cont, att)
	}
	res, _ := items.Eq(1).Find(`a[data-testid="recent-results"]`).Attr("href")
	if !strings.HasSuffix(res, "/results") {
		t.Fatalf("the finished quiz links to %q, want its results", res)
	}
	rp := b.get(res)
	wantStatus(t, rp, http.StatusOK)
	if got := strings.TrimSpace(rp.doc.Find("h1").Text()); got != "The Danube: done" {
		t.Errorf("its results page is headed %q", got)
	}
	if got := strings.TrimSpace(items.Eq(1).Find("a").Text()); got != "The Danube: results" {
		t.Errorf("the link reads %q to a screen reader, want the quiz and where it goes", got)
	}
}

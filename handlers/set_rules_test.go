package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestTestRules(t *testing.T) {
	clk := &clock{time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	b := teacherOn(t, a)
	ctx := context.Background()
	sets, _ := a.db.ListSets(ctx, 1)
	rhine := sets[1] // the rhine-and-borders set: 3 questions
	path := "/teach/sets/" + itoa64(rhine.ID) + "/settings"
	wantStatus(t, b.get(path), http.StatusOK)
	bad := b.post(path, url.Values{"feedback": {"end"}, "time_limit": {"ten"}, "max_attempts": {"1"}, "pool": {"9"}, "show_score": {"1"}})
	wantStatus(t, bad, http.StatusUnprocessableEntity)
	if bad.doc.Find("#time_limit-error").Length() != 1 || bad.doc.Find("#pool-error").Length() != 1 {
		t.Fatal("no messages beside time limit and pool")
	}
	if v, _ := bad.doc.Find("#time_limit").Attr("value"); v != "ten" {
		t.Errorf("typed value not kept: %q", v)
	}
	wantStatus(t, b.post(path, url.Values{"feedback": {"end"}, "time_limit": {"10"}, "max_attempts": {"1"}, "pool": {"2"}, "show_score": {"1"}}), http.StatusSeeOther)

	learner := a.browser()
	// Practice quizzes no longer draw from the test.
	mixed := learner.post("/courses/rivers/quiz", nil)
	att, _ := a.db.FindAttempt(ctx, strings.TrimSuffix(strings.TrimPrefix(mixed.header.Get("Location"), "/attempts/"), "/q/1"))
	for _, it := range att.Items {
		if it.Question.Theme == "rhine-and-borders" {
			t.Fatal("a mixed quiz draws a question of a test")
		}
	}
	course := learner.get("/courses/rivers")
	form := course.doc.Find(`[data-testid="tests"] form`)
	if form.Length() != 1 || !strings.Contains(course.doc.Find(`[data-testid="tests"]`).Text(), "1 attempt left") {
		t.Fatalf("the course page does not offer the test: %q", course.doc.Find(`[data-testid="tests"]`).Text())
	}
	setID, _ := form.Find(`input[name="set"]`).Attr("value")
	start := learner.post("/courses/rivers/quiz", url.Values{"set": {setID}})
	wantStatus(t, start, http.StatusSeeOther)
	testPath := strings.TrimSuffix(start.header.Get("Location"), "/q/1")
	test, _ := a.db.FindAttempt(ctx, strings.TrimPrefix(testPath, "/attempts/"))
	if len(test.Items) != 2 || test.Deadline.IsZero() {
		t.Fatalf("the test has %d questions (want a pool of 2) and deadline %v", len(test.Items), test.Deadline)
	}
	q1 := learner.get(testPath + "/q/1")
	if !strings.Contains(q1.doc.Find(`[data-testid="time-left"]`).Text(), "10 minutes left") {
		t.Errorf("time left: %q", q1.doc.Find(`[data-testid="time-left"]`).Text())
	}
	r := learner.post(testPath+"/q/1", answerForm(t, q1, false))
	if loc := r.header.Get("Location"); loc != testPath {
		t.Fatalf("after an answer in a test, go on to %q, want %q (no feedback yet)", loc, testPath)
	}
	after := learner.get(testPath + "/q/1")
	it := test.Items[0].Question.Question
	if after.doc.Find(`[data-testid="recorded"]`).Length() != 1 || after.doc.Find(`[data-testid="feedback"]`).Length() != 0 ||
		strings.Contains(after.body, it.Explanation) || after.doc.Find(".right").Length() != 0 {
		t.Fatalf("the answered test question shows feedback before the end: recorded=%d feedback=%d expl=%v right=%d (%q)", after.doc.Find(`[data-testid="recorded"]`).Length(), after.doc.Find(`[data-testid="feedback"]`).Length(), strings.Contains(after.body, it.Explanation), after.doc.Find(".right").Length(), it.Explanation)
	}
	q2 := learner.get(testPath + "/q/2")
	learner.post(testPath+"/q/2", answerForm(t, q2, true))
	res := learner.get(testPath + "/results")
	wantStatus(t, res, http.StatusOK)
	if got := res.doc.Find(`[data-testid="score"] strong`).Text(); got != "1 of 2" {
		t.Errorf("score %q", got)
	}
	if strings.Contains(res.body, "The answer:") || res.doc.Find(`[data-testid="retry-missed"]`).Length() != 0 {
		t.Error("the review shows the answers, or offers practice on a test")
	}
	// The answers stay hidden on the question pages after the end too.
	if learner.get(testPath+"/q/1").doc.Find(".right").Length() != 0 {
		t.Error("a question page reveals the correct answer although the review hides answers")
	}
	wantStatus(t, learner.post("/courses/rivers/quiz", url.Values{"set": {setID}}), http.StatusConflict)
	if !strings.Contains(learner.get("/courses/rivers").doc.Find(`[data-testid="tests"]`).Text(), "No attempts left") {
		t.Error("the course page still offers the used-up test")
	}
}

func TestTimeLimitIsEnforced(t *testing.T) {
	clk := &clock{time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	b := teacherOn(t, a)
	sets, _ := a.db.ListSets(context.Background(), 1)
	set := itoa64(sets[0].ID)
	wantStatus(t, b.post("/teach/sets/"+set+"/settings", url.Values{"feedback": {"immediate"}, "time_limit": {"1"}, "show_score": {"1"}, "show_answers": {"1"}, "show_explanations": {"1"}}), http.StatusSeeOther)
	learner := a.browser()
	start := learner.post("/courses/rivers/quiz", url.Values{"set": {set}})
	testPath := strings.TrimSuffix(start.header.Get("Location"), "/q/1")
	q1 := learner.get(testPath + "/q/1")
	wantStatus(t, learner.post(testPath+"/q/1", answerForm(t, q1, true)), http.StatusSeeOther)
	// Feedback is immediate in this set.
	if learner.get(testPath+"/q/1").doc.Find(`[data-testid="feedback"]`).Length() != 1 {
		t.Fatal("no immediate feedback")
	}
	clk.add(91 * time.Second) // past the minute and the grace
	q2 := learner.get(testPath + "/q/2")
	if q2.status != http.StatusSeeOther || !strings.HasSuffix(q2.header.Get("Location"), "/results") {
		t.Fatalf("an unanswered question after the time limit: %d %s", q2.status, q2.header.Get("Location"))
	}
	late := learner.post(testPath+"/q/2", url.Values{"q": {"danube-2"}, "text": {"ten"}})
	if late.status != http.StatusConflict && late.status != http.StatusBadRequest {
		t.Fatalf("a late answer: %d", late.status)
	}
	att, _ := a.db.FindAttempt(context.Background(), strings.TrimPrefix(testPath, "/attempts/"))
	if att.Answered() != 1 {
		t.Fatalf("%d answers recorded, want 1: the late one is refused", att.Answered())
	}
	res := learner.get(testPath + "/results")
	if !strings.Contains(res.doc.Find(`[data-testid="unanswered"]`).Text(), "2 questions unanswered") {
		t.Errorf("results: %q", res.doc.Find(`[data-testid="unanswered"]`).Text())
	}
}

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }

// TestThemeOfTestsOnlyOffersNoQuiz makes every set of a theme a test: the
// course page and the theme's page offer the tests, not a practice quiz
// of the theme that would have nothing in it; once no theme has practice,
// neither does the mixed quiz.
func TestThemeOfTestsOnlyOffersNoQuiz(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	sets, _ := a.db.ListSets(context.Background(), 1)
	asTest := func(setID int64) {
		t.Helper()
		wantStatus(t, b.post("/teach/sets/"+itoa64(setID)+"/settings", url.Values{"feedback": {"end"}, "show_score": {"1"}}), http.StatusSeeOther)
	}
	asTest(sets[0].ID) // the danube theme's only set
	learner := a.browser()
	for _, path := range []string{"/courses/rivers"} {
		p := learner.get(path)
		wantStatus(t, p, http.StatusOK)
		if n := p.doc.Find(`button[name="theme"][value="danube"]`).Length(); n != 0 {
			t.Errorf("%s: the danube theme of tests only still offers its quiz", path)
		}
		if n := p.doc.Find(`[data-testid="tests-only"]`).Length(); n != 1 {
			t.Errorf("%s: %d notes that a theme's questions are in tests, want 1", path, n)
		}
		if p.doc.Find(`button[name="theme"][value="rhine-and-borders"]`).Length() != 1 {
			t.Errorf("%s: the practice theme lost its quiz", path)
		}
		if !strings.Contains(p.body, "Mixed quiz across all themes") {
			t.Errorf("%s: no mixed quiz although a theme has practice", path)
		}
	}
	course := learner.get("/courses/rivers")
	if course.doc.Find(`[data-testid="tests"] input[name="set"][value="`+itoa64(sets[0].ID)+`"]`).Length() != 1 {
		t.Error("the course page does not offer the danube test")
	}
	if href, _ := course.doc.Find(`[data-testid="tests-only"] a`).Attr("href"); course.doc.Find(strings.TrimPrefix(href, "/courses/rivers")).Length() != 1 {
		t.Errorf("the note links to %q, which is not on the course page", href)
	}
	theme := learner.get("/courses/rivers/themes/danube")
	wantStatus(t, theme, http.StatusOK)
	if theme.doc.Find(`input[name="theme"][value="danube"]`).Length() != 0 || theme.doc.Find(`[data-testid="tests-only"]`).Length() != 1 {
		t.Error("the danube theme's page still offers its quiz")
	}
	q := learner.post("/courses/rivers/quiz", url.Values{"theme": {"danube"}})
	wantStatus(t, q, http.StatusBadRequest)
	if !strings.Contains(q.doc.Find(`[data-testid="error"]`).Text(), "all in tests") {
		t.Errorf("a theme quiz of tests only: %q", q.doc.Find(`[data-testid="error"]`).Text())
	}
	asTest(sets[1].ID)
	p := learner.get("/courses/rivers")
	if strings.Contains(p.body, "Mixed quiz across all themes") || p.doc.Find(`button[name="theme"]`).Length() != 0 {
		t.Error("a course of tests only still offers practice quizzes")
	}
}

// TestSetAttemptNamedBySet checks that an attempt at a set taken on its
// own carries the set's title on its question pages and in the course
// page's list of unfinished quizzes; a theme quiz keeps the theme's.
func TestSetAttemptNamedBySet(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	sets, _ := a.db.ListSets(context.Background(), 1)
	set := itoa64(sets[0].ID) // in the danube theme
	wantStatus(t, b.post("/teach/sets/"+set+"/rename", url.Values{"title": {"Danube checkpoint"}}), http.StatusSeeOther)
	wantStatus(t, b.post("/teach/sets/"+set+"/settings", url.Values{"feedback": {"immediate"}, "max_attempts": {"3"},
		"show_score": {"1"}, "show_answers": {"1"}, "show_explanations": {"1"}}), http.StatusSeeOther)
	crumbs := func(p page) string { return strings.Join(strings.Fields(p.doc.Find("nav.crumbs").Text()), " ") }

	learner := a.browser()
	start := learner.post("/courses/rivers/quiz", url.Values{"set": {set}})
	wantStatus(t, start, http.StatusSeeOther)
	testPath := strings.TrimSuffix(start.header.Get("Location"), "/q/1")
	q1 := learner.get(testPath + "/q/1")
	wantStatus(t, q1, http.StatusOK)
	if got := crumbs(q1); got != "Rivers of Europe › Danube checkpoint" {
		t.Errorf("question page of the set: breadcrumb %q", got)
	}
	// Shown again with a problem, and with its feedback, it keeps the name.
	if p := learner.post(testPath+"/q/1", url.Values{"q": {q1.doc.Find(`input[name="q"]`).AttrOr("value", "")}}); !strings.Contains(crumbs(p), "Danube checkpoint") {
		t.Errorf("question shown again with a problem (%d): breadcrumb %q", p.status, crumbs(p))
	}
	wantStatus(t, learner.post(testPath+"/q/1", answerForm(t, q1, true)), http.StatusSeeOther)
	if p := learner.get(testPath + "/q/1"); p.doc.Find(`[data-testid="feedback"]`).Length() != 1 || !strings.Contains(crumbs(p), "Danube checkpoint") {
		t.Errorf("feedback page of the set: breadcrumb %q", crumbs(p))
	}
	resume := learner.get("/courses/rivers").doc.Find(`[data-testid="resume"] a[href="` + testPath + `"]`)
	if got := strings.TrimSpace(resume.Text()); got != "Danube checkpoint" {
		t.Errorf("the unfinished set attempt is listed as %q", got)
	}
	// A theme quiz of another theme is still named by its theme.
	att := learner.startQuiz("rhine-and-borders")
	if got := crumbs(learner.get(att + "/q/1")); got != "Rivers of Europe › The Rhine and borders" {
		t.Errorf("question page of a theme quiz: breadcrumb %q", got)
	}
}

// A test whose results do not show the score does not show it under
// "Latest quizzes" on the progress page either; the quiz still links to
// its results.
func TestHiddenScoreStaysHiddenOnProgress(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	sets, _ := a.db.ListSets(context.Background(), 1)
	set := itoa64(sets[0].ID) // in the danube theme
	wantStatus(t, b.post("/teach/sets/"+set+"/settings", url.Values{"feedback": {"end"}}), http.StatusSeeOther)
	learner := a.browser()
	start := learner.post("/courses/rivers/quiz", url.Values{"set": {set}})
	wantStatus(t, start, http.StatusSeeOther)
	att := strings.TrimSuffix(start.header.Get("Location"), "/q/1")
	for n := 1; n <= 3; n++ {
		path := att + "/q/" + strconv.Itoa(n)
		p := learner.get(path)
		if p.status != http.StatusOK {
			break
		}
		wantStatus(t, learner.post(path, answerForm(t, p, true)), http.StatusSeeOther)
	}
	if res := learner.get(att + "/results"); res.doc.Find(`[data-testid="score"]`).Length() != 0 {
		t.Fatal("the results show the score of a test that hides it")
	}
	li := learner.get("/progress").doc.Find(`[data-testid="sum-recent"] li`)
	got := strings.Join(strings.Fields(li.Text()), " ")
	if strings.Contains(got, "marks") || !strings.Contains(got, "score not shown for this test") {
		t.Errorf("the latest quiz reads %q", got)
	}
	if href, _ := li.Find("a").Attr("href"); href != att+"/results" {
		t.Errorf("the test links to %q, want its results", href)
	}
}

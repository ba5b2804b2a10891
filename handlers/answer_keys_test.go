package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// TestAttemptLimitHoldsUnderParallelStarts starts a test with a limit of
// two attempts twenty times at once, from one learner: two attempts are
// created and every other start is refused.
func TestAttemptLimitHoldsUnderParallelStarts(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	set := danubeSet(t, a)
	wantStatus(t, b.post("/teach/sets/"+set+"/settings", url.Values{"feedback": {"end"}, "max_attempts": {"2"}, "show_score": {"1"}}), http.StatusSeeOther)
	learner := a.browser()
	learner.startQuiz("rhine-and-borders") // the learner exists before the race
	const n = 20
	statuses := make([]int, n)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			req, _ := http.NewRequest("POST", a.srv.URL+"/courses/rivers/quiz", strings.NewReader(url.Values{"set": {set}}.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.Header.Set("Origin", a.srv.URL)
			resp, err := learner.c.Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			resp.Body.Close()
			statuses[i] = resp.StatusCode
		}()
	}
	close(start)
	wg.Wait()
	started, refused := 0, 0
	for _, s := range statuses {
		switch s {
		case http.StatusSeeOther:
			started++
		case http.StatusConflict:
			refused++
		default:
			t.Errorf("a start answered %d", s)
		}
	}
	setID, _ := strconv.ParseInt(set, 10, 64)
	stored, err := a.db.CountAttempts(context.Background(), a.userID(learner), setID)
	if err != nil {
		t.Fatal(err)
	}
	if started != 2 || refused != n-2 || stored != 2 {
		t.Fatalf("%d starts accepted, %d refused, %d attempts stored; want 2, %d, 2", started, refused, stored, n-2)
	}
}

// secret marks every text of the question secretQuestion writes for the
// draft set of TestUnpublishedAnswersStayHidden.
const secret = "ZQX"

// secretQuestion adds to the set a single-choice question whose prompt,
// correct option, feedback and explanation carry the mark.
func secretQuestion(t *testing.T, teacher *browser, set, mark string) {
	t.Helper()
	wantStatus(t, teacher.post("/teach/sets/"+set+"/questions", url.Values{
		"type": {"single"}, "kind": {"fact"}, "prompt": {"Which sea does the text keep quiet about (" + mark + ")?"},
		"opt-text-0": {"The " + mark + " Sea"}, "opt-text-1": {"The Baltic Sea"}, "opt-feedback-1": {"Not that one " + mark + "."},
		"correct": {"0"}, "explanation": {"The answer is " + mark + "."}, "par": {"1"},
	}), http.StatusSeeOther)
}

// draftSet creates an empty draft set in the danube theme and returns its
// id.
func draftSet(t *testing.T, teacher *browser, title string) string {
	t.Helper()
	r := teacher.post("/teach/courses/rivers/sets", url.Values{"theme": {"danube"}, "title": {title}})
	wantStatus(t, r, http.StatusSeeOther)
	return strings.TrimPrefix(r.header.Get("Location"), "/teach/sets/")
}

// walkCards asks for the back of every card id from 1 to 40, as a link to
// it would, and posts an incomplete rating for each (which shows the back
// again with a message); it returns the pages.
func walkCards(b *browser) map[string]page {
	out := map[string]page{}
	for id := 1; id <= 40; id++ {
		path := "/courses/rivers/review/" + strconv.Itoa(id)
		out["GET "+path] = b.get(path)
		out["GET "+path+"?theme=danube"] = b.get(path + "?theme=danube")
		out["POST "+path] = b.post(path, url.Values{"reps": {"0"}, "rating": {"x"}})
	}
	return out
}

// TestUnpublishedAnswersStayHidden reads the backs of cards by their
// sequential ids, as a visitor and as a learner: a question of a draft set
// shows nowhere, nor does the card of a set taken back to draft, through
// the card page, the rating form, undo or the leech list.
func TestUnpublishedAnswersStayHidden(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	teacher := teacherOn(t, a)
	secretQuestion(t, teacher, draftSet(t, teacher, "Not ready"), secret)

	learner := a.browser()
	learner.startQuiz("rhine-and-borders")
	for who, b := range map[string]*browser{"visitor": a.browser(), "learner": learner} {
		for route, p := range walkCards(b) {
			if p.status >= 500 || strings.Contains(p.body, secret) {
				t.Errorf("%s %s: %d, shows a draft question's answer: %v", who, route, p.status, strings.Contains(p.body, secret))
			}
		}
	}

	// A learner studies a question of the danube set until it is a leech;
	// then the set goes back to draft.
	uid := a.userID(learner)
	var id int64
	for cid := int64(1); cid <= 40 && id == 0; cid++ {
		if c, err := a.db.FindCard(context.Background(), uid, cid); err == nil && c.Question != nil && c.Question.ID == "danube-1" {
			id = cid
		}
	}
	if id == 0 {
		t.Fatal("no card for danube-1")
	}
	back := "/courses/rivers/review/" + strconv.FormatInt(id, 10)
	explanation := questions["danube-1"].Explanation
	if p := learner.get(back); !strings.Contains(p.body, explanation) {
		t.Fatalf("the published card's back does not show its explanation: %d", p.status)
	}
	reps := 0
	rate := func(r int) {
		t.Helper()
		wantStatus(t, learner.rate(id, r, reps), http.StatusSeeOther)
		reps++
	}
	state := func() *quiz.CardState {
		t.Helper()
		c, err := a.db.FindCard(context.Background(), uid, id)
		if err != nil {
			t.Fatal(err)
		}
		return c.State
	}
	rate(4)
	for range 8 {
		clk.t = state().Due.Add(time.Minute)
		rate(1)
		clk.t = state().Due.Add(time.Minute)
		rate(3)
	}
	clk.t = state().Due.Add(time.Minute) // due now
	if l := learner.get("/courses/rivers/leeches"); !strings.Contains(l.body, questions["danube-1"].Prompt) {
		t.Fatal("the leech is not listed while its set is published")
	}
	wantStatus(t, teacher.post("/teach/sets/"+danubeSet(t, a)+"/status", url.Values{"status": {"draft"}}), http.StatusSeeOther)

	if p := learner.get(back); p.status != http.StatusNotFound || strings.Contains(p.body, explanation) {
		t.Errorf("the back of a card whose set went back to draft: %d, explanation shown %v", p.status, strings.Contains(p.body, explanation))
	}
	if p := learner.post(back, url.Values{"reps": {strconv.Itoa(reps)}, "rating": {"x"}}); p.status != http.StatusNotFound || strings.Contains(p.body, explanation) {
		t.Errorf("the rating form of a card whose set went back to draft: %d, explanation shown %v", p.status, strings.Contains(p.body, explanation))
	}
	if l := learner.get("/courses/rivers/leeches"); strings.Contains(l.body, questions["danube-1"].Prompt) {
		t.Error("the leech list shows a card whose set went back to draft")
	}
	u := learner.post("/courses/rivers/review/undo", nil)
	if loc := u.header.Get("Location"); strings.HasPrefix(loc, back) || strings.Contains(u.body, explanation) {
		t.Errorf("undo brings back a card whose set went back to draft: %d %s", u.status, loc)
	}
	if p := learner.get(back); strings.Contains(p.body, explanation) {
		t.Error("after undo the card's back shows")
	}
	for n := 0; n < 20; n++ {
		cid, p := learner.frontCard("")
		if cid == id || strings.Contains(p.body, questions["danube-1"].Prompt) {
			t.Fatal("the review queue offers a card whose set went back to draft")
		}
		if cid == 0 {
			break
		}
		wantStatus(t, learner.rate(cid, 3, 0), http.StatusSeeOther)
	}
}

// danubeQuestionCards returns the ids of the cards drawn from the danube
// theme's questions, with their questions, while the set is practice.
func danubeQuestionCards(t *testing.T, a *app) map[int64]string {
	t.Helper()
	ctx := context.Background()
	out := map[int64]string{}
	for cid := int64(1); cid <= 40; cid++ {
		c, err := a.db.FindCard(ctx, 0, cid)
		if err == nil && c.Question != nil && strings.HasPrefix(c.Question.ID, "danube-") {
			out[cid] = c.Question.ID
		}
	}
	return out
}

// studyDeck goes through the learner's danube deck, rating every card
// Good, and returns the cards it showed.
func studyDeck(t *testing.T, b *browser) []int64 {
	t.Helper()
	var seen []int64
	for range 40 {
		id, _ := b.frontCard("?theme=danube")
		if id == 0 {
			return seen
		}
		seen = append(seen, id)
		back := b.get("/courses/rivers/review/" + strconv.FormatInt(id, 10) + "?theme=danube")
		reps := back.doc.Find(`input[name="reps"]`).AttrOr("value", "0")
		wantStatus(t, b.post("/courses/rivers/review/"+strconv.FormatInt(id, 10), url.Values{"rating": {"3"}, "reps": {reps}, "theme": {"danube"}}), http.StatusSeeOther)
	}
	t.Fatal("the deck never ends")
	return nil
}

// deckLabel is what the course page says of the danube deck.
func deckLabel(b *browser) string {
	p := b.get("/courses/rivers")
	return strings.TrimSpace(p.doc.Find(`a[href="/courses/rivers/review?theme=danube"]`).Text())
}

// TestTestAnswersStayOutOfFlashcards makes the danube set a test of one
// attempt. A new learner's deck holds none of its questions, and no card
// route shows their answers, until that learner has finished the attempt:
// not while it runs, and a question missed in it is not queued before its
// end. The course page counts what the deck shows. The instructor can add
// a test's questions to every learner's flashcards.
func TestTestAnswersStayOutOfFlashcards(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	teacher := teacherOn(t, a)
	set := danubeSet(t, a)
	cards := danubeQuestionCards(t, a)
	if len(cards) != 3 {
		t.Fatalf("%d danube question cards, want 3", len(cards))
	}
	settings := url.Values{"feedback": {"end"}, "max_attempts": {"1"}, "show_score": {"1"}, "show_answers": {"1"}, "show_explanations": {"1"}}
	wantStatus(t, teacher.post("/teach/sets/"+set+"/settings", settings), http.StatusSeeOther)

	hidden := func(who string, b *browser) {
		t.Helper()
		for id, qid := range cards {
			q := questions[qid]
			for _, path := range []string{"/courses/rivers/review/" + strconv.FormatInt(id, 10), "/courses/rivers/review/" + strconv.FormatInt(id, 10) + "?theme=danube"} {
				p := b.get(path)
				if p.status != http.StatusNotFound || strings.Contains(p.body, q.Explanation) {
					t.Errorf("%s: GET %s of test question %s: %d, explanation shown %v", who, path, qid, p.status, strings.Contains(p.body, q.Explanation))
				}
				r := b.post(path, url.Values{"reps": {"0"}, "rating": {"x"}})
				if r.status != http.StatusNotFound || strings.Contains(r.body, q.Explanation) {
					t.Errorf("%s: POST %s of test question %s: %d", who, path, qid, r.status)
				}
			}
		}
	}
	hidden("visitor", a.browser())

	learner := a.browser()
	learner.startQuiz("rhine-and-borders")
	if got := deckLabel(learner); got != "1 flashcard" {
		t.Errorf("before the test the course page counts %q in the danube deck, want the written card alone", got)
	}
	if seen := studyDeck(t, learner); len(seen) != 1 || cards[seen[0]] != "" {
		t.Errorf("before the test the danube deck showed cards %v, among them test questions %v", seen, cards)
	}
	hidden("learner before the test", learner)

	// The test, one question missed: nothing shows while it runs.
	start := learner.post("/courses/rivers/quiz", url.Values{"set": {set}})
	wantStatus(t, start, http.StatusSeeOther)
	test := strings.TrimSuffix(start.header.Get("Location"), "/q/1")
	q1 := learner.get(test + "/q/1")
	wantStatus(t, learner.post(test+"/q/1", answerForm(t, q1, false)), http.StatusSeeOther)
	hidden("learner during the test", learner)
	if p := learner.get("/courses/rivers"); p.doc.Find(`[data-testid="due-count"]`).Length() != 0 {
		t.Errorf("a question missed in a running test is queued: %q", p.doc.Find(`[data-testid="due-count"]`).Text())
	}
	for n := 2; n <= 3; n++ {
		q := learner.get(test + "/q/" + strconv.Itoa(n))
		wantStatus(t, learner.post(test+"/q/"+strconv.Itoa(n), answerForm(t, q, true)), http.StatusSeeOther)
	}
	wantStatus(t, learner.get(test+"/results"), http.StatusOK)

	// Attempts used up: the test's questions join the deck, the missed one
	// due now, and the course page counts them.
	if got := learner.get("/courses/rivers").doc.Find(`[data-testid="due-count"]`).Text(); got != "1 due" {
		t.Errorf("after the test the course page says %q due, want the missed question", got)
	}
	seen := studyDeck(t, learner)
	if len(seen) != 3 {
		t.Errorf("after the test the danube deck showed %d cards, want the three questions", len(seen))
	}
	if got := deckLabel(learner); got != "4 flashcards" {
		t.Errorf("after the test the course page counts %q in the danube deck, want 4", got)
	}
	for id, qid := range cards {
		if p := learner.get("/courses/rivers/review/" + strconv.FormatInt(id, 10)); p.status == http.StatusNotFound {
			t.Errorf("after the test the card of %s is not found", qid)
		}
	}
	hidden("another learner", a.browser())

	// The instructor adds the test's questions to everyone's flashcards.
	settings.Set("test_cards", "1")
	wantStatus(t, teacher.post("/teach/sets/"+set+"/settings", settings), http.StatusSeeOther)
	if !teacher.get("/teach/sets/" + set + "/settings").doc.Find(`input[name="test_cards"]`).Is("[checked]") {
		t.Error("the settings form does not show the stored choice")
	}
	other := a.browser()
	other.startQuiz("rhine-and-borders")
	if got := deckLabel(other); got != "4 flashcards" {
		t.Errorf("with the test's questions added, the course page counts %q, want 4", got)
	}
	if seen := studyDeck(t, other); len(seen) != 4 {
		t.Errorf("with the test's questions added, the deck showed %d cards, want 4", len(seen))
	}
}

// TestRetryLeavesDraftsAndTests misses a question in a practice quiz; once
// its set becomes a test, or goes back to draft, retrying the missed
// questions (which shows their feedback at once) no longer draws it.
func TestRetryLeavesDraftsAndTests(t *testing.T) {
	for _, change := range []struct {
		name, path string
		form       url.Values
	}{
		{"a test", "/settings", url.Values{"feedback": {"end"}, "show_score": {"1"}, "show_answers": {"1"}, "show_explanations": {"1"}}},
		{"a draft", "/status", url.Values{"status": {"draft"}}},
	} {
		t.Run(change.name, func(t *testing.T) {
			a := newApp(t)
			teacher := teacherOn(t, a)
			learner := a.browser()
			att := learner.startQuiz("danube")
			for n := 1; n <= 3; n++ {
				p := learner.get(att + "/q/" + strconv.Itoa(n))
				wantStatus(t, learner.post(att+"/q/"+strconv.Itoa(n), answerForm(t, p, n != 1)), http.StatusSeeOther)
			}
			wantStatus(t, teacher.post("/teach/sets/"+danubeSet(t, a)+change.path, change.form), http.StatusSeeOther)
			r := learner.post(att+"/retry", nil)
			if r.status == http.StatusSeeOther {
				t.Fatalf("retrying a question of %s starts %s", change.name, r.header.Get("Location"))
			}
		})
	}
}

// TestNoRouteShowsHiddenAnswers walks every route, as
// TestEveryRouteIsListed does, with every card, attempt, set and question
// number put in its path, as a visitor and as a learner in the middle of a
// test: no page shows anything of a question in a draft set, and none
// shows an answer of the test (its correct option marked as correct, an
// option's feedback, its explanation, or a card back with its answer).
func TestNoRouteShowsHiddenAnswers(t *testing.T) {
	a := newApp(t)
	teacher := teacherOn(t, a)
	const draftMark, testMark = "DRFTQ", "TSTQ"
	secretQuestion(t, teacher, draftSet(t, teacher, "Not ready"), draftMark)
	test := draftSet(t, teacher, "Checkpoint")
	secretQuestion(t, teacher, test, testMark+"1")
	secretQuestion(t, teacher, test, testMark+"2")
	wantStatus(t, teacher.post("/teach/sets/"+test+"/settings", url.Values{"feedback": {"end"}, "max_attempts": {"1"},
		"show_score": {"1"}, "show_answers": {"1"}, "show_explanations": {"1"}}), http.StatusSeeOther)
	wantStatus(t, teacher.post("/teach/sets/"+test+"/status", url.Values{"status": {"published"}}), http.StatusSeeOther)

	// The learner starts the test and answers its first question.
	learner := a.browser()
	start := learner.post("/courses/rivers/quiz", url.Values{"set": {test}})
	wantStatus(t, start, http.StatusSeeOther)
	attempt := strings.TrimSuffix(strings.TrimPrefix(start.header.Get("Location"), "/attempts/"), "/q/1")
	q1 := learner.get("/attempts/" + attempt + "/q/1")
	wantStatus(t, q1, http.StatusOK)
	choice := q1.doc.Find(`input[name="choice"]`).First().AttrOr("value", "")
	wantStatus(t, learner.post("/attempts/"+attempt+"/q/1", url.Values{"q": {q1.doc.Find(`input[name="q"]`).AttrOr("value", "")}, "choice": {choice}}), http.StatusSeeOther)

	leaks := func(p page) string {
		if strings.Contains(p.body, draftMark) {
			return "a question of a draft set"
		}
		for _, s := range []string{"Not that one " + testMark, "The answer is " + testMark} {
			if strings.Contains(p.body, s) {
				return "the test's feedback or explanation"
			}
		}
		marked := p.doc.Find(`.right, .mark, [data-testid="back"], [data-testid="correct-answer"], [data-testid="feedback"], [data-testid="missed"]`)
		if strings.Contains(marked.Text(), testMark) {
			return "the test's correct answer"
		}
		return ""
	}

	ids := []string{attempt, test}
	for i := 1; i <= 16; i++ {
		ids = append(ids, strconv.Itoa(i))
	}
	values := map[string][]string{
		"{slug}": {"rivers"}, "{theme}": {"danube", "rhine-and-borders"}, "{id}": ids, "{n}": {"1", "2"},
		"{card}": ids[2:], "{name}": {"x"}, "{format}": {"json", "gift", "csv"}, "{$}": {""},
	}
	expand := func(path string) []string {
		out := []string{path}
		for key, vals := range values {
			var next []string
			for _, p := range out {
				if !strings.Contains(p, key) {
					next = append(next, p)
					continue
				}
				for _, v := range vals {
					next = append(next, strings.ReplaceAll(p, key, v))
				}
			}
			out = next
		}
		return out
	}
	visitor := a.browser()
	form := url.Values{"rating": {"x"}, "reps": {"0"}, "theme": {"danube"}}
	walked := 0
	// GET routes first, then the posts (a post may make the visitor a
	// learner).
	for _, method := range []string{"GET", "POST"} {
		for _, rt := range a.handler().Routes() {
			m, pattern, ok := strings.Cut(rt.Pattern, " ")
			if !ok || m != method {
				continue
			}
			for _, path := range expand(pattern) {
				for who, b := range map[string]*browser{"visitor": visitor, "learner": learner} {
					for _, p := range []string{path, path + "?theme=danube"} {
						var pg page
						if method == "GET" {
							pg = b.get(p)
						} else {
							pg = b.post(p, form)
						}
						walked++
						if pg.status >= 500 {
							t.Errorf("%s %s as a %s: %d", method, p, who, pg.status)
						}
						if what := leaks(pg); what != "" {
							t.Errorf("%s %s as a %s shows %s", method, p, who, what)
						}
					}
				}
			}
		}
	}
	if walked < 500 {
		t.Fatalf("only %d requests made", walked)
	}
	// The walk did not take the test for the learner: its answers are still
	// hidden because it is still running, not because nothing was shown.
	if att, err := a.db.FindAttempt(context.Background(), attempt); err != nil || att.Answered() != 1 {
		t.Fatalf("the learner's test attempt changed during the walk: %v", err)
	}
}

// TestTestCardsWhenTheTestEnds: a test's last attempt that runs out of
// time ends the test, and its questions join the deck once the grace has
// passed (the course page counts them at once); a test whose review hides
// the answers keeps them out of the deck even after the last attempt.
func TestTestCardsWhenTheTestEnds(t *testing.T) {
	t.Run("time runs out", func(t *testing.T) {
		clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
		a := newApp(t, withClock(clk))
		teacher := teacherOn(t, a)
		set := danubeSet(t, a)
		cards := danubeQuestionCards(t, a)
		wantStatus(t, teacher.post("/teach/sets/"+set+"/settings", url.Values{"feedback": {"end"}, "time_limit": {"5"}, "max_attempts": {"1"},
			"show_score": {"1"}, "show_answers": {"1"}, "show_explanations": {"1"}}), http.StatusSeeOther)
		learner := a.browser()
		wantStatus(t, learner.post("/courses/rivers/quiz", url.Values{"set": {set}}), http.StatusSeeOther)
		if got := deckLabel(learner); got != "1 flashcard" {
			t.Errorf("while the test runs the course page counts %q", got)
		}
		clk.add(5*time.Minute + 30*time.Second) // the limit and the grace, not beyond
		for id := range cards {
			wantStatus(t, learner.get("/courses/rivers/review/"+strconv.FormatInt(id, 10)), http.StatusNotFound)
		}
		if got := deckLabel(learner); got != "1 flashcard" {
			t.Errorf("within the grace the course page counts %q", got)
		}
		clk.add(time.Second)
		for id, qid := range cards {
			if p := learner.get("/courses/rivers/review/" + strconv.FormatInt(id, 10)); p.status != http.StatusOK || !strings.Contains(p.body, questions[qid].Explanation) {
				t.Errorf("after the time ran out the card of %s: %d", qid, p.status)
			}
		}
		if got := deckLabel(learner); got != "4 flashcards" {
			t.Errorf("after the time ran out the course page counts %q, want 4", got)
		}
	})
	t.Run("the review hides the answers", func(t *testing.T) {
		a := newApp(t)
		teacher := teacherOn(t, a)
		set := danubeSet(t, a)
		cards := danubeQuestionCards(t, a)
		wantStatus(t, teacher.post("/teach/sets/"+set+"/settings", url.Values{"feedback": {"end"}, "max_attempts": {"1"}, "show_score": {"1"}, "show_explanations": {"1"}}), http.StatusSeeOther)
		learner := a.browser()
		start := learner.post("/courses/rivers/quiz", url.Values{"set": {set}})
		test := strings.TrimSuffix(start.header.Get("Location"), "/q/1")
		for n := 1; n <= 3; n++ {
			q := learner.get(test + "/q/" + strconv.Itoa(n))
			wantStatus(t, learner.post(test+"/q/"+strconv.Itoa(n), answerForm(t, q, false)), http.StatusSeeOther)
		}
		wantStatus(t, learner.get(test+"/results"), http.StatusOK)
		for id, qid := range cards {
			if p := learner.get("/courses/rivers/review/" + strconv.FormatInt(id, 10)); p.status != http.StatusNotFound || strings.Contains(p.body, questions[qid].Explanation) {
				t.Errorf("the card of %s, of a test whose review hides the answers: %d", qid, p.status)
			}
		}
		if got := deckLabel(learner); got != "1 flashcard" {
			t.Errorf("the course page counts %q, want the written card alone", got)
		}
	})
}

// TestPracticeQuizWithholdsAnswersOnceTheSetChanges starts a practice quiz
// of the danube theme; its set then becomes a test, or goes back to draft,
// before the questions are answered: the feedback pages and the results
// record the answers but show none of the answers or explanations.
func TestPracticeQuizWithholdsAnswersOnceTheSetChanges(t *testing.T) {
	for _, change := range []struct {
		name, path string
		form       url.Values
	}{
		{"a test", "/settings", url.Values{"feedback": {"end"}, "show_score": {"1"}, "show_answers": {"1"}, "show_explanations": {"1"}}},
		{"a draft", "/status", url.Values{"status": {"draft"}}},
	} {
		t.Run(change.name, func(t *testing.T) {
			a := newApp(t)
			teacher := teacherOn(t, a)
			learner := a.browser()
			att := learner.startQuiz("danube")
			wantStatus(t, teacher.post("/teach/sets/"+danubeSet(t, a)+change.path, change.form), http.StatusSeeOther)
			shows := func(p page) string {
				for _, q := range questions {
					if q.Theme != "danube" {
						continue
					}
					if strings.Contains(p.body, q.Explanation) {
						return "an explanation"
					}
					for _, o := range q.Options {
						if o.Feedback != "" && strings.Contains(p.body, o.Feedback) {
							return "an option's feedback"
						}
					}
				}
				if p.doc.Find(`.right, [data-testid="feedback"], [data-testid="correct-answer"]`).Length() > 0 || strings.Contains(p.doc.Find(".mark").Text(), "Correct answer") {
					return "the correct answer"
				}
				return ""
			}
			for n := 1; n <= 3; n++ {
				path := att + "/q/" + strconv.Itoa(n)
				wantStatus(t, learner.post(path, answerForm(t, learner.get(path), false)), http.StatusSeeOther)
				p := learner.get(path)
				wantStatus(t, p, http.StatusOK)
				if what := shows(p); what != "" {
					t.Errorf("question %d, answered after its set became %s, shows %s", n, change.name, what)
				}
			}
			res := learner.get(att + "/results")
			wantStatus(t, res, http.StatusOK)
			if what := shows(res); what != "" || strings.Contains(res.body, "The answer:") {
				t.Errorf("the results show %s", what)
			}
			if got := res.doc.Find(`[data-testid="missed"] > li`).Length(); got != 3 {
				t.Errorf("%d missed questions listed, want 3", got)
			}
		})
	}
}

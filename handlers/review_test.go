package handlers_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
	"github.com/lectern/lectern/internal/srs"
)

// clock is a test clock the app reads through Deps.Now.
type clock struct{ t time.Time }

func (c *clock) now() time.Time      { return c.t }
func (c *clock) add(d time.Duration) { c.t = c.t.Add(d) }
func withClock(c *clock) func(*handlers.Deps) {
	return func(d *handlers.Deps) { d.Now = c.now }
}

var cardLink = regexp.MustCompile(`href="/courses/rivers/review/(\d+)(?:\?[^"]*)?"`)

// frontCard opens the review page and returns the id of the card shown.
func (b *browser) frontCard(query string) (int64, page) {
	b.a.t.Helper()
	p := b.get("/courses/rivers/review" + query)
	wantStatus(b.a.t, p, http.StatusOK)
	m := cardLink.FindStringSubmatch(p.body)
	if m == nil {
		return 0, p
	}
	id, _ := strconv.ParseInt(m[1], 10, 64)
	return id, p
}

func (b *browser) rate(id int64, rating, reps int) page {
	return b.post("/courses/rivers/review/"+strconv.FormatInt(id, 10),
		url.Values{"rating": {strconv.Itoa(rating)}, "reps": {strconv.Itoa(reps)}})
}

func hashOf(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

func (a *app) userID(b *browser) int64 {
	a.t.Helper()
	u, _ := url.Parse(a.srv.URL)
	for _, c := range b.c.Jar.Cookies(u) {
		if c.Name == "lectern" {
			s, err := a.db.FindSession(context.Background(), hashOf(c.Value))
			if err != nil {
				a.t.Fatal(err)
			}
			return s.UserID
		}
	}
	a.t.Fatal("no session cookie")
	return 0
}

func TestReviewShowsIntervalsAndStoresWhatItShowed(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	b := a.browser()
	id, front := b.frontCard("")
	if id == 0 {
		t.Fatalf("no card to review: %.500s", front.body)
	}
	if front.doc.Find(`[data-testid="back"]`).Length() != 0 {
		t.Fatal("the front shows the back")
	}
	back := b.get("/courses/rivers/review/" + strconv.FormatInt(id, 10))
	wantStatus(t, back, http.StatusOK)
	// The buttons show what the scheduler would give a new card now.
	sch, _ := srs.NewScheduler(func() srs.Params { p := srs.DefaultParams(); p.EnableFuzz = true; return p }())
	preview := sch.Preview(srs.NewCard(clk.t), clk.t)
	for r := 1; r <= 4; r++ {
		got := strings.TrimSpace(back.doc.Find(`[data-testid="ivl-` + strconv.Itoa(r) + `"]`).Text())
		if want := handlers.IntervalLabel(preview[r-1].Due.Sub(clk.t)); got != want {
			t.Errorf("button %d shows %q, want %q", r, got, want)
		}
	}
	// The learner thinks for 90 seconds; the rating still counts from when
	// the answer was shown, so what is stored is what the button said.
	shown, _ := back.doc.Find(`input[name="shown"]`).Attr("value")
	clk.add(90 * time.Second)
	wantStatus(t, b.post("/courses/rivers/review/"+strconv.FormatInt(id, 10),
		url.Values{"rating": {"3"}, "reps": {"0"}, "shown": {shown}}), http.StatusSeeOther)
	card, err := a.db.FindCard(context.Background(), a.userID(b), id)
	if err != nil || card.State == nil {
		t.Fatalf("no state after rating: %v", err)
	}
	if !card.State.Due.Equal(preview[2].Due) || card.State.Reps != 1 || card.State.State != "learning" {
		t.Fatalf("stored %+v; the Good button promised due %v", card.State, preview[2].Due)
	}
	// The same form again (a double submit) changes nothing.
	wantStatus(t, b.rate(id, 1, 0), http.StatusSeeOther)
	again, _ := a.db.FindCard(context.Background(), a.userID(b), id)
	if again.State.Reps != 1 || !again.State.Due.Equal(card.State.Due) {
		t.Fatalf("a double submit changed the card: %+v", again.State)
	}
	// Rating it again before it is due is refused.
	r := b.rate(id, 3, 1)
	wantStatus(t, r, http.StatusConflict)
	// Ten minutes later it is due and comes first.
	clk.add(11 * time.Minute)
	next, p := b.frontCard("")
	if next != id {
		t.Fatalf("after 11 minutes the next card is %d, want the learning card %d", next, id)
	}
	if p.doc.Find(`[data-testid="counts"]`).Text() == "" || !strings.Contains(p.doc.Find(`[data-testid="counts"]`).Text(), "1 card due") {
		t.Errorf("counts: %q", p.doc.Find(`[data-testid="counts"]`).Text())
	}
}

func TestReviewBadInput(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	b := a.browser()
	id, _ := b.frontCard("")
	wantStatus(t, b.rate(id, 7, 0), http.StatusUnprocessableEntity)
	wantStatus(t, b.post("/courses/rivers/review/"+strconv.FormatInt(id, 10), url.Values{"rating": {"3"}}), http.StatusBadRequest)
	wantStatus(t, b.rate(999999, 3, 0), http.StatusNotFound)
	wantStatus(t, b.get("/courses/rivers/review?theme=nope"), http.StatusNotFound)
	wantStatus(t, b.get("/courses/rivers/review/abc"), http.StatusNotFound)
	// A card of another theme is not in this theme's deck.
	danube, _ := b.frontCard("?theme=danube")
	rhine, _ := b.frontCard("?theme=rhine-and-borders")
	if danube == rhine || danube == 0 || rhine == 0 {
		t.Fatalf("theme decks gave cards %d and %d", danube, rhine)
	}
	wantStatus(t, b.post("/courses/rivers/review/"+strconv.FormatInt(rhine, 10), url.Values{"rating": {"3"}, "reps": {"0"}, "theme": {"danube"}}), http.StatusNotFound)
	wantStatus(t, b.post("/courses/rivers/review/undo", url.Values{"theme": {"nope"}}), http.StatusNotFound)
}

func TestUndoRestoresTheCard(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	b := a.browser()
	id, _ := b.frontCard("")
	wantStatus(t, b.rate(id, 4, 0), http.StatusSeeOther)
	r := b.post("/courses/rivers/review/undo", nil)
	wantStatus(t, r, http.StatusSeeOther)
	if loc := r.header.Get("Location"); loc != "/courses/rivers/review/"+strconv.FormatInt(id, 10) {
		t.Fatalf("undo goes to %q", loc)
	}
	card, _ := a.db.FindCard(context.Background(), a.userID(b), id)
	if card.State != nil {
		t.Fatalf("after undo the card still has a state: %+v", card.State)
	}
	if next, _ := b.frontCard(""); next != id {
		t.Fatalf("after undo the first card is %d, want %d again", next, id)
	}
}

// An undo says which rating of which card it took back; a press with
// nothing to take back (a double press, a page left open) goes back to
// the flashcards and says so, and changes nothing.
func TestUndoSaysWhatWasUndone(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	b := a.browser()
	// Before any rating.
	msg, p := flashAfter(t, b, b.post("/courses/rivers/review/undo", nil))
	want := "Nothing to undo: your last rating here is taken back already, or you have not rated a card yet."
	if msg != want || p.doc.Find(`[data-testid="undo"]`).Length() > 0 {
		t.Errorf("undo before any rating says %q (an undo button: %v), want %q", msg, p.doc.Find(`[data-testid="undo"]`).Length() > 0, want)
	}
	id, _ := b.frontCard("")
	card, err := a.db.FindCard(context.Background(), a.userID(b), id)
	if err != nil {
		t.Fatal(err)
	}
	front := card.Front
	if card.Question != nil {
		_, front = quiz.SplitLead(quiz.CardFront(*card.Question))
	}
	wantStatus(t, b.rate(id, 3, 0), http.StatusSeeOther)
	_, next := b.frontCard("")
	if got := strings.TrimSpace(next.doc.Find(`[data-testid="undo"]`).Text()); got != "Undo “Good” on the card before" {
		t.Errorf("undo under the next card reads %q", got)
	}
	msg, back := flashAfter(t, b, b.post("/courses/rivers/review/undo", nil))
	quoted, ok := strings.CutPrefix(msg, "Your “Good” on “")
	quoted, ok2 := strings.CutSuffix(quoted, "” is undone: rate it again.")
	if !ok || !ok2 || quoted == "" || !strings.HasPrefix(strings.Join(strings.Fields(front), " "), strings.TrimSuffix(quoted, " …")) {
		t.Errorf("after undo the page says %q; want the Good on %q taken back", msg, front)
	}
	if !strings.Contains(back.body, `data-testid="rate-3"`) && back.doc.Find(`button[name="rating"]`).Length() != 4 {
		t.Error("after undo the card's answer and ratings are not shown")
	}
	// The message goes with the page it was for.
	if again := b.get("/courses/rivers/review/" + strconv.FormatInt(id, 10)); again.doc.Find(`[data-testid="flash"]`).Length() > 0 {
		t.Error("the undo message shows again on a reload")
	}
	// Pressed again: nothing left to take back, and no 404.
	r := b.post("/courses/rivers/review/undo", nil)
	if loc := r.header.Get("Location"); loc != "/courses/rivers/review" {
		t.Errorf("a second undo goes to %q, want the flashcards", loc)
	}
	msg, _ = flashAfter(t, b, r)
	if msg != want {
		t.Errorf("a second undo says %q, want %q", msg, want)
	}
	if card, _ := a.db.FindCard(context.Background(), a.userID(b), id); card.State != nil {
		t.Errorf("a second undo changed the card: %+v", card.State)
	}
	// In a theme's deck, it goes back to that deck.
	if r := b.post("/courses/rivers/review/undo", url.Values{"theme": {"danube"}}); r.header.Get("Location") != "/courses/rivers/review?theme=danube" {
		t.Errorf("a second undo in a theme goes to %q", r.header.Get("Location"))
	}
}

// Undo shows only when there is a rating of today to
// take back: not before the first one, and not once it is undone.
func TestUndoShownOnlyAfterARating(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	b := a.browser()
	undo := func(p page) bool { return p.doc.Find(`[data-testid="undo"]`).Length() > 0 }
	first, p := b.frontCard("")
	if undo(p) {
		t.Error("a visitor's first card offers to undo a rating")
	}
	wantStatus(t, b.rate(first, 3, 0), http.StatusSeeOther)
	next, p := b.frontCard("")
	if !undo(p) {
		t.Error("no undo after rating a card")
	}
	// Under the next card, the button says which rating it takes back:
	// not the card on show.
	if got := strings.TrimSpace(p.doc.Find(`[data-testid="undo"]`).Text()); got != "Undo “Good” on the card before" {
		t.Errorf("undo under the next card reads %q", got)
	}
	if back := b.get("/courses/rivers/review/" + strconv.FormatInt(next, 10)); !undo(back) {
		t.Error("no undo on the back of the next card after a rating")
	}
	wantStatus(t, b.post("/courses/rivers/review/undo", nil), http.StatusSeeOther)
	if _, p := b.frontCard(""); undo(p) {
		t.Error("undo still offered once the only rating is undone")
	}
	// A rating from yesterday is not this session's to undo.
	wantStatus(t, b.rate(first, 3, 0), http.StatusSeeOther)
	clk.t = clk.t.Add(24 * time.Hour)
	if _, p := b.frontCard(""); undo(p) {
		t.Error("undo offered the next day for yesterday's rating")
	}
}

func TestMissedQuestionIsDueNow(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	b := a.browser()
	att := b.startQuiz("danube")
	p := b.get(att + "/q/1")
	qid, _ := p.doc.Find(`input[name="q"]`).Attr("value")
	b.post(att+"/q/1", answerForm(t, p, false))
	home := b.get("/")
	if got := home.doc.Find(`[data-testid="due-count"]`).Text(); got != "1 card due" {
		t.Errorf("home says %q cards due, want 1", got)
	}
	id, front := b.frontCard("")
	card, err := a.db.FindCard(context.Background(), a.userID(b), id)
	if err != nil || card.Question == nil || card.Question.ID != qid {
		t.Fatalf("first card to review is %d (%v), want the missed question %s", id, err, qid)
	}
	if !strings.Contains(front.doc.Find(`[data-testid="counts"]`).Text(), "1 card due") {
		t.Errorf("counts %q", front.doc.Find(`[data-testid="counts"]`).Text())
	}
}

// A card queued by a missed question is studied without using up the
// day's new cards.
func TestMissedCardLeavesNewLimit(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	b := a.browser()
	wantStatus(t, b.post("/settings", url.Values{"retention": {"0.9"}, "new_per_day": {"1"}, "day_start": {"4"}, "time_zone": {"UTC"}}), http.StatusSeeOther)
	att := b.startQuiz("danube")
	p := b.get(att + "/q/1")
	b.post(att+"/q/1", answerForm(t, p, false))
	missed, _ := b.frontCard("")
	wantStatus(t, b.rate(missed, 3, 0), http.StatusSeeOther)
	// Undoing its rating puts it back at the head of the queue.
	wantStatus(t, b.post("/courses/rivers/review/undo", nil), http.StatusSeeOther)
	if again, _ := b.frontCard(""); again != missed {
		t.Fatalf("after undo card %d comes first, want the missed card %d", again, missed)
	}
	wantStatus(t, b.rate(missed, 3, 0), http.StatusSeeOther)
	fresh, _ := b.frontCard("")
	if fresh == 0 || fresh == missed {
		t.Fatalf("after the missed card, card %d is offered; want a new one (the limit is 1)", fresh)
	}
	wantStatus(t, b.rate(fresh, 3, 0), http.StatusSeeOther)
	if next, _ := b.frontCard(""); next != 0 {
		t.Errorf("after one new card with a limit of 1, card %d is offered", next)
	}
}

func TestNewCardLimitAndSettings(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	b := a.browser()
	bad := b.post("/settings", url.Values{"retention": {"0.99"}, "new_per_day": {"lots"}, "day_start": {"4"}, "time_zone": {"Mars/Olympus"}})
	wantStatus(t, bad, http.StatusUnprocessableEntity)
	for _, f := range []string{"retention", "new_per_day", "time_zone"} {
		if bad.doc.Find("#"+f+"-error").Length() != 1 {
			t.Errorf("no message beside %s", f)
		}
	}
	if v, _ := bad.doc.Find("#new_per_day").Attr("value"); v != "lots" {
		t.Errorf("typed value not kept: %q", v)
	}
	if v, _ := bad.doc.Find("#time_zone").Attr("value"); v != "Mars/Olympus" {
		t.Errorf("typed zone not kept: %q", v)
	}
	ok := b.post("/settings", url.Values{"retention": {"0.85"}, "new_per_day": {"1"}, "day_start": {"4"}, "time_zone": {"Europe/Paris"}})
	wantStatus(t, ok, http.StatusSeeOther)
	set, _ := a.db.FindSettings(context.Background(), a.userID(b))
	if set.DesiredRetention != 0.85 || set.NewPerDay != 1 || set.TimeZone != "Europe/Paris" {
		t.Fatalf("settings stored as %+v", set)
	}
	id, _ := b.frontCard("")
	wantStatus(t, b.rate(id, 4, 0), http.StatusSeeOther)
	next, p := b.frontCard("")
	if next != 0 || p.doc.Find(`[data-testid="review-done"]`).Length() != 1 {
		t.Fatalf("after one new card with a limit of 1, card %d is offered", next)
	}
	if !strings.Contains(p.body, "started today") {
		t.Error("the done page does not say the new-card limit was reached")
	}
	// The next learner day (4 am in Paris) brings new cards again.
	clk.t = time.Date(2026, 3, 3, 3, 30, 0, 0, time.UTC) // 4:30 in Paris
	if next, _ := b.frontCard(""); next == 0 {
		t.Fatal("no new card on the next day")
	}
}

func TestLeechAndSuspend(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	b := a.browser()
	id, _ := b.frontCard("")
	reps := 0
	rate := func(r int) {
		t.Helper()
		wantStatus(t, b.rate(id, r, reps), http.StatusSeeOther)
		reps++
	}
	uid := int64(0)
	state := func() *quiz.CardState {
		if uid == 0 {
			uid = a.userID(b)
		}
		c, err := a.db.FindCard(context.Background(), uid, id)
		if err != nil {
			t.Fatal(err)
		}
		return c.State
	}
	rate(4) // easy: straight to review
	for i := 0; i < 8; i++ {
		clk.t = state().Due.Add(time.Minute)
		rate(1) // forgotten: a lapse
		clk.t = state().Due.Add(time.Minute)
		rate(3) // relearnt
	}
	if st := state(); st.Lapses != 8 || !st.Leech {
		t.Fatalf("after 8 lapses: %+v", st)
	}
	l := b.get("/courses/rivers/leeches")
	wantStatus(t, l, http.StatusOK)
	if l.doc.Find(`[data-testid="leeches"] li`).Length() != 1 {
		t.Fatalf("leeches page lists %d cards", l.doc.Find(`[data-testid="leeches"] li`).Length())
	}
	if href, _ := l.doc.Find(`[data-testid="leeches"] li a`).Attr("href"); !strings.Contains(href, "/read#p-") {
		t.Errorf("leech links to %q, not its paragraph", href)
	}
	path := "/courses/rivers/cards/" + strconv.FormatInt(id, 10) + "/suspend"
	wantStatus(t, b.post(path, url.Values{"suspend": {"1"}}), http.StatusSeeOther)
	clk.t = state().Due.Add(time.Hour)
	if next, _ := b.frontCard(""); next == id {
		t.Fatal("a suspended card is offered for review")
	}
	wantStatus(t, b.post(path, url.Values{"suspend": {"0"}}), http.StatusSeeOther)
	if next, _ := b.frontCard(""); next != id {
		t.Fatalf("the restored, overdue card is not first (got %d)", next)
	}
	// Another learner cannot suspend this learner's card.
	other := a.browser()
	other.frontCard("")
	wantStatus(t, other.post(path, url.Values{"suspend": {"1"}}), http.StatusNotFound)
}

// Long intervals are fuzzed from the review time: the interval stored is
// still the one the button showed, however long the learner took.
func TestFuzzedIntervalIsTheOneShown(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	b := a.browser()
	id, _ := b.frontCard("")
	back := b.get("/courses/rivers/review/" + strconv.FormatInt(id, 10))
	shownLabel := strings.TrimSpace(back.doc.Find(`[data-testid="ivl-4"]`).Text())
	shown, _ := back.doc.Find(`input[name="shown"]`).Attr("value")
	sch, _ := srs.NewScheduler(func() srs.Params { p := srs.DefaultParams(); p.EnableFuzz = true; return p }())
	want := sch.Preview(srs.NewCard(clk.t), clk.t)[3].Due
	clk.add(47*time.Second + 123*time.Millisecond)
	wantStatus(t, b.post("/courses/rivers/review/"+strconv.FormatInt(id, 10),
		url.Values{"rating": {"4"}, "reps": {"0"}, "shown": {shown}}), http.StatusSeeOther)
	card, _ := a.db.FindCard(context.Background(), a.userID(b), id)
	if !card.State.Due.Equal(want) || handlers.IntervalLabel(card.State.Due.Sub(card.State.LastReview)) != shownLabel {
		t.Fatalf("stored due %v (%s after the review); the Easy button showed %s, due %v",
			card.State.Due, card.State.Due.Sub(card.State.LastReview), shownLabel, want)
	}
}

// addRiversQuestion adds q to the first question set of the seeded
// course "rivers".
func addRiversQuestion(t *testing.T, a *app, q quiz.Question) {
	t.Helper()
	ctx := context.Background()
	c, err := a.db.FindCourse(ctx, "rivers")
	if err != nil {
		t.Fatal(err)
	}
	sets, err := a.db.ListSets(ctx, c.ID)
	if err != nil || len(sets) == 0 {
		t.Fatalf("sets: %v", err)
	}
	if _, err := a.db.CreateQuestion(ctx, sets[0].ID, q, 0); err != nil {
		t.Fatal(err)
	}
}

// A true/false question drafted from an article already asks "True or
// false?": its flashcard asks once, and a written statement gets the
// question put in front of it.
func TestTrueFalseCardAsksOnce(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	addRiversQuestion(t, a, quiz.Question{ID: "drafted-tf", Type: quiz.TrueFalse, Kind: quiz.Fact,
		Prompt:  "True or false? The Danube flows through four capital cities.",
		Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}})
	b := a.browser()
	seen := map[string]bool{}
	for i := 0; i < 40; i++ {
		id, p := b.frontCard("")
		if id == 0 {
			break
		}
		front := strings.TrimSpace(p.doc.Find(`#card-front`).Text())
		if n := strings.Count(strings.ToLower(front), "true or false"); strings.Contains(front, "four capital cities") || strings.Contains(front, "North Sea") {
			seen[front] = true
			if n != 1 {
				t.Errorf("card front %q asks %d times", front, n)
			}
		}
		wantStatus(t, b.rate(id, 4, 0), http.StatusSeeOther)
	}
	if len(seen) != 2 {
		t.Errorf("saw the true/false cards %v, want the drafted and the written one", seen)
	}
}

// backOf turns the card whose front holds front and returns its back's
// lines, the explanation under the rating buttons, and whether it came up.
func backOf(t *testing.T, b *browser, front string) (lines, more string, seen bool) {
	t.Helper()
	for i := 0; i < 40; i++ {
		id, p := b.frontCard("")
		if id == 0 {
			break
		}
		if strings.Contains(p.doc.Find(`#card-front`).Text(), front) {
			show, _ := p.doc.Find(`[data-testid="show"]`).Attr("href")
			back := b.get(show)
			wantStatus(t, back, http.StatusOK)
			lines = strings.Join(back.doc.Find(`[data-testid="back"] .answer-line`).Map(func(_ int, s *goquery.Selection) string { return strings.TrimSpace(s.Text()) }), " | ")
			more = strings.TrimSpace(back.doc.Find(`.card-more .explanation`).Text())
			seen = true
		}
		wantStatus(t, b.rate(id, 4, 0), http.StatusSeeOther)
	}
	return lines, more, seen
}

// A false statement's flashcard says on its back that it is false and what
// the article says: what was swapped, as the feedback did to a learner who
// answered True, and the explanation, moved up from under the rating
// buttons rather than said twice.
func TestFalseStatementCardSaysTheSwap(t *testing.T) {
	a := newApp(t)
	addRiversQuestion(t, a, quiz.Question{ID: "swapped-tf", Type: quiz.TrueFalse, Kind: quiz.Fact,
		Prompt:      "True or false? The Danube flows through fourteen countries.",
		Options:     []quiz.Option{{Text: "True", Feedback: "The article has “ten”, not “fourteen”."}, {Text: "False", Correct: true}},
		Explanation: "The article says: “The Danube flows through ten countries.”"})
	lines, more, seen := backOf(t, a.browser(), "fourteen countries")
	if !seen {
		t.Fatal("the false statement's card never came up")
	}
	if want := "False | The article has “ten”, not “fourteen”. | The article says: “The Danube flows through ten countries.”"; lines != want {
		t.Errorf("the back reads %q, want %q", lines, want)
	}
	if more != "" {
		t.Errorf("the explanation is said again under the rating buttons: %q", more)
	}
}

// A true statement's flashcard says on its back that it is true and
// restates it, without the question before it or the quotation that leads
// to it; an explanation that only quotes it back is not said again under
// the rating buttons.
func TestTrueStatementCardRestatesIt(t *testing.T) {
	a := newApp(t)
	addRiversQuestion(t, a, quiz.Question{ID: "true-tf", Type: quiz.TrueFalse, Kind: quiz.Attribution,
		Prompt:      "The article says: “Barges still carry grain downstream.” True or false? Most of that grain is loaded at Vienna, said a harbour master who works near the river’s mouth.",
		Options:     []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}},
		Explanation: "The article says: “Most of that grain is loaded at Vienna, said the harbour master.”"})
	lines, more, seen := backOf(t, a.browser(), "loaded at Vienna")
	if !seen {
		t.Fatal("the true statement's card never came up")
	}
	if want := "True | Most of that grain is loaded at Vienna, said a harbour master who works near the river’s mouth."; lines != want {
		t.Errorf("the back reads %q, want %q", lines, want)
	}
	if more != "" {
		t.Errorf("under the rating buttons the statement is quoted again: %q", more)
	}
}

// A false statement written by an instructor, with no "True or false?"
// and feedback of its own, turns to its feedback and its explanation; one
// with no feedback turns to its explanation alone.
func TestWrittenFalseStatementCardSaysTheFact(t *testing.T) {
	a := newApp(t)
	addRiversQuestion(t, a, quiz.Question{ID: "bare-false", Type: quiz.TrueFalse, Kind: quiz.Fact,
		Prompt:      "The Rhine rises in the Black Forest.",
		Options:     []quiz.Option{{Text: "True"}, {Text: "False", Correct: true}},
		Explanation: "It rises in the Swiss Alps."})
	b := a.browser()
	lines, _, seen := backOf(t, b, "North Sea")
	if !seen {
		t.Fatal("the course's own false statement never came up")
	}
	if want := "False | No: the Black Sea. | It ends in the Black Sea."; lines != want {
		t.Errorf("the back of the course's statement reads %q, want %q", lines, want)
	}
	b2 := a.browser()
	lines, _, seen = backOf(t, b2, "Black Forest")
	if !seen {
		t.Fatal("the statement without feedback never came up")
	}
	if want := "False | It rises in the Swiss Alps."; lines != want {
		t.Errorf("the back reads %q, want %q", lines, want)
	}
}

// Reloading the answer side of a card shows the same intervals on the
// buttons: the moment the answer was shown, which seeds their fuzz, stays
// in the address; and the rating stores the interval the button showed.
func TestReloadedCardShowsTheSameIntervals(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	b := a.browser()
	id, front := b.frontCard("")
	backURL := "/courses/rivers/review/" + strconv.FormatInt(id, 10)
	show, _ := front.doc.Find(`[data-testid="show"]`).Attr("href")
	clk.add(3 * time.Second) // reading the front
	labels := func(p page) string {
		wantStatus(t, p, http.StatusOK)
		return strings.Join(p.doc.Find(`.rate-ivl`).Map(func(_ int, s *goquery.Selection) string { return s.Text() }), " ")
	}
	first := b.get(show)
	shown, _ := first.doc.Find(`input[name="shown"]`).Attr("value")
	if want := strconv.FormatInt(clk.t.Add(-3*time.Second).UnixMilli(), 10); show != backURL+"?at="+want+"#back" || shown != want {
		t.Fatalf("the Show answer link is %s and the answer counts as shown at %s, want the moment %s", show, shown, want)
	}
	want := labels(first)
	for i := range 12 {
		clk.add(time.Duration(i+1)*time.Second + 7*time.Millisecond)
		again := b.get(show)
		if got := labels(again); got != want {
			t.Fatalf("reload %d shows %q, first showed %q", i+1, got, want)
		}
		if s, _ := again.doc.Find(`input[name="shown"]`).Attr("value"); s != shown {
			t.Fatalf("reload %d: shown at %s, want %s", i+1, s, shown)
		}
	}
	easy := strings.TrimSpace(first.doc.Find(`[data-testid="ivl-4"]`).Text())
	wantStatus(t, b.post(backURL, url.Values{"rating": {"4"}, "reps": {"0"}, "shown": {shown}}), http.StatusSeeOther)
	card, _ := a.db.FindCard(context.Background(), a.userID(b), id)
	if got := handlers.IntervalLabel(card.State.Due.Sub(card.State.LastReview)); got != easy {
		t.Fatalf("stored %s; the Easy button showed %s", got, easy)
	}
	// An address whose moment is an hour old or in the future starts a
	// new showing at the time now.
	for _, at := range []string{strconv.FormatInt(clk.t.Add(time.Minute).UnixMilli(), 10), "x", ""} {
		id2, _ := b.frontCard("")
		if id2 == 0 {
			break
		}
		p := b.get("/courses/rivers/review/" + strconv.FormatInt(id2, 10) + "?at=" + at)
		if s, _ := p.doc.Find(`input[name="shown"]`).Attr("value"); s != strconv.FormatInt(clk.t.UnixMilli(), 10) {
			t.Errorf("at=%q: shown at %s, want now (%d)", at, s, clk.t.UnixMilli())
		}
	}
}

// A card made from a question that quotes the sentence it leans on shows
// that sentence as a quotation above the front, as the quiz page does, and
// the front asks the question alone: the heading is not the quotation.
func TestQuotedQuestionCardShowsItsLead(t *testing.T) {
	a := newApp(t)
	addRiversQuestion(t, a, quiz.Question{ID: "quoted-tf", Type: quiz.TrueFalse, Kind: quiz.Fact,
		Prompt:      "The article says: “The Danube rises in the Black Forest.” True or false? The river flows through ten countries.",
		Options:     []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}},
		Explanation: "The article says: “The Danube flows through ten countries.”"})
	b := a.browser()
	seen := false
	for i := 0; i < 40; i++ {
		id, p := b.frontCard("")
		if id == 0 {
			break
		}
		front := strings.TrimSpace(p.doc.Find(`#card-front`).Text())
		if strings.Contains(front, "The river flows through ten countries") {
			seen = true
			if want := "True or false? The river flows through ten countries."; front != want {
				t.Errorf("the front reads %q, want %q", front, want)
			}
			lead := p.doc.Find(`figure#card-lead`)
			if got := strings.TrimSpace(lead.Find(`blockquote`).Text()); got != "The Danube rises in the Black Forest." {
				t.Errorf("the quoted sentence above the front is %q", got)
			}
			if lead.Length() == 1 && lead.NextAllFiltered(`#card-front`).Length() != 1 {
				t.Error("the quotation is not above the front")
			}
		}
		wantStatus(t, b.rate(id, 4, 0), http.StatusSeeOther)
	}
	if !seen {
		t.Fatal("the quoted question's card never came up")
	}
}

// A card's back quotes the sentence it tests once: where the back says it
// already, the rest of the paragraph is folded with the sentence marked,
// as after a quiz answer, and the sentence is not shown again below.
func TestCardBackQuotesItsSentenceOnce(t *testing.T) {
	a := newApp(t)
	sentence := "The Danube flows through ten countries and ends in the Black Sea."
	addRiversQuestion(t, a, quiz.Question{ID: "back-once", Type: quiz.TrueFalse, Kind: quiz.Fact,
		Prompt:      "True or false? The Danube flows through ten countries and ends in the Black Sea.",
		Options:     []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}},
		Explanation: "The article says: “" + sentence + "”", Paragraphs: []int{1}})
	b := a.browser()
	seen := false
	for i := 0; i < 40; i++ {
		id, p := b.frontCard("")
		if id == 0 {
			break
		}
		if strings.Contains(p.doc.Find(`#card-front`).Text(), "ends in the Black Sea") {
			seen = true
			show, _ := p.doc.Find(`[data-testid="show"]`).Attr("href")
			back := b.get(show)
			wantStatus(t, back, http.StatusOK)
			// The paragraph is this one sentence: nothing is left to fold.
			more := back.doc.Find(`.card-more`).Clone()
			more.Find(`details.whole-paragraph`).Remove()
			// The statement restated under its verdict says it; the
			// explanation that only quotes it is not shown again.
			if n := strings.Count(back.doc.Find(`[data-testid="back"]`).Text()+more.Text(), "ends in the Black Sea"); n != 1 {
				t.Errorf("the back shows the sentence %d times outside a folded paragraph, want once", n)
			}
			if href, _ := more.Find(`figcaption a`).Attr("href"); href != "/courses/rivers/read#p-1" {
				t.Errorf("the back links the paragraph as %q", href)
			}
		}
		wantStatus(t, b.rate(id, 4, 0), http.StatusSeeOther)
	}
	if !seen {
		t.Fatal("the card never came up")
	}
}

// At the end of a theme's deck, Undo names the last rating and brings its
// card back in that theme's deck, not in the whole course's.
func TestUndoAtTheEndOfAThemesDeck(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	b := a.browser()
	var done page
	var last int64
	for range 30 {
		id, p := b.frontCard("?theme=rhine-and-borders")
		if id == 0 {
			done = p
			break
		}
		last = id
		wantStatus(t, b.rate(id, 4, 0), http.StatusSeeOther)
	}
	if done.doc == nil || done.doc.Find(`[data-testid="review-done"]`).Length() != 1 {
		t.Fatal("the Rhine deck never ran out")
	}
	undo := done.doc.Find(`[data-testid="undo"]`)
	if got := strings.TrimSpace(undo.Text()); got != "Undo your last “Easy”" {
		t.Errorf("the end of the deck offers %q", got)
	}
	theme := undo.Closest("form").Find(`input[name="theme"]`).AttrOr("value", "")
	r := b.post("/courses/rivers/review/undo", url.Values{"theme": {theme}})
	if loc, want := r.header.Get("Location"), "/courses/rivers/review/"+strconv.FormatInt(last, 10)+"?theme=rhine-and-borders"; loc != want {
		t.Errorf("undo at the end of the Rhine deck goes to %q, want %q", loc, want)
	}
}

// backPage turns the card whose front holds front and returns the page of
// its back.
func backPage(t *testing.T, b *browser, front string) page {
	t.Helper()
	for i := 0; i < 40; i++ {
		id, p := b.frontCard("")
		if id == 0 {
			break
		}
		if strings.Contains(p.doc.Find(`#card-front`).Text(), front) {
			show, _ := p.doc.Find(`[data-testid="show"]`).Attr("href")
			back := b.get(show)
			wantStatus(t, back, http.StatusOK)
			return back
		}
		wantStatus(t, b.rate(id, 4, 0), http.StatusSeeOther)
	}
	t.Fatalf("the card %q never came up", front)
	return page{}
}

// A drafted true statement's flashcard says its sentence once on the back:
// the explanation that only quotes it back ("He" for the name) is not
// shown under the rating buttons, while the paragraph it comes from stays,
// folded, with the sentence marked. An explanation that quotes more than
// the statement says is kept.
func TestTrueStatementCardSaysItOnce(t *testing.T) {
	c := quiztest.Course()
	c.Paragraphs = append(c.Paragraphs, quiz.Paragraph{N: 4, Text: "Barges carry grain down the Danube to the sea. He said most of that grain is loaded at Vienna in spring. Some goes on by rail."})
	c.Themes[0].Paragraphs = append(c.Themes[0].Paragraphs, 4)
	c.Questions = append(c.Questions,
		quiz.Question{ID: "vienna-tf", Theme: "danube", Type: quiz.TrueFalse, Kind: quiz.Fact,
			Prompt:      "True or false? The harbour master said most of that grain is loaded at Vienna in spring.",
			Options:     []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}},
			Explanation: "The article says: “He said most of that grain is loaded at Vienna in spring.”", Paragraphs: []int{4}},
		quiz.Question{ID: "barges-tf", Theme: "danube", Type: quiz.TrueFalse, Kind: quiz.Fact,
			Prompt:      "True or false? Barges carry grain down the Danube.",
			Options:     []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}},
			Explanation: "The article says: “Barges carry grain down the Danube to the sea, where ships take it on to ports of three continents.”", Paragraphs: []int{4}})
	a := newAppWith(t, c)
	back := backPage(t, a.browser(), "loaded at Vienna")
	page := back.doc.Find(`[data-testid="card"]`)
	shown := strings.Replace(page.Text(), page.Find(`details.whole-paragraph`).Text(), "", 1)
	if n := strings.Count(shown, "loaded at Vienna in spring"); n != 2 {
		t.Errorf("the sentence is said %d times in plain view, want twice (the front, the back): %q", n, shown)
	}
	if got := strings.TrimSpace(back.doc.Find(`.card-more .explanation`).Text()); got != "" {
		t.Errorf("the explanation quotes the statement again: %q", got)
	}
	q := back.doc.Find(`.card-more [data-testid="quote"]`)
	if got := strings.TrimSpace(q.Find(`details.whole-paragraph mark`).Text()); got != "He said most of that grain is loaded at Vienna in spring." {
		t.Errorf("the paragraph's marked sentence is %q", got)
	}
	if !strings.Contains(q.Find(`details.whole-paragraph`).Text(), "Some goes on by rail.") {
		t.Errorf("the paragraph around the sentence is gone: %q", q.Text())
	}
	if got := q.Find(`figcaption a`).Text(); got != "Paragraph 4 in the article" {
		t.Errorf("the link to the paragraph reads %q", got)
	}

	back = backPage(t, a.browser(), "Barges carry grain")
	if got := strings.TrimSpace(back.doc.Find(`.card-more .explanation`).Text()); !strings.Contains(got, "three continents") {
		t.Errorf("an explanation that quotes more than the statement is dropped: %q", got)
	}
}

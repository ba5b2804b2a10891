package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/lectern/lectern/internal/pgtest"
	"github.com/lectern/lectern/internal/quiztest"
	"github.com/lectern/lectern/internal/store"
)

// twoInstances serves one new PostgreSQL database from two whole handler
// stacks, each with its own store (its own pool, caches and listener) and
// its own job runner, as two Lectern servers behind a load balancer.
func twoInstances(t *testing.T) (*app, *app) {
	t.Helper()
	pgtest.Require(t)
	url := pgtest.NewDatabase(t)
	db, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.ImportCourse(context.Background(), quiztest.Course(), 0)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	return openApp(t, url), openApp(t, url)
}

// on returns the browser b as it reaches the other server: the same
// cookies (both listen on 127.0.0.1), another server. The load balancer's
// next request goes there once a has heard of every write committed so
// far (SyncNotifications: the notifications that drop its caches are on
// their way, and this waits for them rather than for time).
func (b *browser) on(a *app) *browser {
	b.a.t.Helper()
	if err := a.db.SyncNotifications(context.Background()); err != nil {
		b.a.t.Fatal(err)
	}
	return &browser{a: a, c: b.c}
}

// A learner whose requests a load balancer sends to either of two servers
// does not notice: the quiz begun on one goes on on the other, each answer
// counted once, and the review queue continues where the other left it.
func TestTwoServersOneLearner(t *testing.T) {
	one, two := twoInstances(t)
	b := one.browser()
	att := b.startQuiz("danube")
	mastery := func(srv *app) string {
		return b.on(srv).get("/courses/rivers").doc.Find(`[data-testid="theme"]`).First().Find(".pct").Text()
	}
	// Mastery after each answer: right, wrong, right.
	want := []string{"0%", "33%", "33%", "67%"}
	for n := 1; n <= 3; n++ {
		// Both servers read (and cache) the learner's state before each
		// answer, which the other server hears of only by notification.
		for i, srv := range []*app{one, two} {
			if got := mastery(srv); got != want[n-1] {
				t.Fatalf("before answer %d, server %d shows mastery %q, want %q", n, i+1, got, want[n-1])
			}
		}
		srv := []*app{one, two}[n%2]
		b = b.on(srv)
		path := att + "/q/" + itoaT(n)
		p := b.get(path)
		wantStatus(t, p, http.StatusOK)
		if got := strings.TrimSpace(p.doc.Find(`[data-testid="progress"] p`).Text()); got != "Question "+itoaT(n)+" of 3" {
			t.Fatalf("question %d on the %s server: progress %q", n, []string{"first", "second"}[n%2], got)
		}
		wantStatus(t, b.post(path, answerForm(t, p, n != 2)), http.StatusSeeOther)
		// The feedback is shown by the other server, whose mastery counts
		// the answer.
		other := []*app{one, two}[(n+1)%2]
		fb := b.on(other).get(path)
		if fb.doc.Find(`[data-testid="feedback"]`).Length() != 1 {
			t.Fatalf("question %d: the other server shows no feedback: %.400s", n, fb.body)
		}
		if got := mastery(other); got != want[n] {
			t.Errorf("after answer %d on one server, the other shows mastery %q, want %q", n, got, want[n])
		}
	}
	res := b.on(two).get(att + "/results")
	if got := res.doc.Find(`[data-testid="score"] strong`).Text(); got != "2 of 3" {
		t.Errorf("score on the second server %q, want 2 of 3", got)
	}
	for i, srv := range []*app{one, two} {
		if got := b.on(srv).get("/courses/rivers").doc.Find(`[data-testid="theme"]`).First().Find(".pct").Text(); got != "67%" {
			t.Errorf("mastery on server %d: %q, want 67%%", i+1, got)
		}
	}
	uid := one.userID(b)
	data, err := two.db.LearnerData(context.Background(), uid)
	if err != nil {
		t.Fatal(err)
	}
	if len(data.Attempts) != 1 || len(data.Attempts[0].Responses) != 3 {
		t.Fatalf("stored %d attempts, the first with %d responses; want 1 with 3", len(data.Attempts), len(data.Attempts[0].Responses))
	}

	// The review queue: the card the first server shows is rated on the
	// second, and the first then shows the next card, not the rated one.
	rated := map[int64]bool{}
	for range 4 {
		id, _ := b.on(one).frontCard("")
		if id == 0 {
			break
		}
		if rated[id] {
			t.Fatalf("card %d, rated on the second server, is shown again by the first", id)
		}
		wantStatus(t, b.on(two).rate(id, 3, 0), http.StatusSeeOther)
		rated[id] = true
	}
	if len(rated) < 2 {
		t.Fatalf("only %d cards reviewed; the test needs two at least", len(rated))
	}
	data, err = one.db.LearnerData(context.Background(), uid)
	if err != nil {
		t.Fatal(err)
	}
	if len(data.Reviews) != len(rated) {
		t.Errorf("%d reviews stored for %d cards rated once each", len(data.Reviews), len(rated))
	}
}

// The same answer and the same rating sent through both servers at once
// are counted exactly once.
func TestTwoServersCountOnce(t *testing.T) {
	one, two := twoInstances(t)
	b := one.browser()
	att := b.startQuiz("danube")
	path := att + "/q/1"
	p := b.get(path)
	form := answerForm(t, p, false)
	const each = 4
	var wg sync.WaitGroup
	for i := range 2 * each {
		c := &browser{a: []*app{one, two}[i%2], c: b.c}
		wg.Go(func() { c.post(path, form) })
	}
	wg.Wait()
	uid := one.userID(b)
	data, err := two.db.LearnerData(context.Background(), uid)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(data.Attempts[0].Responses); n != 1 {
		t.Fatalf("the same answer from both servers at once: %d responses, want 1", n)
	}

	// The missed question's card is due now: rate it through both at once.
	id, _ := b.on(two).frontCard("")
	if id == 0 {
		t.Fatal("no card due after a missed question")
	}
	for i := range 2 * each {
		c := &browser{a: []*app{one, two}[i%2], c: b.c}
		wg.Go(func() { c.rate(id, 3, 0) })
	}
	wg.Wait()
	data, err = one.db.LearnerData(context.Background(), uid)
	if err != nil {
		t.Fatal(err)
	}
	if len(data.Reviews) != 1 {
		t.Errorf("the same rating from both servers at once: %d reviews, want 1", len(data.Reviews))
	}
	for _, cs := range data.Cards {
		if cs.Reps > 1 {
			t.Errorf("card %s: reps = %d, want 1", cs.CardID, cs.Reps)
		}
	}
}

// Signing out on one server ends the session on the other at once (no
// wait for a notification: sessions are read from the database on each
// request), and an instructor's edit on one shows on the other's next
// page.
func TestTwoServersSignOutAndEdit(t *testing.T) {
	one, two := twoInstances(t)
	one.instructor("teacher@school.example", "a long pass phrase here")
	teacher := one.browser()
	wantStatus(t, teacher.signIn("teacher@school.example", "a long pass phrase here"), http.StatusSeeOther)
	there := &browser{a: two, c: teacher.c}
	wantStatus(t, there.get("/teach"), http.StatusOK)

	// An edit on the first server shows on the second's next page.
	if got := there.get("/courses/rivers").doc.Find("h1").First().Text(); !strings.Contains(got, "Rivers") {
		t.Fatalf("the course page's heading is %q before the edit", got)
	}
	wantStatus(t, teacher.post("/teach/courses/rivers/rename", url.Values{"title": {"Great rivers of Europe"}}), http.StatusSeeOther)
	there = teacher.on(two)
	if got := there.get("/courses/rivers").doc.Find("h1").First().Text(); got != "Great rivers of Europe" {
		t.Errorf("after the rename on the first server, the second shows the heading %q", got)
	}
	if got := there.get("/").body; !strings.Contains(got, "Great rivers of Europe") {
		t.Error("after the rename on the first server, the second's home page does not show the new title")
	}

	// Signing out on the first server: the session's cookie, sent again
	// to the second at once, is a visitor's.
	token := teacher.cookie()
	wantStatus(t, teacher.post("/logout", nil), http.StatusSeeOther)
	if p := sendCookie(t, two, "/teach", token); p.status != http.StatusSeeOther {
		t.Errorf("the second server answers %d to the signed-out session, want 303 to the sign-in page", p.status)
	}

	// A role change on the first server signs the account out on the
	// second at once.
	one.account("admin@school.example", "another long pass phrase", "admin")
	wantStatus(t, teacher.signIn("teacher@school.example", "a long pass phrase here"), http.StatusSeeOther)
	token = teacher.cookie()
	if p := sendCookie(t, two, "/teach", token); p.status != http.StatusOK {
		t.Fatalf("the second server answers %d to the new session, want 200", p.status)
	}
	admin := one.browser()
	wantStatus(t, admin.signIn("admin@school.example", "another long pass phrase"), http.StatusSeeOther)
	tid, err := one.db.FindAccount(context.Background(), "teacher@school.example")
	if err != nil {
		t.Fatal(err)
	}
	wantStatus(t, admin.post("/admin/users/"+strconv.FormatInt(tid.ID, 10)+"/role", url.Values{"role": {"learner"}}), http.StatusSeeOther)
	if p := sendCookie(t, two, "/teach", token); p.status != http.StatusSeeOther {
		t.Errorf("the second server answers %d to the session of an account whose role changed, want 303", p.status)
	}
}

// sendCookie gets path from a with the session cookie token alone, not
// following redirects.
func sendCookie(t *testing.T, a *app, path, token string) page {
	t.Helper()
	req, _ := http.NewRequest("GET", a.srv.URL+path, nil)
	req.AddCookie(&http.Cookie{Name: "lectern", Value: token})
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	b := &browser{a: a, c: c}
	return b.do(req)
}

// Wrong passwords for one account sent to both servers in turn are counted
// together: after the five tries allowed at once, the next is refused on
// either server.
func TestTwoServersCountSignInTriesTogether(t *testing.T) {
	one, two := twoInstances(t)
	one.account("learner@school.example", "the right pass phrase", "learner")
	b := one.browser()
	for i := range 5 {
		c := &browser{a: []*app{one, two}[i%2], c: b.c}
		wantStatus(t, c.signIn("learner@school.example", "a wrong pass phrase"), http.StatusUnauthorized)
	}
	for i, srv := range []*app{one, two} {
		c := &browser{a: srv, c: b.c}
		if p := c.signIn("learner@school.example", "the right pass phrase"); p.status != http.StatusTooManyRequests {
			t.Errorf("server %d, after five wrong tries spread over both: status %d, want 429", i+1, p.status)
		}
	}
}

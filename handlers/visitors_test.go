package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/quiz"
)

// Cookie-less quiz starts from one address make learners only up to a small
// burst and then a few a minute; the rest are answered 429 with
// Retry-After and a page that says what to do. Other addresses are not
// held up. (The limit is counted in the database, address_buckets, swept
// with old sign-in tries: TestTwoInstancesTakeTokensTogether.)
func TestNewVisitorsAreRateLimitedPerAddress(t *testing.T) {
	clock := newSyncClock()
	a := newApp(t, behindProxy, func(d *handlers.Deps) {
		d.Now = clock.now
		d.Visitors = handlers.VisitorLimit{Burst: 10, Every: 20 * time.Second, MaxAddresses: 50}
	})
	ctx := context.Background()
	start := func(from string) answer {
		return a.send("/courses/rivers/quiz", from, "", url.Values{"theme": {"danube"}})
	}
	for i := range 10 {
		if r := start("203.0.113.9"); r.status != http.StatusSeeOther {
			t.Fatalf("quiz start %d: %d", i, r.status)
		}
	}
	r := start("203.0.113.9")
	if r.status != http.StatusTooManyRequests || r.header.Get("Retry-After") != "20" {
		t.Fatalf("start 11: status %d, Retry-After %q, want 429 and 20", r.status, r.header.Get("Retry-After"))
	}
	if !strings.Contains(r.body, "Please wait a moment") || !strings.Contains(r.body, "signing in") {
		t.Errorf("the 429 page does not say what to do: %.400s", r.body)
	}
	if c := r.header.Get("Set-Cookie"); c != "" {
		t.Errorf("a refused start set a cookie: %s", c)
	}
	if n, err := a.db.CountAnonymousLearners(ctx); err != nil || n != 10 {
		t.Fatalf("%d anonymous learners (%v), want 10", n, err)
	}
	if r := start("198.51.100.7"); r.status != http.StatusSeeOther {
		t.Fatalf("another address was held up: %d", r.status)
	}
	clock.add(20 * time.Second)
	if r := start("203.0.113.9"); r.status != http.StatusSeeOther {
		t.Fatalf("after 20 s: %d", r.status)
	}
	if r := start("203.0.113.9"); r.status != http.StatusTooManyRequests {
		t.Fatalf("two in 20 s: %d", r.status)
	}
}

// Anonymous learners that have done nothing for 90 days, and have no live
// session, are removed with their sessions and attempts; learners active
// within 90 days, or new, and accounts stay.
func TestIdleAnonymousLearnersAreRemoved(t *testing.T) {
	clock := newSyncClock()
	a := newApp(t, func(d *handlers.Deps) {
		d.Now = clock.now
		d.Sessions = handlers.NewSessionStore(d.Store, 90*24*time.Hour, false)
		d.Sessions.Now = clock.now
	})
	ctx := context.Background()
	day := 24 * time.Hour

	idle, active, signed := a.browser(), a.browser(), a.browser()
	idleAttempt := idle.startQuiz("danube")
	idleToken := idle.cookie()
	activeAttempt := active.startQuiz("danube")
	signed.startQuiz("danube")
	wantStatus(t, signed.post("/signup", url.Values{"email": {"kept@example.org"}, "password": {"a kept learner's passphrase"}}), http.StatusSeeOther)

	clock.add(80 * day)
	p := active.get(activeAttempt + "/q/1")
	wantStatus(t, active.post(activeAttempt+"/q/1", answerForm(t, p, true)), http.StatusSeeOther)
	clock.add(5 * day)
	fresh := a.browser()
	fresh.startQuiz("danube")

	clock.add(4 * day) // day 89: the idle learner's session still lives
	if n, err := a.db.DeleteIdleLearners(ctx, 90*day); err != nil || n != 0 {
		t.Fatalf("day 89: removed %d (%v), want none", n, err)
	}
	clock.add(2 * day) // day 91
	if n, err := a.db.DeleteIdleLearners(ctx, 90*day); err != nil || n != 1 {
		t.Fatalf("day 91: removed %d (%v), want the idle learner only", n, err)
	}
	if n, err := a.db.CountAnonymousLearners(ctx); err != nil || n != 2 {
		t.Fatalf("%d anonymous learners left (%v), want the active and the new one", n, err)
	}
	if _, err := a.db.FindAttempt(ctx, strings.TrimPrefix(idleAttempt, "/attempts/")); quiz.KindOf(err) != quiz.ENotFound {
		t.Fatalf("the idle learner's attempt is still there: %v", err)
	}
	if _, err := a.db.FindAttempt(ctx, strings.TrimPrefix(activeAttempt, "/attempts/")); err != nil {
		t.Fatalf("the active learner's attempt went: %v", err)
	}
	if _, err := a.db.FindSession(ctx, hashOf(idleToken)); err == nil {
		t.Fatal("the idle learner's session is still there")
	}
	if _, err := a.db.FindAccount(ctx, "kept@example.org"); err != nil {
		t.Fatalf("an account was removed: %v", err)
	}
}

package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/auth"
	"github.com/lectern/lectern/internal/quiz"
)

func (b *browser) cookie() string {
	u, _ := url.Parse(b.a.srv.URL)
	for _, c := range b.c.Jar.Cookies(u) {
		if c.Name == "lectern" {
			return c.Value
		}
	}
	return ""
}

func (a *app) account(email, password, role string) int64 {
	a.t.Helper()
	h, err := auth.Hash(password)
	if err != nil {
		a.t.Fatal(err)
	}
	id, err := a.db.CreateUser(context.Background(), email, h, role)
	if err != nil {
		a.t.Fatal(err)
	}
	return id
}

func (b *browser) signIn(email, password string) page {
	return b.post("/login", url.Values{"email": {email}, "password": {password}})
}

func TestSignupKeepsProgressAndRenewsSession(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	att := b.startQuiz("danube")
	p := b.get(att + "/q/1")
	b.post(att+"/q/1", answerForm(t, p, true))
	anonID := a.userID(b)
	oldToken := b.cookie()

	bad := b.post("/signup", url.Values{"email": {"not-an-email"}, "password": {"password1"}})
	wantStatus(t, bad, http.StatusUnprocessableEntity)
	if bad.doc.Find("#email-error").Length() != 1 || bad.doc.Find("#password-error").Length() != 1 {
		t.Fatalf("no messages beside the fields: %.300s", bad.body)
	}
	if v, _ := bad.doc.Find("#email").Attr("value"); v != "not-an-email" {
		t.Errorf("typed email not kept: %q", v)
	}
	if v, ok := bad.doc.Find("#password").Attr("value"); ok && v != "" {
		t.Error("the password is echoed back")
	}

	ok := b.post("/signup", url.Values{"email": {"ada@example.org"}, "password": {"a long passphrase"}})
	wantStatus(t, ok, http.StatusSeeOther)
	if b.cookie() == oldToken || b.cookie() == "" {
		t.Fatal("the session id was not renewed at sign-up")
	}
	if a.userID(b) != anonID {
		t.Fatalf("sign-up made a new user %d instead of keeping learner %d", a.userID(b), anonID)
	}
	home := b.get("/")
	if !strings.Contains(home.body, "ada@example.org") || home.doc.Find(`[data-testid="next-step"][data-kind="attempt"]`).Length() != 1 {
		t.Fatal("after sign-up the home page does not show the account and its unfinished quiz")
	}
	// The old token is dead.
	if _, err := a.db.FindSession(context.Background(), hashOf(oldToken)); err == nil {
		t.Fatal("the pre-sign-up session is still valid")
	}
	dup := a.browser().post("/signup", url.Values{"email": {"ADA@example.org"}, "password": {"another passphrase"}})
	wantStatus(t, dup, http.StatusUnprocessableEntity)
}

func TestLoginMergesAnonymousProgress(t *testing.T) {
	a := newApp(t)
	acct := a.account("bo@example.org", "bo's passphrase", quiz.RoleLearner)
	b := a.browser()
	att := b.startQuiz("danube")
	p := b.get(att + "/q/1")
	b.post(att+"/q/1", answerForm(t, p, false))
	anonToken := b.cookie()
	r := b.signIn("Bo@Example.org", "bo's passphrase")
	wantStatus(t, r, http.StatusSeeOther)
	if a.userID(b) != acct {
		t.Fatalf("signed in as %d, want %d", a.userID(b), acct)
	}
	if b.cookie() == anonToken {
		t.Fatal("session id not renewed at sign-in")
	}
	got, err := a.db.FindAttempt(context.Background(), strings.TrimPrefix(att, "/attempts/"))
	if err != nil || got.UserID != acct || got.Answered() != 1 {
		t.Fatalf("the anonymous attempt was not merged: %+v, %v", got, err)
	}
	// Its missed question is in the account's review queue.
	if due := b.get("/").doc.Find(`[data-testid="due-count"]`).Text(); due != "1 card due" {
		t.Errorf("account's due cards %q, want 1 card due", due)
	}
	// A second device signs in and sees the same progress.
	other := a.browser()
	wantStatus(t, other.signIn("bo@example.org", "bo's passphrase"), http.StatusSeeOther)
	if other.get("/").doc.Find(`[data-testid="next-step"][data-kind="attempt"]`).Length() != 1 {
		t.Fatal("progress not there on another device")
	}
}

func TestLoginFailuresLookAlikeAndAreThrottled(t *testing.T) {
	a := newApp(t)
	a.instructor("cy@example.org", "cy's passphrase")
	b := a.browser()
	wrong := b.signIn("cy@example.org", "nope nope")
	unknown := b.signIn("nobody@example.org", "nope nope")
	wantStatus(t, wrong, http.StatusUnauthorized)
	wantStatus(t, unknown, http.StatusUnauthorized)
	if w, u := wrong.doc.Find(`[data-testid="form-error"]`).Text(), unknown.doc.Find(`[data-testid="form-error"]`).Text(); w != u || w == "" {
		t.Fatalf("messages differ: %q vs %q", w, u)
	}
	if b.cookie() != "" {
		t.Fatal("a failed sign-in set a session")
	}
	for i := 0; i < 4; i++ { // five failures in all for this account
		b.signIn("cy@example.org", "still wrong")
	}
	blocked := b.signIn("cy@example.org", "cy's passphrase")
	wantStatus(t, blocked, http.StatusTooManyRequests)
	// Other accounts from elsewhere are not blocked by it... but the same
	// client trying many accounts is, after its own limit.
	a.account("di@example.org", "di's passphrase", quiz.RoleLearner)
	wantStatus(t, a.browser().signIn("di@example.org", "di's passphrase"), http.StatusSeeOther)
}

func TestLogoutAndPasswordChangeRevokeSessions(t *testing.T) {
	a := newApp(t)
	a.account("ed@example.org", "ed's passphrase", quiz.RoleLearner)
	laptop, phone := a.browser(), a.browser()
	wantStatus(t, laptop.signIn("ed@example.org", "ed's passphrase"), http.StatusSeeOther)
	wantStatus(t, phone.signIn("ed@example.org", "ed's passphrase"), http.StatusSeeOther)
	phoneToken := phone.cookie()

	bad := laptop.post("/password", url.Values{"current": {"wrong one"}, "password": {"a new passphrase"}})
	wantStatus(t, bad, http.StatusUnprocessableEntity)
	weak := laptop.post("/password", url.Values{"current": {"ed's passphrase"}, "password": {"password"}})
	wantStatus(t, weak, http.StatusUnprocessableEntity)
	wantStatus(t, laptop.post("/password", url.Values{"current": {"ed's passphrase"}, "password": {"a new passphrase"}}), http.StatusSeeOther)
	if !strings.Contains(laptop.get("/").body, "ed@example.org") {
		t.Fatal("the browser that changed the password was signed out")
	}
	if strings.Contains(phone.get("/").body, "ed@example.org") {
		t.Fatal("the other device is still signed in after a password change")
	}
	if _, err := a.db.FindSession(context.Background(), hashOf(phoneToken)); err == nil {
		t.Fatal("the other device's session survives on the server")
	}
	wantStatus(t, a.browser().signIn("ed@example.org", "ed's passphrase"), http.StatusUnauthorized)

	token := laptop.cookie()
	out := laptop.post("/logout", nil)
	wantStatus(t, out, http.StatusSeeOther)
	if laptop.cookie() != "" {
		t.Error("logout left the cookie")
	}
	if home := laptop.get(out.header.Get("Location")); !strings.Contains(home.doc.Find(`[role="status"]`).Text(), "You are signed out") {
		t.Errorf("the page after signing out does not say so: %q", home.doc.Find("main").Text())
	}
	a.account("fay@example.org", "fay's passphrase", quiz.RoleLearner)
	fay := a.browser()
	wantStatus(t, fay.signIn("fay@example.org", "fay's passphrase"), http.StatusSeeOther)
	if home := fay.get("/?signed-out=1"); strings.Contains(home.body, "You are signed out") {
		t.Error("a signed-in learner is told they are signed out")
	}
	if _, err := a.db.FindSession(context.Background(), hashOf(token)); err == nil {
		t.Fatal("logout left the session on the server")
	}
}

// instructor makes an instructor's account that owns the test course.
func (a *app) instructor(email, password string) int64 {
	a.t.Helper()
	id := a.account(email, password, quiz.RoleInstructor)
	c, err := a.db.FindCourse(context.Background(), "rivers")
	if err != nil {
		a.t.Fatal(err)
	}
	if _, err := a.db.AddCourseOwner(context.Background(), c.ID, email); err != nil {
		a.t.Fatal(err)
	}
	return id
}

// class makes a class for the test course, straight in the store.
func (a *app) class(t testing.TB, name string) *quiz.Class {
	t.Helper()
	c, err := a.db.FindCourse(context.Background(), "rivers")
	if err != nil {
		t.Fatal(err)
	}
	k, err := a.db.CreateClass(context.Background(), c.ID, name, 0)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// publishCourse publishes a course the browser's account owns.
func (b *browser) publishCourse(slug string) {
	b.a.t.Helper()
	wantStatus(b.a.t, b.post("/teach/courses/"+slug+"/status", url.Values{"status": {"published"}}), http.StatusSeeOther)
}

// Signing in with no page to go back to takes an instructor to Teach, and
// a learner to the courses; a page to go back to wins for both.
func TestSignInLandsWhereTheAccountWorks(t *testing.T) {
	a := newApp(t)
	a.instructor("teacher@example.org", "teacher passphrase")
	for _, c := range []struct{ email, password, next, want string }{
		{"teacher@example.org", "teacher passphrase", "", "/teach"},
		{"teacher@example.org", "teacher passphrase", "/courses/rivers", "/courses/rivers"},
	} {
		b := a.browser()
		form := url.Values{"email": {c.email}, "password": {c.password}}
		if c.next != "" {
			form.Set("next", c.next)
		}
		p := b.post("/login", form)
		wantStatus(t, p, http.StatusSeeOther)
		if got := p.header.Get("Location"); got != c.want {
			t.Errorf("%s with next %q lands on %q, want %q", c.email, c.next, got, c.want)
		}
	}
	learner := a.browser()
	wantStatus(t, learner.post("/signup", url.Values{"email": {"reader@example.org"}, "password": {"a long reader passphrase"}}), http.StatusSeeOther)
	wantStatus(t, learner.post("/logout", nil), http.StatusSeeOther)
	p := learner.signIn("reader@example.org", "a long reader passphrase")
	wantStatus(t, p, http.StatusSeeOther)
	if got := p.header.Get("Location"); got != "/" {
		t.Errorf("a learner lands on %q, want /", got)
	}
}

// A pasted article with no heading line and no title typed: the message
// says why the title could not be taken from the article.
func TestNewCourseTitleMessageSaysThereIsNoHeading(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	p := b.post("/teach/courses/new", url.Values{"title": {""}, "article": {lakeArticle}})
	wantStatus(t, p, http.StatusUnprocessableEntity)
	if got, want := strings.TrimSpace(p.doc.Find("#title-error").Text()), "Give the course a title: the article has no heading line to take one from."; got != want {
		t.Errorf("title message %q, want %q", got, want)
	}
}

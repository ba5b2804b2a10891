package handlers_test

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

func resetPath(id int64) string { return "/admin/users/" + strconv.FormatInt(id, 10) + "/reset" }

// resetLink has the admin make a reset link for an account and returns
// its path.
func (a *adminApp) resetLink(id int64) string {
	a.t.Helper()
	p := a.admin.follow(a.admin.post(resetPath(id), nil))
	wantStatus(a.t, p, http.StatusOK)
	link := strings.TrimSpace(p.doc.Find(`[data-testid="reset-url"]`).Text())
	i := strings.Index(link, "/reset/")
	if i < 0 {
		a.t.Fatalf("no reset link on the page: %q\n%s", link, p.body)
	}
	return link[i:]
}

// An admin makes a one-time link; the person sets a new password with it,
// is signed in, and every other session of the account ends; the link
// then works no more, and the old password neither.
func TestPasswordResetLink(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	a := &adminApp{app: newApp(t, withClock(clk))}
	a.adminID = a.account("head@example.org", "head passphrase", quiz.RoleAdmin)
	a.teacherID = a.account("teacher@example.org", "teacher passphrase", quiz.RoleInstructor)
	a.admin, a.teacher = a.browser(), a.browser()
	wantStatus(t, a.admin.signIn("head@example.org", "head passphrase"), http.StatusSeeOther)
	wantStatus(t, a.teacher.signIn("teacher@example.org", "teacher passphrase"), http.StatusSeeOther)

	// Only an admin makes links.
	wantStatus(t, a.teacher.post(resetPath(a.teacherID), nil), http.StatusForbidden)
	wantStatus(t, a.admin.post(resetPath(999999), nil), http.StatusNotFound)

	link := a.resetLink(a.teacherID)
	visitor := a.browser()
	form := visitor.get(link)
	wantStatus(t, form, http.StatusOK)
	if !strings.Contains(form.doc.Find(`[data-testid="reset"]`).Text(), "teacher@example.org") {
		t.Error("the reset form does not say which account it is for")
	}
	weak := visitor.post(link, url.Values{"password": {"teacher"}})
	wantStatus(t, weak, http.StatusUnprocessableEntity)
	if weak.doc.Find("#password-error").Text() == "" {
		t.Error("a weak password is refused without a message beside the field")
	}
	done := visitor.post(link, url.Values{"password": {"copper kettle morning drizzle"}})
	wantStatus(t, done, http.StatusSeeOther)
	if flash := visitor.get(done.header.Get("Location")).doc.Find(".flash").Text(); !strings.Contains(flash, "password is changed") {
		t.Errorf("after the reset the page says %q, want that the password is changed", flash)
	}
	if who := visitor.get("/settings").doc.Find(".who").Text(); !strings.Contains(who, "teacher@example.org") {
		t.Errorf("after the reset this browser is not signed in as the account: %q", who)
	}
	// The teacher's other browser is signed out; the link is spent.
	if who := a.teacher.get("/settings").doc.Find(".who").Text(); strings.Contains(who, "teacher@example.org") {
		t.Error("the account's other session survived the reset")
	}
	wantStatus(t, a.browser().get(link), http.StatusNotFound)
	wantStatus(t, a.browser().post(link, url.Values{"password": {"another long passphrase here"}}), http.StatusNotFound)
	wantStatus(t, a.browser().signIn("teacher@example.org", "teacher passphrase"), http.StatusUnauthorized)
	wantStatus(t, a.browser().signIn("teacher@example.org", "copper kettle morning drizzle"), http.StatusSeeOther)

	// A newer link voids an older one, and a link lasts three days.
	old := a.resetLink(a.teacherID)
	newer := a.resetLink(a.teacherID)
	wantStatus(t, a.browser().get(old), http.StatusNotFound)
	wantStatus(t, a.browser().get(newer), http.StatusOK)
	clk.add(73 * time.Hour)
	wantStatus(t, a.browser().get(newer), http.StatusNotFound)
	wantStatus(t, a.browser().get("/reset/not-a-token"), http.StatusNotFound)

	// The account's own data lists the link it has, never its token.
	me := a.browser()
	wantStatus(t, me.signIn("teacher@example.org", "copper kettle morning drizzle"), http.StatusSeeOther)
	e, body := me.download(t)
	if len(e.PasswordResets) != 1 || strings.Contains(body, strings.TrimPrefix(newer, "/reset/")) {
		t.Errorf("the export holds %d reset links (want 1, without its token)", len(e.PasswordResets))
	}
}

// A signed-in person changes the email they sign in with, after typing
// their password; a wrong password or a taken email is said beside the
// field, with what was typed kept.
func TestChangeEmail(t *testing.T) {
	a := newAdminApp(t)
	wrong := a.teacher.post("/account/email", url.Values{"email": {"new@example.org"}, "current": {"not it"}})
	wantStatus(t, wrong, http.StatusUnprocessableEntity)
	if wrong.doc.Find("#current-error").Text() == "" {
		t.Error("a wrong password has no message beside the field")
	}
	if v, _ := wrong.doc.Find("#email").Attr("value"); v != "new@example.org" {
		t.Errorf("the typed email is not kept: %q", v)
	}
	taken := a.teacher.post("/account/email", url.Values{"email": {"pupil@example.org"}, "current": {"teacher passphrase"}})
	wantStatus(t, taken, http.StatusUnprocessableEntity)
	if taken.doc.Find("#email-error").Text() == "" {
		t.Error("a taken email has no message beside the field")
	}
	bad := a.teacher.post("/account/email", url.Values{"email": {"not an email"}, "current": {"teacher passphrase"}})
	wantStatus(t, bad, http.StatusUnprocessableEntity)
	ok := a.teacher.post("/account/email", url.Values{"email": {"new@example.org"}, "current": {"teacher passphrase"}})
	wantStatus(t, ok, http.StatusSeeOther)
	if saved := a.teacher.get(ok.header.Get("Location")); !strings.Contains(saved.doc.Find(`[data-testid="saved"]`).Text(), "new@example.org") {
		t.Error("no Saved message naming the new email")
	}
	wantStatus(t, a.browser().signIn("teacher@example.org", "teacher passphrase"), http.StatusUnauthorized)
	wantStatus(t, a.browser().signIn("new@example.org", "teacher passphrase"), http.StatusSeeOther)
	// A new email is stored lower-cased, as sign-up stores it.
	ok = a.teacher.post("/account/email", url.Values{"email": {"Mixed.Case@Example.ORG"}, "current": {"teacher passphrase"}})
	wantStatus(t, ok, http.StatusSeeOther)
	if acct, err := a.db.FindAccount(t.Context(), "mixed.case@example.org"); err != nil || acct.Email != "mixed.case@example.org" {
		t.Errorf("the account after a mixed-case change: %+v, %v", acct, err)
	}
	// Visitors are sent to sign in.
	if r := a.browser().get("/account/email"); r.status != http.StatusSeeOther {
		t.Errorf("a visitor gets %d on the change-email page", r.status)
	}
}

// The reset link's page shows the link made; reloading it shows the same
// link, never a new one (which would void the one passed on). Only a form
// post makes a link; after an hour, or once used, the page offers to make
// another.
func TestResetLinkPageReloadsTheSameLink(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	a := &adminApp{app: newApp(t, withClock(clk))}
	a.adminID = a.account("head@example.org", "head passphrase", quiz.RoleAdmin)
	a.teacherID = a.account("teacher@example.org", "teacher passphrase", quiz.RoleInstructor)
	a.admin = a.browser()
	wantStatus(t, a.admin.signIn("head@example.org", "head passphrase"), http.StatusSeeOther)

	offer := a.admin.get(resetPath(a.teacherID))
	wantStatus(t, offer, http.StatusOK)
	if offer.doc.Find(`[data-testid="reset-url"]`).Length() != 0 || offer.doc.Find(`[data-testid="make-reset"]`).Length() != 1 {
		t.Fatal("before any link, the page should offer to make one and show none")
	}
	link := a.resetLink(a.teacherID)
	for range 3 {
		clk.add(10 * time.Minute)
		again := a.admin.get(resetPath(a.teacherID))
		wantStatus(t, again, http.StatusOK)
		if got := strings.TrimSpace(again.doc.Find(`[data-testid="reset-url"]`).Text()); !strings.HasSuffix(got, link) {
			t.Fatalf("a reload shows %q, want the same link %s", got, link)
		}
	}
	wantStatus(t, a.browser().get(link), http.StatusOK) // still works
	// Another admin does not see it.
	a.account("deputy@example.org", "deputy passphrase", quiz.RoleAdmin)
	deputy := a.browser()
	wantStatus(t, deputy.signIn("deputy@example.org", "deputy passphrase"), http.StatusSeeOther)
	if deputy.get(resetPath(a.teacherID)).doc.Find(`[data-testid="reset-url"]`).Length() != 0 {
		t.Error("another admin sees the link")
	}
	// Used, it is no longer shown.
	wantStatus(t, a.browser().post(link, url.Values{"password": {"copper kettle morning drizzle"}}), http.StatusSeeOther)
	if a.admin.get(resetPath(a.teacherID)).doc.Find(`[data-testid="reset-url"]`).Length() != 0 {
		t.Error("a used link is still shown")
	}
	// After an hour, it is no longer shown either.
	a.resetLink(a.teacherID)
	clk.add(61 * time.Minute)
	if a.admin.get(resetPath(a.teacherID)).doc.Find(`[data-testid="reset-url"]`).Length() != 0 {
		t.Error("the link is shown after an hour")
	}
	wantStatus(t, a.admin.get(resetPath(999999)), http.StatusNotFound)
}

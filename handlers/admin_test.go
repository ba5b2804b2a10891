package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/store"
)

func TestAdminInvitesAndChangesRoles(t *testing.T) {
	a := newApp(t)
	adminID := a.account("head@example.org", "head passphrase", store.RoleAdmin)
	pupilID := a.account("pupil@example.org", "pupil passphrase", store.RoleLearner)
	admin, pupil := a.browser(), a.browser()
	admin.signIn("head@example.org", "head passphrase")
	pupil.signIn("pupil@example.org", "pupil passphrase")
	if !strings.Contains(admin.get("/").body, `href="/admin/users"`) {
		t.Error("no Accounts link for the admin")
	}
	wantStatus(t, pupil.get("/teach"), http.StatusForbidden)

	// Promote the learner: their session ends; signed in again, they teach.
	wantStatus(t, admin.post("/admin/users/"+strconv.FormatInt(pupilID, 10)+"/role", url.Values{"role": {"instructor"}}), http.StatusSeeOther)
	if strings.Contains(pupil.get("/").body, "pupil@example.org") {
		t.Fatal("the promoted user's old session survived the role change")
	}
	pupil.signIn("pupil@example.org", "pupil passphrase")
	wantStatus(t, pupil.get("/teach"), http.StatusOK)

	// Invite: the one-time password works.
	bad := admin.post("/admin/users", url.Values{"email": {"nope"}, "role": {"instructor"}})
	wantStatus(t, bad, http.StatusUnprocessableEntity)
	if v, _ := bad.doc.Find("#email").Attr("value"); v != "nope" || bad.doc.Find("#email-error").Length() != 1 {
		t.Error("the invitation form lost the email or gave no message")
	}
	wantStatus(t, admin.post("/admin/users", url.Values{"email": {"PUPIL@example.org"}, "role": {"learner"}}), http.StatusUnprocessableEntity)
	inv := admin.post("/admin/users", url.Values{"email": {"new@example.org"}, "role": {"instructor"}})
	wantStatus(t, inv, http.StatusOK)
	pw := inv.doc.Find(`[data-testid="temp-password"]`).Text()
	if len(pw) < 12 {
		t.Fatalf("temporary password %q", pw)
	}
	acct, _ := a.db.FindAccount(context.Background(), "new@example.org")
	if strings.Contains(acct.PasswordHash, pw) {
		t.Fatal("the password is stored in plain")
	}
	newcomer := a.browser()
	wantStatus(t, newcomer.signIn("new@example.org", pw), http.StatusSeeOther)
	wantStatus(t, newcomer.get("/teach"), http.StatusOK)

	// An admin cannot demote themselves, nor the last admin be demoted.
	wantStatus(t, admin.post("/admin/users/"+strconv.FormatInt(adminID, 10)+"/role", url.Values{"role": {"learner"}}), http.StatusConflict)
	wantStatus(t, admin.post("/admin/users/"+strconv.FormatInt(pupilID, 10)+"/role", url.Values{"role": {"admin"}}), http.StatusSeeOther)
	pupil.signIn("pupil@example.org", "pupil passphrase")
	wantStatus(t, pupil.post("/admin/users/"+strconv.FormatInt(adminID, 10)+"/role", url.Values{"role": {"learner"}}), http.StatusSeeOther)
	admin.signIn("head@example.org", "head passphrase")
	wantStatus(t, admin.get("/admin/users"), http.StatusForbidden)
	r := pupil.post("/admin/users/"+strconv.FormatInt(pupilID, 10)+"/role", url.Values{"role": {"learner"}})
	wantStatus(t, r, http.StatusConflict)
	wantStatus(t, pupil.post("/admin/users/"+strconv.FormatInt(pupilID, 10)+"/role", url.Values{"role": {"king"}}), http.StatusBadRequest)
}

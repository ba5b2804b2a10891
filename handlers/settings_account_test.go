package handlers_test

import (
	"net/http"
	"net/url"
	"testing"
)

// The settings page has an account section for a signed-in person: the
// email they sign in with, links to change it and the password, and a
// sign-out button that signs them out. A learner without an account, and
// a page shown again with errors, keep to what they had.
func TestSettingsAccountSection(t *testing.T) {
	a := newAdminApp(t)
	p := a.pupil.get("/settings")
	wantStatus(t, p, http.StatusOK)
	sec := p.doc.Find(`[data-testid="settings-account"]`)
	if got := sec.Find(`[data-testid="account-email"]`).Text(); got != "pupil@example.org" {
		t.Errorf("the account section shows %q", got)
	}
	if href, _ := sec.Find(`[data-testid="change-email"]`).Attr("href"); href != "/account/email" {
		t.Errorf("change-email link %q", href)
	}
	if href, _ := sec.Find(`[data-testid="change-password"]`).Attr("href"); href != "/password" {
		t.Errorf("change-password link %q", href)
	}
	if action, _ := sec.Find(`[data-testid="settings-sign-out"]`).Closest("form").Attr("action"); action != "/logout" {
		t.Errorf("the sign-out button posts to %q", action)
	}
	// The section stays when the form is shown again with an error.
	bad := a.pupil.post("/settings", url.Values{"retention": {"2"}, "new_per_day": {"20"}, "day_start": {"4"}, "time_zone": {"UTC"}})
	wantStatus(t, bad, http.StatusUnprocessableEntity)
	if bad.doc.Find(`[data-testid="account-email"]`).Text() != "pupil@example.org" {
		t.Error("the account section is gone from the form shown again")
	}
	wantStatus(t, a.pupil.post("/logout", nil), http.StatusSeeOther)
	if r := a.pupil.get("/account/email"); r.status != http.StatusSeeOther {
		t.Errorf("after signing out, the account page answers %d", r.status)
	}

	// A learner without an account has no account section.
	anon := a.browser()
	anon.startQuiz("danube")
	p = anon.get("/settings")
	wantStatus(t, p, http.StatusOK)
	if p.doc.Find(`[data-testid="settings-account"]`).Length() != 0 {
		t.Error("a learner without an account is shown an account section")
	}
}

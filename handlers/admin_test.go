package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// adminApp is an app with an admin, an instructor and a learner, each
// signed in in their own browser.
type adminApp struct {
	*app
	adminID, teacherID, pupilID int64
	admin, teacher, pupil       *browser
}

func newAdminApp(t *testing.T) *adminApp {
	t.Helper()
	a := &adminApp{app: newApp(t)}
	a.adminID = a.account("head@example.org", "head passphrase", quiz.RoleAdmin)
	a.teacherID = a.instructor("teacher@example.org", "teacher passphrase")
	a.pupilID = a.account("pupil@example.org", "pupil passphrase", quiz.RoleLearner)
	a.admin, a.teacher, a.pupil = a.browser(), a.browser(), a.browser()
	wantStatus(t, a.admin.signIn("head@example.org", "head passphrase"), http.StatusSeeOther)
	wantStatus(t, a.teacher.signIn("teacher@example.org", "teacher passphrase"), http.StatusSeeOther)
	wantStatus(t, a.pupil.signIn("pupil@example.org", "pupil passphrase"), http.StatusSeeOther)
	return a
}

func rolePath(id int64) string { return "/admin/users/" + strconv.FormatInt(id, 10) + "/role" }

func (a *adminApp) roleOf(id int64) string {
	a.t.Helper()
	u, err := a.db.FindUser(context.Background(), id)
	if err != nil {
		a.t.Fatal(err)
	}
	return u.Role
}

// Every admin route sends visitors to sign in (or refuses their form posts
// with 401), refuses learners and instructors, and admits admins.
func TestAdminRoutesRequireAdmin(t *testing.T) {
	a := newAdminApp(t)
	visitor, anon := a.browser(), a.browser()
	anon.startQuiz("danube") // an anonymous learner with a session
	// The role changes go to an account nobody is signed in with, so that
	// no browser above is signed out half-way through the walk.
	spareID := a.account("spare@example.org", "spare passphrase", quiz.RoleLearner)

	n := 0
	for _, rt := range a.handler().Routes() {
		if rt.Role != quiz.RoleAdmin {
			continue
		}
		n++
		method, path, _ := strings.Cut(rt.Pattern, " ")
		path = strings.ReplaceAll(path, "{id}", strconv.FormatInt(spareID, 10))
		do := func(b *browser) page {
			if method == http.MethodGet {
				return b.get(path)
			}
			return b.post(path, url.Values{"role": {quiz.RoleAdmin}, "email": {"x@example.org"}})
		}
		for name, b := range map[string]*browser{"visitor": visitor, "anonymous learner": anon} {
			p := do(b)
			if method == http.MethodGet && (p.status != http.StatusSeeOther || p.header.Get("Location") != "/login?next="+url.QueryEscape(path)) {
				t.Errorf("%s %s as a %s: %d %q, want a redirect to sign in", method, path, name, p.status, p.header.Get("Location"))
			}
			if method != http.MethodGet && p.status != http.StatusUnauthorized {
				t.Errorf("%s %s as a %s: %d, want 401", method, path, name, p.status)
			}
		}
		for name, b := range map[string]*browser{"learner": a.pupil, "instructor": a.teacher} {
			if p := do(b); p.status != http.StatusForbidden {
				t.Errorf("%s %s as a %s: %d, want 403", method, path, name, p.status)
			}
		}
		if p := do(a.admin); p.status == http.StatusUnauthorized || p.status == http.StatusForbidden || p.status >= 500 {
			t.Errorf("%s %s as an admin: %d", method, path, p.status)
		}
	}
	if n < 3 {
		t.Fatalf("only %d admin routes", n)
	}
	// Only the admin's requests changed anything.
	if got := a.roleOf(spareID); got != quiz.RoleAdmin {
		t.Errorf("the admin's role change did not apply: %q", got)
	}
	if accts, _ := a.db.ListAccounts(context.Background()); len(accts) != 5 {
		t.Errorf("%d accounts, want 5 (the four and the admin's invitation)", len(accts))
	}
}

// Refusals name the role the route needs: admin routes an admin account,
// instructor routes an instructor's.
func TestRefusalsNameTheRoleNeeded(t *testing.T) {
	a := newAdminApp(t)
	msg := func(p page) string {
		return strings.Join(strings.Fields(p.doc.Find(`[data-testid="error"] p`).First().Text()), " ")
	}
	for _, tc := range []struct {
		name   string
		b      *browser
		method string
		path   string
		status int
		want   string
	}{
		{"visitor, admin form", a.browser(), "POST", "/admin/users", http.StatusUnauthorized, "Sign in with an admin account to do this."},
		{"learner, admin page", a.pupil, "GET", "/admin/users", http.StatusForbidden, "This page needs an admin account. Your account is a learner’s account."},
		{"instructor, admin page", a.teacher, "GET", "/admin/users", http.StatusForbidden, "This page needs an admin account. Your account is an instructor’s account."},
		{"instructor, admin form", a.teacher, "POST", rolePath(a.pupilID), http.StatusForbidden, "This page needs an admin account. Your account is an instructor’s account."},
		{"visitor, instructor form", a.browser(), "POST", "/teach/courses/new", http.StatusUnauthorized, "Sign in with an instructor’s account to do this."},
		{"learner, instructor page", a.pupil, "GET", "/teach", http.StatusForbidden, "This page needs an instructor’s account. Your account is a learner’s account."},
	} {
		var p page
		if tc.method == "GET" {
			p = tc.b.get(tc.path)
		} else {
			p = tc.b.post(tc.path, url.Values{"role": {quiz.RoleAdmin}})
		}
		if p.status != tc.status {
			t.Errorf("%s: status %d, want %d", tc.name, p.status, tc.status)
		}
		if got := msg(p); got != tc.want {
			t.Errorf("%s: message %q, want %q", tc.name, got, tc.want)
		}
	}
	if a.roleOf(a.pupilID) != quiz.RoleLearner {
		t.Error("a refused request changed a role")
	}
}

func TestAccountsLinkOnlyForAdmins(t *testing.T) {
	a := newAdminApp(t)
	for _, tt := range []struct {
		name string
		b    *browser
		want int
	}{{"admin", a.admin, 1}, {"instructor", a.teacher, 0}, {"learner", a.pupil, 0}, {"visitor", a.browser(), 0}} {
		if got := a.get(tt.b, "/").doc.Find(`nav a[href="/admin/users"]`).Length(); got != tt.want {
			t.Errorf("%s: %d Accounts links, want %d", tt.name, got, tt.want)
		}
	}
}

func (a *adminApp) get(b *browser, path string) page {
	a.t.Helper()
	p := b.get(path)
	wantStatus(a.t, p, http.StatusOK)
	return p
}

func TestAdminListsAccounts(t *testing.T) {
	a := newAdminApp(t)
	a.browser().startQuiz("danube") // anonymous learners are not accounts
	p := a.get(a.admin, "/admin/users")
	rows := p.doc.Find(`[data-testid="accounts"] tbody tr`)
	if rows.Length() != 3 {
		t.Fatalf("%d rows, want 3:\n%s", rows.Length(), rows.Text())
	}
	if got := p.doc.Find("#role-"+strconv.FormatInt(a.pupilID, 10)+" option[selected]").AttrOr("value", ""); got != quiz.RoleLearner {
		t.Errorf("the learner's role shows as %q", got)
	}
	if p.doc.Find("#role-"+strconv.FormatInt(a.adminID, 10)).Length() != 0 {
		t.Error("the admin is offered a form to change their own role")
	}
	if !strings.Contains(p.body, "signs them out") {
		t.Error("the page does not say that a role change signs the account out")
	}
}

// A promoted learner is signed out; signed in again, they teach.
func TestAdminPromotesALearner(t *testing.T) {
	a := newAdminApp(t)
	wantStatus(t, a.pupil.get("/teach"), http.StatusForbidden)

	p := a.admin.post(rolePath(a.pupilID), url.Values{"role": {quiz.RoleInstructor}})
	wantStatus(t, p, http.StatusSeeOther)
	list := a.get(a.admin, p.header.Get("Location"))
	if got := list.doc.Find(".flash").Text(); !strings.Contains(got, "pupil@example.org is now an instructor") || !strings.Contains(got, "sign in again") {
		t.Errorf("confirmation %q", got)
	}
	if got := a.roleOf(a.pupilID); got != quiz.RoleInstructor {
		t.Fatalf("role %q", got)
	}

	old := a.pupil.get("/teach")
	if old.status != http.StatusSeeOther || !strings.HasPrefix(old.header.Get("Location"), "/login") {
		t.Fatalf("the old session survived the role change: %d %q", old.status, old.header.Get("Location"))
	}
	if strings.Contains(a.pupil.get("/").body, "pupil@example.org") {
		t.Error("the old session still shows the account")
	}
	// Other accounts stay signed in.
	a.get(a.teacher, "/teach")
	wantStatus(t, a.pupil.signIn("pupil@example.org", "pupil passphrase"), http.StatusSeeOther)
	a.get(a.pupil, "/teach")
	wantStatus(t, a.pupil.get("/admin/users"), http.StatusForbidden)
}

// An invitation creates the account with a password shown once, which
// signs in and can be changed at /password.
func TestAdminInvitesAnAccount(t *testing.T) {
	a := newAdminApp(t)
	inv := a.admin.post("/admin/users", url.Values{"email": {" new@example.org "}, "role": {quiz.RoleInstructor}})
	wantStatus(t, inv, http.StatusOK)
	shown := inv.doc.Find(`[data-testid="invited"]`)
	pw := shown.Find(`[data-testid="temp-password"]`).Text()
	if len(pw) < 16 {
		t.Fatalf("temporary password %q", pw)
	}
	if !strings.Contains(shown.Text(), "new@example.org") || shown.Find(`a[href="/password"]`).Length() != 1 {
		t.Errorf("the invitation does not name the account or point to /password: %q", shown.Text())
	}
	if inv.header.Get("Cache-Control") != "no-store" {
		t.Errorf("Cache-Control %q on the page with the password", inv.header.Get("Cache-Control"))
	}
	if strings.Contains(a.get(a.admin, "/admin/users").body, pw) {
		t.Error("the password is shown again")
	}
	acct, err := a.db.FindAccount(context.Background(), "new@example.org")
	if err != nil {
		t.Fatal(err)
	}
	if acct.Role != quiz.RoleInstructor || strings.Contains(acct.PasswordHash, pw) || !strings.HasPrefix(acct.PasswordHash, "$argon2id$") {
		t.Fatalf("stored account: role %q, hash %q", acct.Role, acct.PasswordHash)
	}

	newcomer := a.browser()
	wantStatus(t, newcomer.signIn("new@example.org", pw), http.StatusSeeOther)
	a.get(newcomer, "/teach")
	wantStatus(t, newcomer.post("/password", url.Values{"current": {pw}, "password": {"my own passphrase"}}), http.StatusSeeOther)
	wantStatus(t, a.browser().signIn("new@example.org", "my own passphrase"), http.StatusSeeOther)

	// A second invitation gets another password.
	inv2 := a.admin.post("/admin/users", url.Values{"email": {"other@example.org"}, "role": {quiz.RoleLearner}})
	wantStatus(t, inv2, http.StatusOK)
	if pw2 := inv2.doc.Find(`[data-testid="temp-password"]`).Text(); pw2 == "" || pw2 == pw {
		t.Errorf("second password %q", pw2)
	}
}

func TestAdminInviteRefusesBadInput(t *testing.T) {
	a := newAdminApp(t)
	tests := []struct {
		name, email, role string
		field, want       string
	}{
		{"no email", "", quiz.RoleLearner, "email", "Type your email"},
		{"not an email", "nope", quiz.RoleInstructor, "email", "does not look like an email"},
		{"no domain dot", "ada@example", quiz.RoleInstructor, "email", "does not look like an email"},
		{"taken", "pupil@example.org", quiz.RoleLearner, "email", "exists already"},
		{"taken, other case", "PUPIL@Example.org", quiz.RoleAdmin, "email", "exists already"},
		{"unknown role", "fresh@example.org", "king", "role", "Choose learner"},
	}
	for _, tt := range tests {
		p := a.admin.post("/admin/users", url.Values{"email": {tt.email}, "role": {tt.role}})
		if p.status != http.StatusUnprocessableEntity {
			t.Errorf("%s: status %d, want 422", tt.name, p.status)
			continue
		}
		if got := p.doc.Find("#" + tt.field + "-error").Text(); !strings.Contains(got, tt.want) {
			t.Errorf("%s: message beside %s %q, want %q", tt.name, tt.field, got, tt.want)
		}
		if got := p.doc.Find("#email").AttrOr("value", "?"); got != tt.email {
			t.Errorf("%s: email kept as %q, want %q", tt.name, got, tt.email)
		}
		if p.doc.Find(`[data-testid="temp-password"]`).Length() != 0 {
			t.Errorf("%s: a password was shown", tt.name)
		}
	}
	if accts, _ := a.db.ListAccounts(context.Background()); len(accts) != 3 {
		t.Errorf("%d accounts after refused invitations, want 3", len(accts))
	}
}

func TestAdminRoleChangeRefusals(t *testing.T) {
	a := newAdminApp(t)
	anon := a.browser()
	anon.startQuiz("danube")
	anonID := a.userID(anon)

	self := a.admin.post(rolePath(a.adminID), url.Values{"role": {quiz.RoleLearner}})
	wantStatus(t, self, http.StatusConflict)
	if got := self.doc.Find(`[data-testid="notice"]`).Text(); !strings.Contains(got, "your own role") {
		t.Errorf("self-demotion message %q", got)
	}
	tests := []struct {
		name string
		id   int64
		role string
		want int
	}{
		{"unknown role", a.pupilID, "king", http.StatusBadRequest},
		{"no role", a.pupilID, "", http.StatusBadRequest},
		{"no such account", 999999, quiz.RoleInstructor, http.StatusNotFound},
		{"anonymous learner", anonID, quiz.RoleInstructor, http.StatusNotFound},
	}
	for _, tt := range tests {
		if p := a.admin.post(rolePath(tt.id), url.Values{"role": {tt.role}}); p.status != tt.want {
			t.Errorf("%s: status %d, want %d", tt.name, p.status, tt.want)
		}
	}
	wantStatus(t, a.admin.post("/admin/users/abc/role", url.Values{"role": {quiz.RoleLearner}}), http.StatusBadRequest)
	if a.roleOf(a.adminID) != quiz.RoleAdmin || a.roleOf(a.pupilID) != quiz.RoleLearner {
		t.Error("a refused change applied")
	}
	a.get(a.admin, "/admin/users") // still signed in as an admin
}

// Two admins demoting each other at once leave one admin: whichever
// request comes second is refused (as the last admin, or as signed out).
// The race itself is pinned down in the store's ChangeRole tests; this
// checks what the handlers answer.
func TestAdminLastAdminStays(t *testing.T) {
	a := newAdminApp(t)
	wantStatus(t, a.admin.post(rolePath(a.teacherID), url.Values{"role": {quiz.RoleAdmin}}), http.StatusSeeOther)
	wantStatus(t, a.teacher.signIn("teacher@example.org", "teacher passphrase"), http.StatusSeeOther)

	var wg sync.WaitGroup
	statuses := make([]int, 2)
	for i, c := range []struct {
		b      *browser
		target int64
	}{{a.admin, a.teacherID}, {a.teacher, a.adminID}} {
		wg.Go(func() { statuses[i] = c.b.post(rolePath(c.target), url.Values{"role": {quiz.RoleLearner}}).status })
	}
	wg.Wait()
	n, err := a.db.CountAdmins(context.Background())
	if err != nil || n != 1 {
		t.Fatalf("%d admins left (%v); statuses %v", n, err, statuses)
	}
	done := 0
	for _, s := range statuses {
		switch s {
		case http.StatusSeeOther:
			done++
		case http.StatusConflict, http.StatusUnauthorized:
		default:
			t.Errorf("status %d", s)
		}
	}
	if done != 1 {
		t.Errorf("statuses %v, want one change", statuses)
	}
}

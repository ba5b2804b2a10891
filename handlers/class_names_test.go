package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/internal/quiz"
)

// TestJoiningAsksForAName: a learner without an account must give a name
// on joining (the form kept, nothing written, when they do not), one with
// an account may leave it empty, and the instructor sees the name, which
// the learner can change in their settings.
func TestJoiningAsksForAName(t *testing.T) {
	a := newApp(t)
	teacher := teacherOn(t, a)
	k := a.class(t, "Year 9")
	users := a.count(t, "users")
	for _, c := range []struct {
		path string
		form url.Values
		want string // what the error beside the name says
	}{
		{"/join", url.Values{"code": {strings.ToLower(k.Code)}, "display_name": {"  "}}, "Give your name"},
		{"/join/" + k.Code, url.Values{}, "Give your name"},
		{"/join/" + k.Code, url.Values{"display_name": {"Ann\u200bLee"}}, "ordinary letters"},
		{"/join", url.Values{"code": {k.Code}, "display_name": {strings.Repeat("n", quiz.MaxDisplayName+1)}}, "80 characters"},
	} {
		p := a.browser().post(c.path, c.form)
		wantStatus(t, p, http.StatusUnprocessableEntity)
		if got := p.doc.Find("#display_name-error").Text(); !strings.Contains(got, c.want) {
			t.Errorf("%s %v: the name's error says %q, want %q", c.path, c.form, got, c.want)
		}
		if got, _ := p.doc.Find("#display_name").Attr("value"); got != c.form.Get("display_name") {
			t.Errorf("%s %v: the name field holds %q", c.path, c.form, got)
		}
		if c.form.Has("code") {
			if got, _ := p.doc.Find("#code").Attr("value"); got != c.form.Get("code") {
				t.Errorf("%s %v: the code field holds %q", c.path, c.form, got)
			}
		}
	}
	if got := a.count(t, "users"); got != users {
		t.Errorf("refused joins made %d users", got-users)
	}
	if a.count(t, "class_members") != 0 {
		t.Fatal("a refused join joined")
	}

	// The link's page asks for the name, required without an account.
	v := a.browser()
	link := v.get("/join/" + k.Code)
	if _, req := link.doc.Find("#display_name").Attr("required"); !req || link.doc.Find(`label[for="display_name"]`).Length() != 1 {
		t.Error("the join page does not ask for a name, labelled and required")
	}
	wantStatus(t, v.post("/join/"+k.Code, url.Values{"display_name": {" Zoë  <i>Ng</i> "}}), http.StatusSeeOther)

	// An account may leave the field empty: it is shown by its email.
	a.account("pat@example.org", "pat passphrase", quiz.RoleLearner)
	pat := a.browser()
	wantStatus(t, pat.signIn("pat@example.org", "pat passphrase"), http.StatusSeeOther)
	wantStatus(t, pat.post("/join", url.Values{"code": {k.Code}}), http.StatusSeeOther)

	rows := teacher.get("/teach/classes/" + itoa64(k.ID)).doc.Find(`[data-testid="learner"] th`)
	names := rows.Map(func(_ int, s *goquery.Selection) string { return strings.TrimSpace(s.Text()) })
	if strings.Join(names, "|") != "pat@example.org|Zoë <i>Ng</i>" {
		t.Errorf("the class lists %q, want the email and the name given, by name", names)
	}
	if strings.Contains(teacher.get("/teach/classes/"+itoa64(k.ID)).body, "<i>Ng</i>") {
		t.Error("the name reached the page unescaped")
	}

	// The name is changed in the settings, and checked there too.
	set := v.get("/settings")
	if got, _ := set.doc.Find("#display_name").Attr("value"); got != "Zoë <i>Ng</i>" {
		t.Errorf("the settings show the name %q", got)
	}
	form := url.Values{"retention": {"0.90"}, "new_per_day": {"20"}, "day_start": {"4"}, "time_zone": {"UTC"}, "display_name": {"Zoë\x07"}}
	bad := v.post("/settings", form)
	wantStatus(t, bad, http.StatusUnprocessableEntity)
	if bad.doc.Find("#display_name-error").Text() == "" {
		t.Error("no error beside a bad name in the settings")
	}
	form.Set("display_name", "Zoe Ng")
	wantStatus(t, v.post("/settings", form), http.StatusSeeOther)
	if !strings.Contains(teacher.get("/teach/classes/"+itoa64(k.ID)).doc.Find(`[data-testid="learners"]`).Text(), "Zoe Ng") {
		t.Error("the instructor does not see the changed name")
	}
}

// A link with the code in its query fills the join form's code field.
func TestJoinFormPrefillsTheCode(t *testing.T) {
	a := newApp(t)
	p := a.browser().get("/join?code=ABC123")
	wantStatus(t, p, http.StatusOK)
	if got, _ := p.doc.Find(`input[name="code"]`).Attr("value"); got != "ABC123" {
		t.Errorf("the code field holds %q, want ABC123", got)
	}
}

// The join page opens with the focus in the code field, its one purpose;
// a form sent back with a message leaves the focus to that message's
// field, and never on two fields at once.
func TestJoinPageFocusesTheCode(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	p := b.get("/join")
	wantStatus(t, p, http.StatusOK)
	if _, ok := p.doc.Find("#code").Attr("autofocus"); !ok {
		t.Error("the join page does not open on the code field")
	}
	bad := b.post("/join", url.Values{"code": {"NOPE00"}, "display_name": {"Marie"}})
	wantStatus(t, bad, http.StatusUnprocessableEntity)
	if n := bad.doc.Find("[autofocus]").Length(); n != 1 {
		t.Errorf("a refused code leaves %d fields with autofocus, want 1", n)
	}
}

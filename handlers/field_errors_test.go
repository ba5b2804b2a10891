package handlers_test

import (
	"image/color"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/internal/ankitest"
)

// wantFieldInError checks a form that came back with a message beside the
// field id: the control is marked invalid, described by the message's id
// (which exists), and keeps what was typed.
func wantFieldInError(t *testing.T, p page, id, kept string) {
	t.Helper()
	c := p.doc.Find("main #" + id)
	if c.Length() != 1 {
		t.Fatalf("no control #%s; body:\n%.600s", id, p.body)
	}
	if v := c.AttrOr("aria-invalid", ""); v != "true" {
		t.Errorf("#%s: aria-invalid %q, want \"true\"", id, v)
	}
	msg := id + "-error"
	if !strings.Contains(" "+c.AttrOr("aria-describedby", "")+" ", " "+msg+" ") {
		t.Errorf("#%s: aria-describedby %q does not name #%s", id, c.AttrOr("aria-describedby", ""), msg)
	}
	if strings.TrimSpace(p.doc.Find("#"+msg).Text()) == "" {
		t.Errorf("no message #%s", msg)
	}
	got := c.AttrOr("value", "")
	if c.Is("textarea") {
		got = c.Text()
	}
	if c.Is("select") {
		got = c.Find("option[selected]").AttrOr("value", "")
	}
	if kept != "" && got != kept {
		t.Errorf("#%s keeps %q, want %q", id, got, kept)
	}
}

// wantAutofocus checks that the page's one autofocus is on #id.
func wantAutofocus(t *testing.T, p page, id string) {
	t.Helper()
	f := p.doc.Find("[autofocus]")
	if f.Length() != 1 || f.AttrOr("id", "") != id {
		var ids []string
		f.Each(func(_ int, s *goquery.Selection) { ids = append(ids, s.AttrOr("id", "?")) })
		t.Errorf("autofocus on %v, want only #%s", ids, id)
	}
}

// wantSummary checks a form's error summary: an alert whose heading counts
// the problems and whose links lead to the given ids, in order.
func wantSummary(t *testing.T, p page, heading string, targets ...string) {
	t.Helper()
	s := p.doc.Find(`[data-testid="error-summary"]`)
	if s.Length() != 1 {
		t.Fatalf("%d error summaries, want 1", s.Length())
	}
	if s.AttrOr("role", "") != "alert" {
		t.Errorf("summary role %q, want alert", s.AttrOr("role", ""))
	}
	if h := strings.TrimSpace(s.Find("h2").Text()); h != heading {
		t.Errorf("summary heading %q, want %q", h, heading)
	}
	var got []string
	s.Find("li a").Each(func(_ int, a *goquery.Selection) { got = append(got, a.AttrOr("href", "")) })
	var want []string
	for _, id := range targets {
		want = append(want, "#"+id)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("summary links %v, want %v", got, want)
	}
	if s.Closest("form").Length() != 1 {
		t.Error("the summary is not at the top of the form")
	}
}

func wantNoSummary(t *testing.T, p page) {
	t.Helper()
	if n := p.doc.Find(`[data-testid="error-summary"]`).Length(); n != 0 {
		t.Errorf("%d error summaries on a form with one message beside its field", n)
	}
}

// A new course whose short name exists already comes back with focus on the
// short name, which screen readers announce as invalid with its message.
func TestNewCourseErrorFocusesTheField(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	p := b.post("/teach/courses/new", url.Values{"title": {"Rivers again"}, "slug": {"rivers"}, "article": {lakeArticle}, "themes": {"1-4 All"}})
	wantStatus(t, p, http.StatusUnprocessableEntity)
	wantFieldInError(t, p, "slug", "rivers")
	wantAutofocus(t, p, "slug")
	if d := p.doc.Find("#slug").AttrOr("aria-describedby", ""); d != "slug-help slug-error" {
		t.Errorf("#slug described by %q, want its hint then its message", d)
	}
	if v := p.doc.Find("#title").AttrOr("aria-invalid", ""); v != "" {
		t.Errorf("#title, not in error, has aria-invalid %q", v)
	}
	wantNoSummary(t, p)

	several := b.post("/teach/courses/new", url.Values{"title": {""}, "slug": {"Bad Slug"}, "article": {""}, "themes": {"1 x"}})
	wantStatus(t, several, http.StatusUnprocessableEntity)
	wantSummary(t, several, "4 problems with this form", "title", "slug", "article", "themes")
	wantAutofocus(t, several, "title")
	wantFieldInError(t, several, "slug", "Bad Slug")
}

func TestSignUpErrorFocusesTheField(t *testing.T) {
	a := newApp(t)
	p := a.browser().post("/signup", url.Values{"email": {"not-an-email"}, "password": {"password1"}})
	wantStatus(t, p, http.StatusUnprocessableEntity)
	wantFieldInError(t, p, "email", "not-an-email")
	wantAutofocus(t, p, "email")
}

// A wrong password names no field: nothing takes focus from the page's
// alert, and no control claims to be invalid.
func TestSignInFailureMarksNoField(t *testing.T) {
	a := newApp(t)
	a.instructor("teacher@example.org", "teacher passphrase")
	p := a.browser().post("/login", url.Values{"email": {"teacher@example.org"}, "password": {"wrong passphrase"}})
	if p.doc.Find("[autofocus]").Length() != 0 || p.doc.Find(`[aria-invalid="true"]`).Length() != 0 {
		t.Error("a failed sign-in marks a field in error")
	}
	wantNoSummary(t, p)
}

func TestCourseAndClassRenameErrorsFocusTheField(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	p := b.post("/teach/courses/rivers/rename", url.Values{"title": {""}})
	wantStatus(t, p, http.StatusUnprocessableEntity)
	wantFieldInError(t, p, "title", "")
	wantAutofocus(t, p, "title")
	if h := strings.TrimSpace(p.doc.Find("#rename-h").Text()); h != "Rename the course" {
		t.Errorf("course settings section heading %q", h)
	}

	made := b.post("/teach/courses/rivers/classes", url.Values{"name": {"Year 10"}})
	wantStatus(t, made, http.StatusSeeOther)
	class := made.header.Get("Location")
	r := b.post(class+"/rename", url.Values{"name": {""}})
	wantStatus(t, r, http.StatusUnprocessableEntity)
	wantFieldInError(t, r, "name", "")
	wantAutofocus(t, r, "name")
	if h := strings.TrimSpace(r.doc.Find("#class-settings-h").Text()); h != "Rename the class" {
		t.Errorf("class rename section heading %q", h)
	}
	wantNoSummary(t, r)
}

func TestSetSettingsErrorsSummarisedAndFocused(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	path := "/teach/sets/" + danubeSet(t, a) + "/settings"
	p := b.post(path, url.Values{"feedback": {"end"}, "time_limit": {"ten"}, "max_attempts": {"1"}, "pool": {"9"}, "show_score": {"1"}})
	wantStatus(t, p, http.StatusUnprocessableEntity)
	wantSummary(t, p, "2 problems with this form", "time_limit", "pool")
	wantAutofocus(t, p, "time_limit")
	wantFieldInError(t, p, "time_limit", "ten")
	wantFieldInError(t, p, "pool", "9")
	if d := p.doc.Find("#time_limit").AttrOr("aria-describedby", ""); d != "time_limit-help time_limit-error" {
		t.Errorf("#time_limit described by %q", d)
	}
}

// The question editor's messages beside a group of controls (the options)
// are listed in the summary, linking to the group.
func TestEditorErrorsSummarisedAndFocused(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	set := danubeSet(t, a)
	p := b.post("/teach/sets/"+set+"/questions", url.Values{
		"type": {"single"}, "kind": {"fact"}, "prompt": {""},
		"opt-text-0": {"Vienna"}, "opt-feedback-0": {""}, "opt-text-1": {"Paris"}, "opt-feedback-1": {"The Danube does not reach Paris."},
		"explanation": {"Vienna is on the Danube."},
	})
	wantStatus(t, p, http.StatusUnprocessableEntity)
	wantFieldInError(t, p, "prompt", "")
	wantAutofocus(t, p, "prompt")
	wantSummary(t, p, "3 problems with this form", "prompt", "options", "paragraphs")
	opts := p.doc.Find("fieldset#options")
	if !strings.Contains(opts.AttrOr("aria-describedby", ""), "correct-error") {
		t.Errorf("options described by %q", opts.AttrOr("aria-describedby", ""))
	}
	if v := p.doc.Find("#opt-text-1").Text(); v != "Paris" {
		t.Errorf("option kept as %q", v)
	}
}

func TestImportErrorFocusesTheField(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	p := b.upload("/teach/courses/rivers/import", "bank.gift", nil, map[string]string{"theme": "danube", "title": "From Moodle"})
	wantStatus(t, p, http.StatusUnprocessableEntity)
	wantFieldInError(t, p, "file", "")
	wantAutofocus(t, p, "file")
	if v := p.doc.Find("#title").AttrOr("value", ""); v != "From Moodle" {
		t.Errorf("title kept as %q", v)
	}
}

func TestSettingsErrorFocusesTheField(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	p := b.post("/settings", url.Values{"retention": {"2"}, "new_per_day": {"many"}, "day_start": {"4"}, "time_zone": {"Europe/Vienna"}})
	wantStatus(t, p, http.StatusUnprocessableEntity)
	wantFieldInError(t, p, "retention", "2")
	wantFieldInError(t, p, "new_per_day", "many")
	wantAutofocus(t, p, "retention")
	wantSummary(t, p, "2 problems with this form", "retention", "new_per_day")
}

// On the course's settings page, each form sends its own message; on the
// class page, an assignment with two bad fields is summed up above them.
func TestClassFormsErrorsFocusTheField(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	p := b.post("/teach/courses/rivers/classes", url.Values{"name": {"  "}})
	wantStatus(t, p, http.StatusUnprocessableEntity)
	wantFieldInError(t, p, "class_name", "")
	wantAutofocus(t, p, "class_name")
	wantNoSummary(t, p)
	if n := p.doc.Find(`[aria-invalid="true"]`).Length(); n != 1 {
		t.Errorf("%d controls marked invalid, want the class name only", n)
	}

	o := b.post("/teach/courses/rivers/owners", url.Values{"email": {"nobody@example.org"}})
	wantStatus(t, o, http.StatusUnprocessableEntity)
	wantFieldInError(t, o, "email", "nobody@example.org")
	wantAutofocus(t, o, "email")
	if d := o.doc.Find("#email").AttrOr("aria-describedby", ""); d != "email-help email-error" {
		t.Errorf("#email described by %q", d)
	}

	made := b.post("/teach/courses/rivers/classes", url.Values{"name": {"Year 10"}})
	wantStatus(t, made, http.StatusSeeOther)
	class := made.header.Get("Location")
	as := b.post(class+"/assignments", url.Values{"what": {"nothing"}, "due": {"someday"}})
	wantStatus(t, as, http.StatusUnprocessableEntity)
	wantSummary(t, as, "2 problems with this form", "what", "due")
	wantAutofocus(t, as, "what")
	wantFieldInError(t, as, "what", "")
	wantFieldInError(t, as, "due", "someday")
	if d := as.doc.Find("#due").AttrOr("aria-describedby", ""); d != "due-help due-error" {
		t.Errorf("#due described by %q", d)
	}
}

func TestJoinErrorFocusesTheField(t *testing.T) {
	a := newApp(t)
	k := a.class(t, "Year 9")
	p := a.browser().post("/join", url.Values{"code": {k.Code}, "display_name": {"  "}})
	wantStatus(t, p, http.StatusUnprocessableEntity)
	wantFieldInError(t, p, "display_name", "")
	wantAutofocus(t, p, "display_name")
	if v := p.doc.Find("#code").AttrOr("aria-invalid", ""); v != "" {
		t.Errorf("the right class code is marked invalid (%q)", v)
	}
	c := a.browser().post("/join", url.Values{"code": {"AC"}, "display_name": {"Sam Lee"}})
	wantStatus(t, c, http.StatusUnprocessableEntity)
	wantFieldInError(t, c, "code", "AC")
	wantAutofocus(t, c, "code")
}

func TestAdminAccountErrorFocusesTheField(t *testing.T) {
	a := newAdminApp(t)
	p := a.admin.post("/admin/users", url.Values{"email": {"nope"}, "role": {"instructor"}})
	wantStatus(t, p, http.StatusUnprocessableEntity)
	wantFieldInError(t, p, "email", "nope")
	wantAutofocus(t, p, "email")
}

// The statistics' filter is a form sent by GET: a bad filter comes back
// the same way as a bad form sent by POST.
func TestStatisticsFilterErrorsSummarisedAndFocused(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	p := b.get("/teach/courses/rivers/statistics?attempts=most&class=year+9")
	wantStatus(t, p, http.StatusBadRequest)
	wantSummary(t, p, "2 problems with this form", "attempts", "class")
	wantAutofocus(t, p, "attempts")
	wantFieldInError(t, p, "attempts", "")
	wantFieldInError(t, p, "class", "")
}

// A card's image without its description focuses the image's field, and
// the card's paragraphs, a group of boxes, are summed up with it.
func TestCardFormErrorsFocusTheField(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	path := "/teach/courses/rivers/themes/danube/cards"
	river := string(ankitest.PNG(t, 4, 3, color.RGBA{0, 0, 200, 255}))
	p := b.postFiles(path, url.Values{"front": {"Which river is on this map?"}, "back": {"The Danube"}, "par": {"1"}},
		map[string][2]string{"front_image": {"map.png", river}})
	wantStatus(t, p, http.StatusUnprocessableEntity)
	wantFieldInError(t, p, "front_image", "")
	wantAutofocus(t, p, "front_image")
	wantNoSummary(t, p)
	if v := p.doc.Find("#front").Text(); v != "Which river is on this map?" {
		t.Errorf("front kept as %q", v)
	}

	q := b.postFiles(path, url.Values{"front": {""}, "back": {"The Danube"}}, nil)
	wantStatus(t, q, http.StatusUnprocessableEntity)
	wantAutofocus(t, q, "front")
	wantFieldInError(t, q, "front", "")
	wantSummary(t, q, "2 problems with this form", "front", "paragraphs")
	if d := q.doc.Find("fieldset#paragraphs").AttrOr("aria-describedby", ""); d != "paragraphs-error" {
		t.Errorf("the paragraphs are described by %q", d)
	}
}

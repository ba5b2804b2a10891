package handlers_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/quiz"
)

// proposed sends the new-course form without themes, which starts the
// job that proposes them, and returns the job's page, where the form
// comes back filled in once the job has ended (the test server's forms
// wait for their job).
func (b *browser) proposed(t testing.TB, form url.Values) page {
	t.Helper()
	job := jobOf(t, b.post("/teach/courses/new", form))
	p := b.get(job)
	wantStatus(t, p, http.StatusOK)
	return p
}

// checkNewCourseForm checks that a page is the new-course form with what
// was sent kept.
func checkNewCourseForm(t *testing.T, p page, title, slug, article string) {
	t.Helper()
	if action, _ := p.doc.Find("form[data-testid=new-course]").Attr("action"); action != "/teach/courses/new" {
		t.Fatalf("no new-course form (action %q):\n%.800s", action, p.body)
	}
	if got := p.doc.Find("#article").Text(); got != article {
		t.Errorf("the article was not kept: %d bytes of %d", len(got), len(article))
	}
	if got, _ := p.doc.Find("#title").Attr("value"); got != title {
		t.Errorf("title %q, want %q", got, title)
	}
	if got, _ := p.doc.Find("#slug").Attr("value"); got != slug {
		t.Errorf("slug %q, want %q", got, slug)
	}
	if _, ok := p.doc.Find(`input[name="then"][value="drafts"]`).Attr("checked"); !ok {
		t.Error("the choice of drafts was not kept")
	}
}

// The new-course form without themes starts a job that belongs to no
// course: its page shows the job running, refreshing itself, to the
// instructor who sent the form; every other instructor, an admin, a
// learner and a visitor are refused it and its Cancel. Cancelled, its
// page is the form again, everything kept, saying so beside the themes;
// no course is made.
func TestNewCourseThemesRunAsAJob(t *testing.T) {
	started := make(chan int64, 1)
	a := newApp(t, holdJobs(started))
	b := teacherOn(t, a)
	a.account("other@example.org", "other passphrase", quiz.RoleInstructor)
	a.account("head@example.org", "head passphrase", quiz.RoleAdmin)
	a.account("pupil@example.org", "pupil passphrase", quiz.RoleLearner)
	signedIn := func(email, password string) *browser {
		c := a.browser()
		wantStatus(t, c.signIn(email, password), http.StatusSeeOther)
		return c
	}
	other, admin, learner := signedIn("other@example.org", "other passphrase"), signedIn("head@example.org", "head passphrase"),
		signedIn("pupil@example.org", "pupil passphrase")

	form := url.Values{"title": {"Lake Baikal"}, "slug": {"baikal"}, "article": {lakeArticle}, "then": {"drafts"}}
	job := jobOf(t, b.post("/teach/courses/new", form))
	<-started // the job runs, held

	p := b.get(job)
	wantStatus(t, p, http.StatusOK)
	if got := jobState(p); got != quiz.JobRunning {
		t.Fatalf("job %q, want running", got)
	}
	if h := p.doc.Find("h1").Text(); h != "Proposing themes for “Lake Baikal”" {
		t.Errorf("heading %q", h)
	}
	if p.doc.Find(`meta[http-equiv=refresh]`).Length() != 1 || p.doc.Find("[data-testid=job-cancel]").Length() != 1 {
		t.Error("a running job's page neither refreshes nor offers Cancel")
	}
	if list := b.get("/teach/jobs"); list.doc.Find("[data-testid=job]").Length() != 1 {
		t.Errorf("the jobs list does not show the job to who started it:\n%.800s", list.body)
	}
	if _, err := a.db.FindCourse(context.Background(), "baikal"); quiz.KindOf(err) != quiz.ENotFound {
		t.Errorf("a course exists before its themes are checked: %v", err)
	}

	for _, c := range []struct {
		who           string
		b             *browser
		get, postWant int
	}{
		{"another instructor", other, http.StatusNotFound, http.StatusNotFound},
		{"an admin", admin, http.StatusNotFound, http.StatusNotFound},
		{"a learner", learner, http.StatusForbidden, http.StatusForbidden},
		{"a visitor", a.browser(), http.StatusSeeOther, http.StatusUnauthorized}, // sent to sign in
	} {
		if got := c.b.get(job); got.status != c.get || strings.Contains(got.body, lakeArticle[:40]) {
			t.Errorf("%s sees the job: %d, want %d", c.who, got.status, c.get)
		}
		if got := c.b.post(job+"/cancel", nil); got.status != c.postWant {
			t.Errorf("%s cancels the job: %d, want %d", c.who, got.status, c.postWant)
		}
	}
	for _, c := range []*browser{other, admin} {
		if list := c.get("/teach/jobs"); list.doc.Find("[data-testid=job]").Length() != 0 {
			t.Error("another account's jobs list shows the job")
		}
	}
	if p := b.get(job); jobState(p) != quiz.JobRunning {
		t.Fatalf("another account's cancel reached the job: %q", jobState(p))
	}

	wantStatus(t, b.post(job+"/cancel", nil), http.StatusSeeOther)
	p = b.get(job)
	for i := 0; i < 1000 && jobState(p) == quiz.JobRunning; i++ {
		p = b.get(job) // the worker records the end just after the context is cancelled
	}
	wantStatus(t, p, http.StatusOK)
	checkNewCourseForm(t, p, "Lake Baikal", "baikal", lakeArticle)
	if msg := p.doc.Find("#themes-error").Text(); !strings.Contains(msg, "cancelled") {
		t.Errorf("beside the themes: %q, want that proposing was cancelled", msg)
	}
	if p.doc.Find(`meta[http-equiv=refresh]`).Length() != 0 {
		t.Error("the ended job's page refreshes itself")
	}
	if _, err := a.db.FindCourse(context.Background(), "baikal"); quiz.KindOf(err) != quiz.ENotFound {
		t.Errorf("a cancelled proposal made a course: %v", err)
	}
}

// Once proposed, the themes come back in the new-course form, the
// article and every field kept; sent with them, the form makes the
// course. The job is listed as done.
func TestNewCourseThemesJobFillsTheForm(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	form := url.Values{"title": {"Lake Baikal"}, "slug": {"baikal"}, "article": {lakeArticle}, "then": {"drafts"}}
	job := jobOf(t, b.post("/teach/courses/new", form))
	p := b.get(job)
	wantStatus(t, p, http.StatusOK)
	checkNewCourseForm(t, p, "Lake Baikal", "baikal", lakeArticle)
	themes := strings.TrimSpace(p.doc.Find("#themes").Text())
	if themes != "1-4 Lake Baikal" || p.doc.Find(`[data-testid="proposed"]`).Length() != 1 {
		t.Fatalf("proposed themes %q", themes)
	}
	list := b.get("/teach/jobs")
	if got := list.doc.Find("[data-testid=job]").Text(); !strings.Contains(got, "Proposing themes") || !strings.Contains(got, "Done") {
		t.Errorf("the jobs list shows %q", got)
	}
	form.Set("themes", themes)
	form.Set("then", "empty")
	made := b.post("/teach/courses/new", form)
	wantStatus(t, made, http.StatusSeeOther)
	if loc := made.header.Get("Location"); loc != "/teach/courses/baikal" {
		t.Errorf("sent to %q", loc)
	}
	c, err := a.db.FindCourse(context.Background(), "baikal")
	if err != nil || len(c.Themes) != 1 || c.Title != "Lake Baikal" {
		t.Fatalf("the course made: %+v, %v", c, err)
	}
}

// Lectern stopping while it proposes a new course's themes, then starting
// again on the same database, proposes them again to the end: the page
// shows the form filled in.
func TestNewCourseThemesAfterARestart(t *testing.T) {
	started := make(chan int64, 1)
	a := newApp(t, holdJobs(started))
	b := teacherOn(t, a)
	form := url.Values{"title": {"Lake Baikal"}, "slug": {"baikal"}, "article": {lakeArticle}, "then": {"drafts"}}
	job := jobOf(t, b.post("/teach/courses/new", form))
	<-started
	a.stop() // the job is cut short, left running

	a = openApp(t, a.path)
	b = a.browser()
	wantStatus(t, b.signIn("teacher@example.org", "teacher passphrase"), http.StatusSeeOther)
	// One worker runs jobs in order: once a second proposal is done (the
	// form waits for it), the resumed one is too.
	second := b.proposed(t, url.Values{"title": {"Another lake"}, "article": {lakeArticle}})
	checkNewCourseFormThemes(t, second)
	p := b.get(job)
	wantStatus(t, p, http.StatusOK)
	checkNewCourseForm(t, p, "Lake Baikal", "baikal", lakeArticle)
	checkNewCourseFormThemes(t, p)
}

func checkNewCourseFormThemes(t *testing.T, p page) {
	t.Helper()
	if strings.TrimSpace(p.doc.Find("#themes").Text()) == "" {
		t.Errorf("no themes proposed:\n%.800s", p.body)
	}
}

// FuzzThemesTitle: the title read from a themes job's input, as the
// new-course form stores it, is the title sent, whatever the fields hold;
// any other input gives an error or a title, never a panic.
func FuzzThemesTitle(f *testing.F) {
	f.Add("Lake Baikal", "baikal", "Text.", `{"title":"x"}`)
	f.Add("Late \u00e9 \"quoted\"", "", `{"title":"inner"}`, `[]`)
	f.Add("", "x", "\x00\n\n", `{"title":3}`)
	f.Fuzz(func(t *testing.T, title, slug, article, other string) {
		input, err := json.Marshal(struct {
			Title   string `json:"title"`
			Slug    string `json:"slug"`
			Article string `json:"article"`
			Drafts  bool   `json:"drafts,omitempty"`
		}{title, slug, article, true})
		if err != nil {
			t.Fatal(err)
		}
		var want struct {
			Title string `json:"title"`
		}
		if err := json.Unmarshal(input, &want); err != nil {
			t.Fatal(err)
		}
		if got, err := handlers.ThemesTitle(string(input)); err != nil || got != want.Title {
			t.Errorf("title %q, %v; want %q", got, err, want.Title)
		}
		handlers.ThemesTitle(other)
	})
}

// The jobs list names a new course from the start of its job's input
// only: with a long article the title is still there, and so is the
// longest title the form takes, in letters of four bytes each.
func TestJobsListNamesNewCoursesFromTheInputsStart(t *testing.T) {
	started := make(chan int64, 1)
	a := newApp(t, holdJobs(started))
	b := teacherOn(t, a)
	long := strings.Repeat(lakeArticle+"\n\n", 1+(1<<19)/len(lakeArticle))
	jobOf(t, b.post("/teach/courses/new", url.Values{"title": {"Lake Baikal"}, "slug": {"baikal"}, "article": {long}}))
	<-started
	title := strings.Repeat("𝔅", 200)
	job := jobOf(t, b.post("/teach/courses/new", url.Values{"title": {title}, "slug": {"baikal-2"}, "article": {lakeArticle}}))
	// queued behind the first, held

	list := b.get("/teach/jobs")
	wantStatus(t, list, http.StatusOK)
	var names []string
	list.doc.Find("[data-testid=job] .muted").Each(func(_ int, s *goquery.Selection) {
		names = append(names, strings.SplitN(s.Text(), " · ", 2)[0])
	})
	if len(names) != 2 || names[0] != title || names[1] != "Lake Baikal" {
		t.Errorf("jobs listed for %q, want the long title and “Lake Baikal”", names)
	}
	if h := b.get(job).doc.Find("h1").Text(); !strings.Contains(h, strings.TrimSpace(title)) {
		t.Errorf("the job's page does not name its course: %.80q", h)
	}
}

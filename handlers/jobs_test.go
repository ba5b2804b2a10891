package handlers_test

import (
	"context"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/quiz"
)

// longCourse is a course of about size bytes of article, the news article
// repeated, in four themes.
func longCourse(t testing.TB, size int) *quiz.Course {
	t.Helper()
	var pars []string
	for _, p := range strings.Split(strings.TrimSpace(newsArticle(t)), "\n\n")[1:] { // the headline is no paragraph
		if p = strings.TrimSpace(p); p != "" {
			pars = append(pars, p)
		}
	}
	c := &quiz.Course{Course: quiz.CourseInfo{Slug: "long", Title: "A long article", Source: "Written for tests"}}
	for n := 0; n < size; {
		p := pars[len(c.Paragraphs)%len(pars)]
		c.Paragraphs = append(c.Paragraphs, quiz.Paragraph{N: len(c.Paragraphs) + 1, Text: p})
		n += len(p) + 2
	}
	quarter := len(c.Paragraphs) / 4
	for i := range 4 {
		th := quiz.Theme{Slug: "part-" + strconv.Itoa(i+1), Title: "Part " + strconv.Itoa(i+1)}
		end := (i + 1) * quarter
		if i == 3 {
			end = len(c.Paragraphs)
		}
		for n := i*quarter + 1; n <= end; n++ {
			th.Paragraphs = append(th.Paragraphs, n)
		}
		c.Themes = append(c.Themes, th)
	}
	return c
}

// owner makes an instructor who owns the course with the slug, signed in.
func (a *app) owner(t testing.TB, slug, email string) *browser {
	t.Helper()
	a.account(email, "owner passphrase", quiz.RoleInstructor)
	c, err := a.db.FindCourse(context.Background(), slug)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.db.AddCourseOwner(context.Background(), c.ID, email); err != nil {
		t.Fatal(err)
	}
	b := a.browser()
	wantStatus(t, b.signIn(email, "owner passphrase"), http.StatusSeeOther)
	return b
}

// holdJobs holds every job as it starts until it is cancelled (or the
// server stops), and reports each job held.
func holdJobs(started chan<- int64) func(*handlers.Deps) {
	return func(d *handlers.Deps) {
		d.JobWait = -1 // straight to the status page
		d.JobHook = func(ctx context.Context, j *quiz.Job) {
			started <- j.ID
			<-ctx.Done()
		}
	}
}

var jobPath = regexp.MustCompile(`^/teach/jobs/(\d+)$`)

// jobOf returns the job a form sent the browser to.
func jobOf(t testing.TB, p page) string {
	t.Helper()
	wantStatus(t, p, http.StatusSeeOther)
	m := jobPath.FindStringSubmatch(p.header.Get("Location"))
	if m == nil {
		t.Fatalf("sent to %q, want a job's page", p.header.Get("Location"))
	}
	return p.header.Get("Location")
}

func jobState(p page) string {
	s, _ := p.doc.Find("[data-testid=job-status]").Attr("data-status")
	return s
}

// A 1 MB article drafts in the background: the form answers at once with
// the job's page, which is served (and refreshes itself) while the job
// runs, as are other users' pages; the owner cancels it and nothing is
// written. Another instructor cannot see or cancel it.
func TestLongArticleDraftsAsAJob(t *testing.T) {
	started := make(chan int64, 1)
	a := newAppWith(t, longCourse(t, 1<<20), holdJobs(started))
	owner := a.owner(t, "long", "owner@example.org")
	a.account("other@example.org", "other passphrase", quiz.RoleInstructor)
	other := a.browser()
	wantStatus(t, other.signIn("other@example.org", "other passphrase"), http.StatusSeeOther)
	wantStatus(t, owner.post("/teach/courses/long/status", map[string][]string{"status": {"published"}}), http.StatusSeeOther)

	job := jobOf(t, owner.post("/teach/courses/long/drafts/generate", nil))
	<-started // the job runs, held

	p := owner.get(job)
	wantStatus(t, p, http.StatusOK)
	if got := jobState(p); got != quiz.JobRunning {
		t.Fatalf("job page while it runs: %q, want running", got)
	}
	if v, _ := p.doc.Find(`meta[http-equiv=refresh]`).Attr("content"); v != "2" {
		t.Errorf("the page does not refresh itself while the job runs: %q", v)
	}
	if p.doc.Find("[data-testid=job-cancel]").Length() != 1 {
		t.Error("no Cancel button while the job runs")
	}
	if h1 := p.doc.Find("h1").Text(); !strings.Contains(h1, "A long article") {
		t.Errorf("heading = %q", h1)
	}
	// A learner's pages are served meanwhile.
	learner := a.browser()
	wantStatus(t, learner.get("/courses/long"), http.StatusOK)
	wantStatus(t, learner.get("/courses/long/themes/part-1"), http.StatusOK)
	// The owner's list has it; another instructor's has not, and the job
	// is no page of theirs.
	list := owner.get("/teach/jobs")
	wantStatus(t, list, http.StatusOK)
	if n := list.doc.Find("[data-testid=job]").Length(); n != 1 || !strings.Contains(list.body, `href="`+job+`"`) {
		t.Errorf("the owner's jobs list has %d jobs:\n%.600s", n, list.body)
	}
	if list := other.get("/teach/jobs"); list.doc.Find("[data-testid=job]").Length() != 0 {
		t.Error("another instructor's jobs list shows the job")
	}
	wantStatus(t, other.get(job), http.StatusNotFound)
	wantStatus(t, other.post(job+"/cancel", nil), http.StatusNotFound)
	if p := owner.get(job); jobState(p) != quiz.JobRunning {
		t.Fatalf("another instructor's cancel reached the job: %q", jobState(p))
	}

	// Cancel: the job ends cancelled, the page stops refreshing, and no
	// draft is written.
	wantStatus(t, owner.post(job+"/cancel", nil), http.StatusSeeOther)
	p = owner.get(job)
	for i := 0; i < 1000 && jobState(p) == quiz.JobRunning; i++ {
		p = owner.get(job) // the worker records the end just after the context is cancelled
	}
	if got := jobState(p); got != quiz.JobCancelled {
		t.Fatalf("job after Cancel: %q, want cancelled", got)
	}
	if p.doc.Find(`meta[http-equiv=refresh]`).Length() != 0 || p.doc.Find("[data-testid=job-cancel]").Length() != 0 {
		t.Error("a cancelled job's page still refreshes or offers Cancel")
	}
	if msg := p.doc.Find("[data-testid=job-error]").Text(); !strings.Contains(msg, "nothing was changed") {
		t.Errorf("cancelled job says %q", msg)
	}
	c, _ := a.db.FindCourse(context.Background(), "long")
	if counts, err := a.db.DraftCounts(context.Background(), c.ID); err != nil || len(counts) != 0 {
		t.Errorf("a cancelled job wrote drafts: %v, %v", counts, err)
	}
}

// A short article's drafting job ends within the form's wait: the form
// goes straight to the drafts, and the job is listed as done with its
// result and link.
func TestShortDraftingGoesStraightToTheDrafts(t *testing.T) {
	a := newApp(t, func(d *handlers.Deps) { d.JobWait = time.Hour })
	b := teacherOn(t, a)
	p := b.post("/teach/courses/rivers/drafts/generate", nil)
	wantStatus(t, p, http.StatusSeeOther)
	if loc := p.header.Get("Location"); !strings.HasPrefix(loc, "/teach/courses/rivers/drafts?drafted=") {
		t.Fatalf("sent to %q, want the drafts", loc)
	}
	list := b.get("/teach/jobs")
	wantStatus(t, list, http.StatusOK)
	link, ok := list.doc.Find("[data-testid=job] a").Attr("href")
	if !ok {
		t.Fatalf("no job listed:\n%.600s", list.body)
	}
	jp := b.get(link)
	wantStatus(t, jp, http.StatusOK)
	if got := jobState(jp); got != quiz.JobDone {
		t.Errorf("job %q, want done", got)
	}
	if href, _ := jp.doc.Find("[data-testid=job-link]").Attr("href"); !strings.HasPrefix(href, "/teach/courses/rivers/drafts?drafted=") {
		t.Errorf("result link %q", href)
	}
	if jp.doc.Find(`meta[http-equiv=refresh]`).Length() != 0 {
		t.Error("a finished job's page refreshes itself")
	}
}

// Confirming a large upload imports it in the background: the whole file,
// with the job's link to the course.
func TestLargeImportRunsAsAJob(t *testing.T) {
	a := newApp(t, func(d *handlers.Deps) { d.ImportJobBytes = 1 }) // every upload is "large"
	b := teacherOn(t, a)
	up := b.upload("/teach/courses/rivers/import", "two.gift", []byte(giftFile), map[string]string{"theme": "danube", "title": "Uploaded"})
	wantStatus(t, up, http.StatusSeeOther)
	p := b.post(up.header.Get("Location"), nil)
	wantStatus(t, p, http.StatusSeeOther)
	if loc := p.header.Get("Location"); loc != "/teach/courses/rivers" {
		t.Fatalf("sent to %q, want the course", loc)
	}
	c, _ := a.db.FindCourse(context.Background(), "rivers")
	sets, err := a.db.ListSets(context.Background(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range sets {
		if s.Title == "Uploaded" {
			_, qs, _ := a.db.FindSet(context.Background(), s.ID)
			found = len(qs) == 2
		}
	}
	if !found {
		t.Errorf("the import job did not add the set of two questions: %+v", sets)
	}
	// The upload is used up.
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusNotFound)
}

// Lectern stopping with a drafting job running, then starting again on
// the same database, drafts again to the end; an import left running by
// a crash fails, saying so on its page.
func TestJobsAfterARestart(t *testing.T) {
	started := make(chan int64, 1)
	a := newApp(t, holdJobs(started))
	b := teacherOn(t, a)
	drafting := jobOf(t, b.post("/teach/courses/rivers/drafts/generate", nil))
	<-started
	// An import running as the server stops (taken up here, as the one
	// worker holds the drafting job).
	c, _ := a.db.FindCourse(context.Background(), "rivers")
	teacher, _ := a.db.FindAccount(context.Background(), "teacher@example.org")
	imp, err := a.db.CreateJob(context.Background(), quiz.Job{Kind: quiz.JobImport, CourseID: c.ID, UserID: teacher.ID, Input: `{"pending":"gone"}`})
	if err != nil {
		t.Fatal(err)
	}
	if j, err := a.db.ClaimJob(context.Background()); err != nil || j.ID != imp {
		t.Fatalf("claim the import: %+v, %v", j, err)
	}
	a.stop() // both jobs are cut short, left running

	a = openApp(t, a.path)
	b = a.browser()
	wantStatus(t, b.signIn("teacher@example.org", "teacher passphrase"), http.StatusSeeOther)
	// One worker runs jobs in order: once a second drafting job is done
	// (the form waits for it), the resumed one is too.
	p := b.post("/teach/courses/rivers/drafts/generate", nil)
	wantStatus(t, p, http.StatusSeeOther)
	jp := b.get(drafting)
	if got := jobState(jp); got != quiz.JobDone {
		t.Fatalf("the drafting job after a restart: %q, want done; page:\n%.800s", got, jp.body)
	}
	ip := b.get("/teach/jobs/" + strconv.FormatInt(imp, 10))
	if got := jobState(ip); got != quiz.JobFailed {
		t.Errorf("the import after a restart: %q, want failed", got)
	}
	if msg := ip.doc.Find("[data-testid=job-error]").Text(); msg != quiz.JobRestarted {
		t.Errorf("the import's page says %q, want %q", msg, quiz.JobRestarted)
	}
}

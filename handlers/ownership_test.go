package handlers_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// ownedCourse is the test course owned by one instructor, with one of
// each thing the instructor area reaches by its own id.
type ownedCourse struct {
	courseID, ownerID, learnerID int64
	ids                          map[string]string // by the path segment before {id}
	assignment                   string
	owner                        *browser
}

func newOwnedCourse(t *testing.T, a *app) *ownedCourse {
	t.Helper()
	ctx := context.Background()
	o := &ownedCourse{ids: map[string]string{}}
	o.ownerID = a.instructor("owner@example.org", "owner passphrase")
	o.owner = a.browser()
	wantStatus(t, o.owner.signIn("owner@example.org", "owner passphrase"), http.StatusSeeOther)
	c, err := a.db.FindCourse(ctx, "rivers")
	if err != nil {
		t.Fatal(err)
	}
	o.courseID = c.ID
	th, _ := c.Theme("danube")
	sets, err := a.db.ListSets(ctx, c.ID)
	if err != nil || len(sets) == 0 {
		t.Fatal(err)
	}
	_, qs, err := a.db.FindSet(ctx, sets[0].ID)
	if err != nil || len(qs) == 0 {
		t.Fatal(err)
	}
	cardID, err := a.db.CreateCard(ctx, th.ID, quiz.Card{Theme: "danube", Front: "Where does the Danube end?", Back: "In the Black Sea.", Paragraphs: []int{1}})
	if err != nil {
		t.Fatal(err)
	}
	sentence := "The Danube flows through ten countries and ends in the Black Sea."
	if err := a.db.ReplaceDrafts(ctx, c.ID, []int64{th.ID}, []quiz.Draft{{CourseID: c.ID, ThemeID: th.ID, Paragraph: 1,
		Card:     &quiz.Card{Theme: "danube", Front: "How many countries does the Danube flow through?", Back: "Ten.", Paragraphs: []int{1}},
		Sentence: sentence, SentenceEnd: len(sentence), Answer: "ten"}}); err != nil {
		t.Fatal(err)
	}
	drafts, err := a.db.ListDrafts(ctx, th.ID, "pending")
	if err != nil || len(drafts) == 0 {
		t.Fatalf("no draft: %v", err)
	}
	up := o.owner.upload("/teach/courses/rivers/import", "two.gift", []byte(giftFile), map[string]string{"theme": "danube", "title": "Uploaded"})
	wantStatus(t, up, http.StatusSeeOther)
	k := a.class(t, "Year 9")
	learner := a.browser()
	wantStatus(t, learner.post("/join/"+k.Code, url.Values{"display_name": {"Sam Lee"}}), http.StatusSeeOther)
	learner.startQuiz("danube")
	o.learnerID = a.userID(learner)
	aid, err := a.db.CreateAssignment(ctx, quiz.Assignment{ClassID: k.ID, ThemeID: th.ID, DueOn: "2030-01-31"})
	if err != nil {
		t.Fatal(err)
	}
	o.assignment = strconv.FormatInt(aid, 10)
	i64 := func(n int64) string { return strconv.FormatInt(n, 10) }
	o.ids[quiz.ResourceSet] = i64(sets[0].ID)
	o.ids[quiz.ResourceQuestion] = i64(qs[0].ID)
	o.ids[quiz.ResourceCard] = i64(cardID)
	o.ids[quiz.ResourceDraft] = i64(drafts[0].ID)
	o.ids[quiz.ResourceImport] = strings.TrimPrefix(up.header.Get("Location"), "/teach/imports/")
	o.ids[quiz.ResourceClass] = i64(k.ID)
	// A job made in the store waits in the queue: no form started it, so
	// no worker is woken for it, and only a cancel would change it.
	jobID, err := a.db.CreateJob(ctx, quiz.Job{Kind: quiz.JobImport, CourseID: c.ID, UserID: o.ownerID, Input: `{"pending":"none"}`})
	if err != nil {
		t.Fatal(err)
	}
	o.ids[quiz.ResourceJob] = i64(jobID)
	return o
}

// path fills a route's pattern with the owned course's things.
func (o *ownedCourse) path(pattern string) (method, path string) {
	method, path, _ = strings.Cut(pattern, " ")
	segs := strings.Split(path, "/")
	if len(segs) > 3 && segs[3] == "{id}" {
		segs[3] = o.ids[segs[2]]
	}
	path = strings.Join(segs, "/")
	return method, strings.NewReplacer("{slug}", "rivers", "{format}", "json", "{theme}", "danube",
		"{user}", strconv.FormatInt(o.ownerID, 10), "{learnerID}", strconv.FormatInt(o.learnerID, 10),
		"{assignment}", o.assignment).Replace(path)
}

// state is everything of the course an instructor could change, as JSON.
func (o *ownedCourse) state(t *testing.T, a *app) string {
	t.Helper()
	ctx := context.Background()
	exp, err := a.db.ExportCourse(ctx, "rivers")
	if err != nil {
		t.Fatal(err)
	}
	c, _ := a.db.FindCourse(ctx, "rivers")
	owners, _ := a.db.CourseOwners(ctx, o.courseID)
	classes, _ := a.db.ListClasses(ctx, o.courseID)
	sets, _ := a.db.ListSets(ctx, o.courseID)
	th, _ := c.Theme("danube")
	cards, _ := a.db.ThemeCards(ctx, th.ID)
	drafts, _ := a.db.ListDrafts(ctx, th.ID, "")
	id, _ := strconv.ParseInt(o.ids[quiz.ResourceClass], 10, 64)
	as, _ := a.db.ClassAssignments(ctx, id)
	members, _ := a.db.ClassMembers(ctx, id)
	jobID, _ := strconv.ParseInt(o.ids[quiz.ResourceJob], 10, 64)
	job, _ := a.db.FindJob(ctx, jobID)
	b, _ := json.Marshal([]any{exp, c.Status, c.Title, owners, classes, sets, cards, drafts, as, len(members), job})
	return string(b)
}

// Another instructor meets "not found" on every instructor route of a
// course they do not own, reading or writing, and changes nothing; an
// admin reads every page of it.
func TestOnlyOwnersReachTheirCourse(t *testing.T) {
	a := newApp(t)
	o := newOwnedCourse(t, a)
	a.account("other@example.org", "other passphrase", quiz.RoleInstructor)
	a.account("head@example.org", "head passphrase", quiz.RoleAdmin)
	other, admin := a.browser(), a.browser()
	wantStatus(t, other.signIn("other@example.org", "other passphrase"), http.StatusSeeOther)
	wantStatus(t, admin.signIn("head@example.org", "head passphrase"), http.StatusSeeOther)

	before := o.state(t, a)
	walked := 0
	for _, rt := range a.handler().Routes() {
		method, path := o.path(rt.Pattern)
		if rt.Role != quiz.RoleInstructor || !strings.Contains(rt.Pattern, "{") {
			continue
		}
		walked++
		for _, form := range []url.Values{nil, {"title": {"Taken"}, "name": {"Taken"}, "email": {"other@example.org"}, "status": {"draft"},
			"what": {"theme:1"}, "due": {"2030-01-01"}}} {
			var p page
			if method == "GET" {
				p = other.get(path)
			} else {
				p = other.post(path, form)
			}
			if p.status != http.StatusNotFound {
				t.Errorf("%s %s by another instructor: %d, want 404", method, path, p.status)
			}
			if strings.Contains(p.body, "Rivers of Europe") {
				t.Errorf("%s %s by another instructor shows the course's title", method, path)
			}
		}
		if method == "GET" && !strings.HasPrefix(path, "/teach/imports/") { // an upload is its uploader's alone
			if p := admin.get(path); p.status != http.StatusOK {
				t.Errorf("GET %s by an admin: %d, want 200", path, p.status)
			}
		}
	}
	if walked < 40 {
		t.Fatalf("only %d instructor routes walked", walked)
	}
	if after := o.state(t, a); after != before {
		t.Errorf("another instructor changed the course:\nbefore %s\nafter  %s", before, after)
	}
	teach := other.get("/teach")
	wantStatus(t, teach, http.StatusOK)
	if strings.Contains(teach.body, "Rivers of Europe") {
		t.Error("another instructor's dashboard lists the course")
	}
	for _, b := range []*browser{o.owner, admin} {
		if p := b.get("/teach"); !strings.Contains(p.body, "Rivers of Europe") {
			t.Error("the owner's or the admin's dashboard does not list the course")
		}
	}
	// The admin changes it too, and the owner sees the change.
	wantStatus(t, admin.post("/teach/courses/rivers/rename", url.Values{"title": {"Rivers of the world"}}), http.StatusSeeOther)
	if p := o.owner.get("/teach"); !strings.Contains(p.body, "Rivers of the world") {
		t.Error("the admin's rename did not reach the owner")
	}
}

// An owner shares a course with another instructor by email, with a clear
// error for an email that is not an instructor's; owners remove
// co-owners, never the last one.
func TestCoOwners(t *testing.T) {
	a := newApp(t)
	o := newOwnedCourse(t, a)
	a.account("pupil@example.org", "pupil passphrase", quiz.RoleLearner)
	coID := a.account("co@example.org", "co passphrase", quiz.RoleInstructor)
	co := a.browser()
	wantStatus(t, co.signIn("co@example.org", "co passphrase"), http.StatusSeeOther)
	wantStatus(t, co.get("/teach/courses/rivers"), http.StatusNotFound)

	for _, email := range []string{"pupil@example.org", "nobody@example.org", ""} {
		p := o.owner.post("/teach/courses/rivers/owners", url.Values{"email": {email}})
		wantStatus(t, p, http.StatusUnprocessableEntity)
		if msg := p.doc.Find("#email-error").Text(); msg == "" {
			t.Errorf("adding %q: no error beside the field", email)
		}
		if v, _ := p.doc.Find("#email").Attr("value"); v != email {
			t.Errorf("adding %q: the field holds %q", email, v)
		}
	}
	if owners, _ := a.db.CourseOwners(context.Background(), o.courseID); len(owners) != 1 {
		t.Fatalf("%d owners after refused additions", len(owners))
	}
	wantStatus(t, o.owner.post("/teach/courses/rivers/owners", url.Values{"email": {" CO@example.org "}}), http.StatusSeeOther)
	wantStatus(t, co.get("/teach/courses/rivers"), http.StatusOK)
	settings := o.owner.get("/teach/courses/rivers/settings")
	if got := settings.doc.Find(`[data-testid="owners"] li`).Length(); got != 2 {
		t.Errorf("the settings list %d owners, want 2", got)
	}
	// The co-owner removes the creator; the last owner cannot go.
	wantStatus(t, co.post("/teach/courses/rivers/owners/"+strconv.FormatInt(o.ownerID, 10)+"/remove", nil), http.StatusSeeOther)
	wantStatus(t, o.owner.get("/teach/courses/rivers"), http.StatusNotFound)
	wantStatus(t, co.post("/teach/courses/rivers/owners/"+strconv.FormatInt(coID, 10)+"/remove", nil), http.StatusConflict)
	wantStatus(t, co.get("/teach/courses/rivers"), http.StatusOK)
}

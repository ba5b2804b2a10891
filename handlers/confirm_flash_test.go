package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/internal/quiz"
)

// follow gets the page a redirect points at.
func (b *browser) follow(p page) page {
	b.a.t.Helper()
	wantStatus(b.a.t, p, http.StatusSeeOther)
	return b.get(p.header.Get("Location"))
}

func flashText(p page) string {
	return strings.Join(strings.Fields(p.doc.Find(`[data-testid="flash"] p`).Text()), " ")
}

// Removing a question says so, with an Undo that puts it back in its
// place; the message shows once.
func TestRemoveQuestionSaysSoAndUndoes(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	set := danubeSet(t, a)
	before := b.get("/teach/sets/" + set)
	wantStatus(t, before, http.StatusOK)
	action, _ := before.doc.Find(`[data-testid="set-questions"] > li form[action$="/delete"]`).Eq(1).Attr("action")
	qid := strings.TrimSuffix(strings.TrimPrefix(action, "/teach/questions/"), "/delete")
	prompts := func(p page) string { return p.doc.Find(`[data-testid="set-questions"] > li .prompt`).Text() }

	after := b.follow(b.post(action, nil))
	if got := flashText(after); got != "Question removed." {
		t.Errorf("after removing, the page says %q", got)
	}
	undo, _ := after.doc.Find(`[data-testid="flash"] form`).Attr("action")
	if undo != "/teach/questions/"+qid+"/restore" {
		t.Fatalf("the Undo form posts to %q", undo)
	}
	if n := after.doc.Find(`[data-testid="set-questions"] > li`).Length(); n != 2 {
		t.Errorf("%d questions after removing one of 3", n)
	}
	if again := b.get("/teach/sets/" + set); flashText(again) != "" {
		t.Errorf("the message shows again on reload: %q", flashText(again))
	}
	// Another instructor cannot put it back.
	a.account("other@example.org", "other passphrase", quiz.RoleInstructor)
	other := a.browser()
	wantStatus(t, other.signIn("other@example.org", "other passphrase"), http.StatusSeeOther)
	wantStatus(t, other.post(undo, nil), http.StatusNotFound)

	back := b.follow(b.post(undo, nil))
	if got := flashText(back); got != "The question is back in its place." {
		t.Errorf("after Undo, the page says %q", got)
	}
	if prompts(back) != prompts(before) {
		t.Errorf("after Undo the set holds %q, want %q", prompts(back), prompts(before))
	}
	// Undoing twice finds nothing to undo.
	wantStatus(t, b.post(undo, nil), http.StatusNotFound)
}

// Saving a question says "Saved." on the set page.
func TestSavingAQuestionSaysSaved(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	set := danubeSet(t, a)
	href, _ := b.get("/teach/sets/" + set).doc.Find(`a[href$="/edit"]`).First().Attr("href")
	wantStatus(t, b.get(href), http.StatusOK)
	id := strings.TrimSuffix(strings.TrimPrefix(href, "/teach/questions/"), "/edit")
	qid, _ := strconv.ParseInt(id, 10, 64)
	sq, _, err := a.db.FindQuestion(context.Background(), qid)
	if err != nil {
		t.Fatal(err)
	}
	f := url.Values{"type": {"single"}, "kind": {"fact"}, "prompt": {sq.Question.Prompt + " (edited)"}, "explanation": {sq.Question.Explanation}, "par": {"1"}}
	for i, o := range sq.Question.Options {
		f.Set("opt-text-"+strconv.Itoa(i), o.Text)
		f.Set("opt-feedback-"+strconv.Itoa(i), o.Feedback)
		if o.Correct {
			f.Set("correct", strconv.Itoa(i))
		}
	}
	saved := b.follow(b.post("/teach/questions/"+id, f))
	if got := flashText(saved); got != "Saved." {
		t.Errorf("after saving, the set page says %q", got)
	}
}

// Unpublishing a set says what it did, with a button that publishes it
// again.
func TestUnpublishSaysSoAndPublishesAgain(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	set := danubeSet(t, a)
	p := b.follow(b.post("/teach/sets/"+set+"/status", url.Values{"status": {"draft"}}))
	if got := flashText(p); got != "Taken back to draft: learners no longer see this set." {
		t.Errorf("after unpublishing: %q", got)
	}
	again := p.doc.Find(`[data-testid="flash"] form`)
	action, _ := again.Attr("action")
	status, _ := again.Find(`input[name="status"]`).Attr("value")
	if action != "/teach/sets/"+set+"/status" || status != "published" {
		t.Fatalf("the flash's button posts %s status=%s", action, status)
	}
	p = b.follow(b.post(action, url.Values{"status": {status}}))
	if got := flashText(p); !strings.HasPrefix(got, "Published") {
		t.Errorf("after publishing again: %q", got)
	}
	sets, _ := a.db.ListSets(context.Background(), 1)
	if sets[0].Status != quiz.SetPublished {
		t.Errorf("the set is %s, want published", sets[0].Status)
	}
}

// Deleting a set asks first, on a page of its own: opening it deletes
// nothing; confirming deletes, and the course page says so.
func TestDeleteSetAsksFirst(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	wantStatus(t, b.post("/teach/courses/rivers/sets", url.Values{"theme": {"danube"}, "title": {"Spare"}}), http.StatusSeeOther)
	ctx := context.Background()
	sets, _ := a.db.ListSets(ctx, 1)
	var spare string
	for _, s := range sets {
		if s.Title == "Spare" {
			spare = strconv.FormatInt(s.ID, 10)
		}
	}
	course := b.get("/teach/courses/rivers")
	if course.doc.Find(`a[data-testid="delete-set"][href="/teach/sets/`+spare+`/delete"]`).Length() != 1 {
		t.Fatalf("the set Spare has no Delete link to its confirmation page")
	}
	if n := course.doc.Find(`form[action$="/delete"]`).Length(); n != 0 {
		t.Errorf("%d delete forms on the course page act on one click", n)
	}
	confirm := b.get("/teach/sets/" + spare + "/delete")
	wantStatus(t, confirm, http.StatusOK)
	if !strings.Contains(confirm.doc.Find("h1").Text(), "Spare") || !strings.Contains(confirm.body, "cannot be undone") {
		t.Errorf("the confirmation page says %q", confirm.doc.Find("main").Text())
	}
	if after, _ := a.db.ListSets(ctx, 1); len(after) != len(sets) {
		t.Fatal("opening the confirmation page deleted the set")
	}
	action, _ := confirm.doc.Find(`form`).Last().Attr("action")
	done := b.follow(b.post(action, nil))
	if got := flashText(done); got != "The set was deleted." {
		t.Errorf("after deleting: %q", got)
	}
	if after, _ := a.db.ListSets(ctx, 1); len(after) != len(sets)-1 {
		t.Errorf("%d sets after deleting one of %d", len(after), len(sets))
	}
	// Another instructor's course: not found, on both the page and the form.
	a.account("other@example.org", "other passphrase", quiz.RoleInstructor)
	other := a.browser()
	wantStatus(t, other.signIn("other@example.org", "other passphrase"), http.StatusSeeOther)
	wantStatus(t, other.get("/teach/sets/"+danubeSet(t, a)+"/delete"), http.StatusNotFound)
}

// A draft course's instructor pages say so in a banner with Publish,
// which publishes it and comes back to the same page; a published course
// has no banner.
func TestDraftCourseBannerPublishes(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	wantStatus(t, b.post("/teach/courses/new", url.Values{"title": {"Lake Baikal"}, "article": {lakeArticle}, "themes": {"1-4 All"}}), http.StatusSeeOther)
	for _, path := range []string{"/teach/courses/lake-baikal", "/teach/courses/lake-baikal/statistics"} {
		p := b.get(path)
		wantStatus(t, p, http.StatusOK)
		banner := p.doc.Find(`[data-testid="draft-banner"]`)
		if !strings.Contains(banner.Text(), "learners cannot see this course") {
			t.Fatalf("%s: banner %q", path, banner.Text())
		}
		if back, _ := banner.Find(`input[name="back"]`).Attr("value"); back != path {
			t.Errorf("%s: Publish comes back to %q", path, back)
		}
	}
	p := b.follow(b.post("/teach/courses/lake-baikal/status", url.Values{"status": {"published"}, "back": {"/teach/courses/lake-baikal"}}))
	if got := flashText(p); got != "The course is published: learners see it now." {
		t.Errorf("after Publish the page says %q", got)
	}
	if p.doc.Find(`[data-testid="draft-banner"]`).Length() != 0 {
		t.Error("a published course still has the draft banner")
	}
	c, _ := a.db.FindCourse(context.Background(), "lake-baikal")
	if c.Status != quiz.CoursePublished {
		t.Errorf("the course is %s", c.Status)
	}
	if b.get("/teach/courses/rivers").doc.Find(`[data-testid="draft-banner"]`).Length() != 0 {
		t.Error("a published course has the draft banner")
	}
	// Publish goes back only to this course's pages.
	wantStatus(t, b.post("/teach/courses/lake-baikal/status", url.Values{"status": {"draft"}}), http.StatusSeeOther)
	for _, back := range []string{"https://elsewhere.example/", "//elsewhere.example", "/teach/courses/rivers", "/teach/courses/lake-baikal/../../admin/users"} {
		r := b.post("/teach/courses/lake-baikal/status", url.Values{"status": {"published"}, "back": {back}})
		if loc := r.header.Get("Location"); !strings.HasPrefix(loc, "/teach/courses/lake-baikal/settings") {
			t.Errorf("back=%s: sent to %s", back, loc)
		}
	}
}

// Removing a written card says so, with an Undo that puts it back in the
// deck.
func TestRemoveCardSaysSoAndUndoes(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	path := "/teach/courses/rivers/themes/danube/cards"
	before := danubeDeck(t, a)
	wantStatus(t, b.post(path, url.Values{"front": {"Danube: its mouth?"}, "back": {"The Black Sea"}, "par": {"1"}}), http.StatusSeeOther)
	list := b.get(path)
	var action string
	list.doc.Find(`[data-testid="written-cards"] > li`).Each(func(_ int, s *goquery.Selection) {
		if strings.Contains(s.Text(), "Danube: its mouth?") {
			action, _ = s.Find(`form[action$="/delete"]`).Attr("action")
		}
	})
	if action == "" {
		t.Fatal("the new card has no Remove")
	}
	after := b.follow(b.post(action, nil))
	if got := flashText(after); !strings.HasPrefix(got, "The card is removed from the deck.") {
		t.Errorf("after removing: %q", got)
	}
	if danubeDeck(t, a) != before {
		t.Fatal("the removed card is still in the deck")
	}
	undo, _ := after.doc.Find(`[data-testid="flash"] form`).Attr("action")
	back := b.follow(b.post(undo, nil))
	if got := flashText(back); got != "The card is back in the deck." {
		t.Errorf("after Undo: %q", got)
	}
	if danubeDeck(t, a) != before+1 || !strings.Contains(back.doc.Find(`[data-testid="written-cards"]`).Text(), "Danube: its mouth?") {
		t.Error("Undo did not put the card back")
	}
	wantStatus(t, b.post(undo, nil), http.StatusNotFound)
}

package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A new course is a draft: not on the home page, its pages not found for
// learners and visitors, until an owner publishes it; taken back to
// draft, it is hidden again.
func TestNewCourseIsADraftUntilPublished(t *testing.T) {
	a := newApp(t)
	a.instructor("teacher@example.org", "teacher passphrase")
	b := a.browser()
	wantStatus(t, b.signIn("teacher@example.org", "teacher passphrase"), http.StatusSeeOther)
	wantStatus(t, b.post("/teach/courses/new", url.Values{"title": {"Lake Baikal"}, "article": {lakeArticle}, "themes": {"1-4 All"}}), http.StatusSeeOther)
	learner := a.browser()
	learner.startQuiz("danube") // a learner with a session
	visitor := a.browser()
	hidden := func(when string) {
		t.Helper()
		for name, u := range map[string]*browser{"learner": learner, "visitor": visitor} {
			for _, path := range []string{"/courses/lake-baikal", "/courses/lake-baikal/read", "/courses/lake-baikal/themes/all", "/courses/lake-baikal/review"} {
				if p := u.get(path); p.status != http.StatusNotFound {
					t.Errorf("%s: GET %s as a %s: %d, want 404", when, path, name, p.status)
				}
			}
			if p := u.post("/courses/lake-baikal/quiz", url.Values{"theme": {"all"}}); p.status != http.StatusNotFound {
				t.Errorf("%s: a %s starts a quiz: %d, want 404", when, name, p.status)
			}
			if strings.Contains(u.get("/").body, "Lake Baikal") {
				t.Errorf("%s: the home page lists the draft to a %s", when, name)
			}
		}
	}
	hidden("new")
	teach := b.get("/teach")
	if teach.doc.Find(`[data-testid="course-draft"]`).Length() != 1 {
		t.Error("the dashboard does not mark the new course as a draft")
	}
	wantStatus(t, b.get("/courses/lake-baikal"), http.StatusOK) // its owner previews it

	settings := b.get("/teach/courses/lake-baikal/settings")
	wantStatus(t, settings, http.StatusOK)
	if settings.doc.Find(`[data-testid="publish-course"]`).Length() != 1 {
		t.Fatal("no Publish button on a draft's settings")
	}
	b.publishCourse("lake-baikal")
	wantStatus(t, learner.get("/courses/lake-baikal"), http.StatusOK)
	wantStatus(t, visitor.get("/courses/lake-baikal/read"), http.StatusOK)
	if !strings.Contains(visitor.get("/").body, "Lake Baikal") {
		t.Error("the published course is not on the home page")
	}
	wantStatus(t, b.post("/teach/courses/lake-baikal/status", url.Values{"status": {"draft"}}), http.StatusSeeOther)
	hidden("back to draft")
	wantStatus(t, b.post("/teach/courses/lake-baikal/status", url.Values{"status": {"hidden"}}), http.StatusBadRequest)

	// Renaming: an empty title is refused beside the field, input kept.
	bad := b.post("/teach/courses/lake-baikal/rename", url.Values{"title": {"   "}})
	wantStatus(t, bad, http.StatusUnprocessableEntity)
	if bad.doc.Find("#title-error").Text() == "" {
		t.Error("no error beside the title")
	}
	wantStatus(t, b.post("/teach/courses/lake-baikal/rename", url.Values{"title": {"Baikal, the deepest lake"}}), http.StatusSeeOther)
	if c, _ := a.db.FindCourse(context.Background(), "lake-baikal"); c.Title != "Baikal, the deepest lake" {
		t.Errorf("title %q after the rename", c.Title)
	}
	// The built-in course stays published.
	if c, _ := a.db.FindCourse(context.Background(), "rivers"); c.Status != quiz.CoursePublished {
		t.Errorf("the course imported without an owner is %q", c.Status)
	}
}

// Deleting a course goes through a confirmation page, works only while no
// learner has used it, and says what was done.
func TestDeleteCourse(t *testing.T) {
	a := newApp(t)
	a.instructor("teacher@example.org", "teacher passphrase")
	b := a.browser()
	wantStatus(t, b.signIn("teacher@example.org", "teacher passphrase"), http.StatusSeeOther)
	wantStatus(t, b.post("/teach/courses/new", url.Values{"title": {"Lake Baikal"}, "article": {lakeArticle}, "themes": {"1-4 All"}}), http.StatusSeeOther)

	confirm := b.get("/teach/courses/lake-baikal/delete")
	wantStatus(t, confirm, http.StatusOK)
	form := confirm.doc.Find(`form[action="/teach/courses/lake-baikal/delete"]`)
	if form.Length() != 1 || form.Find(`[data-testid="confirm-delete-course"]`).Length() != 1 {
		t.Fatal("the confirmation page has no delete form")
	}
	if _, err := a.db.FindCourse(context.Background(), "lake-baikal"); err != nil {
		t.Fatal("viewing the confirmation deleted the course")
	}
	done := b.post("/teach/courses/lake-baikal/delete", nil)
	wantStatus(t, done, http.StatusSeeOther)
	after := b.get(done.header.Get("Location"))
	if msg := after.doc.Find(".flash").Text(); !strings.Contains(msg, "lake-baikal was deleted") {
		t.Errorf("after deleting: flash %q", msg)
	}
	if _, err := a.db.FindCourse(context.Background(), "lake-baikal"); quiz.KindOf(err) != quiz.ENotFound {
		t.Errorf("the course is still there: %v", err)
	}
	if got := b.get("/teach?deleted=" + url.QueryEscape("<b>anything you like</b>")).doc.Find(".flash").Length(); got != 0 {
		t.Error("the dashboard repeats any text put in its address")
	}

	// A course a learner has used cannot be deleted.
	learner := a.browser()
	learner.startQuiz("danube")
	used := b.get("/teach/courses/rivers/delete")
	wantStatus(t, used, http.StatusOK)
	if used.doc.Find(`[data-testid="course-used"]`).Length() != 1 || used.doc.Find(`[data-testid="confirm-delete-course"]`).Length() != 0 {
		t.Error("the page offers to delete a course learners used")
	}
	wantStatus(t, b.post("/teach/courses/rivers/delete", nil), http.StatusConflict)
	wantStatus(t, learner.get("/courses/rivers"), http.StatusOK)
}

package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// flashAfter follows a redirect and returns the page's flash message; the
// redirect carries no message in its address.
func flashAfter(t *testing.T, b *browser, p page) (string, page) {
	t.Helper()
	wantStatus(t, p, http.StatusSeeOther)
	loc := p.header.Get("Location")
	if strings.Contains(loc, "?") {
		t.Errorf("the redirect to %q carries its message in the address", loc)
	}
	next := b.get(loc)
	wantStatus(t, next, http.StatusOK)
	return strings.TrimSpace(next.doc.Find(`[data-testid="flash"] p`).Text()), next
}

// Removing a co-owner is asked first, on a page that works without
// script and says what they lose; the settings then say it was done. The
// last owner's page says why they cannot go, with nothing to press.
func TestRemovingACoOwnerAsksFirst(t *testing.T) {
	a := newApp(t)
	o := newOwnedCourse(t, a)
	ctx := context.Background()
	coID := a.account("co@example.org", "co passphrase", quiz.RoleInstructor)
	wantStatus(t, o.owner.post("/teach/courses/rivers/owners", url.Values{"email": {"co@example.org"}}), http.StatusSeeOther)
	settings := o.owner.get("/teach/courses/rivers/settings")
	path := "/teach/courses/rivers/owners/" + strconv.FormatInt(coID, 10) + "/remove"
	link := settings.doc.Find(`[data-testid="owners"] a[data-testid="remove-owner"][href="` + path + `"]`)
	if link.Length() != 1 || !strings.Contains(link.Text(), "co@example.org") {
		t.Fatalf("no link to remove the co-owner: %q", settings.doc.Find(`[data-testid="owners"]`).Text())
	}
	if settings.doc.Find(`[data-testid="owners"] form`).Length() != 0 {
		t.Error("the owners list still removes with one click")
	}
	confirm := o.owner.get(path)
	wantStatus(t, confirm, http.StatusOK)
	if h := confirm.doc.Find("h1").Text(); !strings.Contains(h, "co@example.org") || !strings.Contains(h, "Rivers of Europe") {
		t.Errorf("the confirmation asks %q", h)
	}
	if !strings.Contains(confirm.doc.Find(`[data-testid="confirm"]`).Text(), "no longer sees the course") {
		t.Error("the confirmation does not say what the owner loses")
	}
	if action := confirm.doc.Find(`[data-testid="confirm"] form`).AttrOr("action", ""); action != path {
		t.Errorf("the confirmation posts to %q", action)
	}
	if owners, _ := a.db.CourseOwners(ctx, o.courseID); len(owners) != 2 {
		t.Fatal("showing the confirmation removed the owner")
	}
	msg, _ := flashAfter(t, o.owner, o.owner.post(path, nil))
	if !strings.Contains(msg, "The owner was removed") {
		t.Errorf("the settings say %q", msg)
	}
	if owners, _ := a.db.CourseOwners(ctx, o.courseID); len(owners) != 1 {
		t.Fatalf("%d owners after removal", len(owners))
	}
	// The message is shown once.
	if again := o.owner.get("/teach/courses/rivers/settings"); again.doc.Find(`[data-testid="flash"]`).Length() != 0 {
		t.Error("the message is shown again on a reload")
	}
	last := o.owner.get("/teach/courses/rivers/owners/" + strconv.FormatInt(o.ownerID, 10) + "/remove")
	wantStatus(t, last, http.StatusOK)
	if last.doc.Find(`[data-testid="confirm"] form`).Length() != 0 || !strings.Contains(last.body, "at least one owner") {
		t.Error("the last owner's page offers to remove them")
	}
}

// Removing an assignment is asked first, saying what the class's learners
// lose sight of; the class page then says it was done.
func TestRemovingAnAssignmentAsksFirst(t *testing.T) {
	a := newApp(t)
	o := newOwnedCourse(t, a)
	ctx := context.Background()
	class := "/teach/classes/" + o.ids[quiz.ResourceClass]
	classID, _ := strconv.ParseInt(o.ids[quiz.ResourceClass], 10, 64)
	page := o.owner.get(class)
	wantStatus(t, page, http.StatusOK)
	path := class + "/assignments/" + o.assignment + "/delete"
	if page.doc.Find(`a[data-testid="remove-assignment"][href="`+path+`"]`).Length() != 1 {
		t.Fatal("no link to remove the assignment")
	}
	if page.doc.Find(`[data-testid="class-assignments"] form`).Length() != 0 {
		t.Error("the assignments still go with one click")
	}
	confirm := o.owner.get(path)
	wantStatus(t, confirm, http.StatusOK)
	if h := confirm.doc.Find("h1").Text(); !strings.Contains(h, "Danube") || !strings.Contains(h, "2030-01-31") || !strings.Contains(h, "Year 9") {
		t.Errorf("the confirmation asks %q", h)
	}
	if !strings.Contains(confirm.doc.Find(`[data-testid="confirm"]`).Text(), "no longer see it on the course page") {
		t.Error("the confirmation does not say what learners lose sight of")
	}
	if as, _ := a.db.ClassAssignments(ctx, classID); len(as) != 1 {
		t.Fatal("showing the confirmation removed the assignment")
	}
	wantStatus(t, o.owner.get(class+"/assignments/99999/delete"), http.StatusNotFound)
	msg, _ := flashAfter(t, o.owner, o.owner.post(path, nil))
	if !strings.Contains(msg, "The assignment was removed") {
		t.Errorf("the class page says %q", msg)
	}
	if as, _ := a.db.ClassAssignments(ctx, classID); len(as) != 0 {
		t.Fatal("the assignment is still there")
	}
	msg, _ = flashAfter(t, o.owner, o.owner.post(class+"/rename", url.Values{"name": {"Year 10"}}))
	if msg != "The class was renamed." {
		t.Errorf("after a rename the class page says %q", msg)
	}
}

// Taking a course back to draft says what learners lose sight of, with a
// button that publishes it again; the settings' other messages come the
// same way, never in the address.
func TestUnpublishingACourseOffersUndo(t *testing.T) {
	a := newApp(t)
	o := newOwnedCourse(t, a)
	learner := a.browser()
	wantStatus(t, learner.get("/courses/rivers"), http.StatusOK)
	msg, settings := flashAfter(t, o.owner, o.owner.post("/teach/courses/rivers/status", url.Values{"status": {"draft"}}))
	if !strings.Contains(msg, "learners no longer see it, its quizzes or its flashcards") {
		t.Errorf("the settings say %q", msg)
	}
	wantStatus(t, learner.get("/courses/rivers"), http.StatusNotFound)
	undo := settings.doc.Find(`[data-testid="flash"] form`)
	if undo.AttrOr("action", "") != "/teach/courses/rivers/status" || undo.Find(`input[name="status"]`).AttrOr("value", "") != "published" ||
		strings.TrimSpace(undo.Find("button").Text()) != "Publish it again" {
		t.Fatalf("no button to publish again beside the message: %q", settings.doc.Find(`[data-testid="flash"]`).Text())
	}
	msg, _ = flashAfter(t, o.owner, o.owner.post(undo.AttrOr("action", ""), url.Values{"status": {"published"}}))
	if !strings.Contains(msg, "published") {
		t.Errorf("after publishing again the settings say %q", msg)
	}
	wantStatus(t, learner.get("/courses/rivers"), http.StatusOK)
	msg, _ = flashAfter(t, o.owner, o.owner.post("/teach/courses/rivers/rename", url.Values{"title": {"Rivers of the world"}}))
	if msg != "The course was renamed." {
		t.Errorf("after a rename the settings say %q", msg)
	}
}

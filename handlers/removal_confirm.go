package handlers

import (
	"net/http"
	"strconv"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// confirmRemoveOwner asks before taking an owner off a course, saying what
// they lose; removing oneself says one loses the course too.
func (h *Handler) confirmRemoveOwner(w http.ResponseWriter, r *http.Request) {
	c, ok := h.teachCourse(w, r)
	if !ok {
		return
	}
	uid, err := strconv.ParseInt(r.PathValue("user"), 10, 64)
	if err != nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "That account does not own this course."))
		return
	}
	owners, err := h.db.CourseOwners(r.Context(), c.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	var owner *quiz.CourseOwner
	for i := range owners {
		if owners[i].UserID == uid {
			owner = &owners[i]
		}
	}
	if owner == nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "That account does not own this course."))
		return
	}
	settings := "/teach/courses/" + c.Slug + "/settings"
	if len(owners) == 1 {
		h.render(w, r, http.StatusOK, views.ConfirmPage(views.ConfirmVM{
			Page: h.page(r, "Remove an owner of "+c.Title), BackURL: settings, BackTitle: c.Title + ": owners, classes and publishing",
			Heading: owner.Email + " is the course’s only owner",
			Note:    "A course keeps at least one owner: add another before removing this one.",
			Cancel:  "Back to the course’s settings",
		}))
		return
	}
	lines := []string{
		owner.Email + " no longer sees the course among theirs, and can no longer change it, its classes or its drafts.",
		"What they wrote in it stays.",
		"They can be added again by their email.",
	}
	if u := userFrom(r.Context()); u.ID == uid {
		lines[0] = "You no longer see the course among yours, and can no longer change it, its classes or its drafts."
		if u.Role != quiz.RoleAdmin {
			lines[2] = "Only another owner can add you again."
		}
	}
	h.render(w, r, http.StatusOK, views.ConfirmPage(views.ConfirmVM{
		Page: h.page(r, "Remove an owner of "+c.Title), BackURL: settings, BackTitle: c.Title + ": owners, classes and publishing",
		Heading: "Remove " + owner.Email + " as an owner of “" + c.Title + "”?",
		Lines:   lines,
		Action:  r.URL.Path, Button: "Remove the owner", Cancel: "Keep them", Danger: true,
	}))
}

// confirmDeleteAssignment asks before removing an assignment from a
// class, saying what its learners lose sight of.
func (h *Handler) confirmDeleteAssignment(w http.ResponseWriter, r *http.Request) {
	k, c, ok := h.teachClass(w, r)
	if !ok {
		return
	}
	id, err := strconv.ParseInt(r.PathValue("assignment"), 10, 64)
	if err != nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is no such assignment."))
		return
	}
	as, err := h.db.ClassAssignments(r.Context(), k.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	var a *quiz.Assignment
	for i := range as {
		if as[i].ID == id {
			a = &as[i]
		}
	}
	if a == nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is no such assignment."))
		return
	}
	h.render(w, r, http.StatusOK, views.ConfirmPage(views.ConfirmVM{
		Page: h.page(r, "Remove an assignment of "+k.Name), BackURL: classURL(k.ID), BackTitle: k.Name + " (" + c.Title + ")",
		Heading: "Remove “" + a.Label() + "”, due " + a.DueOn + ", from the class “" + k.Name + "”?",
		Lines: []string{
			"The class’s learners no longer see it on the course page, as to do, done or late.",
			"The class page no longer counts who did it.",
			"What the learners did stays in their progress; the set or quiz stays in the course.",
		},
		Note:   "It can be assigned again.",
		Action: r.URL.Path, Button: "Remove the assignment", Cancel: "Keep it", Danger: true,
	}))
}

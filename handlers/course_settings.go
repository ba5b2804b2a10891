package handlers

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// teachCourse returns the course of a /teach/courses/{slug} request; the
// route's owner check has admitted the user already, and this checks
// again so that a handler never acts on a course it was not checked for.
func (h *Handler) teachCourse(w http.ResponseWriter, r *http.Request) (*quiz.StoredCourse, bool) {
	c, err := h.ownedCourse(r, courseOfSlug)
	if err != nil {
		h.fail(w, r, err)
		return nil, false
	}
	return c, true
}

// showCourseSettings shows a course's publishing, classes and owners.
func (h *Handler) showCourseSettings(w http.ResponseWriter, r *http.Request) {
	c, ok := h.teachCourse(w, r)
	if !ok {
		return
	}
	h.renderCourseSettings(w, r, c, http.StatusOK, views.CourseSettingsVM{NewTitle: c.Title})
}

// courseScoped reports whether path is a page of the instructor area
// about the course, where the draft banner may send the instructor back.
func courseScoped(path, slug string) bool {
	if path == "/teach/courses/"+slug || strings.HasPrefix(path, "/teach/courses/"+slug+"/") {
		return !strings.ContainsAny(path, "?#\\") && !strings.Contains(path, "//") && !strings.Contains(path, "..")
	}
	if rest, ok := strings.CutPrefix(path, "/teach/sets/"); ok {
		_, err := strconv.ParseInt(rest, 10, 64)
		return err == nil
	}
	return false
}

func (h *Handler) renderCourseSettings(w http.ResponseWriter, r *http.Request, c *quiz.StoredCourse, status int, vm views.CourseSettingsVM) {
	vm.Page = h.page(r, c.Title+": owners, classes and publishing")
	if kind, id := flashOf(r.Context()); kind == flashCourseDraft && id == c.ID && c.Status == quiz.CourseDraft {
		vm.Page.FlashAction = &views.FlashActionVM{URL: "/teach/courses/" + c.Slug + "/status", Label: "Publish it again",
			Fields: []views.FieldVM{{Name: "status", Value: quiz.CoursePublished}}}
	}
	vm.Slug, vm.Title, vm.Draft = c.Slug, c.Title, c.Status == quiz.CourseDraft
	owners, err := h.db.CourseOwners(r.Context(), c.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	for _, o := range owners {
		vm.Owners = append(vm.Owners, views.OwnerVM{UserID: o.UserID, Email: o.Email, Removable: len(owners) > 1})
	}
	classes, err := h.db.ListClasses(r.Context(), c.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	for _, k := range classes {
		vm.Classes = append(vm.Classes, views.ClassRowVM{Name: k.Name, Code: k.Code, Members: k.Members, URL: classURL(k.ID)})
	}
	h.render(w, r, status, views.CourseSettingsPage(vm))
}

func classURL(id int64) string { return "/teach/classes/" + strconv.FormatInt(id, 10) }

// toSettings redirects to a course's settings, where the flash message of
// kind says what was done.
func (h *Handler) toSettings(w http.ResponseWriter, r *http.Request, c *quiz.StoredCourse, kind string) {
	h.setFlash(w, r, kind, c.ID)
	http.Redirect(w, r, "/teach/courses/"+c.Slug+"/settings", http.StatusSeeOther)
}

// renameCourse changes a course's title.
func (h *Handler) renameCourse(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	c, ok := h.teachCourse(w, r)
	if !ok {
		return
	}
	title := r.PostForm.Get("title")
	problem := ""
	switch t := strings.TrimSpace(title); {
	case t == "":
		problem = "Give the course a title."
	case quiz.TooLong(t, quiz.MaxTitle):
		problem = fmt.Sprintf("A title has at most %d characters.", quiz.MaxTitle)
	}
	if problem != "" {
		h.renderCourseSettings(w, r, c, http.StatusUnprocessableEntity, views.CourseSettingsVM{NewTitle: title, Errors: map[string]string{"title": problem}})
		return
	}
	if err := h.db.RenameCourse(r.Context(), c.ID, title); err != nil {
		h.fail(w, r, err)
		return
	}
	h.toSettings(w, r, c, flashCourseRenamed)
}

// setCourseStatus publishes a course or takes it back to draft.
func (h *Handler) setCourseStatus(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	c, ok := h.teachCourse(w, r)
	if !ok {
		return
	}
	status := r.PostForm.Get("status")
	if status != quiz.CourseDraft && status != quiz.CoursePublished {
		h.fail(w, r, quiz.Errorf(quiz.EInvalid, "A course is a draft or published."))
		return
	}
	if err := h.db.SetCourseStatus(r.Context(), c.ID, status); err != nil {
		h.fail(w, r, err)
		return
	}
	// The draft banner's Publish comes back to the page it was on, one of
	// this course's instructor pages.
	if back := r.PostForm.Get("back"); status == quiz.CoursePublished && courseScoped(back, c.Slug) {
		h.setFlash(w, r, flashCoursePublished, c.ID)
		http.Redirect(w, r, back, http.StatusSeeOther)
		return
	}
	if status == quiz.CoursePublished {
		h.toSettings(w, r, c, flashCoursePublished)
		return
	}
	h.toSettings(w, r, c, flashCourseDraft)
}

// addCourseOwner shares a course with another instructor or admin.
func (h *Handler) addCourseOwner(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	c, ok := h.teachCourse(w, r)
	if !ok {
		return
	}
	email := r.PostForm.Get("email")
	problem := ""
	if strings.TrimSpace(email) == "" {
		problem = "Type the email of an instructor’s or admin’s account."
	} else if _, err := h.db.AddCourseOwner(r.Context(), c.ID, email); err != nil {
		if quiz.KindOf(err) != quiz.EInvalid {
			h.fail(w, r, err)
			return
		}
		problem = quiz.MessageOf(err)
	}
	if problem != "" {
		h.renderCourseSettings(w, r, c, http.StatusUnprocessableEntity, views.CourseSettingsVM{NewTitle: c.Title, Email: email, Errors: map[string]string{"email": problem}})
		return
	}
	h.toSettings(w, r, c, flashOwnerAdded)
}

// removeCourseOwner takes an owner off a course, never the last one.
func (h *Handler) removeCourseOwner(w http.ResponseWriter, r *http.Request) {
	c, ok := h.teachCourse(w, r)
	if !ok {
		return
	}
	uid, err := strconv.ParseInt(r.PathValue("user"), 10, 64)
	if err != nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "That account does not own this course."))
		return
	}
	if err := h.db.RemoveCourseOwner(r.Context(), c.ID, uid); err != nil {
		h.fail(w, r, err)
		return
	}
	if u := userFrom(r.Context()); u.ID == uid && u.Role != quiz.RoleAdmin {
		// Removing oneself leaves a course one can no longer open.
		http.Redirect(w, r, "/teach", http.StatusSeeOther)
		return
	}
	h.toSettings(w, r, c, flashOwnerRemoved)
}

// confirmDeleteCourse asks before deleting a course, or says why it
// cannot be deleted.
func (h *Handler) confirmDeleteCourse(w http.ResponseWriter, r *http.Request) {
	c, ok := h.teachCourse(w, r)
	if !ok {
		return
	}
	use, err := h.db.CourseUse(r.Context(), c.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	sets, err := h.db.ListSets(r.Context(), c.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	vm := views.CourseDeleteVM{Page: h.page(r, "Delete "+c.Title), Slug: c.Slug, Title: c.Title, Used: use.Used(),
		Attempts: use.Attempts, Reviews: use.Reviews, Themes: len(c.Themes), Sets: len(sets), Classes: use.Classes}
	for _, s := range sets {
		vm.Questions += s.Questions
	}
	h.render(w, r, http.StatusOK, views.CourseDeletePage(vm))
}

// deleteCourse deletes a course no learner has used, then says so on the
// dashboard.
func (h *Handler) deleteCourse(w http.ResponseWriter, r *http.Request) {
	c, ok := h.teachCourse(w, r)
	if !ok {
		return
	}
	if err := h.db.DeleteCourse(r.Context(), c.ID); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/teach?deleted="+url.QueryEscape(c.Slug), http.StatusSeeOther)
}

// createClass makes a class for a course and opens its page.
func (h *Handler) createClass(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	c, ok := h.teachCourse(w, r)
	if !ok {
		return
	}
	name := r.PostForm.Get("name")
	k, err := h.db.CreateClass(r.Context(), c.ID, name, userFrom(r.Context()).ID)
	if quiz.KindOf(err) == quiz.EInvalid {
		h.renderCourseSettings(w, r, c, http.StatusUnprocessableEntity, views.CourseSettingsVM{NewTitle: c.Title, ClassName: name, Errors: map[string]string{"class_name": quiz.MessageOf(err)}})
		return
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.setFlash(w, r, flashClassMade, k.ID)
	http.Redirect(w, r, classURL(k.ID), http.StatusSeeOther)
}

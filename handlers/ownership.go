package handlers

import (
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// courseOfSlug is the scope of an instructor route under
// /teach/courses/{slug}: the course named by its slug.
const courseOfSlug = "course"

// ownerScope says how an instructor route reaches its course: by the slug
// (/teach/courses/{slug}/...), by the id of a thing in it
// (/teach/sets/{id}/..., one of quiz.OwnedResources), or not at all ("",
// for routes that name no course, such as /teach or /teach/courses/new).
// A route whose path has a parameter and no known scope is refused at
// start-up: every instructor route must check who owns what it changes.
func ownerScope(pattern string) string {
	path := pattern
	if _, p, ok := strings.Cut(pattern, " "); ok {
		path = p
	}
	if strings.HasPrefix(path, "/teach/courses/{slug}") {
		return courseOfSlug
	}
	segs := strings.Split(strings.TrimPrefix(path, "/"), "/")
	if len(segs) >= 3 && segs[0] == "teach" && segs[2] == "{id}" && slices.Contains(quiz.OwnedResources, segs[1]) {
		return segs[1]
	}
	if !strings.Contains(path, "{") || !strings.HasPrefix(path, "/teach") {
		return ""
	}
	panic("handlers: the instructor route " + pattern + " names no course Lectern can check the owners of")
}

// requireOwner admits only the owners of the course the request is about
// (and admins); to anyone else the course and everything in it do not
// exist (404).
func (h *Handler) requireOwner(scope string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var err error
		if scope == quiz.ResourceJob {
			err = h.ownedJob(r)
		} else {
			_, err = h.ownedCourse(r, scope)
		}
		if err != nil {
			h.fail(w, r, err)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// ownedCourse returns the course a request in scope is about, or a
// not-found error when the user does not own it.
func (h *Handler) ownedCourse(r *http.Request, scope string) (*quiz.StoredCourse, error) {
	ctx := r.Context()
	var c *quiz.StoredCourse
	var err error
	if scope == courseOfSlug {
		c, err = h.db.FindCourse(ctx, r.PathValue("slug"))
	} else {
		var id int64
		if id, err = h.db.ResourceCourse(ctx, scope, r.PathValue("id")); err == nil {
			c, err = h.db.FindCourseByID(ctx, id)
		}
	}
	if err != nil {
		return nil, err
	}
	if !c.OwnedBy(userFrom(ctx)) {
		return nil, quiz.Errorf(quiz.ENotFound, "There is no such page.")
	}
	return c, nil
}

// ownedJob checks the job a request names: a job of a course is its
// owners' (and the admins'), a job of no course (a new course's themes)
// only its starter's; to anyone else it does not exist.
func (h *Handler) ownedJob(r *http.Request) error {
	ctx := r.Context()
	courseID, err := h.db.ResourceCourse(ctx, quiz.ResourceJob, r.PathValue("id"))
	if err != nil {
		return err
	}
	if courseID != 0 {
		_, err := h.ownedCourse(r, quiz.ResourceJob)
		return err
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return quiz.Errorf(quiz.ENotFound, "There is no such page.")
	}
	j, err := h.db.FindJob(ctx, id)
	if err != nil {
		return err
	}
	if !j.StartedBy(userFrom(ctx)) {
		return quiz.Errorf(quiz.ENotFound, "There is no such page.")
	}
	return nil
}

// requireVisible hides a draft course's learner pages (/courses/{slug}/...)
// from everyone but its owners and the admins.
func (h *Handler) requireVisible(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := h.db.FindCourse(r.Context(), r.PathValue("slug"))
		if err == nil && !c.VisibleTo(userFrom(r.Context())) {
			err = quiz.Errorf(quiz.ENotFound, "There is no such course.")
		}
		if err != nil {
			h.fail(w, r, err)
			return
		}
		next.ServeHTTP(w, r)
	})
}

package handlers

import (
	"net/http"
	"strconv"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// jobRefresh is how often a job's status page reloads itself while the
// job runs, in seconds.
const jobRefresh = 2

// maxJobsListed bounds the jobs list.
const maxJobsListed = 50

// showJob shows a background job: its progress while it runs, with
// Cancel, then its result and link, or why it failed. A new course's
// themes, once proposed, are shown in the new-course form.
func (h *Handler) showJob(w http.ResponseWriter, r *http.Request) {
	j, ok := h.pathJob(w, r)
	if !ok {
		return
	}
	if j.Kind == quiz.JobThemes && j.Finished() {
		h.showProposedThemes(w, r, j)
		return
	}
	c, err := h.jobCourse(r.Context(), j)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	vm := views.JobPageVM{Page: h.page(r, jobWhat(j.Kind)), Job: jobVM(j, c)}
	if vm.Job.Active {
		vm.Refresh = jobRefresh
	}
	h.render(w, r, http.StatusOK, views.JobPage(vm))
}

// listJobs lists the latest jobs of the courses the instructor owns
// (every course's, for an admin).
func (h *Handler) listJobs(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	js, err := h.db.ListJobs(r.Context(), u.ID, hasRole(u, quiz.RoleAdmin), maxJobsListed)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	vm := views.JobsPageVM{Page: h.page(r, "Jobs")}
	for i := range js {
		c, err := h.jobCourse(r.Context(), &js[i])
		if err != nil && js[i].CourseID == 0 {
			// The list holds only the start of a job's input: a title
			// longer than that is named on the job's own page.
			c, err = &quiz.StoredCourse{Title: "A new course"}, nil
		}
		if err != nil {
			h.fail(w, r, err)
			return
		}
		vm.Jobs = append(vm.Jobs, jobVM(&js[i], c))
	}
	h.render(w, r, http.StatusOK, views.JobsPage(vm))
}

// cancelJob cancels a job and shows its page again.
func (h *Handler) cancelJob(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	j, ok := h.pathJob(w, r)
	if !ok {
		return
	}
	if err := h.jobs.Cancel(r.Context(), j.ID); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, jobURL(j.ID), http.StatusSeeOther)
}

// pathJob loads the job named in the path; its course's owners were
// checked by the route.
func (h *Handler) pathJob(w http.ResponseWriter, r *http.Request) (*quiz.Job, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is no such job."))
		return nil, false
	}
	j, err := h.db.FindJob(r.Context(), id)
	if err != nil {
		h.fail(w, r, err)
		return nil, false
	}
	return j, true
}

func jobWhat(kind string) string {
	switch kind {
	case quiz.JobDraft:
		return "Drafting questions and cards"
	case quiz.JobImport:
		return "Importing questions"
	case quiz.JobThemes:
		return "Proposing themes"
	}
	return "Job"
}

var jobStatusLabels = map[string]string{
	quiz.JobQueued: "Waiting to start", quiz.JobRunning: "Running", quiz.JobDone: "Done",
	quiz.JobFailed: "Failed", quiz.JobCancelled: "Cancelled",
}

func jobVM(j *quiz.Job, c *quiz.StoredCourse) views.JobVM {
	vm := views.JobVM{
		ID: strconv.FormatInt(j.ID, 10), What: jobWhat(j.Kind), CourseTitle: c.Title, CourseSlug: c.Slug, Status: j.Status,
		StatusLabel: jobStatusLabels[j.Status], Progress: j.Progress, Error: j.Error,
		Created: jobTime(j.CreatedAt), Started: jobTime(j.StartedAt), Finished: jobTime(j.FinishedAt),
		Active: !j.Finished(),
	}
	if j.Status == quiz.JobDone {
		vm.Result, vm.Link = j.Result, j.Link
		vm.LinkLabel = "See the course’s question sets"
		switch j.Kind {
		case quiz.JobDraft:
			vm.LinkLabel = "Review the drafts"
		case quiz.JobThemes:
			vm.Result, vm.LinkLabel = "Themes proposed for the new course.", "Check the themes"
		}
	}
	return vm
}

func jobTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2 Jan 2006, 15:04:05 UTC")
}

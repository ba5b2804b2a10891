package handlers

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/lectern/lectern/internal/generate"
	"github.com/lectern/lectern/internal/jobs"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// themesInput is what proposing a new course's themes needs: the
// new-course form as it was sent, checked, the article whole.
type themesInput struct {
	Title   string `json:"title"`
	Slug    string `json:"slug"`
	Source  string `json:"source"`
	Article string `json:"article"`
	Drafts  bool   `json:"drafts,omitempty"`
	// SlugMade is set where Lectern made the slug from the title.
	SlugMade bool `json:"slug_made,omitempty"`
}

// queueThemes starts proposing the themes of the course the new-course
// form describes. The job belongs to no course, only to the instructor
// who sent the form; its page shows the form again, filled in.
func (h *Handler) queueThemes(w http.ResponseWriter, r *http.Request, vm views.NewCourseVM) {
	body, err := json.Marshal(themesInput{Title: vm.Title, Slug: vm.Slug, Source: vm.Source, Article: vm.Article, Drafts: vm.Drafts, SlugMade: vm.SlugMade})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.startJob(w, r, quiz.Job{Kind: quiz.JobThemes, UserID: userFrom(r.Context()).ID, Input: string(body),
		Progress: "Waiting for other jobs to finish."})
}

// runThemesJob proposes themes for the article of a new course. Its
// result is the themes in the form's format ("1-3 Title" lines), and its
// link its own page, which shows them in the form. It writes nothing, so
// it may run again after a restart.
func (h *Handler) runThemesJob(ctx context.Context, j *quiz.Job, progress func(string)) (string, string, error) {
	var in themesInput
	if err := json.Unmarshal([]byte(j.Input), &in); err != nil {
		return "", "", fmt.Errorf("themes job %d: %w", j.ID, err)
	}
	_, pars, sections := generate.SplitSections(in.Article)
	progress("Reading the article (" + plural(len(pars), "paragraph", "paragraphs") + ") and proposing themes. A long article takes a minute or so.")
	themes, err := proposeThemes(in.Title, pars, sections)
	var pe *generate.PanicError
	if errors.As(err, &pe) {
		h.log.Error("proposing themes", "job_id", j.ID, "err", err, "stack", string(pe.Stack))
		return "", "", &jobs.Failure{Message: proposeFailed}
	}
	if err != nil {
		return "", "", err
	}
	if err := ctx.Err(); err != nil {
		return "", "", err
	}
	return themes, jobURL(j.ID), nil
}

// showProposedThemes is the page of a themes job that has ended: the
// new-course form as it was sent, with the themes proposed to check, or,
// when the job failed or was cancelled, with why beside the themes, to
// give them by hand or send the form again.
func (h *Handler) showProposedThemes(w http.ResponseWriter, r *http.Request, j *quiz.Job) {
	var in themesInput
	if err := json.Unmarshal([]byte(j.Input), &in); err != nil {
		h.fail(w, r, fmt.Errorf("themes job %d: %w", j.ID, err))
		return
	}
	vm := views.NewCourseVM{
		Page: h.page(r, "New course"), Title: in.Title, Slug: in.Slug, Source: in.Source, Article: in.Article,
		Errors: map[string]string{}, MaxSize: byteSize(h.maxImport), Drafts: in.Drafts, SlugMade: in.SlugMade,
	}
	_, pars, sections := generate.SplitSections(in.Article)
	vm.Openings = openings(pars)
	switch {
	case j.Status == quiz.JobDone:
		vm.Themes = j.Result
		vm.Proposed = strings.TrimSpace(vm.Themes) != ""
		if vm.Proposed {
			vm.RepliesNote = proposedRepliesNote(pars, sections) // replies_note.go
		}
	case j.Error == proposeFailed:
		vm.Errors["themes"] = j.Error
	default:
		vm.Errors["themes"] = themesJobEnded(j) + " Give the themes yourself, one per line, like “1-3 How it began”, or leave them empty for Lectern to propose them again."
	}
	h.render(w, r, http.StatusOK, views.NewCoursePage(vm))
}

// themesJobEnded says why a themes job ended without themes.
func themesJobEnded(j *quiz.Job) string {
	if j.Status == quiz.JobCancelled {
		return "Proposing themes was cancelled."
	}
	if j.Error != "" {
		return j.Error
	}
	return "Lectern could not propose themes for this article."
}

// jobCourse returns the course a job is about; a job of no course (a new
// course's themes) gets one that names the course it would make.
func (h *Handler) jobCourse(ctx context.Context, j *quiz.Job) (*quiz.StoredCourse, error) {
	if j.CourseID != 0 {
		return h.db.FindCourseByID(ctx, j.CourseID)
	}
	title, err := themesTitle(j.Input)
	if err != nil {
		return nil, fmt.Errorf("job %d: %w", j.ID, err)
	}
	return &quiz.StoredCourse{Title: title}, nil
}

// themesTitle reads the title from a themes job's input without reading
// the article after it: the jobs list names the course of each job, and
// an article may be a megabyte.
func themesTitle(input string) (string, error) {
	dec := json.NewDecoder(strings.NewReader(input))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return "", fmt.Errorf("themes input: not an object")
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return "", err
		}
		if k == "title" {
			var title string
			err := dec.Decode(&title)
			return title, err
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return "", err
		}
	}
	return "", nil
}

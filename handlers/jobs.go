package handlers

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/lectern/lectern/internal/generate"
	"github.com/lectern/lectern/internal/jobs"
	"github.com/lectern/lectern/internal/quiz"
)

// DefaultJobWait is how long a form that starts a job waits for it: a
// short article's drafts are shown at once, as before jobs; a long one's
// status page comes up within this.
const DefaultJobWait = 2 * time.Second

// DefaultImportJobBytes is the size of an upload from which confirming it
// imports in the background. Reading and checking it for the preview
// stays in the request: it writes nothing.
const DefaultImportJobBytes = 256 << 10

// StartJobs settles the jobs a previous run of Lectern left running, then
// starts the workers that run background jobs until ctx is done. Only the
// server calls it.
func (h *Handler) StartJobs(ctx context.Context) error { return h.jobs.Start(ctx) }

// WaitJobs returns once the job workers have stopped, after StartJobs'
// context is done; the database may be closed then.
func (h *Handler) WaitJobs() { h.jobs.Wait() }

// jobKinds are the kinds of background job and how each runs. Drafting
// may run again after a restart cut it short: it replaces the themes'
// pending drafts, so a second run ends as the first would have; so may
// proposing a new course's themes, which writes nothing. An import may
// not: it fails, and the instructor confirms the upload again.
func (h *Handler) jobKinds() map[string]jobs.Kind {
	return map[string]jobs.Kind{
		quiz.JobDraft:  {Run: h.runDraftJob, Resumable: true},
		quiz.JobImport: {Run: h.runImportJob},
		quiz.JobThemes: {Run: h.runThemesJob, Resumable: true},
	}
}

// startJob queues a job and waits a moment for it: a job done by then
// goes straight to its result; else the instructor sees its status page.
func (h *Handler) startJob(w http.ResponseWriter, r *http.Request, j quiz.Job) {
	id, done, err := h.jobs.Enqueue(r.Context(), j)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if h.jobWait > 0 {
		t := time.NewTimer(h.jobWait)
		defer t.Stop()
		select {
		case <-done:
			if jb, err := h.db.FindJob(r.Context(), id); err == nil && jb.Status == quiz.JobDone && jb.Link != "" {
				http.Redirect(w, r, jb.Link, http.StatusSeeOther)
				return
			}
		case <-t.C:
		case <-r.Context().Done():
		}
	}
	http.Redirect(w, r, jobURL(id), http.StatusSeeOther)
}

func jobURL(id int64) string { return "/teach/jobs/" + strconv.FormatInt(id, 10) }

// draftInput is what a drafting job needs: the themes to draft, by slug,
// and whether to show the theme's own queue after.
type draftInput struct {
	Themes    []string `json:"themes"`
	ThemePage bool     `json:"theme_page,omitempty"`
}

// queueDrafting starts drafting themes of a course in the background.
func (h *Handler) queueDrafting(w http.ResponseWriter, r *http.Request, c *quiz.StoredCourse, themes []quiz.StoredTheme, themePage bool) {
	in := draftInput{ThemePage: themePage}
	for _, t := range themes {
		in.Themes = append(in.Themes, t.Slug)
	}
	body, err := json.Marshal(in)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.startJob(w, r, quiz.Job{Kind: quiz.JobDraft, CourseID: c.ID, UserID: userFrom(r.Context()).ID, Input: string(body),
		Progress: "Waiting for other jobs to finish."})
}

// runDraftJob drafts the themes of a job, replacing their pending drafts.
func (h *Handler) runDraftJob(ctx context.Context, j *quiz.Job, progress func(string)) (string, string, error) {
	var in draftInput
	if err := json.Unmarshal([]byte(j.Input), &in); err != nil {
		return "", "", fmt.Errorf("draft job %d: %w", j.ID, err)
	}
	c, err := h.db.FindCourseByID(ctx, j.CourseID)
	if err != nil {
		return "", "", err
	}
	themes := make([]quiz.StoredTheme, 0, len(in.Themes))
	for _, slug := range in.Themes {
		t, ok := c.Theme(slug)
		if !ok {
			return "", "", &jobs.Failure{Message: "The theme “" + slug + "” is no longer in the course: draft again from the course’s drafts page."}
		}
		themes = append(themes, t)
	}
	progress("Reading the article and drafting " + plural(len(themes), "theme", "themes") + ". A long article takes a minute or so.")
	n, err := h.draftThemes(ctx, c, themes)
	var pe *generate.PanicError
	if errors.As(err, &pe) {
		h.log.Error("drafting", "job_id", j.ID, "course", c.Slug, "err", err, "stack", string(pe.Stack))
		return "", "", &jobs.Failure{Message: draftFailed}
	}
	if err != nil {
		return "", "", err
	}
	link := "/teach/courses/" + c.Slug + "/drafts?drafted=" + itoa(n)
	if in.ThemePage && len(themes) == 1 {
		link = queueURL(c.Slug, themes[0].Slug) + "?drafted=" + itoa(n)
	}
	return "Drafted " + plural(n, "question or card", "questions and cards") + " for you to review, from " + plural(len(themes), "theme", "themes") + ".", link, nil
}

// importInput is what an import job needs: the pending upload.
type importInput struct {
	Pending string `json:"pending"`
}

// runImportJob imports a pending upload, whole or not at all, and forgets
// the upload.
func (h *Handler) runImportJob(ctx context.Context, j *quiz.Job, progress func(string)) (string, string, error) {
	var in importInput
	if err := json.Unmarshal([]byte(j.Input), &in); err != nil {
		return "", "", fmt.Errorf("import job %d: %w", j.ID, err)
	}
	p, err := h.db.FindPendingImport(ctx, j.UserID, in.Pending)
	if err != nil {
		return "", "", err
	}
	c, err := h.db.FindCourseByID(ctx, p.CourseID)
	if err != nil {
		return "", "", err
	}
	progress("Checking and importing " + p.FileName + " (" + byteSize(int64(len(p.Body))) + ").")
	plan, problems, err := h.planImport(ctx, j.UserID, c, p, false)
	if err != nil {
		return "", "", err
	}
	if len(problems) > 0 {
		return "", "", &jobs.Failure{Message: "Nothing was imported: " + strings.Join(problems, "; ")}
	}
	if err := h.db.DeletePendingImport(context.WithoutCancel(ctx), p.UserID, p.ID); err != nil {
		h.log.Error("forget pending import", "job_id", j.ID, "err", err)
	}
	rep := plan.rep
	h.log.Info("imported", "course", c.Slug, "questions", rep.Questions, "cards", rep.Cards, "user_id", p.UserID, "job_id", j.ID)
	return "Imported " + plural(rep.Questions, "question", "questions") + " and " + plural(rep.Cards, "card", "cards") + " from " + p.FileName + ".",
		"/teach/courses/" + c.Slug, nil
}

// queueImport imports a large pending upload in the background.
func (h *Handler) queueImport(w http.ResponseWriter, r *http.Request, c *quiz.StoredCourse, p *quiz.PendingImport) {
	body, err := json.Marshal(importInput{Pending: p.ID})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.startJob(w, r, quiz.Job{Kind: quiz.JobImport, CourseID: c.ID, UserID: p.UserID, Input: string(body),
		Progress: "Waiting for other jobs to finish."})
}

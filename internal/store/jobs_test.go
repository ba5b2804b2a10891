package store_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
	"github.com/lectern/lectern/internal/store"
)

// jobCourse opens a store with the test course owned by an instructor.
func jobCourse(t *testing.T) (db *store.DB, path string, courseID, ownerID int64) {
	t.Helper()
	ctx := context.Background()
	db, path = mustOpen(t)
	ownerID, err := db.CreateUser(ctx, "owner@example.org", "x", quiz.RoleInstructor)
	if err != nil {
		t.Fatal(err)
	}
	if courseID, err = db.ImportCourse(ctx, quiztest.Course(), ownerID); err != nil {
		t.Fatal(err)
	}
	return db, path, courseID, ownerID
}

func TestJobLifecycle(t *testing.T) {
	ctx := context.Background()
	db, _, courseID, ownerID := jobCourse(t)
	if _, err := db.ClaimJob(ctx); quiz.KindOf(err) != quiz.ENotFound {
		t.Fatalf("claim with nothing queued: %v, want not found", err)
	}
	first, err := db.CreateJob(ctx, quiz.Job{Kind: quiz.JobDraft, CourseID: courseID, UserID: ownerID, Input: `{"themes":["danube"]}`})
	if err != nil {
		t.Fatal(err)
	}
	second, err := db.CreateJob(ctx, quiz.Job{Kind: quiz.JobImport, CourseID: courseID, UserID: ownerID, Input: `{}`})
	if err != nil {
		t.Fatal(err)
	}
	j, err := db.ClaimJob(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if j.ID != first || j.Status != quiz.JobRunning || j.Runs != 1 || j.StartedAt.IsZero() || j.Input != `{"themes":["danube"]}` {
		t.Fatalf("claimed %+v, want the first job running", j)
	}
	if err := db.SetJobProgress(ctx, first, "Reading the article"); err != nil {
		t.Fatal(err)
	}
	// A queued job is cancelled at once; a running one is left to its runner.
	if st, err := db.CancelJob(ctx, second); err != nil || st != quiz.JobCancelled {
		t.Fatalf("cancel queued: %q, %v", st, err)
	}
	if st, err := db.CancelJob(ctx, first); err != nil || st != quiz.JobRunning {
		t.Fatalf("cancel running: %q, %v", st, err)
	}
	if _, err := db.ClaimJob(ctx); quiz.KindOf(err) != quiz.ENotFound {
		t.Fatalf("a cancelled job was claimed: %v", err)
	}
	if err := db.FinishJob(ctx, first, quiz.JobOutcome{Status: quiz.JobDone, Result: "12 drafts", Link: "/teach/courses/rivers/drafts"}); err != nil {
		t.Fatal(err)
	}
	// A job that has ended does not change again.
	if err := db.FinishJob(ctx, first, quiz.JobOutcome{Status: quiz.JobFailed, Error: "late"}); err != nil {
		t.Fatal(err)
	}
	j, err = db.FindJob(ctx, first)
	if err != nil {
		t.Fatal(err)
	}
	if j.Status != quiz.JobDone || j.Result != "12 drafts" || j.Error != "" || j.Progress != "Reading the article" || j.FinishedAt.IsZero() || !j.Finished() {
		t.Errorf("finished job: %+v", j)
	}
	if _, err := db.FindJob(ctx, 9999); quiz.KindOf(err) != quiz.ENotFound {
		t.Errorf("missing job: %v", err)
	}
	if k, err := db.ResourceCourse(ctx, quiz.ResourceJob, "1"); err != nil || k != courseID {
		t.Errorf("job's course: %d, %v", k, err)
	}
}

// The jobs list shows an instructor the jobs of the courses they own, and
// an admin every job.
func TestListJobsByOwner(t *testing.T) {
	ctx := context.Background()
	db, _, courseID, ownerID := jobCourse(t)
	otherID, err := db.CreateUser(ctx, "other@example.org", "x", quiz.RoleInstructor)
	if err != nil {
		t.Fatal(err)
	}
	c := quiztest.Course()
	c.Course.Slug = "others"
	otherCourse, err := db.ImportCourse(ctx, c, otherID)
	if err != nil {
		t.Fatal(err)
	}
	mine, _ := db.CreateJob(ctx, quiz.Job{Kind: quiz.JobDraft, CourseID: courseID, UserID: ownerID, Input: "{}"})
	theirs, _ := db.CreateJob(ctx, quiz.Job{Kind: quiz.JobDraft, CourseID: otherCourse, UserID: otherID, Input: "{}"})
	ids := func(userID int64, all bool) []int64 {
		js, err := db.ListJobs(ctx, userID, all, 10)
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, j := range js {
			out = append(out, j.ID)
		}
		return out
	}
	if got := ids(ownerID, false); len(got) != 1 || got[0] != mine {
		t.Errorf("owner's jobs: %v, want [%d]", got, mine)
	}
	if got := ids(otherID, false); len(got) != 1 || got[0] != theirs {
		t.Errorf("other's jobs: %v, want [%d]", got, theirs)
	}
	if got := ids(0, true); len(got) != 2 || got[0] != theirs {
		t.Errorf("all jobs: %v, want newest first", got)
	}
}

// A job left running when the store closed (a crash, or a stop in the
// middle) is settled when it is opened again: a resumable kind is queued
// to run again, once; any other fails with a clear message.
func TestJobsAfterRestart(t *testing.T) {
	ctx := context.Background()
	db, path, courseID, ownerID := jobCourse(t)
	draft, _ := db.CreateJob(ctx, quiz.Job{Kind: quiz.JobDraft, CourseID: courseID, UserID: ownerID, Input: "{}"})
	imp, _ := db.CreateJob(ctx, quiz.Job{Kind: quiz.JobImport, CourseID: courseID, UserID: ownerID, Input: "{}"})
	waiting, _ := db.CreateJob(ctx, quiz.Job{Kind: quiz.JobImport, CourseID: courseID, UserID: ownerID, Input: "{}"})
	for range 2 {
		if _, err := db.ClaimJob(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	reopen := func() *store.DB {
		db, err := store.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}
	db = reopen()
	resumed, failed, err := db.RecoverJobs(ctx, []string{quiz.JobDraft}, 2)
	if err != nil || resumed != 1 || failed != 1 {
		t.Fatalf("recover: %d resumed, %d failed, %v; want 1 and 1", resumed, failed, err)
	}
	status := func(id int64) *quiz.Job {
		j, err := db.FindJob(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return j
	}
	if j := status(draft); j.Status != quiz.JobQueued || j.Runs != 1 {
		t.Errorf("the drafting job after a restart: %+v, want queued again", j)
	}
	if j := status(imp); j.Status != quiz.JobFailed || j.Error != quiz.JobRestarted || j.FinishedAt.IsZero() {
		t.Errorf("the import after a restart: %+v, want failed, saying so", j)
	}
	if j := status(waiting); j.Status != quiz.JobQueued {
		t.Errorf("a queued job after a restart: %+v, want still queued", j)
	}
	// The drafting job runs again; left running by a second crash, it fails.
	if j, err := db.ClaimJob(ctx); err != nil || j.ID != draft || j.Runs != 2 {
		t.Fatalf("claim after restart: %+v, %v", j, err)
	}
	db.Close()
	db = reopen()
	if resumed, failed, err := db.RecoverJobs(ctx, []string{quiz.JobDraft}, 2); err != nil || resumed != 0 || failed != 1 {
		t.Fatalf("second recover: %d resumed, %d failed, %v; want 0 and 1", resumed, failed, err)
	}
	if j := status(draft); j.Status != quiz.JobFailed || j.Error != quiz.JobRestarted {
		t.Errorf("a job that ran twice: %+v, want failed", j)
	}
}

// A job of no course (a new course's themes) is kept with none, listed
// only to who started it, and its course is 0 to the ownership check.
func TestJobWithoutCourse(t *testing.T) {
	ctx := context.Background()
	db, _, courseID, ownerID := jobCourse(t)
	other, err := db.CreateUser(ctx, "other@example.org", "x", quiz.RoleInstructor)
	if err != nil {
		t.Fatal(err)
	}
	admin, err := db.CreateUser(ctx, "admin@example.org", "x", quiz.RoleAdmin)
	if err != nil {
		t.Fatal(err)
	}
	courseJob, err := db.CreateJob(ctx, quiz.Job{Kind: quiz.JobDraft, CourseID: courseID, UserID: ownerID, Input: `{}`})
	if err != nil {
		t.Fatal(err)
	}
	id, err := db.CreateJob(ctx, quiz.Job{Kind: quiz.JobThemes, UserID: other, Input: `{"title":"Lakes"}`})
	if err != nil {
		t.Fatal(err)
	}
	j, err := db.FindJob(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if j.CourseID != 0 || j.UserID != other || j.Kind != quiz.JobThemes || j.Status != quiz.JobQueued {
		t.Fatalf("job of no course: %+v", j)
	}
	if c, err := db.ResourceCourse(ctx, quiz.ResourceJob, strconv.FormatInt(id, 10)); err != nil || c != 0 {
		t.Errorf("course of a job of no course: %d, %v; want 0", c, err)
	}
	listed := func(userID int64, all bool) []int64 {
		t.Helper()
		js, err := db.ListJobs(ctx, userID, all, 10)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, j := range js {
			ids = append(ids, j.ID)
		}
		return ids
	}
	if got := listed(other, false); len(got) != 1 || got[0] != id {
		t.Errorf("jobs listed to who started it: %v, want [%d]", got, id)
	}
	if got := listed(ownerID, false); len(got) != 1 || got[0] != courseJob {
		t.Errorf("jobs listed to the course's owner: %v, want [%d]", got, courseJob)
	}
	if got := listed(admin, true); len(got) != 1 || got[0] != courseJob {
		t.Errorf("jobs listed to an admin: %v, want only the course's [%d]", got, courseJob)
	}
	// It runs and ends as any job.
	claimed, err := db.ClaimJob(ctx)
	if err != nil || claimed.ID != courseJob {
		t.Fatalf("claim: %+v, %v", claimed, err)
	}
	claimed, err = db.ClaimJob(ctx)
	if err != nil || claimed.ID != id || claimed.CourseID != 0 {
		t.Fatalf("claim: %+v, %v", claimed, err)
	}
	if err := db.FinishJob(ctx, id, quiz.JobOutcome{Status: quiz.JobDone, Result: "1-2 Lakes\n"}); err != nil {
		t.Fatal(err)
	}
	if j, err := db.FindJob(ctx, id); err != nil || j.Status != quiz.JobDone || j.Result != "1-2 Lakes\n" {
		t.Errorf("finished: %+v, %v", j, err)
	}
}

// A list of jobs reads only the start of each job's input, where a new
// course's title is, never a whole article; the job itself has it all.
func TestListJobsCutsTheInput(t *testing.T) {
	db, _ := mustOpen(t)
	ctx := context.Background()
	userID, err := db.CreateUser(ctx, "teacher@example.org", "x", quiz.RoleInstructor)
	if err != nil {
		t.Fatal(err)
	}
	input := `{"title":"Lakes","article":"` + strings.Repeat("é", 1<<20) + `"}`
	id, err := db.CreateJob(ctx, quiz.Job{Kind: quiz.JobThemes, UserID: userID, Input: input})
	if err != nil {
		t.Fatal(err)
	}
	js, err := db.ListJobs(ctx, userID, false, 10)
	if err != nil || len(js) != 1 {
		t.Fatalf("listed %d jobs, %v; want 1", len(js), err)
	}
	if got := []rune(js[0].Input); len(got) != store.ListedInput || !strings.HasPrefix(input, js[0].Input) {
		t.Errorf("listed input: %d characters, a prefix: %v; want the first %d", len(got), strings.HasPrefix(input, js[0].Input), store.ListedInput)
	}
	j, err := db.FindJob(ctx, id)
	if err != nil || j.Input != input {
		t.Errorf("the job's own input: %d bytes, %v; want all %d", len(j.Input), err, len(input))
	}
}

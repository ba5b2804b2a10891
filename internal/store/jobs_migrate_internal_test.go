package store

import (
	"context"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// Migration 0085 rebuilds jobs so that a job may have no course: the jobs
// made before keep their ids, course and claim, and a new job is numbered
// after them.
func TestJobsWithoutCourseMigrationKeepsJobs(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	now := "2026-01-01T00:00:00.000000000Z"
	path := databaseBefore(t, "0085",
		"INSERT INTO users (id, email, role, created_at) VALUES (7, 'teacher@example.org', 'instructor', '"+now+"')",
		"INSERT INTO courses (id, slug, title, owner_id, created_at, updated_at) VALUES (3, 'theirs', 'Theirs', 7, '"+now+"', '"+now+"')",
		"INSERT INTO jobs (id, kind, course_id, user_id, status, input, runs, created_at, claimed_by) VALUES (41, 'draft', 3, 7, 'running', '{}', 1, '"+now+"', 'server-a')",
	)
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	j, err := db.FindJob(ctx, 41)
	if err != nil {
		t.Fatal(err)
	}
	if j.CourseID != 3 || j.UserID != 7 || j.Status != quiz.JobRunning || j.Runs != 1 || j.Kind != quiz.JobDraft {
		t.Errorf("job kept as %+v", j)
	}
	var claimed string
	if err := db.read.QueryRowContext(ctx, "SELECT claimed_by FROM jobs WHERE id = 41").Scan(&claimed); err != nil || claimed != "server-a" {
		t.Errorf("claim kept as %q, %v", claimed, err)
	}
	id, err := db.CreateJob(ctx, quiz.Job{Kind: quiz.JobThemes, UserID: 7, Input: "{}"})
	if err != nil {
		t.Fatal(err)
	}
	if id <= 41 {
		t.Errorf("new job numbered %d, want after 41", id)
	}
}

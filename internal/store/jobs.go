package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// jobsKept is how long a finished job stays listed.
const jobsKept = 30 * 24 * time.Hour

const jobColumns = `id, kind, COALESCE(course_id, 0), user_id, status, input, progress, result, link, error, runs,
	created_at, COALESCE(started_at, ''), COALESCE(finished_at, '')`

// ListedInput is how much of a job's input ListJobs returns: a list needs
// only what comes first (a new course's title), and an article in the
// input may be a megabyte.
const ListedInput = 4096

// jobListColumns are jobColumns with the input cut to ListedInput
// characters.
var jobListColumns = strings.Replace(jobColumns, " input,", fmt.Sprintf(" substr(input, 1, %d),", ListedInput), 1)

func scanJob(row interface{ Scan(...any) error }) (*quiz.Job, error) {
	j := &quiz.Job{}
	var created, started, finished string
	err := row.Scan(&j.ID, &j.Kind, &j.CourseID, &j.UserID, &j.Status, &j.Input, &j.Progress, &j.Result, &j.Link, &j.Error, &j.Runs,
		&created, &started, &finished)
	if err != nil {
		return nil, err
	}
	j.CreatedAt = parseTime(created)
	if started != "" {
		j.StartedAt = parseTime(started)
	}
	if finished != "" {
		j.FinishedAt = parseTime(finished)
	}
	return j, nil
}

// CreateJob queues a job and returns its id; a job whose CourseID is 0
// belongs to no course (proposing a new course's themes), only to who
// started it. Jobs finished more than 30 days ago are removed on the way.
func (db *DB) CreateJob(ctx context.Context, j quiz.Job) (int64, error) {
	var id int64
	var course any
	if j.CourseID != 0 {
		course = j.CourseID
	}
	err := db.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM jobs WHERE finished_at < ?", fmtTime(db.Now().Add(-jobsKept))); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `INSERT INTO jobs (kind, course_id, user_id, status, input, progress, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`, j.Kind, course, j.UserID, quiz.JobQueued, j.Input, j.Progress, db.now()).Scan(&id)
	})
	if err != nil {
		return 0, fmt.Errorf("store: create job: %w", err)
	}
	db.publish(notifyJob, 0)
	return id, nil
}

// FindJob returns a job by its id.
func (db *DB) FindJob(ctx context.Context, id int64) (*quiz.Job, error) {
	j, err := scanJob(db.read.QueryRowContext(ctx, "SELECT "+jobColumns+" FROM jobs WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("There is no such job.")
	}
	if err != nil {
		return nil, fmt.Errorf("store: find job %d: %w", id, err)
	}
	return j, nil
}

// ListJobs returns the latest jobs, newest first, at most limit: every
// course's when all is set (for an admin), else those of the courses
// userID owns; with either, the jobs of no course that userID started
// (never another's: they belong to who started them). Each job's Input
// holds only its first ListedInput characters: FindJob reads the whole.
func (db *DB) ListJobs(ctx context.Context, userID int64, all bool, limit int) ([]quiz.Job, error) {
	q := "SELECT " + jobListColumns + " FROM jobs WHERE (course_id IS NULL AND user_id = ?) OR "
	args := []any{userID}
	if all {
		q += "course_id IS NOT NULL"
	} else {
		q += "course_id IN (SELECT course_id FROM course_owners WHERE user_id = ?)"
		args = append(args, userID)
	}
	q += " ORDER BY id DESC LIMIT ?"
	args = append(args, limit)
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: list jobs: %w", err)
	}
	defer rows.Close()
	var out []quiz.Job
	for rows.Next() {
		j, err := scanJob(rows)
		if err != nil {
			return nil, fmt.Errorf("store: list jobs: %w", err)
		}
		out = append(out, *j)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list jobs: %w", err)
	}
	return out, nil
}

// JobLease is how long a server's claim on a job holds without being
// renewed (RenewJob): a job still running when its claim lapses was left by
// a server that stopped, and RecoverJobs settles it.
const JobLease = time.Minute

// ClaimJob marks the oldest queued job running, claimed by this store for
// JobLease, and returns it; with none queued the error is quiz.ENotFound.
func (db *DB) ClaimJob(ctx context.Context) (*quiz.Job, error) {
	var j *quiz.Job
	// On PostgreSQL other servers claim at the same time: the oldest job
	// not already being claimed by one of them is taken (SKIP LOCKED), and
	// a claim that still conflicts is run again by db.tx, so each job is
	// taken by one server once.
	lock := ""
	if db.pg != nil {
		lock = " FOR UPDATE SKIP LOCKED"
	}
	now := db.Now()
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var err error
		j, err = scanJob(tx.QueryRowContext(ctx, `UPDATE jobs SET status = ?, started_at = ?, runs = runs + 1, progress = '',
				claimed_by = ?, lease_until = ?
			WHERE id = (SELECT id FROM jobs WHERE status = ? ORDER BY id LIMIT 1`+lock+`)
			RETURNING `+jobColumns, quiz.JobRunning, fmtTime(now), db.origin, fmtTime(now.Add(JobLease)), quiz.JobQueued))
		return err
	})
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("No job is waiting.")
	}
	if err != nil {
		return nil, fmt.Errorf("store: claim job: %w", err)
	}
	return j, nil
}

// RenewJob extends this store's claim on a running job by JobLease.
func (db *DB) RenewJob(ctx context.Context, id int64) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "UPDATE jobs SET lease_until = ? WHERE id = ? AND status = ? AND claimed_by = ?",
			fmtTime(db.Now().Add(JobLease)), id, quiz.JobRunning, db.origin)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: renew job %d: %w", id, err)
	}
	return nil
}

// releaseJobs gives up this store's claims on the jobs still running as it
// closes (cut short by a stop), so that the next server to start, or
// another one already running, settles them at once rather than after
// their claim lapses.
func (db *DB) releaseJobs() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := db.write.ExecContext(ctx, "UPDATE jobs SET lease_until = NULL WHERE status = ? AND claimed_by = ?", quiz.JobRunning, db.origin)
	if err != nil {
		return fmt.Errorf("store: release jobs: %w", err)
	}
	return nil
}

// SetJobProgress records what a running job is doing.
func (db *DB) SetJobProgress(ctx context.Context, id int64, progress string) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "UPDATE jobs SET progress = ? WHERE id = ? AND status = ?", progress, id, quiz.JobRunning)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: job %d progress: %w", id, err)
	}
	return nil
}

// FinishJob ends a running job with its outcome; a job no longer running
// (its course deleted, say) is left as it is.
func (db *DB) FinishJob(ctx context.Context, id int64, out quiz.JobOutcome) error {
	switch out.Status {
	case quiz.JobDone, quiz.JobFailed, quiz.JobCancelled:
	default:
		return fmt.Errorf("store: finish job %d: %q is not an end", id, out.Status)
	}
	err := db.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE jobs SET status = ?, result = ?, link = ?, error = ?, finished_at = ?
			WHERE id = ? AND status = ?`, out.Status, out.Result, out.Link, out.Error, db.now(), id, quiz.JobRunning)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: finish job %d: %w", id, err)
	}
	db.publish(notifyEnded, id)
	return nil
}

// CancelJob cancels a job that has not started and returns its status
// after: cancelled for a queued job, else the status it has (a running
// job is stopped by whoever runs it).
func (db *DB) CancelJob(ctx context.Context, id int64) (string, error) {
	var status string
	err := db.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "UPDATE jobs SET status = ?, finished_at = ? WHERE id = ? AND status = ?",
			quiz.JobCancelled, db.now(), id, quiz.JobQueued); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, "SELECT status FROM jobs WHERE id = ?", id).Scan(&status)
	})
	if errors.Is(err, sql.ErrNoRows) {
		return "", notFound("There is no such job.")
	}
	if err != nil {
		return "", fmt.Errorf("store: cancel job %d: %w", id, err)
	}
	if status == quiz.JobRunning {
		// Whichever server runs it stops it.
		db.publish(notifyCancel, id)
	}
	return status, nil
}

// RecoverJobs settles the jobs left running when Lectern stopped. A job of
// one of the resumable kinds (work that may run twice to the same end)
// that has run fewer than maxRuns times is queued again, to run from the
// start; any other fails with quiz.JobRestarted. It returns how many of
// each. Only the process that runs jobs calls it, at start-up, and on
// PostgreSQL now and then: there it settles only the jobs whose claim has
// lapsed (their server stopped or crashed) or that this store claimed (a
// runner starting on it runs none yet), leaving alone those that other
// servers run. On SQLite, one process, every job left running is settled.
func (db *DB) RecoverJobs(ctx context.Context, resumable []string, maxRuns int) (resumed, failed int, err error) {
	return db.recoverJobs(ctx, resumable, maxRuns, true)
}

// RecoverLapsedJobs is RecoverJobs for a runner already running: it settles
// only the jobs whose claim has lapsed, never this store's own (which its
// workers may be running).
func (db *DB) RecoverLapsedJobs(ctx context.Context, resumable []string, maxRuns int) (resumed, failed int, err error) {
	return db.recoverJobs(ctx, resumable, maxRuns, false)
}

func (db *DB) recoverJobs(ctx context.Context, resumable []string, maxRuns int, own bool) (resumed, failed int, err error) {
	left := "status = ?"
	leftArgs := []any{quiz.JobRunning}
	switch {
	case db.pg != nil && own:
		left += " AND (claimed_by = ? OR lease_until IS NULL OR lease_until < ?)"
		leftArgs = append(leftArgs, db.origin, db.now())
	case !own:
		left += " AND claimed_by <> ? AND (lease_until IS NULL OR lease_until < ?)"
		leftArgs = append(leftArgs, db.origin, db.now())
	}
	err = db.tx(ctx, func(tx *sql.Tx) error {
		if len(resumable) > 0 {
			marks := strings.TrimSuffix(strings.Repeat("?, ", len(resumable)), ", ")
			args := append([]any{quiz.JobQueued, "Lectern restarted while this ran: it starts again."}, leftArgs...)
			args = append(args, maxRuns)
			for _, k := range resumable {
				args = append(args, k)
			}
			res, err := tx.ExecContext(ctx, `UPDATE jobs SET status = ?, progress = ?, started_at = NULL, claimed_by = '', lease_until = NULL
				WHERE `+left+` AND runs < ? AND kind IN (`+marks+`)`, args...)
			if err != nil {
				return err
			}
			n, _ := res.RowsAffected()
			resumed = int(n)
		}
		res, err := tx.ExecContext(ctx, "UPDATE jobs SET status = ?, error = ?, finished_at = ? WHERE "+left,
			append([]any{quiz.JobFailed, quiz.JobRestarted, db.now()}, leftArgs...)...)
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		failed = int(n)
		return nil
	})
	if err != nil {
		return 0, 0, fmt.Errorf("store: recover jobs: %w", err)
	}
	if resumed > 0 {
		db.publish(notifyJob, 0)
	}
	return resumed, failed, nil
}

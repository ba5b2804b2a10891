package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// LearnerData reads everything stored about one learner, in one read
// transaction: the account (never its password hash), settings, sessions
// (never their tokens), attempts with every response, mastery, card
// states, reviews and pending imports, and what an instructor authored.
func (db *DB) LearnerData(ctx context.Context, userID int64) (*quiz.LearnerData, error) {
	d := &quiz.LearnerData{}
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		var email sql.NullString
		var created string
		err := tx.QueryRowContext(ctx, "SELECT id, email, role, display_name, created_at FROM users WHERE id = ?", userID).
			Scan(&d.Account.ID, &email, &d.Account.Role, &d.Account.Name, &created)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("There is no such learner.")
		}
		if err != nil {
			return err
		}
		d.Account.Email, d.Account.Anonymous, d.Account.CreatedAt = email.String, !email.Valid, parseTime(created)

		var s quiz.DataSettings
		var updated string
		err = tx.QueryRowContext(ctx, `SELECT desired_retention, new_per_day, day_start_hour, time_zone, updated_at
			FROM learner_settings WHERE user_id = ?`, userID).Scan(&s.DesiredRetention, &s.NewPerDay, &s.DayStartHour, &s.TimeZone, &updated)
		switch {
		case err == nil:
			s.UpdatedAt = parseTime(updated)
			d.Settings = &s
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}

		if err := each(ctx, tx, `SELECT created_at, updated_at, expires_at FROM sessions WHERE user_id = ? ORDER BY created_at`,
			userID, func(rows *sql.Rows) error {
				var c, u, e string
				if err := rows.Scan(&c, &u, &e); err != nil {
					return err
				}
				d.Sessions = append(d.Sessions, quiz.DataSession{CreatedAt: parseTime(c), UpdatedAt: parseTime(u), ExpiresAt: parseTime(e)})
				return nil
			}); err != nil {
			return err
		}

		if err := each(ctx, tx, `SELECT created_at, expires_at, used_at FROM password_resets WHERE user_id = ? ORDER BY created_at`,
			userID, func(rows *sql.Rows) error {
				var c, e string
				var used sql.NullString
				if err := rows.Scan(&c, &e, &used); err != nil {
					return err
				}
				d.PasswordResets = append(d.PasswordResets, quiz.DataPasswordReset{CreatedAt: parseTime(c), ExpiresAt: parseTime(e), UsedAt: optTime(used)})
				return nil
			}); err != nil {
			return err
		}

		byID := map[int64]int{}
		if err := each(ctx, tx, `SELECT a.id, a.public_id, c.slug, COALESCE(t.slug, ''), COALESCE(a.set_id, 0), a.mode,
				a.started_at, a.finished_at, a.deadline
			FROM attempts a JOIN courses c ON c.id = a.course_id LEFT JOIN themes t ON t.id = a.theme_id
			WHERE a.user_id = ? ORDER BY a.started_at, a.id`, userID, func(rows *sql.Rows) error {
			var id int64
			var a quiz.DataAttempt
			var started string
			var finished, deadline sql.NullString
			if err := rows.Scan(&id, &a.ID, &a.Course, &a.Theme, &a.SetID, &a.Mode, &started, &finished, &deadline); err != nil {
				return err
			}
			a.StartedAt, a.FinishedAt, a.Deadline = parseTime(started), optTime(finished), optTime(deadline)
			a.Responses = []quiz.DataResponse{}
			byID[id] = len(d.Attempts)
			d.Attempts = append(d.Attempts, a)
			return nil
		}); err != nil {
			return err
		}
		if err := each(ctx, tx, `SELECT r.attempt_id, r.idx, q.uid, v.version, COALESCE(json_extract(v.body, '$.prompt'), ''),
				r.answer, r.correct, r.score, r.answered_at
			FROM responses r JOIN questions q ON q.id = r.question_id JOIN question_versions v ON v.id = r.version_id
			WHERE r.user_id = ? ORDER BY r.attempt_id, r.idx`, userID, func(rows *sql.Rows) error {
			var att int64
			var r quiz.DataResponse
			var at string
			if err := rows.Scan(&att, &r.Index, &r.QuestionID, &r.Version, &r.Prompt, &r.Answer, &r.Correct, &r.Score, &at); err != nil {
				return err
			}
			r.AnsweredAt = parseTime(at)
			i, ok := byID[att]
			if !ok {
				// A response is always in an attempt of the same learner.
				return fmt.Errorf("response in attempt %d of another learner", att)
			}
			d.Attempts[i].Responses = append(d.Attempts[i].Responses, r)
			return nil
		}); err != nil {
			return err
		}

		if err := each(ctx, tx, `SELECT c.slug, q.uid, m.correct, m.answered_at
			FROM question_mastery m JOIN questions q ON q.id = m.question_id JOIN courses c ON c.id = q.course_id
			WHERE m.user_id = ? ORDER BY c.slug, q.uid`, userID, func(rows *sql.Rows) error {
			var m quiz.DataMastery
			var at string
			if err := rows.Scan(&m.Course, &m.QuestionID, &m.Correct, &at); err != nil {
				return err
			}
			m.AnsweredAt = parseTime(at)
			d.Mastery = append(d.Mastery, m)
			return nil
		}); err != nil {
			return err
		}

		if err := each(ctx, tx, `SELECT c.slug, s.attempts_finished, s.score_sum, s.last_activity
			FROM learner_courses s JOIN courses c ON c.id = s.course_id
			WHERE s.user_id = ? ORDER BY c.slug`, userID, func(rows *sql.Rows) error {
			var m quiz.DataSummary
			var at string
			if err := rows.Scan(&m.Course, &m.AttemptsFinished, &m.ScoreSum, &at); err != nil {
				return err
			}
			m.LastActivity = parseTime(at)
			d.Summaries = append(d.Summaries, m)
			return nil
		}); err != nil {
			return err
		}

		if err := each(ctx, tx, `SELECT co.slug, c.uid, s.state, s.due, s.stability, s.difficulty, s.elapsed_days,
				s.scheduled_days, s.step, s.reps, s.lapses, s.last_review, s.leech, s.suspended, s.missed, s.added_at
			FROM card_states s JOIN cards c ON c.id = s.card_id JOIN courses co ON co.id = c.course_id
			WHERE s.user_id = ? ORDER BY co.slug, c.uid`, userID, func(rows *sql.Rows) error {
			var c quiz.DataCardState
			var due, added string
			var last sql.NullString
			if err := rows.Scan(&c.Course, &c.CardID, &c.State, &due, &c.Stability, &c.Difficulty, &c.ElapsedDays,
				&c.ScheduledDays, &c.Step, &c.Reps, &c.Lapses, &last, &c.Leech, &c.Suspended, &c.Missed, &added); err != nil {
				return err
			}
			c.Due, c.LastReview, c.AddedAt = parseTime(due), optTime(last), parseTime(added)
			d.Cards = append(d.Cards, c)
			return nil
		}); err != nil {
			return err
		}

		if err := each(ctx, tx, `SELECT co.slug, c.uid, l.reviewed_at, l.rating, l.state_before, l.state_after, l.elapsed_days,
				l.scheduled_days, l.stability, l.difficulty, l.due, l.undone_at
			FROM review_log l JOIN cards c ON c.id = l.card_id JOIN courses co ON co.id = c.course_id
			WHERE l.user_id = ? ORDER BY l.reviewed_at, l.id`, userID, func(rows *sql.Rows) error {
			var r quiz.DataReview
			var at, due string
			var undone sql.NullString
			if err := rows.Scan(&r.Course, &r.CardID, &at, &r.Rating, &r.StateBefore, &r.StateAfter, &r.ElapsedDays,
				&r.ScheduledDays, &r.Stability, &r.Difficulty, &due, &undone); err != nil {
				return err
			}
			r.ReviewedAt, r.Due, r.UndoneAt = parseTime(at), parseTime(due), optTime(undone)
			d.Reviews = append(d.Reviews, r)
			return nil
		}); err != nil {
			return err
		}

		if err := each(ctx, tx, `SELECT c.slug, p.file_name, p.format, length(p.body), p.created_at
			FROM pending_imports p JOIN courses c ON c.id = p.course_id
			WHERE p.user_id = ? ORDER BY p.created_at`, userID, func(rows *sql.Rows) error {
			var p quiz.DataPendingImport
			var at string
			if err := rows.Scan(&p.Course, &p.FileName, &p.Format, &p.Bytes, &at); err != nil {
				return err
			}
			p.CreatedAt = parseTime(at)
			d.PendingImports = append(d.PendingImports, p)
			return nil
		}); err != nil {
			return err
		}

		if err := each(ctx, tx, `SELECT c.slug, j.kind, j.status, j.created_at
			FROM jobs j JOIN courses c ON c.id = j.course_id
			WHERE j.user_id = ? ORDER BY j.id`, userID, func(rows *sql.Rows) error {
			var j quiz.DataJob
			var at string
			if err := rows.Scan(&j.Course, &j.Kind, &j.Status, &at); err != nil {
				return err
			}
			j.CreatedAt = parseTime(at)
			d.Jobs = append(d.Jobs, j)
			return nil
		}); err != nil {
			return err
		}

		if err := each(ctx, tx, `SELECT c.slug, k.name, m.joined_at FROM class_members m
			JOIN classes k ON k.id = m.class_id JOIN courses c ON c.id = k.course_id
			WHERE m.user_id = ? ORDER BY m.joined_at, k.id`, userID, func(rows *sql.Rows) error {
			var k quiz.DataClass
			var at string
			if err := rows.Scan(&k.Course, &k.Name, &at); err != nil {
				return err
			}
			k.JoinedAt = parseTime(at)
			d.Classes = append(d.Classes, k)
			return nil
		}); err != nil {
			return err
		}
		d.CourseOwners = []string{}
		if err := each(ctx, tx, `SELECT c.slug FROM course_owners o JOIN courses c ON c.id = o.course_id
			WHERE o.user_id = ? ORDER BY c.slug`, userID, func(rows *sql.Rows) error {
			var slug string
			if err := rows.Scan(&slug); err != nil {
				return err
			}
			d.CourseOwners = append(d.CourseOwners, slug)
			return nil
		}); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM classes WHERE created_by = ?", userID).Scan(&d.Authored.ClassesCreated); err != nil {
			return err
		}

		d.Authored.Courses = []string{}
		if err := each(ctx, tx, "SELECT slug FROM courses WHERE owner_id = ? ORDER BY slug", userID, func(rows *sql.Rows) error {
			var slug string
			if err := rows.Scan(&slug); err != nil {
				return err
			}
			d.Authored.Courses = append(d.Authored.Courses, slug)
			return nil
		}); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM question_versions WHERE created_by = ?", userID).Scan(&d.Authored.QuestionVersions); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM drafts WHERE decided_by = ?", userID).Scan(&d.Authored.DraftsDecided)
	})
	if err != nil {
		return nil, fmt.Errorf("store: learner data %d: %w", userID, err)
	}
	// Empty lists, not null, so that the document reads the same for everyone.
	if d.Sessions == nil {
		d.Sessions = []quiz.DataSession{}
	}
	if d.Attempts == nil {
		d.Attempts = []quiz.DataAttempt{}
	}
	if d.Mastery == nil {
		d.Mastery = []quiz.DataMastery{}
	}
	if d.Summaries == nil {
		d.Summaries = []quiz.DataSummary{}
	}
	if d.Cards == nil {
		d.Cards = []quiz.DataCardState{}
	}
	if d.Reviews == nil {
		d.Reviews = []quiz.DataReview{}
	}
	if d.PasswordResets == nil {
		d.PasswordResets = []quiz.DataPasswordReset{}
	}
	if d.PendingImports == nil {
		d.PendingImports = []quiz.DataPendingImport{}
	}
	if d.Classes == nil {
		d.Classes = []quiz.DataClass{}
	}
	if d.Jobs == nil {
		d.Jobs = []quiz.DataJob{}
	}
	return d, nil
}

// DeleteLearner removes a learner and everything stored about them, in one
// transaction: their rows in every table with a user_id (responses,
// attempts, mastery, card states, reviews, settings, pending imports, jobs and
// sessions, so that no cookie of theirs works any more) and then their row
// in users. What an instructor authored stays in the courses, no longer
// tied to the account. The only admin cannot delete their account: nobody
// could manage the accounts after.
func (db *DB) DeleteLearner(ctx context.Context, userID int64) (quiz.DeletedLearner, error) {
	defer db.forgetLearners(userID)
	var del quiz.DeletedLearner
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var email sql.NullString
		var role string
		err := tx.QueryRowContext(ctx, "SELECT email, role FROM users WHERE id = ?", userID).Scan(&email, &role)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("There is no such learner.")
		}
		if err != nil {
			return err
		}
		del.Account = email.Valid
		if email.Valid && role == quiz.RoleAdmin {
			var admins int
			if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM users WHERE role = 'admin' AND email IS NOT NULL").Scan(&admins); err != nil {
				return err
			}
			if admins < 2 {
				return quiz.Errorf(quiz.EConflict, "You are the only admin: make another account an admin before deleting yours.")
			}
		}
		counts := []struct {
			n *int
			q string
		}{
			{&del.Attempts, "DELETE FROM attempts WHERE user_id = ?"},
			{&del.Answers, "DELETE FROM responses WHERE user_id = ?"},
			{&del.Cards, "DELETE FROM card_states WHERE user_id = ?"},
			{&del.Reviews, "DELETE FROM review_log WHERE user_id = ?"},
			{&del.Classes, "DELETE FROM class_members WHERE user_id = ?"},
		}
		// The item statistics forget what the learner's attempts added.
		if err := statForgetLearner(ctx, tx, userID, false); err != nil {
			return err
		}
		// Responses go first: deleting attempts would cascade to them
		// before they were counted.
		for _, i := range []int{1, 0, 2, 3, 4} {
			res, err := tx.ExecContext(ctx, counts[i].q, userID)
			if err != nil {
				return err
			}
			n, _ := res.RowsAffected()
			*counts[i].n = int(n)
		}
		res, err := tx.ExecContext(ctx, "DELETE FROM learner_settings WHERE user_id = ?", userID)
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		del.Settings = n > 0
		for _, q := range []string{
			"DELETE FROM question_mastery WHERE user_id = ?",
			"DELETE FROM learner_courses WHERE user_id = ?",
			"DELETE FROM pending_imports WHERE user_id = ?",
			"DELETE FROM jobs WHERE user_id = ?",
			"DELETE FROM password_resets WHERE user_id = ?",
			"DELETE FROM sessions WHERE user_id = ?",
			"DELETE FROM users WHERE id = ?",
		} {
			if _, err := tx.ExecContext(ctx, q, userID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return quiz.DeletedLearner{}, fmt.Errorf("store: delete learner %d: %w", userID, err)
	}
	return del, nil
}

// each runs a query with one argument and calls fn for every row.
func each(ctx context.Context, tx *sql.Tx, query string, arg any, fn func(*sql.Rows) error) error {
	rows, err := tx.QueryContext(ctx, query, arg)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// optTime parses a time that may be NULL.
func optTime(s sql.NullString) *time.Time {
	if !s.Valid {
		return nil
	}
	t := parseTime(s.String)
	return &t
}

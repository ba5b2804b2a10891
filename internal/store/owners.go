package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// CourseOwners lists the accounts that own a course, by email.
func (db *DB) CourseOwners(ctx context.Context, courseID int64) ([]quiz.CourseOwner, error) {
	var out []quiz.CourseOwner
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT u.id, COALESCE(u.email, ''), u.role FROM course_owners o
			JOIN users u ON u.id = o.user_id WHERE o.course_id = ? ORDER BY u.email`, courseID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var o quiz.CourseOwner
			if err := rows.Scan(&o.UserID, &o.Email, &o.Role); err != nil {
				return err
			}
			out = append(out, o)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: course owners %d: %w", courseID, err)
	}
	return out, nil
}

// AddCourseOwner makes the account with the email an owner of the course.
// The account must be an instructor's or an admin's (EInvalid otherwise);
// adding an owner twice changes nothing.
func (db *DB) AddCourseOwner(ctx context.Context, courseID int64, email string) (int64, error) {
	email = strings.TrimSpace(email)
	var uid int64
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		var role string
		err := tx.QueryRowContext(ctx, "SELECT id, role FROM users WHERE email = ?", email).Scan(&uid, &role)
		if errors.Is(err, sql.ErrNoRows) || (err == nil && role != quiz.RoleInstructor && role != quiz.RoleAdmin) {
			return quiz.Errorf(quiz.EInvalid, "No instructor or admin account has the email “%s”.", email)
		}
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO course_owners (course_id, user_id, added_at) VALUES (?, ?, ?)
			ON CONFLICT (course_id, user_id) DO NOTHING`, courseID, uid, db.now())
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: add owner to course %d: %w", courseID, err)
	}
	return uid, nil
}

// RemoveCourseOwner removes an owner from a course; the last owner cannot
// be removed (EConflict).
func (db *DB) RemoveCourseOwner(ctx context.Context, courseID, userID int64) error {
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM course_owners WHERE course_id = ?", courseID).Scan(&n); err != nil {
			return err
		}
		if n <= 1 {
			return quiz.Errorf(quiz.EConflict, "A course keeps at least one owner: add another before removing this one.")
		}
		return execOne(ctx, tx, "That account does not own this course.",
			"DELETE FROM course_owners WHERE course_id = ? AND user_id = ?", courseID, userID)
	})
	if err != nil {
		return fmt.Errorf("store: remove owner %d from course %d: %w", userID, courseID, err)
	}
	return nil
}

// SetCourseStatus publishes a course or takes it back to draft.
func (db *DB) SetCourseStatus(ctx context.Context, courseID int64, status string) error {
	if status != quiz.CourseDraft && status != quiz.CoursePublished {
		return quiz.Errorf(quiz.EInvalid, "A course is a draft or published.")
	}
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		return execOne(ctx, tx, "There is no such course.",
			"UPDATE courses SET status = ?, updated_at = ? WHERE id = ?", status, db.now(), courseID)
	})
	if err != nil {
		return fmt.Errorf("store: course %d status: %w", courseID, err)
	}
	return nil
}

// RenameCourse changes a course's title (its slug, in every link, stays).
func (db *DB) RenameCourse(ctx context.Context, courseID int64, title string) error {
	title = strings.TrimSpace(title)
	if title == "" {
		return quiz.Errorf(quiz.EInvalid, "Give the course a title.")
	}
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		return execOne(ctx, tx, "There is no such course.",
			"UPDATE courses SET title = ?, updated_at = ? WHERE id = ?", title, db.now(), courseID)
	})
	if err != nil {
		return fmt.Errorf("store: rename course %d: %w", courseID, err)
	}
	return nil
}

// CourseUse counts the attempts and flashcard reviews learners made in a
// course, and its classes.
func (db *DB) CourseUse(ctx context.Context, courseID int64) (quiz.CourseUse, error) {
	var u quiz.CourseUse
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		return courseUse(ctx, tx, courseID, &u)
	})
	if err != nil {
		return u, fmt.Errorf("store: course %d use: %w", courseID, err)
	}
	return u, nil
}

func courseUse(ctx context.Context, tx *sql.Tx, courseID int64, u *quiz.CourseUse) error {
	return tx.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM attempts WHERE course_id = ?1),
		(SELECT COUNT(*) FROM review_log r JOIN cards c ON c.id = r.card_id WHERE c.course_id = ?1),
		(SELECT COUNT(*) FROM classes WHERE course_id = ?1)`, courseID).Scan(&u.Attempts, &u.Reviews, &u.Classes)
}

// DeleteCourse deletes a course with everything in it, provided no learner
// has used it (EConflict otherwise).
func (db *DB) DeleteCourse(ctx context.Context, courseID int64) error {
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		var u quiz.CourseUse
		if err := courseUse(ctx, tx, courseID, &u); err != nil {
			return err
		}
		if u.Used() {
			return quiz.Errorf(quiz.EConflict, "Learners have used this course (%d quizzes, %d flashcard reviews): it can be taken back to draft, not deleted.", u.Attempts, u.Reviews)
		}
		shown, err := imagesShownIn(ctx, tx, "course_id", courseID)
		if err != nil {
			return err
		}
		if err := execOne(ctx, tx, "There is no such course.", "DELETE FROM courses WHERE id = ?", courseID); err != nil {
			return err
		}
		// The images nothing else shows go with it.
		_, err = dropUnreferenced(ctx, tx, shown)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: delete course %d: %w", courseID, err)
	}
	return nil
}

var resourceQueries = map[string]string{
	quiz.ResourceSet:      "SELECT t.course_id FROM question_sets s JOIN themes t ON t.id = s.theme_id WHERE s.id = ?",
	quiz.ResourceQuestion: "SELECT course_id FROM questions WHERE id = ?",
	quiz.ResourceCard:     "SELECT course_id FROM cards WHERE id = ?",
	quiz.ResourceDraft:    "SELECT course_id FROM drafts WHERE id = ?",
	quiz.ResourceImport:   "SELECT course_id FROM pending_imports WHERE id = ?",
	quiz.ResourceClass:    "SELECT course_id FROM classes WHERE id = ?",
	quiz.ResourceJob:      "SELECT COALESCE(course_id, 0) FROM jobs WHERE id = ?",
}

// ResourceCourse returns the id of the course a set, question, card,
// draft, pending import or class belongs to (kind is one of
// quiz.OwnedResources), so that its owners can be checked. A job of no
// course gives 0: it belongs to who started it (quiz.Job.StartedBy).
func (db *DB) ResourceCourse(ctx context.Context, kind, id string) (int64, error) {
	q, ok := resourceQueries[kind]
	if !ok {
		return 0, fmt.Errorf("store: resource course: no kind %q", kind)
	}
	var courseID int64
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, q, id).Scan(&courseID)
	})
	if errors.Is(err, sql.ErrNoRows) {
		return 0, notFound("There is no such page.")
	}
	if err != nil {
		return 0, fmt.Errorf("store: resource course %s %s: %w", kind, id, err)
	}
	return courseID, nil
}

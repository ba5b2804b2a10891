package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// maxClassName bounds a class's name, in bytes.
const maxClassName = 200

func checkClassName(name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", quiz.Errorf(quiz.EInvalid, "Give the class a name.")
	}
	if len(name) > maxClassName {
		return "", quiz.Errorf(quiz.EInvalid, "A class name has at most %d characters.", maxClassName)
	}
	return name, nil
}

// freshCode draws class codes until one is not taken.
func freshCode(ctx context.Context, tx *sql.Tx) (string, error) {
	for range 20 {
		code, err := quiz.NewClassCode(rand.Reader)
		if err != nil {
			return "", err
		}
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM classes WHERE code = ?", code).Scan(&n); err != nil {
			return "", err
		}
		if n == 0 {
			return code, nil
		}
	}
	return "", errors.New("no free class code after 20 draws")
}

// CreateClass makes a class for a course, with a fresh code.
func (db *DB) CreateClass(ctx context.Context, courseID int64, name string, userID int64) (*quiz.Class, error) {
	name, err := checkClassName(name)
	if err != nil {
		return nil, err
	}
	c := &quiz.Class{CourseID: courseID, Name: name}
	err = db.tx(ctx, func(tx *sql.Tx) error {
		if c.Code, err = freshCode(ctx, tx); err != nil {
			return err
		}
		var by any
		if userID > 0 {
			by = userID
		}
		res, err := tx.ExecContext(ctx, "INSERT INTO classes (course_id, name, code, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
			courseID, name, c.Code, by, db.now())
		if err != nil {
			return err
		}
		c.ID, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: create class for course %d: %w", courseID, err)
	}
	return c, nil
}

// RenameClass changes a class's name.
func (db *DB) RenameClass(ctx context.Context, classID int64, name string) error {
	name, err := checkClassName(name)
	if err != nil {
		return err
	}
	err = db.tx(ctx, func(tx *sql.Tx) error {
		return execOne(ctx, tx, "There is no such class.", "UPDATE classes SET name = ? WHERE id = ?", name, classID)
	})
	if err != nil {
		return fmt.Errorf("store: rename class %d: %w", classID, err)
	}
	return nil
}

// NewClassCode gives a class a fresh code; the old one joins no more.
func (db *DB) NewClassCode(ctx context.Context, classID int64) (string, error) {
	var code string
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var err error
		if code, err = freshCode(ctx, tx); err != nil {
			return err
		}
		return execOne(ctx, tx, "There is no such class.", "UPDATE classes SET code = ? WHERE id = ?", code, classID)
	})
	if err != nil {
		return "", fmt.Errorf("store: new code for class %d: %w", classID, err)
	}
	return code, nil
}

// DeleteClass deletes a class with its memberships and assignments; what
// its learners did stays theirs.
func (db *DB) DeleteClass(ctx context.Context, classID int64) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		return execOne(ctx, tx, "There is no such class.", "DELETE FROM classes WHERE id = ?", classID)
	})
	if err != nil {
		return fmt.Errorf("store: delete class %d: %w", classID, err)
	}
	return nil
}

const classColumns = `k.id, k.course_id, c.slug, c.title, k.name, k.code, k.created_at,
	(SELECT COUNT(*) FROM class_members m WHERE m.class_id = k.id)
	FROM classes k JOIN courses c ON c.id = k.course_id`

func scanClasses(rows *sql.Rows) ([]quiz.Class, error) {
	defer rows.Close()
	var out []quiz.Class
	for rows.Next() {
		var k quiz.Class
		var created string
		if err := rows.Scan(&k.ID, &k.CourseID, &k.CourseSlug, &k.CourseTitle, &k.Name, &k.Code, &created, &k.Members); err != nil {
			return nil, err
		}
		k.CreatedAt = parseTime(created)
		out = append(out, k)
	}
	return out, rows.Err()
}

func (db *DB) queryClasses(ctx context.Context, what, where string, args ...any) ([]quiz.Class, error) {
	var out []quiz.Class
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		// A fixed text per caller: prepared once (the course page reads
		// the learner's classes on every visit).
		rows, err := preparedTx{db, tx}.QueryContext(ctx, "SELECT "+classColumns+" WHERE "+where+" ORDER BY k.name, k.id", args...)
		if err != nil {
			return err
		}
		out, err = scanClasses(rows)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", what, err)
	}
	// By name as a reader orders them: "Group 2" before "Group 10".
	slices.SortStableFunc(out, func(a, b quiz.Class) int { return quiz.CompareNatural(a.Name, b.Name) })
	return out, nil
}

// ListClasses lists a course's classes by name.
func (db *DB) ListClasses(ctx context.Context, courseID int64) ([]quiz.Class, error) {
	return db.queryClasses(ctx, "list classes", "k.course_id = ?", courseID)
}

// FindClass returns a class.
func (db *DB) FindClass(ctx context.Context, classID int64) (*quiz.Class, error) {
	ks, err := db.queryClasses(ctx, "find class", "k.id = ?", classID)
	if err != nil {
		return nil, err
	}
	if len(ks) == 0 {
		return nil, notFound("There is no such class.")
	}
	return &ks[0], nil
}

// FindClassByCode returns the class with a code (as quiz.ParseClassCode
// returns it).
func (db *DB) FindClassByCode(ctx context.Context, code string) (*quiz.Class, error) {
	ks, err := db.queryClasses(ctx, "find class by code", "k.code = ?", code)
	if err != nil {
		return nil, err
	}
	if len(ks) == 0 {
		return nil, notFound("No class has the code %s.", code)
	}
	return &ks[0], nil
}

// LearnerClasses lists the classes a learner is in.
func (db *DB) LearnerClasses(ctx context.Context, userID int64) ([]quiz.Class, error) {
	return db.queryClasses(ctx, "learner classes", "k.id IN (SELECT class_id FROM class_members WHERE user_id = ?)", userID)
}

// JoinClass puts a learner in a class; joining twice changes nothing. It
// reports whether the learner joined now.
func (db *DB) JoinClass(ctx context.Context, classID, userID int64) (bool, error) {
	var joined bool
	err := db.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO class_members (class_id, user_id, joined_at) VALUES (?, ?, ?)
			ON CONFLICT (class_id, user_id) DO NOTHING`, classID, userID, db.now())
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		joined = n > 0
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("store: join class %d: %w", classID, err)
	}
	return joined, nil
}

// LeaveClass takes a learner out of a class.
func (db *DB) LeaveClass(ctx context.Context, classID, userID int64) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		return execOne(ctx, tx, "You are not in that class.", "DELETE FROM class_members WHERE class_id = ? AND user_id = ?", classID, userID)
	})
	if err != nil {
		return fmt.Errorf("store: leave class %d: %w", classID, err)
	}
	return nil
}

// doneAt is the SQL for when learner m.user_id first finished an attempt
// at assignment a within its window, from a.counts_from on (” when they
// have not).
const doneAt = `COALESCE((SELECT MIN(t.finished_at) FROM attempts t
	WHERE t.user_id = m.user_id AND t.finished_at IS NOT NULL AND t.finished_at >= a.counts_from
	AND ((a.set_id IS NOT NULL AND t.set_id = a.set_id)
	  OR (a.theme_id IS NOT NULL AND t.set_id IS NULL AND t.mode = 'theme' AND t.theme_id = a.theme_id))), '')`

// CreateAssignment assigns a published set or a theme's quiz of the
// class's course, due on a day (YYYY-MM-DD).
func (db *DB) CreateAssignment(ctx context.Context, a quiz.Assignment) (int64, error) {
	if _, err := time.Parse(time.DateOnly, a.DueOn); err != nil {
		return 0, quiz.Errorf(quiz.EInvalid, "Give the day it is due, as YYYY-MM-DD.")
	}
	if (a.SetID == 0) == (a.ThemeID == 0) {
		return 0, quiz.Errorf(quiz.EInvalid, "Choose a question set or a theme’s quiz.")
	}
	var id int64
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var n int
		var err error
		if a.SetID > 0 {
			err = tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM question_sets s JOIN themes t ON t.id = s.theme_id
				JOIN classes k ON k.course_id = t.course_id WHERE s.id = ? AND k.id = ? AND s.status = 'published'`, a.SetID, a.ClassID).Scan(&n)
		} else {
			err = tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM themes t JOIN classes k ON k.course_id = t.course_id
				WHERE t.id = ? AND k.id = ?`, a.ThemeID, a.ClassID).Scan(&n)
		}
		if err != nil {
			return err
		}
		if n == 0 {
			return quiz.Errorf(quiz.EInvalid, "Choose a published set or a theme of this course.")
		}
		if a.SetID > 0 {
			// A set with no questions (cards only, or empty) would give
			// learners nothing to practise and never be done.
			if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM questions WHERE set_id = ? AND deleted_at IS NULL", a.SetID).Scan(&n); err != nil {
				return err
			}
			if n == 0 {
				return quiz.Errorf(quiz.EInvalid, "This set has no questions to practise (only flashcards, or nothing yet): add questions to it, or choose another set or a theme’s quiz.")
			}
		}
		now := db.Now()
		res, err := tx.ExecContext(ctx, "INSERT INTO assignments (class_id, set_id, theme_id, due_on, created_at, counts_from) VALUES (?, ?, ?, ?, ?, ?)",
			a.ClassID, nullID(a.SetID), nullID(a.ThemeID), a.DueOn, fmtTime(now), fmtTime(now.Add(-quiz.AssignmentLookback)))
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: create assignment for class %d: %w", a.ClassID, err)
	}
	return id, nil
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// DeleteAssignment removes an assignment from its class.
func (db *DB) DeleteAssignment(ctx context.Context, classID, id int64) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		return execOne(ctx, tx, "There is no such assignment.", "DELETE FROM assignments WHERE id = ? AND class_id = ?", id, classID)
	})
	if err != nil {
		return fmt.Errorf("store: delete assignment %d: %w", id, err)
	}
	return nil
}

const assignmentColumns = `a.id, a.class_id, COALESCE(a.set_id, 0), COALESCE(a.theme_id, 0),
	COALESCE((SELECT s.title FROM question_sets s WHERE s.id = a.set_id), (SELECT t.title FROM themes t WHERE t.id = a.theme_id), ''),
	a.due_on, a.created_at, a.counts_from`

func scanAssignment(rows *sql.Rows, extra ...any) (quiz.Assignment, error) {
	var a quiz.Assignment
	var created, from string
	err := rows.Scan(append([]any{&a.ID, &a.ClassID, &a.SetID, &a.ThemeID, &a.Title, &a.DueOn, &created, &from}, extra...)...)
	a.CreatedAt, a.CountsFrom = parseTime(created), parseTime(from)
	return a, err
}

// ClassAssignments lists a class's assignments by due day.
func (db *DB) ClassAssignments(ctx context.Context, classID int64) ([]quiz.Assignment, error) {
	var out []quiz.Assignment
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, "SELECT "+assignmentColumns+" FROM assignments a WHERE a.class_id = ? ORDER BY a.due_on, a.id", classID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			a, err := scanAssignment(rows)
			if err != nil {
				return err
			}
			out = append(out, a)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: class %d assignments: %w", classID, err)
	}
	return out, nil
}

// LearnerAssignments lists the assignments of a learner's classes in a
// course, with the class's name and when the learner finished each (zero
// when they have not).
func (db *DB) LearnerAssignments(ctx context.Context, userID, courseID int64) ([]quiz.LearnerAssignment, error) {
	var out []quiz.LearnerAssignment
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, "SELECT "+assignmentColumns+", k.name, "+doneAt+`
			FROM assignments a JOIN classes k ON k.id = a.class_id
			JOIN class_members m ON m.class_id = k.id AND m.user_id = ?
			WHERE k.course_id = ? ORDER BY a.due_on, a.id`, userID, courseID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var la quiz.LearnerAssignment
			var done string
			if la.Assignment, err = scanAssignment(rows, &la.ClassName, &done); err != nil {
				return err
			}
			la.DoneAt = parseTime(done)
			out = append(out, la)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: learner %d assignments: %w", userID, err)
	}
	return out, nil
}

// ClassMembers lists a class's learners in the order they joined, each
// with what they did in the class's course: last activity, finished
// attempts and their mean score, and when they finished each assignment.
// The first three are the learner's kept summary (learner_courses): a
// count of their rows cost the page a disk read each when the file was
// cold.
func (db *DB) ClassMembers(ctx context.Context, classID int64) ([]quiz.ClassMember, error) {
	var out []quiz.ClassMember
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		// Each learner's summary in the course is one row read by its key
		// (learner_courses.go), not a count of their attempts, answers
		// and reviews.
		rows, err := tx.QueryContext(ctx, `SELECT m.user_id, COALESCE(u.email, ''), u.display_name, m.joined_at,
			COALESCE(s.last_activity, ''), COALESCE(s.attempts_finished, 0),
			CASE WHEN s.attempts_finished > 0 THEN s.score_sum / s.attempts_finished ELSE 0 END
			FROM class_members m JOIN classes k ON k.id = m.class_id JOIN users u ON u.id = m.user_id
			LEFT JOIN learner_courses s ON s.user_id = m.user_id AND s.course_id = k.course_id
			WHERE m.class_id = ? ORDER BY m.joined_at, m.user_id`, classID)
		if err != nil {
			return err
		}
		idx := map[int64]int{}
		for rows.Next() {
			var m quiz.ClassMember
			var joined, last string
			if err := rows.Scan(&m.UserID, &m.Email, &m.DisplayName, &joined, &last, &m.Attempts, &m.MeanScore); err != nil {
				rows.Close()
				return err
			}
			m.JoinedAt, m.LastActivity = parseTime(joined), parseTime(last)
			m.Done = map[int64]time.Time{}
			idx[m.UserID] = len(out)
			out = append(out, m)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		drows, err := tx.QueryContext(ctx, `SELECT m.user_id, a.id, `+doneAt+` AS done
			FROM class_members m JOIN assignments a ON a.class_id = m.class_id WHERE m.class_id = ?`, classID)
		if err != nil {
			return err
		}
		defer drows.Close()
		for drows.Next() {
			var uid, aid int64
			var done string
			if err := drows.Scan(&uid, &aid, &done); err != nil {
				return err
			}
			if done != "" {
				out[idx[uid]].Done[aid] = parseTime(done)
			}
		}
		return drows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: class %d members: %w", classID, err)
	}
	return out, nil
}

// IsClassMember reports whether a learner is in a class.
func (db *DB) IsClassMember(ctx context.Context, classID, userID int64) (bool, error) {
	var n int
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM class_members WHERE class_id = ? AND user_id = ?", classID, userID).Scan(&n)
	})
	if err != nil {
		return false, fmt.Errorf("store: class %d member %d: %w", classID, userID, err)
	}
	return n > 0, nil
}

// ClassLearnerIDs lists the ids of a class's learners, for filters.
func (db *DB) ClassLearnerIDs(ctx context.Context, classID int64) ([]int64, error) {
	ids := []int64{}
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		return each(ctx, tx, "SELECT user_id FROM class_members WHERE class_id = ? ORDER BY user_id", classID, func(rows *sql.Rows) error {
			var id int64
			if err := rows.Scan(&id); err != nil {
				return err
			}
			ids = append(ids, id)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: class %d learners: %w", classID, err)
	}
	return ids, nil
}

// LearnerAttempts lists a learner's attempts in a course, newest first,
// each with the answers given and the question version answered.
func (db *DB) LearnerAttempts(ctx context.Context, userID, courseID int64) ([]quiz.AttemptReport, error) {
	var out []quiz.AttemptReport
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT t.id, t.public_id, COALESCE(t.theme_id, 0), t.mode, COALESCE(t.set_id, 0),
			COALESCE((SELECT s.title FROM question_sets s WHERE s.id = t.set_id), ''), t.started_at, COALESCE(t.finished_at, ''),
			(SELECT COUNT(*) FROM attempt_items i WHERE i.attempt_id = t.id)
			FROM attempts t WHERE t.user_id = ? AND t.course_id = ? ORDER BY t.started_at DESC, t.id DESC`, userID, courseID)
		if err != nil {
			return err
		}
		var ids []int64
		for rows.Next() {
			var a quiz.AttemptReport
			var id int64
			var started, finished string
			if err := rows.Scan(&id, &a.PublicID, &a.ThemeID, &a.Mode, &a.SetID, &a.SetTitle, &started, &finished, &a.Items); err != nil {
				rows.Close()
				return err
			}
			a.StartedAt, a.FinishedAt = parseTime(started), parseTime(finished)
			ids = append(ids, id)
			out = append(out, a)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for i, id := range ids {
			rrows, err := tx.QueryContext(ctx, `SELECT v.body, r.answer, r.correct, r.score, r.answered_at, COALESCE(i.shown_at, '')
				FROM responses r JOIN question_versions v ON v.id = r.version_id
				LEFT JOIN attempt_items i ON i.attempt_id = r.attempt_id AND i.idx = r.idx
				WHERE r.attempt_id = ? ORDER BY r.idx`, id)
			if err != nil {
				return err
			}
			for rrows.Next() {
				var body, answer, answered, shown string
				var rr quiz.ReportResponse
				if err := rrows.Scan(&body, &answer, &rr.Correct, &rr.Score, &answered, &shown); err != nil {
					rrows.Close()
					return err
				}
				if err := json.Unmarshal([]byte(body), &rr.Question); err != nil {
					rrows.Close()
					return err
				}
				if err := json.Unmarshal([]byte(answer), &rr.Answer); err != nil {
					rrows.Close()
					return err
				}
				rr.AnsweredAt, rr.ShownAt = parseTime(answered), parseTime(shown)
				out[i].Score += rr.Score
				out[i].Responses = append(out[i].Responses, rr)
			}
			rrows.Close()
			if err := rrows.Err(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: learner %d attempts: %w", userID, err)
	}
	return out, nil
}

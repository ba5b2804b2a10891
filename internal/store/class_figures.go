package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// classFiguresQuery reads what the class page shows of every learner of a
// class in one statement, a row per fact, its first column saying which:
// 0 the latest answer to a question (mastery), 1 the cards due now per
// theme, 2 the leeches, 3 the time zone, 4 every member (so that one who did
// nothing has figures too). Each part walks the class's
// members and reaches their rows through the indexes by learner, so its
// cost follows the class, not the school. The figures are those of
// FindLearnerState and Leeches (TestClassFiguresMatchPerLearner holds them
// together). CROSS JOIN keeps SQLite from starting the leeches at the
// course's cards, which would walk every learner's states of each card;
// the leeches are read through their partial index (migration 0057).
// Parameters: ?1 the class, ?2 the course, ?3 now, ?4 the cutoff of
// running test attempts (see DB.cutoff). classMasteryQuery, the part 0,
// is a statement of its own, read at the same time as the rest
// (ClassFigures).
var classFiguresQuery = `SELECT 1, s.user_id, c.theme_id, COUNT(*), ''
			FROM class_members m JOIN card_states s ON s.user_id = m.user_id JOIN cards c ON c.id = s.card_id
			WHERE m.class_id = ?1 AND c.course_id = ?2 AND s.suspended = 0 AND s.due <= ?3 AND ` + openCard("s.user_id", "?4") + `
			GROUP BY s.user_id, c.theme_id
		UNION ALL
		SELECT 2, s.user_id, 0, COUNT(*), ''
			FROM class_members m CROSS JOIN card_states s INDEXED BY card_states_leech ON s.user_id = m.user_id JOIN cards c ON c.id = s.card_id
			WHERE m.class_id = ?1 AND c.course_id = ?2 AND s.leech = 1 AND ` + openCard("s.user_id", "?4") + `
			GROUP BY s.user_id
		UNION ALL
		SELECT 3, m.user_id, 0, 0, ls.time_zone
			FROM class_members m JOIN learner_settings ls ON ls.user_id = m.user_id WHERE m.class_id = ?1
		UNION ALL
		SELECT 4, m.user_id, 0, 0, '' FROM class_members m WHERE m.class_id = ?1`

// classMasteryQuery is the part 0 of classFiguresQuery: the latest answer
// of each learner of the class to each question.
const classMasteryQuery = `SELECT 0, m.user_id, q.question_id, q.score, ''
			FROM class_members m JOIN question_mastery q ON q.user_id = m.user_id WHERE m.class_id = ?1`

// figureRow is a row of classFiguresQuery or classMasteryQuery.
type figureRow struct {
	kind    int
	uid, id int64
	n       float64
	tz      string
}

// readFigures reads the rows of one of the class's statements in a read
// transaction of its own.
func (db *DB) readFigures(ctx context.Context, query string, args ...any) ([]figureRow, error) {
	var out []figureRow
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, query, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var f figureRow
			if err := rows.Scan(&f.kind, &f.uid, &f.id, &f.n, &f.tz); err != nil {
				return err
			}
			out = append(out, f)
		}
		return rows.Err()
	})
	return out, err
}

// ClassFigures returns, for every learner of a class, their mastery and
// cards due per theme of the course, their leeches and their time zone,
// keyed by learner: the figures FindLearnerState and Leeches give one
// learner at a time, for the whole class in one statement.
func (db *DB) ClassFigures(ctx context.Context, classID, courseID int64, now time.Time) (map[int64]quiz.ClassFigures, error) {
	snap, err := db.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	c, ok := snap.byID[courseID]
	if !ok {
		return nil, notFound("There is no such course.")
	}
	out := map[int64]quiz.ClassFigures{}
	get := func(uid int64) quiz.ClassFigures {
		f, ok := out[uid]
		if !ok {
			f = quiz.ClassFigures{Progress: make(map[int64]quiz.Progress, len(c.Themes)), CardsDue: map[int64]int{},
				TimeZone: quiz.DefaultStudySettings().TimeZone}
			for _, t := range c.Themes {
				f.Progress[t.ID] = quiz.Progress{Total: t.Questions}
			}
		}
		return f
	}
	// The two statements read at once: each reads its learners' rows
	// from places scattered through the file, and a cold disk answers
	// two reads at a time about as fast as one.
	var mastery []figureRow
	var merr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		mastery, merr = db.readFigures(ctx, classMasteryQuery, classID)
	}()
	rest, err := db.readFigures(ctx, classFiguresQuery, classID, courseID, fmtTime(now), db.cutoff(now))
	<-done
	if err == nil {
		err = merr
	}
	if err == nil {
		for _, r := range append(mastery, rest...) {
			f := get(r.uid)
			switch r.kind {
			case 0:
				// Only questions that learners can see now, in this
				// course, count.
				tid, live := snap.published[r.id]
				p, inCourse := f.Progress[tid]
				if !live || !inCourse {
					break
				}
				p.Answered++
				p.Score += r.n
				if quiz.Full(r.n) {
					p.Mastered++
				}
				f.Progress[tid] = p
			case 1:
				f.CardsDue[r.id] = int(r.n)
			case 2:
				f.Leeches = int(r.n)
			case 3:
				f.TimeZone = r.tz
			}
			out[r.uid] = f
		}
	}
	if err != nil {
		return nil, fmt.Errorf("store: class %d figures: %w", classID, err)
	}
	return out, nil
}

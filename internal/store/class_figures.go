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
// course's cards, which would walk every learner's states of each card. Parameters: ?1 the class, ?2 the course, ?3 now, ?4 the cutoff
// of running test attempts (see DB.cutoff).
var classFiguresQuery = `SELECT 0, m.user_id, q.question_id, q.score, ''
			FROM class_members m JOIN question_mastery q ON q.user_id = m.user_id WHERE m.class_id = ?1
		UNION ALL
		SELECT 1, s.user_id, c.theme_id, COUNT(*), ''
			FROM class_members m JOIN card_states s ON s.user_id = m.user_id JOIN cards c ON c.id = s.card_id
			WHERE m.class_id = ?1 AND c.course_id = ?2 AND s.suspended = 0 AND s.due <= ?3 AND ` + openCard("s.user_id", "?4") + `
			GROUP BY s.user_id, c.theme_id
		UNION ALL
		SELECT 2, s.user_id, 0, COUNT(*), ''
			FROM class_members m CROSS JOIN card_states s ON s.user_id = m.user_id JOIN cards c ON c.id = s.card_id
			WHERE m.class_id = ?1 AND c.course_id = ?2 AND s.leech = 1 AND ` + openCard("s.user_id", "?4") + `
			GROUP BY s.user_id
		UNION ALL
		SELECT 3, m.user_id, 0, 0, ls.time_zone
			FROM class_members m JOIN learner_settings ls ON ls.user_id = m.user_id WHERE m.class_id = ?1
		UNION ALL
		SELECT 4, m.user_id, 0, 0, '' FROM class_members m WHERE m.class_id = ?1`

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
	err = db.rtx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, classFiguresQuery, classID, courseID, fmtTime(now), db.cutoff(now))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var kind int
			var uid, id int64
			var n float64
			var tz string
			if err := rows.Scan(&kind, &uid, &id, &n, &tz); err != nil {
				return err
			}
			f := get(uid)
			switch kind {
			case 0:
				// Only questions that learners can see now, in this
				// course, count.
				tid, live := snap.published[id]
				p, inCourse := f.Progress[tid]
				if !live || !inCourse {
					break
				}
				p.Answered++
				p.Score += n
				if quiz.Full(n) {
					p.Mastered++
				}
				f.Progress[tid] = p
			case 1:
				f.CardsDue[id] = int(n)
			case 2:
				f.Leeches = int(n)
			case 3:
				f.TimeZone = tz
			}
			out[uid] = f
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: class %d figures: %w", classID, err)
	}
	return out, nil
}

package store

import (
	"context"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// A learner's flashcard queue counts (cards due now, new cards left today)
// are cached with their state (see learners): a rating reads them three
// times (the review page, the card's answer, the check that a new card is
// still in session) and nothing the learner does between those changes
// them. They are dropped at the learner's next write, when the content
// changes, and when the next card falls due or a running test's time runs
// out (which may bring a test's cards into the deck); the day and the
// learner's daily limit are part of the key.

// maxQueuesPerLearner bounds the counts kept per learner (one per deck,
// day and daily limit), so that a learner who never writes cannot grow
// their entry day after day.
const maxQueuesPerLearner = 32

type queueKey struct {
	course, theme int64
	dayStart      int64 // unix nanoseconds
	newLimit      int
}

type queueEntry struct {
	due, newLeft int
	content      int64
	validUntil   time.Time
}

func keyOf(q quiz.NextCardQuery) queueKey {
	return queueKey{q.CourseID, q.ThemeID, q.DayStart.UnixNano(), q.NewLimit}
}

func (l *learners) getQueue(userID int64, k queueKey, g learnerGen, now time.Time) (queueEntry, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok || r.gen != g.learner {
		return queueEntry{}, false
	}
	e, ok := r.queues[k]
	if !ok || e.content != g.content || !now.Before(e.validUntil) {
		return queueEntry{}, false
	}
	return e, true
}

// putQueue stores counts read under g, unless the learner has changed since.
func (l *learners) putQueue(userID int64, k queueKey, g learnerGen, e queueEntry) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok || r.gen != g.learner {
		return
	}
	if r.queues == nil {
		r.queues = map[queueKey]queueEntry{}
	}
	if len(r.queues) >= maxQueuesPerLearner {
		clear(r.queues) // a bound: decks of a day are few
	}
	e.content = g.content
	r.queues[k] = e
	r.until, r.untilContent = e.validUntil, g.content
}

// queueValidUntil returns when a learner's queue counts may change with no
// write: when their next card falls due, or just after a running test's
// time (with grace) runs out; at most an hour from now.
func (db *DB) queueValidUntil(ctx context.Context, tx querier, userID int64, now time.Time) (time.Time, error) {
	var nextDue, testEnds string
	err := tx.QueryRowContext(ctx, `SELECT
		COALESCE((SELECT MIN(due) FROM card_states WHERE user_id = ?1 AND suspended = 0 AND due > ?2), ''),
		COALESCE((SELECT MIN(deadline) FROM attempts WHERE user_id = ?1 AND set_id IS NOT NULL AND finished_at IS NULL AND deadline >= ?3), '')`,
		userID, fmtTime(now), db.cutoff(now)).Scan(&nextDue, &testEnds)
	if err != nil {
		return time.Time{}, err
	}
	until := now.Add(time.Hour)
	if nextDue != "" {
		if t := parseTime(nextDue); t.Before(until) {
			until = t
		}
	}
	if testEnds != "" {
		if t := parseTime(testEnds).Add(quiz.AnswerGrace).Add(time.Nanosecond); t.Before(until) {
			until = t
		}
	}
	return until, nil
}

// The cards a learner's queue shows and whether they may undo a rating are
// kept beside the counts, under the same generations: a rating reads the
// card it shows three times (chosen for the review page, then for the
// card's answer and for the rating), and asks twice whether a rating may
// be undone, with nothing changed between. Both hold until the counts'
// validUntil (the next card falling due, a running test's time running
// out), which bounds how long a test's cards may stay out of the deck.

// maxCardsPerLearner bounds the cards kept per learner.
const maxCardsPerLearner = 8

type cardEntry struct {
	card       *quiz.StudyCard
	content    int64
	validUntil time.Time
}

type undoKey struct {
	course   int64
	dayStart int64 // unix nanoseconds
}

type undoEntry struct {
	ok         bool
	content    int64
	validUntil time.Time
}

// getCard returns a card of the learner's deck read under g, while valid.
func (l *learners) getCard(userID, cardID int64, g learnerGen, now time.Time) (*quiz.StudyCard, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok || r.gen != g.learner {
		return nil, false
	}
	e, ok := r.cards[cardID]
	if !ok || e.content != g.content || !now.Before(e.validUntil) {
		return nil, false
	}
	return e.card, true
}

// putCard stores a card read under g, found open to the learner, until
// validUntil; unless the learner has changed since.
func (l *learners) putCard(userID int64, g learnerGen, c *quiz.StudyCard, validUntil time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok || r.gen != g.learner || validUntil.IsZero() {
		return
	}
	if r.cards == nil {
		r.cards = map[int64]cardEntry{}
	}
	if len(r.cards) >= maxCardsPerLearner {
		clear(r.cards)
	}
	r.cards[c.ID] = cardEntry{c, g.content, validUntil}
}

// queueUntil returns how long what the learner's queue shows may be kept:
// the validity of the counts last read under g, or zero when none were.
func (l *learners) queueUntil(userID int64, g learnerGen) time.Time {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok || r.gen != g.learner || r.untilContent != g.content {
		return time.Time{}
	}
	return r.until
}

func (l *learners) getUndo(userID int64, k undoKey, g learnerGen, now time.Time) (bool, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok || r.gen != g.learner {
		return false, false
	}
	e, ok := r.undo[k]
	if !ok || e.content != g.content || !now.Before(e.validUntil) {
		return false, false
	}
	return e.ok, true
}

func (l *learners) putUndo(userID int64, k undoKey, g learnerGen, can bool, validUntil time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok || r.gen != g.learner || validUntil.IsZero() {
		return
	}
	if r.undo == nil {
		r.undo = map[undoKey]undoEntry{}
	}
	if len(r.undo) >= maxQueuesPerLearner {
		clear(r.undo)
	}
	r.undo[k] = undoEntry{can, g.content, validUntil}
}

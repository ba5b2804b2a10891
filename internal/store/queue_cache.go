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
	// read tells one stored read from another (putQueue numbers them), so
	// that a rating carries over only the very counts it saw before it
	// began (rated).
	read uint64
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
	l.reads++
	e.read = l.reads
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
	rating     int       // of the rating to undo; 0 when there is none
	at         time.Time // when that rating was made
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

func (l *learners) getUndo(userID int64, k undoKey, g learnerGen, now time.Time) (int, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok || r.gen != g.learner {
		return 0, false
	}
	e, ok := r.undo[k]
	if !ok || e.content != g.content || !now.Before(e.validUntil) {
		return 0, false
	}
	return e.rating, true
}

func (l *learners) putUndo(userID int64, k undoKey, g learnerGen, e undoEntry, validUntil time.Time) {
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
	e.content, e.validUntil = g.content, validUntil
	r.undo[k] = e
}

// The day's new cards started (the learner's first ratings since the
// day's start, newStartedQuery) are kept per day start, across the
// learner's ratings: a rating that applies adds itself to the count (one
// when it was the card's first, none otherwise) instead of the count being
// read again, which read the day's first ratings after every rating. Any
// other write of the learner's (an answer, which may mark a rated card as
// missed; an undo) or of the content drops them. A count is only carried
// over a rating when it is the very entry seen before the rating began:
// one stored while the rating was being written may or may not include it,
// and is dropped; so are the counts when two ratings of the learner's are
// written at once. Another write of the learner's that commits with the
// rating but tells the cache only after it is seen at its own change, which
// drops the count: until then (the time between its commit and its
// change) a count may miss that write's effect, as any cached read
// would.

// maxStartedPerLearner bounds the day starts kept per learner.
const maxStartedPerLearner = 4

type startedEntry struct {
	n       int
	gen     uint64 // the learner generation it holds under
	content int64
}

// getStarted returns the new cards started since dayStart, read under g.
func (l *learners) getStarted(userID int64, dayStart time.Time, g learnerGen) (int, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok || r.gen != g.learner {
		return 0, false
	}
	e, ok := r.started[dayStart.UnixNano()]
	if !ok || e.gen != g.learner || e.content != g.content {
		return 0, false
	}
	return e.n, true
}

// putStarted stores a count read under g, unless the learner has changed
// since.
func (l *learners) putStarted(userID int64, dayStart time.Time, g learnerGen, n int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok || r.gen != g.learner {
		return
	}
	if r.started == nil || len(r.started) >= maxStartedPerLearner {
		r.started = map[int64]*startedEntry{}
	}
	r.started[dayStart.UnixNano()] = &startedEntry{n, g.learner, g.content}
}

// startedSnapshot is what a rating saw of a learner's counts before it
// began writing.
type startedSnapshot struct {
	rec     *learnerRecord // whose rating count was raised
	gen     uint64
	entries map[int64]*startedEntry
	undo    map[undoKey]undoEntry
	queues  map[queueKey]queueEntry
}

// snapshotStarted notes the learner's generation, counts and whether they
// may undo, before a rating is written.
func (l *learners) snapshotStarted(userID int64) startedSnapshot {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok {
		return startedSnapshot{}
	}
	r.rating++
	if r.rating > 1 {
		return startedSnapshot{rec: r, gen: r.gen} // two ratings at once: neither carries
	}
	s := startedSnapshot{rec: r, gen: r.gen}
	if len(r.started) > 0 {
		s.entries = make(map[int64]*startedEntry, len(r.started))
		for k, e := range r.started {
			if e.gen == r.gen {
				s.entries[k] = e
			}
		}
	}
	if len(r.undo) > 0 {
		s.undo = make(map[undoKey]undoEntry, len(r.undo))
		for k, e := range r.undo {
			s.undo[k] = e
		}
	}
	if len(r.queues) > 0 {
		s.queues = make(map[queueKey]queueEntry, len(r.queues))
		for k, e := range r.queues {
			s.queues[k] = e
		}
	}
	return s
}

// ratedCard is what a rating that applied changed in its learner's queue.
type ratedCard struct {
	at            time.Time // when the rating was made
	course, theme int64     // the card's
	// first says the rating was the card's first and counts among the
	// day's new cards (its card not queued by a missed question).
	first bool
	// unseen says the card had no state: it was among the unseen cards
	// the new cards left are counted from.
	unseen bool
	// due says it was among the cards due at the rating (not suspended,
	// due then).
	due    bool
	after  quiz.CardState // its state after the rating
	rating int            // the rating made, 1 again to 4 easy
}

// carryQueue returns a learner's queue counts e of deck k, seen before a
// rating of card c, as they are after it, and false when they cannot be
// worked out and must be counted again. The counts were valid at the
// rating, so the card was counted among the cards due exactly when it was
// due then (validUntil is at or before the next card falling due).
//
// The new cards left are the day's allowance (the limit less the new
// cards started that day, in any course) capped by the deck's unseen
// cards. A first rating of a card with no state takes one from both in a
// deck that holds the card, so one from the new cards left; in a deck
// that does not, it takes one from the allowance alone, which the counts
// do not tell apart from the cap, so they are counted again. A first
// rating of a card with a state (a card written into the deck new) is
// counted again everywhere; a rating before a deck's day start changes
// nothing of its allowance.
func carryQueue(k queueKey, e queueEntry, c ratedCard) (queueEntry, bool) {
	if !c.at.Before(e.validUntil) || (c.first && !c.unseen) {
		return e, false
	}
	if !c.after.Suspended {
		if !c.after.Due.After(c.at) {
			return e, false // due again at once: counted again
		}
		if c.after.Due.Before(e.validUntil) {
			e.validUntil = c.after.Due
		}
	}
	inDeck := k.course == c.course && (k.theme == 0 || k.theme == c.theme)
	sinceDayStart := k.dayStart <= c.at.UnixNano()
	if c.first {
		switch {
		case inDeck && sinceDayStart:
			e.newLeft = max(e.newLeft-1, 0)
		case inDeck || sinceDayStart:
			return e, false
		}
	}
	if inDeck && c.due {
		e.due--
	}
	return e, e.due >= 0
}

// rated marks the learner as changed by a rating that committed, carrying
// over the counts seen in s when nothing else changed the learner since:
// first says whether the rating was the card's first (and counts, its
// card not queued by a missed question), at when it was made, course the
// course of the card rated.
//
// Whether the learner may undo a rating in that course, since a day start
// no later than at, is carried over too, as yes: the rating just made is
// one to undo (its card is in the deck, it was rated, and it is not taken
// back), and the rating it would take back is this one. Each such answer keeps the validity it had (the next change of a
// test's cards with time); the answers for other courses or later day
// starts are dropped and read again.
//
// The queue's counts seen in s are carried over the rating too
// (carryQueue), each only when it is the very read seen before the rating
// began, and no longer than the rated card's new due time.
func (l *learners) rated(userID int64, s startedSnapshot, c ratedCard) {
	first, at, course := c.first, c.at, c.course
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if s.rec != nil {
		s.rec.rating--
	}
	if !ok || s.gen == 0 || r.gen != s.gen || r.rating > 0 {
		l.changedLocked(userID)
		return
	}
	keep := map[int64]*startedEntry{}
	for k, e := range r.started {
		if s.entries[k] != e {
			continue // stored during the rating: it may count it already
		}
		n := e.n
		if first && !at.Before(time.Unix(0, k)) {
			n++
		}
		keep[k] = &startedEntry{n: n, content: e.content}
	}
	undo := map[undoKey]undoEntry{}
	for k, e := range r.undo {
		if was, ok := s.undo[k]; !ok || was != e || k.course != course || k.dayStart > at.UnixNano() {
			continue
		}
		// The latest rating is the one to undo (lastReviewQuery): the one
		// just made, unless one kept was made later (a rating made at the
		// moment its answer was shown, before another card's).
		if e.rating == 0 || !e.at.After(at) {
			e.rating, e.at = c.rating, at
		}
		undo[k] = e
	}
	queues := map[queueKey]queueEntry{}
	until, untilContent := r.until, r.untilContent
	if course > 0 {
		for k, e := range r.queues {
			if was, ok := s.queues[k]; !ok || was != e {
				continue // stored during the rating: it may count it already
			}
			if e, ok := carryQueue(k, e, c); ok {
				queues[k] = e
				// The bound of the cards and undo kept (queueUntil)
				// falls with the rated card's new due time too.
				if !until.IsZero() && e.validUntil.Before(until) {
					until = e.validUntil
				}
			}
		}
	}
	l.changedLocked(userID)
	for _, e := range keep {
		e.gen = r.gen
	}
	r.started = keep
	r.undo = undo
	if len(queues) > 0 {
		for k, e := range queues {
			l.reads++
			e.read = l.reads
			r.queues[k] = e
		}
		r.until, r.untilContent = until, untilContent
	}
}

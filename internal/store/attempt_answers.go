package store

import (
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// attemptAnswers is what an attempt's responses were when last read or
// written: one slot per item, nil while unanswered. Its responses are
// shared and never modified; a new answer makes a new slice.
type attemptAnswers []*quiz.Response

// maxAnswersPerLearner bounds the attempts whose responses a learner's
// entry keeps: a learner works through one quiz at a time, a few at most.
const maxAnswersPerLearner = 4

// An attempt's responses are kept in its learner's entry, under the
// learner's generation like their course state: a read stores what it
// read only if no write of the learner's finished meanwhile, and every
// write of the learner's drops them (changed), except an answer, which
// carries them over with its own response added once its group commit has
// returned (answered). So the question page, the answer's post and the
// feedback read the responses from the database once per learner write
// at most, and the answer path not at all while the learner only answers.

// answers returns the responses kept for an attempt, read under g.
func (l *learners) answers(userID, attemptID int64, g learnerGen) (attemptAnswers, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok || r.gen != g.learner {
		return nil, false
	}
	a, ok := r.answers[attemptID]
	return a, ok
}

// putAnswers stores the responses of an attempt read under g, unless the
// learner has changed since.
func (l *learners) putAnswers(userID, attemptID int64, g learnerGen, a attemptAnswers) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok || r.gen != g.learner {
		return
	}
	if r.answers == nil {
		r.answers = map[int64]attemptAnswers{}
	}
	if _, ok := r.answers[attemptID]; !ok && len(r.answers) >= maxAnswersPerLearner {
		clear(r.answers)
	}
	r.answers[attemptID] = a
}

// answered marks the learner changed after an answer to item idx of an
// attempt committed, and keeps the attempt's responses with resp, the
// stored response of that item, in its slot. The responses kept before
// are still right but for that slot: every other write of the learner's
// dropped them, and a read that began before this answer committed
// stores nothing once the generation has moved on. Setting the slot is
// idempotent, so two answers of the learner's committed together, carried
// over in either order, leave both.
func (l *learners) answered(userID, attemptID int64, idx int, resp *quiz.Response) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok {
		return
	}
	kept, had := r.answers[attemptID]
	l.changedLocked(userID)
	if !had || resp == nil || idx < 0 || idx >= len(kept) {
		return
	}
	next := make(attemptAnswers, len(kept))
	copy(next, kept)
	next[idx] = resp
	if r.answers == nil {
		r.answers = map[int64]attemptAnswers{}
	}
	r.answers[attemptID] = next
}

// withAnswers returns a copy of the attempt shell with its responses,
// finished at its last answer's time once every item is answered, as
// RecordResponse marks it.
func withAnswers(shell *quiz.Attempt, ans attemptAnswers) *quiz.Attempt {
	a := *shell
	a.Items = append([]quiz.AttemptItem(nil), shell.Items...)
	var last time.Time
	n := 0
	for i, resp := range ans {
		if resp == nil || i >= len(a.Items) {
			continue
		}
		a.Items[i].Response = resp
		n++
		if resp.AnsweredAt.After(last) {
			last = resp.AnsweredAt
		}
	}
	if n == len(a.Items) {
		a.FinishedAt = last
	}
	return &a
}

// Package study holds the rules of flashcard study that sit above the FSRS
// scheduler (internal/srs): the bounds of a learner's settings, when their
// day starts, which cards may be rated now, when a rating counts from, how
// a rating becomes a card's next state, and when a card becomes a leech.
// It is pure, like srs: no HTTP, no SQL, time passed in. It imports the
// domain (internal/quiz) and srs, nothing else of Lectern.
package study

import (
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/srs"
)

// LeechLapses is how many times a card is forgotten before it is marked a
// leech, as in Anki.
const LeechLapses = 8

// MaxAnswerTime is how long after the answer was shown a rating still
// counts from that moment; a later one counts from when it arrives.
const MaxAnswerTime = time.Hour

// The bounds of a learner's settings.
const (
	MinRetention = 0.70
	MaxRetention = 0.97
	MaxNewPerDay = 500
)

// DayStart returns when the learner's current day began: the day-start
// hour in their time zone, today or, before that hour, yesterday. An
// unknown time zone counts as UTC.
func DayStart(now time.Time, s quiz.StudySettings) time.Time {
	loc, err := time.LoadLocation(s.TimeZone)
	if err != nil {
		loc = time.UTC
	}
	t := now.In(loc)
	start := time.Date(t.Year(), t.Month(), t.Day(), s.DayStartHour, 0, 0, 0, loc)
	if t.Before(start) {
		start = time.Date(t.Year(), t.Month(), t.Day()-1, s.DayStartHour, 0, 0, 0, loc)
	}
	return start.UTC()
}

// Scheduler returns the FSRS scheduler for a learner's settings: the
// default weights, their desired retention, and fuzz on.
func Scheduler(s quiz.StudySettings) (*srs.Scheduler, error) {
	p := srs.DefaultParams()
	p.DesiredRetention = s.DesiredRetention
	p.EnableFuzz = true
	return srs.NewScheduler(p)
}

// Due reports whether a card the learner has seen may be rated now: it is
// due and not suspended. A card never seen (nil state) may be rated while
// today's new-card limit allows one, which only the queue knows.
func Due(s *quiz.CardState, now time.Time) bool {
	return s != nil && !s.Suspended && !s.Due.After(now)
}

// RatedAt returns the time a rating counts from: when the answer was
// shown, so that the interval stored is the one its button showed (fuzz
// depends on the time), unless that is in the future or more than
// MaxAnswerTime ago; then now.
func RatedAt(now, shown time.Time) time.Time {
	if !shown.After(now) && now.Sub(shown) <= MaxAnswerTime {
		return shown
	}
	return now
}

// Preview returns, for each rating from Again to Easy, how long the card
// would wait after it.
func Preview(s quiz.StudySettings, state *quiz.CardState, now time.Time) ([4]time.Duration, error) {
	var out [4]time.Duration
	sch, err := Scheduler(s)
	if err != nil {
		return out, err
	}
	for i, next := range sch.Preview(ToSRS(state, now), now) {
		out[i] = next.Due.Sub(now)
	}
	return out, nil
}

// Rate applies a rating at now to a card and returns the review to record
// for the learner (UserID is left to the caller): the card's next state,
// with its suspension kept, marked a leech when this rating brings its
// lapses to LeechLapses or more, and the review count the learner saw, so
// that a double submit applies once.
func Rate(s quiz.StudySettings, card *quiz.StudyCard, rating srs.Rating, now time.Time) (quiz.Review, error) {
	sch, err := Scheduler(s)
	if err != nil {
		return quiz.Review{}, err
	}
	before := ToSRS(card.State, now)
	after, log := sch.Review(before, rating, now)
	st := FromSRS(after)
	expect := 0
	if card.State != nil {
		st.Suspended = card.State.Suspended
		st.Leech = card.State.Leech
		expect = card.State.Reps
	}
	if after.Lapses >= LeechLapses && after.Lapses > before.Lapses {
		st.Leech = true
	}
	return quiz.Review{
		CardID: card.ID, ExpectReps: expect, Rating: int(rating), At: now,
		After: st, ElapsedDays: log.ElapsedDays,
	}, nil
}

// ToSRS turns a stored state into the scheduler's card; no state is a new
// card.
func ToSRS(s *quiz.CardState, now time.Time) srs.Card {
	if s == nil {
		return srs.NewCard(now)
	}
	st, err := srs.ParseState(s.State)
	if err != nil {
		st = srs.New
	}
	return srs.Card{
		State: st, Due: s.Due, Stability: s.Stability, Difficulty: s.Difficulty,
		ElapsedDays: s.ElapsedDays, ScheduledDays: s.ScheduledDays, Step: s.Step,
		Reps: s.Reps, Lapses: s.Lapses, LastReview: s.LastReview,
	}
}

// FromSRS turns the scheduler's card into the state the store keeps.
func FromSRS(c srs.Card) quiz.CardState {
	return quiz.CardState{
		State: c.State.String(), Due: c.Due, Stability: c.Stability, Difficulty: c.Difficulty,
		ElapsedDays: c.ElapsedDays, ScheduledDays: c.ScheduledDays, Step: c.Step,
		Reps: c.Reps, Lapses: c.Lapses, LastReview: c.LastReview,
	}
}

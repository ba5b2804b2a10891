package srs

import (
	"fmt"
	"strings"
	"time"
)

// Rating is the learner's answer to a review: Again (forgot), Hard, Good or
// Easy. Its numeric values are the FSRS grades 1 to 4.
type Rating int

// The four ratings, with the FSRS grade numbers.
const (
	Again Rating = 1
	Hard  Rating = 2
	Good  Rating = 3
	Easy  Rating = 4
)

// Ratings lists the four ratings in grade order; Preview returns its cards
// in this order.
var Ratings = [4]Rating{Again, Hard, Good, Easy}

var ratingNames = [...]string{Again: "again", Hard: "hard", Good: "good", Easy: "easy"}

// Valid reports whether r is one of Again, Hard, Good and Easy.
func (r Rating) Valid() bool { return r >= Again && r <= Easy }

// String returns "again", "hard", "good" or "easy".
func (r Rating) String() string {
	if !r.Valid() {
		return fmt.Sprintf("rating(%d)", int(r))
	}
	return ratingNames[r]
}

// MarshalText encodes a rating as its name, so JSON shows "good", not 3.
func (r Rating) MarshalText() ([]byte, error) {
	if !r.Valid() {
		return nil, fmt.Errorf("srs: invalid rating %d", int(r))
	}
	return []byte(ratingNames[r]), nil
}

// UnmarshalText accepts what ParseRating accepts.
func (r *Rating) UnmarshalText(b []byte) error {
	v, err := ParseRating(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// ParseRating reads a rating from its name (again, hard, good, easy; any
// letter case, surrounding space ignored) or its grade number 1 to 4.
func ParseRating(s string) (Rating, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	switch t {
	case "again", "1":
		return Again, nil
	case "hard", "2":
		return Hard, nil
	case "good", "3":
		return Good, nil
	case "easy", "4":
		return Easy, nil
	}
	return 0, fmt.Errorf("unknown rating %q (want again, hard, good, easy or 1-4)", s)
}

// State is where a card is in its life: New (never reviewed), Learning (on
// the first short steps), Review (scheduled in whole days) or Relearning
// (on short steps again after a lapse). The numeric values are ts-fsrs's.
type State int

// The four card states.
const (
	New        State = 0
	Learning   State = 1
	Review     State = 2
	Relearning State = 3
)

var stateNames = [...]string{New: "new", Learning: "learning", Review: "review", Relearning: "relearning"}

// Valid reports whether s is one of the four states.
func (s State) Valid() bool { return s >= New && s <= Relearning }

// String returns "new", "learning", "review" or "relearning".
func (s State) String() string {
	if !s.Valid() {
		return fmt.Sprintf("state(%d)", int(s))
	}
	return stateNames[s]
}

// MarshalText encodes a state as its name.
func (s State) MarshalText() ([]byte, error) {
	if !s.Valid() {
		return nil, fmt.Errorf("srs: invalid state %d", int(s))
	}
	return []byte(stateNames[s]), nil
}

// UnmarshalText accepts what ParseState accepts.
func (s *State) UnmarshalText(b []byte) error {
	v, err := ParseState(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseState reads a state from its name (new, learning, review,
// relearning; any letter case).
func ParseState(str string) (State, error) {
	t := strings.ToLower(strings.TrimSpace(str))
	for i, name := range stateNames {
		if t == name {
			return State(i), nil
		}
	}
	return 0, fmt.Errorf("unknown card state %q (want new, learning, review or relearning)", str)
}

// Card is the scheduling record of one flashcard for one learner. The zero
// LastReview means the card was never reviewed. Times are kept as given;
// day counting uses their UTC calendar dates.
type Card struct {
	State         State     `json:"state"`
	Due           time.Time `json:"due"`
	Stability     float64   `json:"stability"`      // S, in days; 0 while New
	Difficulty    float64   `json:"difficulty"`     // D, in [1, 10]; 0 while New
	ElapsedDays   int       `json:"elapsed_days"`   // days between the last two reviews
	ScheduledDays int       `json:"scheduled_days"` // the interval given by the last review; 0 on a step
	Step          int       `json:"step"`           // index into the (re)learning steps
	Reps          int       `json:"reps"`
	Lapses        int       `json:"lapses"`
	LastReview    time.Time `json:"last_review,omitzero"`
}

// NewCard returns a card that has never been reviewed and is due at now.
func NewCard(now time.Time) Card {
	return Card{State: New, Due: now}
}

// ReviewLog records one review: what was answered when, the state before
// and after, and the memory state and interval that resulted.
type ReviewLog struct {
	Rating        Rating    `json:"rating"`
	Review        time.Time `json:"review"`
	StateBefore   State     `json:"state_before"`
	State         State     `json:"state"`          // after the review
	ElapsedDays   int       `json:"elapsed_days"`   // days since the previous review, as the model counted them
	ScheduledDays int       `json:"scheduled_days"` // the new interval; 0 on a step
	Stability     float64   `json:"stability"`      // after the review
	Difficulty    float64   `json:"difficulty"`     // after the review
	Due           time.Time `json:"due"`
}

package srs

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// LineError is a bad line in Simulate's input.
type LineError struct {
	Line   int    // 1-based line number
	Reason string // what is wrong with it
}

// Error returns "line N: reason".
func (e *LineError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Reason) }

// SimulatedReview is one line of Simulate's output.
type SimulatedReview struct {
	Review       string  `json:"review"` // RFC 3339, UTC, to the second
	Rating       Rating  `json:"rating"`
	State        State   `json:"state"` // after the review
	Stability    float64 `json:"stability"`
	Difficulty   float64 `json:"difficulty"`
	Due          string  `json:"due"`
	IntervalDays int     `json:"interval_days"` // 0 while on a (re)learning step
}

// Simulate is the body of "lectern srs simulate". It reads the review
// history of one card, one "TIMESTAMP RATING" line per review (RFC 3339
// time, any offset; rating again|hard|good|easy or 1-4; blank lines and
// lines starting with # skipped), creates the card at the first review's
// time, and writes one SimulatedReview JSON object per line for each
// review. It stops at the first bad line (an unparseable time, an unknown
// rating, a time before the previous review, a wrong number of fields):
// nothing is written for that line or after it, and the error returned is
// a *LineError naming the line. Invalid params are an error before any
// input is read.
func Simulate(in io.Reader, out io.Writer, p Params) error {
	s, err := NewScheduler(p)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	sc := bufio.NewScanner(in)
	var (
		card    Card
		started bool
		lineNo  int
	)
	fail := func(err error) error {
		if ferr := w.Flush(); ferr != nil {
			return errors.Join(err, ferr)
		}
		return err
	}
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		at, r, reason := parseReviewLine(line)
		if reason != "" {
			return fail(&LineError{Line: lineNo, Reason: reason})
		}
		if !started {
			card, started = NewCard(at), true
		} else if at.Before(card.LastReview) {
			return fail(&LineError{Line: lineNo, Reason: fmt.Sprintf(
				"review time %s is before the previous review at %s",
				formatTime(at), formatTime(card.LastReview))})
		}
		card, _ = s.Review(card, r, at)
		if err := enc.Encode(SimulatedReview{
			Review:       formatTime(at),
			Rating:       r,
			State:        card.State,
			Stability:    card.Stability,
			Difficulty:   card.Difficulty,
			Due:          formatTime(card.Due),
			IntervalDays: card.ScheduledDays,
		}); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fail(fmt.Errorf("reading reviews after line %d: %w", lineNo, err))
	}
	return w.Flush()
}

// parseReviewLine splits "TIMESTAMP RATING"; reason is empty when it is good.
func parseReviewLine(line string) (at time.Time, r Rating, reason string) {
	fields := strings.Fields(line)
	if len(fields) != 2 {
		return at, 0, fmt.Sprintf("want \"TIMESTAMP RATING\", got %d fields", len(fields))
	}
	at, err := time.Parse(time.RFC3339, fields[0])
	if err != nil {
		return at, 0, fmt.Sprintf("time %q is not RFC 3339 (like 2024-05-01T09:30:00Z)", fields[0])
	}
	r, err = ParseRating(fields[1])
	if err != nil {
		return at, 0, err.Error()
	}
	return at.UTC(), r, ""
}

func formatTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

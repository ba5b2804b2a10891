package srs

import (
	"math"
	"testing"
	"time"
)

// mustScheduler returns a scheduler for p or fails the test.
func mustScheduler(tb testing.TB, p Params) *Scheduler {
	tb.Helper()
	s, err := NewScheduler(p)
	if err != nil {
		tb.Fatalf("NewScheduler: %v", err)
	}
	return s
}

// mustTime parses an RFC 3339 time or fails the test.
func mustTime(tb testing.TB, s string) time.Time {
	tb.Helper()
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		tb.Fatalf("parse time %q: %v", s, err)
	}
	return t
}

// fsrs5Weights fills a 19-weight FSRS-5 set to 21 as the references do.
func fsrs5Weights(tb testing.TB, w []float64) [21]float64 {
	tb.Helper()
	if len(w) != 19 {
		tb.Fatalf("want 19 weights, got %d", len(w))
	}
	return migrateWeights(w)
}

func near(got, want, tol float64) bool { return math.Abs(got-want) <= tol }

func nan() float64 { return math.NaN() }

// The reference test times are local times in ts-fsrs; they are taken as
// UTC here. None of those sequences comes near midnight, so the UTC day
// count is the same.
var tsStart = time.Date(2022, 12, 29, 12, 30, 0, 0, time.UTC)

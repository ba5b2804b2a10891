package study

import (
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/srs"
)

func TestDayStart(t *testing.T) {
	for _, tc := range []struct {
		name, now, zone string
		hour            int
		want            string
	}{
		{"after the hour, UTC", "2026-03-10T09:00:00Z", "UTC", 4, "2026-03-10T04:00:00Z"},
		{"before the hour: yesterday's", "2026-03-10T03:59:00Z", "UTC", 4, "2026-03-09T04:00:00Z"},
		{"at the hour", "2026-03-10T04:00:00Z", "UTC", 4, "2026-03-10T04:00:00Z"},
		{"learner's zone ahead of UTC", "2026-03-10T01:30:00Z", "Asia/Tokyo", 4, "2026-03-09T19:00:00Z"},     // 10:30 in Tokyo, day began 04:00 JST
		{"learner's zone behind UTC", "2026-03-10T07:00:00Z", "America/New_York", 4, "2026-03-09T08:00:00Z"}, // 03:00 EDT: before 4 am
		{"unknown zone counts as UTC", "2026-03-10T09:00:00Z", "Mars/Olympus", 4, "2026-03-10T04:00:00Z"},
		{"midnight start", "2026-03-10T00:10:00Z", "UTC", 0, "2026-03-10T00:00:00Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			now, _ := time.Parse(time.RFC3339, tc.now)
			got := DayStart(now, quiz.StudySettings{DayStartHour: tc.hour, TimeZone: tc.zone})
			if got.Format(time.RFC3339) != tc.want {
				t.Errorf("DayStart(%s, %s, %d) = %s, want %s", tc.now, tc.zone, tc.hour, got.Format(time.RFC3339), tc.want)
			}
		})
	}
}

func TestDue(t *testing.T) {
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name  string
		state *quiz.CardState
		want  bool
	}{
		{"never seen: the queue decides", nil, false},
		{"due before now", &quiz.CardState{Due: now.Add(-time.Minute)}, true},
		{"due now", &quiz.CardState{Due: now}, true},
		{"due later", &quiz.CardState{Due: now.Add(time.Minute)}, false},
		{"due but suspended", &quiz.CardState{Due: now.Add(-time.Hour), Suspended: true}, false},
	} {
		if got := Due(tc.state, now); got != tc.want {
			t.Errorf("%s: Due = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestRatedAt(t *testing.T) {
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name        string
		shown, want time.Time
	}{
		{"shown a minute ago", now.Add(-time.Minute), now.Add(-time.Minute)},
		{"shown MaxAnswerTime ago", now.Add(-MaxAnswerTime), now.Add(-MaxAnswerTime)},
		{"shown too long ago", now.Add(-MaxAnswerTime - time.Second), now},
		{"shown in the future", now.Add(time.Second), now},
	} {
		if got := RatedAt(now, tc.shown); !got.Equal(tc.want) {
			t.Errorf("%s: RatedAt = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestPreviewOrdersTheWaits(t *testing.T) {
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	waits, err := Preview(quiz.DefaultStudySettings(), nil, now)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(waits); i++ {
		if waits[i] < waits[i-1] {
			t.Errorf("waits %v: rating %d waits less than rating %d", waits, i+1, i)
		}
	}
	if waits[0] <= 0 {
		t.Errorf("Again on a new card waits %v, want a learning step", waits[0])
	}
}

func TestRateKeepsSuspensionAndCountsReps(t *testing.T) {
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	card := &quiz.StudyCard{ID: 7, State: &quiz.CardState{State: "review", Due: now, Stability: 10, Difficulty: 5, Reps: 3, LastReview: now.AddDate(0, 0, -10), Suspended: true}}
	rev, err := Rate(quiz.DefaultStudySettings(), card, srs.Good, now)
	if err != nil {
		t.Fatal(err)
	}
	if rev.CardID != 7 || rev.ExpectReps != 3 || rev.Rating != 3 || !rev.At.Equal(now) {
		t.Errorf("review = %+v, want card 7, expecting 3 reps, rating 3 at %v", rev, now)
	}
	if !rev.After.Suspended || rev.After.Reps != 4 || !rev.After.Due.After(now) {
		t.Errorf("after = %+v, want suspended kept, 4 reps, due later", rev.After)
	}
}

// TestRateMarksLeeches forgets a card until it lapses LeechLapses times:
// the rating that brings it there marks it a leech, and not one before.
func TestRateMarksLeeches(t *testing.T) {
	s := quiz.DefaultStudySettings()
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	card := &quiz.StudyCard{ID: 1}
	for lapses := 0; lapses < LeechLapses; {
		// Good until the card is in review, then Again: one lapse.
		rating := srs.Good
		if card.State != nil && card.State.State == "review" {
			rating = srs.Again
		}
		rev, err := Rate(s, card, rating, now)
		if err != nil {
			t.Fatal(err)
		}
		lapses = rev.After.Lapses
		if got, want := rev.After.Leech, lapses >= LeechLapses; got != want {
			t.Fatalf("after %d lapses Leech = %v, want %v", lapses, got, want)
		}
		st := rev.After
		card.State = &st
		now = st.Due
	}
	// A leech stays one when it is remembered again.
	rev, err := Rate(s, card, srs.Good, now)
	if err != nil {
		t.Fatal(err)
	}
	if !rev.After.Leech {
		t.Error("a leech rated Good is no longer a leech")
	}
}

func TestStateRoundTrip(t *testing.T) {
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	st := quiz.CardState{State: "relearning", Due: now, Stability: 2.5, Difficulty: 7, ElapsedDays: 3, ScheduledDays: 4, Step: 1, Reps: 9, Lapses: 2, LastReview: now.Add(-time.Hour)}
	if got := FromSRS(ToSRS(&st, now)); got != st {
		t.Errorf("FromSRS(ToSRS(%+v)) = %+v", st, got)
	}
	if got := ToSRS(nil, now); got.State != srs.New || !got.Due.Equal(now) {
		t.Errorf("ToSRS(nil) = %+v, want a new card due now", got)
	}
}

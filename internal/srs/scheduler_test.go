package srs

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

var t0 = time.Date(2024, 1, 10, 9, 0, 0, 0, time.UTC)

// cardIn returns a card in the named situation and the time of its next
// review, built by reviewing a new card created at t0.
func cardIn(tb testing.TB, s *Scheduler, situation string) (Card, time.Time) {
	tb.Helper()
	c := NewCard(t0)
	day := 24 * time.Hour
	switch situation {
	case "New":
		return c, t0
	case "Learning step 0":
		c, _ = s.Review(c, Again, t0)
		return c, t0.Add(time.Minute)
	case "Learning step 1":
		c, _ = s.Review(c, Good, t0)
		return c, t0.Add(10 * time.Minute)
	case "Review":
		c, _ = s.Review(c, Easy, t0)
		return c, t0.Add(8 * day)
	case "Relearning step 0":
		c, _ = s.Review(c, Easy, t0)
		c, _ = s.Review(c, Again, t0.Add(8*day))
		return c, t0.Add(8*day + 10*time.Minute)
	}
	tb.Fatalf("unknown situation %q", situation)
	return c, t0
}

// Every state × rating under the default parameters. The expected values
// are what ts-fsrs 5.4.1 gives for the same reviews.
func TestStateMachine(t *testing.T) {
	s := mustScheduler(t, DefaultParams())
	for _, tc := range []struct {
		from    string
		r       Rating
		state   State
		step    int
		minutes int // due − now
		days    int // scheduled days
		reps    int
		lapses  int
	}{
		{"New", Again, Learning, 0, 1, 0, 1, 0},
		{"New", Hard, Learning, 0, 6, 0, 1, 0},
		{"New", Good, Learning, 1, 10, 0, 1, 0},
		{"New", Easy, Review, 0, 11520, 8, 1, 0},
		{"Learning step 0", Again, Learning, 0, 1, 0, 2, 0},
		{"Learning step 0", Hard, Learning, 0, 6, 0, 2, 0},
		{"Learning step 0", Good, Learning, 1, 10, 0, 2, 0},
		{"Learning step 0", Easy, Review, 0, 1440, 1, 2, 0},
		{"Learning step 1", Again, Learning, 0, 1, 0, 2, 0},
		{"Learning step 1", Hard, Learning, 1, 6, 0, 2, 0},
		{"Learning step 1", Good, Review, 0, 2880, 2, 2, 0},
		{"Learning step 1", Easy, Review, 0, 5760, 4, 2, 0},
		{"Review", Again, Relearning, 0, 10, 0, 2, 1},
		{"Review", Hard, Review, 0, 38880, 27, 2, 0},
		{"Review", Good, Review, 0, 56160, 39, 2, 0},
		{"Review", Easy, Review, 0, 95040, 66, 2, 0},
		{"Relearning step 0", Again, Relearning, 0, 10, 0, 3, 1},
		{"Relearning step 0", Hard, Relearning, 0, 15, 0, 3, 1},
		{"Relearning step 0", Good, Review, 0, 1440, 1, 3, 1},
		{"Relearning step 0", Easy, Review, 0, 2880, 2, 3, 1},
	} {
		t.Run(tc.from+"/"+tc.r.String(), func(t *testing.T) {
			c, now := cardIn(t, s, tc.from)
			got, log := s.Review(c, tc.r, now)
			if got.State != tc.state || got.Step != tc.step || got.Due.Sub(now) != time.Duration(tc.minutes)*time.Minute ||
				got.ScheduledDays != tc.days || got.Reps != tc.reps || got.Lapses != tc.lapses {
				t.Errorf("got %v step %d due +%v days %d reps %d lapses %d; want %v step %d due +%dm days %d reps %d lapses %d",
					got.State, got.Step, got.Due.Sub(now), got.ScheduledDays, got.Reps, got.Lapses,
					tc.state, tc.step, tc.minutes, tc.days, tc.reps, tc.lapses)
			}
			if !got.LastReview.Equal(now) {
				t.Errorf("LastReview = %v, want %v", got.LastReview, now)
			}
			wantLog := ReviewLog{
				Rating: tc.r, Review: now, StateBefore: c.State, State: got.State, ElapsedDays: got.ElapsedDays,
				ScheduledDays: got.ScheduledDays, Stability: got.Stability, Difficulty: got.Difficulty, Due: got.Due,
			}
			if log != wantLog {
				t.Errorf("log = %+v, want %+v", log, wantLog)
			}
		})
	}
}

func TestLongTermStateMachine(t *testing.T) {
	p := DefaultParams()
	p.EnableShortTerm = false
	s := mustScheduler(t, p)
	for _, from := range []string{"New", "Learning step 0", "Review", "Relearning step 0"} {
		short := mustScheduler(t, DefaultParams()) // to build Learning and Relearning cards
		c, now := cardIn(t, short, from)
		prev := s.Preview(c, now)
		for i, got := range prev {
			if got.State != Review || got.Step != 0 || got.ScheduledDays < 1 ||
				!got.Due.Equal(now.Add(time.Duration(got.ScheduledDays)*24*time.Hour)) {
				t.Errorf("%s/%v: %+v, want Review with whole days", from, Ratings[i], got)
			}
			if i > 0 && got.ScheduledDays <= prev[i-1].ScheduledDays {
				t.Errorf("%s: %v gives %d days, not more than %v's %d", from, Ratings[i], got.ScheduledDays, Ratings[i-1], prev[i-1].ScheduledDays)
			}
		}
		wantLapses := c.Lapses
		if from != "New" {
			wantLapses++
		}
		if prev[0].Lapses != wantLapses {
			t.Errorf("%s/again: lapses %d, want %d", from, prev[0].Lapses, wantLapses)
		}
	}
}

func TestPreviewMatchesReview(t *testing.T) {
	for _, fuzz := range []bool{false, true} {
		p := DefaultParams()
		p.EnableFuzz = fuzz
		s := mustScheduler(t, p)
		for _, from := range []string{"New", "Learning step 0", "Learning step 1", "Review", "Relearning step 0"} {
			c, now := cardIn(t, s, from)
			prev := s.Preview(c, now)
			for i, r := range Ratings {
				if got, _ := s.Review(c, r, now); got != prev[i] {
					t.Errorf("fuzz %v %s/%v: Review %+v, Preview %+v", fuzz, from, r, got, prev[i])
				}
			}
		}
	}
}

func TestReviewOrdersHardGoodEasy(t *testing.T) {
	s := mustScheduler(t, DefaultParams())
	// A card whose Hard, Good and Easy stabilities round to the same day.
	c := Card{State: Review, Stability: 0.3, Difficulty: 9.9, Reps: 3, LastReview: t0, Due: t0.Add(24 * time.Hour)}
	prev := s.Preview(c, t0.Add(24*time.Hour))
	h, g, e := prev[Hard-1].ScheduledDays, prev[Good-1].ScheduledDays, prev[Easy-1].ScheduledDays
	if !(h < g && g < e) {
		t.Errorf("Hard, Good, Easy = %d, %d, %d days, want strictly increasing", h, g, e)
	}
}

func TestMaximumIntervalClamp(t *testing.T) {
	for _, tc := range []struct {
		name      string
		shortTerm bool
		maxIvl    int
	}{
		{"short-term, max 30", true, 30},
		{"short-term, max 1", true, 1},
		{"long-term, max 30", false, 30},
		{"short-term, max 36500", true, 36500},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := DefaultParams()
			p.MaximumInterval = tc.maxIvl
			p.EnableShortTerm = tc.shortTerm
			for _, fuzz := range []bool{false, true} {
				p.EnableFuzz = fuzz
				s := mustScheduler(t, p)
				c := Card{State: Review, Stability: 30000, Difficulty: 2, Reps: 9, LastReview: t0, Due: t0}
				now := t0.Add(30000 * 24 * time.Hour)
				for i, got := range s.Preview(c, now) {
					if got.ScheduledDays > tc.maxIvl || got.Due.Sub(now) > time.Duration(tc.maxIvl)*24*time.Hour {
						t.Errorf("fuzz %v %v: %d days (due %v), over the maximum %d", fuzz, Ratings[i], got.ScheduledDays, got.Due, tc.maxIvl)
					}
				}
				// Good on a mature card reaches the maximum.
				if got, _ := s.Review(c, Good, now); got.ScheduledDays != tc.maxIvl && !fuzz {
					t.Errorf("Good: %d days, want the maximum %d", got.ScheduledDays, tc.maxIvl)
				}
			}
		})
	}
}

func TestElapsedDaysCountUTCCalendarDays(t *testing.T) {
	for _, tc := range []struct {
		last, now string
		want      int
	}{
		{"2024-03-01T23:50:00Z", "2024-03-02T00:10:00Z", 1},
		{"2024-03-02T00:10:00Z", "2024-03-02T23:50:00Z", 0},
		{"2024-03-01T12:00:00Z", "2024-03-04T11:00:00Z", 3},
		{"2024-03-01T23:00:00-05:00", "2024-03-02T05:00:00Z", 0}, // 04:00Z and 05:00Z: the same UTC day
		{"2024-03-02T01:00:00+02:00", "2024-03-02T00:30:00Z", 1}, // 23:00Z on the 1st, then the 2nd
		{"2024-03-05T00:00:00Z", "2024-03-01T00:00:00Z", 0},      // time going backwards counts as 0
		{"2023-12-31T23:59:59Z", "2024-03-01T00:00:00Z", 61},     // leap year
	} {
		if got := daysBetween(mustTime(t, tc.last), mustTime(t, tc.now)); got != tc.want {
			t.Errorf("daysBetween(%s, %s) = %d, want %d", tc.last, tc.now, got, tc.want)
		}
	}
}

func TestRetrievability(t *testing.T) {
	s := mustScheduler(t, DefaultParams())
	c := Card{State: Review, Stability: 10, Difficulty: 5, LastReview: t0, Due: t0.Add(10 * 24 * time.Hour)}
	for _, tc := range []struct {
		at   time.Duration
		want float64
	}{
		{0, 1},
		{23 * time.Hour, 1}, // whole 24-hour periods
		{10 * 24 * time.Hour, 0.9},
		{-time.Hour, 1}, // before the last review
	} {
		if got := s.Retrievability(c, t0.Add(tc.at)); !near(got, tc.want, 1e-8) {
			t.Errorf("R at +%v = %v, want %v", tc.at, got, tc.want)
		}
	}
	if got := s.Retrievability(NewCard(t0), t0.Add(time.Hour)); got != 0 {
		t.Errorf("new card R = %v, want 0", got)
	}
	if got := s.Retrievability(Card{State: Review, Stability: 10}, t0); got != 0 {
		t.Errorf("never-reviewed card R = %v, want 0", got)
	}
	r1, r2 := s.Retrievability(c, t0.Add(20*24*time.Hour)), s.Retrievability(c, t0.Add(40*24*time.Hour))
	if !(r1 < 0.9 && r2 < r1 && r2 > 0) {
		t.Errorf("R should fall with time: %v then %v", r1, r2)
	}
}

func TestReviewBeforeLastReviewCountsAsSameDay(t *testing.T) {
	s := mustScheduler(t, DefaultParams())
	c, now := cardIn(t, s, "Review")
	_ = now
	got, log := s.Review(c, Good, c.LastReview.Add(-48*time.Hour))
	if log.ElapsedDays != 0 || got.Stability < c.Stability {
		t.Errorf("review in the past: elapsed %d, S %v (was %v)", log.ElapsedDays, got.Stability, c.Stability)
	}
}

func TestReviewRejectsInvalidRating(t *testing.T) {
	s := mustScheduler(t, DefaultParams())
	defer func() {
		if recover() == nil {
			t.Error("Review with rating 0 did not panic")
		}
	}()
	s.Review(NewCard(t0), Rating(0), t0)
}

func TestCorruptMemoryStateStaysFinite(t *testing.T) {
	s := mustScheduler(t, DefaultParams())
	for _, c := range []Card{
		{State: Review, Stability: -3, Difficulty: 0.2, LastReview: t0},
		{State: Learning, Stability: 0, Difficulty: 0, LastReview: t0}, // no memory: starts afresh
		{State: Relearning, Stability: 1e9, Difficulty: 40, LastReview: t0},
	} {
		for i, got := range s.Preview(c, t0.Add(72*time.Hour)) {
			if !(got.Stability >= MinStability && got.Stability <= MaxStability) ||
				!(got.Difficulty >= MinDifficulty && got.Difficulty <= MaxDifficulty) || got.ScheduledDays < 0 {
				t.Errorf("%+v / %v: %+v", c, Ratings[i], got)
			}
		}
	}
}

func TestNewSchedulerValidates(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*Params)
		want string // part of the error; "" for success
	}{
		{"defaults", func(*Params) {}, ""},
		{"retention 1", func(p *Params) { p.DesiredRetention = 1 }, ""},
		{"no steps", func(p *Params) { p.LearningSteps, p.RelearningSteps = nil, nil }, ""},
		{"retention 0", func(p *Params) { p.DesiredRetention = 0 }, "desired retention 0"},
		{"retention 1.1", func(p *Params) { p.DesiredRetention = 1.1 }, "desired retention 1.1"},
		{"max interval 0", func(p *Params) { p.MaximumInterval = 0 }, "maximum interval 0"},
		{"max interval 36501", func(p *Params) { p.MaximumInterval = 36501 }, "maximum interval 36501"},
		{"30s step", func(p *Params) { p.LearningSteps = []time.Duration{30 * time.Second} }, "learning step: 30s"},
		{"90s relearning step", func(p *Params) { p.RelearningSteps = []time.Duration{90 * time.Second} }, "relearning step: 1m30s"},
		{"zero step", func(p *Params) { p.LearningSteps = []time.Duration{0} }, "learning step: 0s"},
		{"NaN weight", func(p *Params) { p.W[3] = nan() }, "weight w3 is NaN"},
		{"zero weights", func(p *Params) { p.W = [21]float64{} }, "weights are all zero"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := DefaultParams()
			tc.edit(&p)
			_, err := NewScheduler(p)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("error %v, want none", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestNewSchedulerClampsWeights(t *testing.T) {
	p := DefaultParams()
	p.W[0] = -1   // [0.001, 100]
	p.W[16] = 0.5 // [1, 6]
	p.W[20] = 2   // [0.1, 0.8]
	got := mustScheduler(t, p).Params().W
	if got[0] != 0.001 || got[16] != 1 || got[20] != 0.8 {
		t.Errorf("clamped w0, w16, w20 = %v, %v, %v; want 0.001, 1, 0.8", got[0], got[16], got[20])
	}
	// With more than one relearning step, w17 and w18 are capped so that
	// relearning cannot raise stability (ts-fsrs clipParameters).
	p = DefaultParams()
	p.RelearningSteps = []time.Duration{time.Minute, time.Minute, time.Minute, time.Minute, time.Minute}
	p.W[17], p.W[18] = 2, 2
	w := mustScheduler(t, p).Params().W
	if w[17] >= 2 || w[17] != w[18] || w[17] < 0.01 {
		t.Errorf("w17, w18 = %v, %v with 5 relearning steps, want the same ceiling below 2", w[17], w[18])
	}
	// The published defaults are used as they are, even where the ceiling
	// for three relearning steps (0.4903) is below w17 (0.5425), as in ts-fsrs.
	p = DefaultParams()
	p.RelearningSteps = []time.Duration{10 * time.Minute, 30 * time.Minute, 2 * time.Hour}
	if got := mustScheduler(t, p).Params().W; got != DefaultWeights {
		t.Errorf("default weights changed by clamping: %v", got)
	}
	p.W[0] = 0.3
	if got := mustScheduler(t, p).Params().W; !near(got[17], 0.49027301, 1e-8) {
		t.Errorf("w17 = %v with three relearning steps, want the ceiling 0.49027301", got[17])
	}
}

func TestParamsAreCopied(t *testing.T) {
	p := DefaultParams()
	s := mustScheduler(t, p)
	p.LearningSteps[0] = 30 * time.Minute
	c, _ := s.Review(NewCard(t0), Again, t0)
	if c.Due.Sub(t0) != time.Minute {
		t.Errorf("changing the caller's steps changed the scheduler: due +%v", c.Due.Sub(t0))
	}
	s.Params().LearningSteps[0] = 30 * time.Minute
	if c, _ := s.Review(NewCard(t0), Again, t0); c.Due.Sub(t0) != time.Minute {
		t.Errorf("changing Params() changed the scheduler: due +%v", c.Due.Sub(t0))
	}
}

func TestParseRating(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Rating
		ok   bool
	}{
		{"again", Again, true}, {"1", Again, true}, {"Hard", Hard, true}, {"2", Hard, true},
		{" GOOD ", Good, true}, {"3", Good, true}, {"easy", Easy, true}, {"4", Easy, true},
		{"", 0, false}, {"0", 0, false}, {"5", 0, false}, {"ok", 0, false}, {"manual", 0, false},
	} {
		got, err := ParseRating(tc.in)
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("ParseRating(%q) = %v, %v; want %v, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

func TestNamesAndJSON(t *testing.T) {
	for _, tc := range []struct {
		v    interface{ String() string }
		want string
	}{
		{Again, "again"}, {Hard, "hard"}, {Good, "good"}, {Easy, "easy"}, {Rating(9), "rating(9)"},
		{New, "new"}, {Learning, "learning"}, {Review, "review"}, {Relearning, "relearning"}, {State(7), "state(7)"},
	} {
		if got := tc.v.String(); got != tc.want {
			t.Errorf("String() = %q, want %q", got, tc.want)
		}
	}
	c := Card{State: Relearning, Due: t0, Stability: 1.5, Difficulty: 6, Step: 1, Reps: 4, Lapses: 1, LastReview: t0}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"state":"relearning"`) {
		t.Errorf("card JSON %s has no state name", b)
	}
	var back Card
	if err := json.Unmarshal(b, &back); err != nil || back != c {
		t.Errorf("round trip: %+v, %v; want %+v", back, err, c)
	}
	if b, _ := json.Marshal(NewCard(t0)); strings.Contains(string(b), "last_review") {
		t.Errorf("new card JSON %s shows a last review", b)
	}
	var r Rating
	if err := json.Unmarshal([]byte(`"easy"`), &r); err != nil || r != Easy {
		t.Errorf("unmarshal rating: %v, %v", r, err)
	}
	var st State
	if err := json.Unmarshal([]byte(`"learning"`), &st); err != nil || st != Learning {
		t.Errorf("unmarshal state: %v, %v", st, err)
	}
	if err := json.Unmarshal([]byte(`"paused"`), &st); err == nil {
		t.Error("unmarshal of an unknown state succeeded")
	}
	if _, err := json.Marshal(Rating(0)); err == nil {
		t.Error("marshal of rating 0 succeeded")
	}
}

func BenchmarkReview(b *testing.B) {
	for _, fuzz := range []bool{false, true} {
		name := "fuzz off"
		if fuzz {
			name = "fuzz on"
		}
		b.Run(name, func(b *testing.B) {
			p := DefaultParams()
			p.EnableFuzz = fuzz
			s := mustScheduler(b, p)
			c := Card{State: Review, Stability: 12.5, Difficulty: 5.2, Reps: 6, LastReview: t0, Due: t0.Add(12 * 24 * time.Hour)}
			now := t0.Add(13 * 24 * time.Hour)
			b.ReportAllocs()
			for b.Loop() {
				s.Review(c, Good, now)
			}
		})
	}
}

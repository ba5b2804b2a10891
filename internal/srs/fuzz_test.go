package srs

import (
	"testing"
	"time"
)

// ts-fsrs __tests__/alea.test.ts: known outputs of the Alea generator.
func TestAleaKnownValues(t *testing.T) {
	a := newAlea("12345") // alea(12345): the seed is turned into a string
	for i, want := range []float64{0.27138191112317145, 0.19615925149992108, 0.6810678059700876} {
		if got := a.next(); got != want {
			t.Errorf("alea(12345) draw %d = %v, want %v", i+1, got, want)
		}
	}
	for _, tc := range []struct {
		seed          string
		want          float64
		c, s0, s1, s2 float64
	}{
		{"1727015666066", 0.6320083506871015, 1828249, 0.5888567129150033, 0.5074866858776659, 0.6320083506871015},
		{"Seedp5fxh9kf4r0", 0.14867847645655274, 1776946, 0.6778371171094477, 0.0770602801349014, 0.14867847645655274},
		{"NegativeS2Seed", 0.830770346801728, 952982, 0.25224833423271775, 0.9213257452938706, 0.830770346801728},
	} {
		a := newAlea(tc.seed)
		got := a.next()
		if got != tc.want || a.c != tc.c || a.s0 != tc.s0 || a.s1 != tc.s1 || a.s2 != tc.s2 {
			t.Errorf("alea(%q): %v, state %+v; want %v, {c:%v s0:%v s1:%v s2:%v}",
				tc.seed, got, a, tc.want, tc.c, tc.s0, tc.s1, tc.s2)
		}
	}
}

func TestJSNumber(t *testing.T) {
	for _, tc := range []struct {
		in   float64
		want string
	}{
		{0, "0"},
		{1, "1"},
		{-2.5, "-2.5"},
		{2.3065 * 2.11810397, "4.885406806805"},
		{0.30000000000000004, "0.30000000000000004"},
		{123456789012345680000, "123456789012345680000"},
		{1e21, "1e+21"},
		{1.5e22, "1.5e+22"},
		{0.000001, "0.000001"},
		{1e-7, "1e-7"},
		{1.25e-7, "1.25e-7"},
		{36500, "36500"},
	} {
		if got := jsNumber(tc.in); got != tc.want {
			t.Errorf("jsNumber(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFuzzSeed(t *testing.T) {
	// ts-fsrs: `${review_time.getTime()}_${reps}_${difficulty * stability}`.
	now := time.UnixMilli(1672317000000)
	if got, want := fuzzSeed(now, 1, 0, 0), "1672317000000_1_0"; got != want {
		t.Errorf("seed = %q, want %q", got, want)
	}
	if got, want := fuzzSeed(now, 3, 2.11121424, 2.3065), "1672317000000_3_4.86951564456"; got != want {
		t.Errorf("seed = %q, want %q", got, want)
	}
}

// fuzzRange is ts-fsrs's get_fuzz_range; these are the ranges ts-fsrs 5.4.1
// gives for the same arguments.
func TestFuzzRange(t *testing.T) {
	for _, tc := range []struct {
		ivl       float64
		t, maxIvl int
		lo, hi    int
	}{
		{3, 0, 36500, 2, 4},
		{5, 0, 36500, 4, 6},
		{7, 0, 36500, 5, 9},
		{10, 5, 36500, 8, 12},
		{20, 0, 36500, 17, 23},
		{30, 9, 365, 27, 33},
		{100, 0, 36500, 93, 107},
		{737, 98, 365, 326, 365}, // capped at the maximum
		{5, 5, 100, 4, 6},        // ivl ≤ t: no t+1 floor
		{5, 4, 100, 5, 6},        // ivl > t: more than t
		{36500, 0, 36500, 34673, 36500},
	} {
		lo, hi := fuzzRange(tc.ivl, tc.t, tc.maxIvl)
		if lo != tc.lo || hi != tc.hi {
			t.Errorf("fuzzRange(%v, %d, %d) = [%d, %d], want [%d, %d]", tc.ivl, tc.t, tc.maxIvl, lo, hi, tc.lo, tc.hi)
		}
	}
}

func TestFuzzStaysInRangeAndIsDeterministic(t *testing.T) {
	p := DefaultParams()
	p.EnableFuzz = true
	fuzzy := mustScheduler(t, p)
	p.EnableFuzz = false
	exact := mustScheduler(t, p)

	base := time.Date(2024, 1, 1, 8, 0, 0, 0, time.UTC)
	seen := map[int]bool{}
	for i := range 300 {
		// Review cards of many stabilities, reviewed at various delays.
		c := Card{
			State: Review, Stability: 0.5 + float64(i)*3.7, Difficulty: 1 + float64(i%9),
			Reps: 5 + i%4, LastReview: base, Due: base,
		}
		now := base.Add(time.Duration(i%40) * 24 * time.Hour).Add(time.Duration(i) * time.Minute)
		st := exact.begin(c, now)
		for _, r := range []Rating{Hard, Good, Easy} {
			got, _ := fuzzy.Review(c, r, now)
			again, _ := fuzzy.Review(c, r, now)
			if got != again {
				t.Fatalf("fuzz not deterministic: %+v then %+v", got, again)
			}
			// Each rating's interval lies in the fuzz range of its exact
			// interval, or is pushed up by the Hard < Good < Easy ordering.
			base := st.interval(st.withMemory(r).Stability)
			if base < 3 {
				continue
			}
			lo, hi := fuzzRange(float64(base), st.t, p.MaximumInterval)
			if r == Hard && (got.ScheduledDays < lo || got.ScheduledDays > hi) {
				t.Errorf("S %.2f t %d Hard: %d days outside [%d, %d]", c.Stability, st.t, got.ScheduledDays, lo, hi)
			}
			if got.ScheduledDays < lo {
				t.Errorf("S %.2f t %d %v: %d days below %d", c.Stability, st.t, r, got.ScheduledDays, lo)
			}
			if r == Good {
				seen[got.ScheduledDays-base] = true
			}
		}
	}
	if !seen[-1] || !seen[1] {
		t.Errorf("fuzz offsets seen %v: want values both below and above the exact interval", seen)
	}
}

func TestFuzzOffIsExact(t *testing.T) {
	s := mustScheduler(t, DefaultParams())
	c := Card{State: Review, Stability: 40, Difficulty: 5, Reps: 4, LastReview: tsStart, Due: tsStart}
	now := tsStart.Add(40 * 24 * time.Hour)
	// At the due time R = 0.9, and with the defaults Good gives round(S').
	got, _ := s.Review(c, Good, now)
	st := s.begin(c, now)
	if want := int(jsRound(st.withMemory(Good).Stability)); got.ScheduledDays != want {
		t.Errorf("Good: %d days, want round(S') = %d", got.ScheduledDays, want)
	}
}

func TestShortIntervalsAreNotFuzzed(t *testing.T) {
	for ivl := 1; ivl <= 2; ivl++ {
		for _, u := range []float64{0, 0.5, 0.999} {
			if got := fuzzInterval(ivl, 0, 36500, u); got != ivl {
				t.Errorf("fuzzInterval(%d, u=%v) = %d, want it unchanged", ivl, u, got)
			}
		}
	}
}

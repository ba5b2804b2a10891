package srs

import (
	"slices"
	"testing"
	"time"
)

// Reference sequences from ts-fsrs's own tests (open-spaced-repetition/ts-fsrs,
// packages/fsrs/__tests__/), the library this scheduler follows.

// __tests__/FSRS-6.test.ts "ivl_history": Good ×6, Again ×2, Good ×5, each
// review at the card's due time, default parameters.
func TestTSFSRS6IntervalHistory(t *testing.T) {
	s := mustScheduler(t, DefaultParams())
	ratings := []Rating{Good, Good, Good, Good, Good, Good, Again, Again, Good, Good, Good, Good, Good}
	want := []int{0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21}

	card := NewCard(tsStart)
	now := tsStart
	var got []int
	for _, r := range ratings {
		preview := s.Preview(card, now)
		next, log := s.Review(card, r, now)
		if preview[r-1] != next {
			t.Errorf("Preview(%v)[%v] = %+v, Review = %+v", now, r, preview[r-1], next)
		}
		if wantED := daysBetween(card.LastReview, now); card.State != New && log.ElapsedDays != wantED {
			t.Errorf("log elapsed days = %d, want %d", log.ElapsedDays, wantED)
		}
		card = next
		got = append(got, card.ScheduledDays)
		now = card.Due
	}
	if !slices.Equal(got, want) {
		t.Errorf("scheduled days = %v, want %v", got, want)
	}
}

// __tests__/FSRS-6.test.ts "memory state" (which cites fsrs-rs
// inference.rs): Again, then Good ×5 at 0, 0, 1, 3, 8, 21 days.
func TestTSFSRS6MemoryState(t *testing.T) {
	ratings := []Rating{Again, Good, Good, Good, Good, Good}
	gaps := []int{0, 0, 1, 3, 8, 21}
	for _, tc := range []struct {
		name       string
		shortTerm  bool
		wantS, wtD float64
	}{
		{"short-term", true, 53.62691, 6.3574867},
		{"long-term", false, 53.335106, 6.3574867},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := DefaultParams()
			p.EnableShortTerm = tc.shortTerm
			s := mustScheduler(t, p)
			card := NewCard(tsStart)
			now := tsStart
			for i, r := range ratings {
				now = now.Add(time.Duration(gaps[i]) * 24 * time.Hour)
				card, _ = s.Review(card, r, now)
			}
			if !near(card.Stability, tc.wantS, 1e-4) || !near(card.Difficulty, tc.wtD, 1e-4) {
				t.Errorf("S, D = %.7f, %.7f, want %.7f, %.7f", card.Stability, card.Difficulty, tc.wantS, tc.wtD)
			}
		})
	}
}

// __tests__/FSRS-6.test.ts "first repeat".
func TestTSFSRS6FirstRepeat(t *testing.T) {
	s := mustScheduler(t, DefaultParams())
	preview := s.Preview(NewCard(tsStart), tsStart)
	want := []struct {
		s, d  float64
		days  int
		state State
	}{
		{0.212, 6.4133, 0, Learning},
		{1.2931, 5.11217071, 0, Learning},
		{2.3065, 2.11810397, 0, Learning},
		{8.2956, 1, 8, Review},
	}
	for i, c := range preview {
		w := want[i]
		if c.Stability != w.s || !near(c.Difficulty, w.d, 1e-8) || c.ScheduledDays != w.days || c.State != w.state ||
			c.Reps != 1 || c.Lapses != 0 || c.ElapsedDays != 0 {
			t.Errorf("%v: got %+v, want S %v D %v days %d state %v reps 1", Ratings[i], c, w.s, w.d, w.days, w.state)
		}
	}
}

// __tests__/FSRS-6.test.ts "get retrievability": a new card has R 0; after
// the first review, R at the due time is 1, 1, 1 and 0.9024733.
func TestTSFSRS6Retrievability(t *testing.T) {
	s := mustScheduler(t, DefaultParams())
	start := mustTime(t, "2023-12-01T04:00:00Z")
	card := NewCard(start)
	if got := s.Retrievability(card, start); got != 0 {
		t.Errorf("new card R = %v, want 0", got)
	}
	want := []float64{1, 1, 1, 0.9024733}
	for i, c := range s.Preview(card, start.Add(5*time.Minute)) {
		if got := s.Retrievability(c, c.Due); !near(got, want[i], 1e-7) {
			t.Errorf("%v: R at due = %v, want %v", Ratings[i], got, want[i])
		}
	}
}

// __tests__/elapsed_days.test.ts: the days counted between reviews.
func TestTSFSRSElapsedDays(t *testing.T) {
	s := mustScheduler(t, DefaultParams())
	card := NewCard(mustTime(t, "2023-10-18T14:32:03.370Z"))
	for _, step := range []struct {
		at   string
		r    Rating
		want int
	}{
		{"2023-11-05T08:27:02.605Z", Good, 0},
		{"2023-11-08T15:02:09.791Z", Again, 3},
		{"2023-11-08T15:02:30.799Z", Again, 0},
		{"2023-11-08T15:04:08.739Z", Good, 0},
	} {
		var log ReviewLog
		card, log = s.Review(card, step.r, mustTime(t, step.at))
		if log.ElapsedDays != step.want || card.ElapsedDays != step.want {
			t.Errorf("%s: elapsed days = %d (card %d), want %d", step.at, log.ElapsedDays, card.ElapsedDays, step.want)
		}
	}
}

// __tests__/fixed/calc-elapsed-days.test.ts "TS-FSRS-Simulator": FSRS-5
// weights, Good ×4 at the given review times.
func TestTSFSRSSimulatorElapsedDays(t *testing.T) {
	p := DefaultParams()
	p.W = fsrs5Weights(t, []float64{1.1596, 1.7974, 13.1205, 49.3729, 7.2303, 0.5081, 1.5371, 0.001, 1.5052,
		0.1261, 0.9735, 1.8924, 0.1486, 0.2407, 2.1937, 0.1518, 3.0699, 0.4636, 0.6048})
	s := mustScheduler(t, p)
	rids := []int64{1704468957000, 1704469645000, 1704599572000, 1705509507000}
	want := []float64{13.1205, 17.3668145, 21.28550751, 39.63452215}
	card := NewCard(time.UnixMilli(rids[0]))
	for i, ms := range rids {
		card, _ = s.Review(card, Good, time.UnixMilli(ms))
		if !near(card.Stability, want[i], 1e-4) {
			t.Errorf("review %d: S = %.8f, want %.8f", i+1, card.Stability, want[i])
		}
	}
}

// __tests__/strategies/learning-steps.test.ts "integrated into FSRS".
func TestTSFSRSLearningSteps(t *testing.T) {
	now := tsStart
	t.Run("first learning step", func(t *testing.T) {
		s := mustScheduler(t, DefaultParams())
		p := s.Preview(NewCard(now), now)
		for _, tc := range []struct {
			r     Rating
			step  int
			delay time.Duration
		}{
			{Again, 0, time.Minute},
			{Hard, 0, 6 * time.Minute},
			{Good, 1, 10 * time.Minute},
		} {
			c := p[tc.r-1]
			if c.Step != tc.step || c.Due.Sub(now) != tc.delay {
				t.Errorf("%v: step %d due +%v, want step %d +%v", tc.r, c.Step, c.Due.Sub(now), tc.step, tc.delay)
			}
		}
		if easy := p[Easy-1]; easy.Step != 0 || daysBetween(now, easy.Due) != 8 {
			t.Errorf("Easy: step %d due %v, want step 0 in floor(w3) = 8 days", easy.Step, easy.Due)
		}
	})
	t.Run("day-level steps graduate to Review", func(t *testing.T) {
		for _, tc := range []struct {
			steps    string
			wantDays int
		}{
			{"5m,1d,3d", 1},
			{"5m,3d", 3},
		} {
			p := DefaultParams()
			p.LearningSteps = mustSteps(t, tc.steps)
			s := mustScheduler(t, p)
			prev := s.Preview(NewCard(now), now)
			if a := prev[Again-1]; a.State != Learning || a.Step != 0 || a.ScheduledDays != 0 || a.Due.Sub(now) != 5*time.Minute {
				t.Errorf("%s Again: %+v, want Learning step 0 due +5m", tc.steps, a)
			}
			g := prev[Good-1]
			if g.State != Review || g.Step != 1 || g.ScheduledDays != tc.wantDays ||
				g.Due.Sub(now) != time.Duration(tc.wantDays)*24*time.Hour {
				t.Errorf("%s Good: %+v, want Review step 1, %d days", tc.steps, g, tc.wantDays)
			}
		}
	})
}

// __tests__/impl/long-term_scheduler.test.ts test1 to test5: FSRS-5
// weights, short-term scheduling off, each review at the due time.
func TestTSFSRSLongTerm(t *testing.T) {
	p := DefaultParams()
	p.W = fsrs5Weights(t, []float64{0.4197, 1.1869, 3.0412, 15.2441, 7.1434, 0.6477, 1.0007, 0.0674, 1.6597,
		0.1712, 1.1178, 2.0225, 0.0904, 0.3025, 2.1214, 0.2498, 2.9466, 0.4891, 0.6468})
	p.EnableShortTerm = false
	s := mustScheduler(t, p)
	for _, tc := range []struct {
		name    string
		ratings []Rating
		days    []int
		s, d    []float64
	}{
		{"test1",
			[]Rating{Good, Good, Good, Good, Good, Good, Again, Again, Good, Good, Good, Good, Good},
			[]int{3, 13, 48, 155, 445, 1158, 17, 3, 11, 37, 112, 307, 773},
			[]float64{3.0412, 13.09130698, 48.15848988, 154.93732625, 445.05562739, 1158.07779739, 16.63063166,
				3.01732209, 11.42247264, 37.37521902, 111.8752758, 306.5974569, 772.94026648},
			[]float64{4.49094334, 4.26664289, 4.05746029, 3.86237659, 3.68044154, 3.51076891, 4.69833071,
				5.55956298, 5.26323756, 4.98688448, 4.72915759, 4.4888015, 4.26464541}},
		{"test2",
			[]Rating{Again, Hard, Good, Easy, Again, Hard, Good, Easy},
			[]int{1, 2, 6, 41, 4, 7, 21, 133},
			[]float64{0.4197, 1.0344317, 5.5356759, 41.0033667, 4.46605519, 6.67743292, 20.88868155, 132.81849454},
			[]float64{7.1434, 7.03653841, 6.64066485, 5.92312772, 6.44779861, 6.45995078, 6.10293922, 5.36588547}},
		{"test3",
			[]Rating{Hard, Good, Easy, Again, Hard, Good, Easy, Again},
			[]int{2, 7, 54, 5, 8, 26, 171, 8},
			[]float64{1.1869, 6.59167572, 53.76078737, 5.0853693, 8.09786749, 25.52991279, 171.16195166, 8.11072373},
			[]float64{6.23225985, 5.89059466, 5.14583392, 5.884097, 5.99269555, 5.667177, 4.91430736, 5.71619151}},
		{"test4",
			[]Rating{Good, Easy, Again, Hard, Good, Easy, Again, Hard},
			[]int{3, 33, 4, 7, 26, 193, 9, 14},
			[]float64{3.0412, 32.65484522, 4.22256838, 7.2325009, 25.52681746, 193.36618775, 8.63899847, 14.31323867},
			[]float64{4.49094334, 3.69538259, 4.83221448, 5.12078462, 4.85403286, 4.07165035, 5.1050878, 5.34697075}},
		{"test5",
			[]Rating{Easy, Again, Hard, Good, Easy, Again, Hard, Good},
			[]int{15, 3, 6, 27, 240, 10, 17, 60},
			[]float64{15.2441, 3.25621013, 6.32684549, 26.56339029, 239.70462771, 9.75621519, 17.06035531, 59.59547542},
			[]float64{1.16304343, 2.99573557, 3.59851762, 3.43436666, 2.60045771, 4.03816348, 4.46259158, 4.24020203}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			card := NewCard(tsStart)
			now := tsStart
			for i, r := range tc.ratings {
				card, _ = s.Review(card, r, now)
				if card.ScheduledDays != tc.days[i] || card.State != Review ||
					!near(card.Stability, tc.s[i], 1e-4) || !near(card.Difficulty, tc.d[i], 1e-4) {
					t.Errorf("review %d (%v): days %d S %.8f D %.8f state %v, want %d %.8f %.8f review",
						i+1, r, card.ScheduledDays, card.Stability, card.Difficulty, card.State, tc.days[i], tc.s[i], tc.d[i])
				}
				now = card.Due
			}
		})
	}
}

// __tests__/impl/long-term_scheduler.test.ts "[State.(Re)Learning]switch
// long-term scheduler": short-term scheduling switched on and off between
// reviews of one card.
func TestTSFSRSSwitchLongTerm(t *testing.T) {
	p := DefaultParams()
	p.W = fsrs5Weights(t, []float64{0.4197, 1.1869, 3.0412, 15.2441, 7.1434, 0.6477, 1.0007, 0.0674, 1.6597,
		0.1712, 1.1178, 2.0225, 0.0904, 0.3025, 2.1214, 0.2498, 2.9466, 0.4891, 0.6468})
	short := mustScheduler(t, p)
	p.EnableShortTerm = false
	long := mustScheduler(t, p)

	ratings := []Rating{Good, Good, Again, Good, Good, Again}
	shortTerm := []bool{true, false, false, false, true, true}
	wantDays := []int{0, 4, 1, 5, 19, 0}
	wantS := []float64{3.0412, 3.0412, 1.21778427, 4.73753014, 19.02294877, 3.20676576}
	wantD := []float64{4.49094334, 4.26664289, 5.24649844, 4.97127357, 4.71459886, 5.57136081}
	wantState := []State{Learning, Review, Review, Review, Review, Relearning}

	card := NewCard(tsStart)
	now := tsStart
	for i, r := range ratings {
		s := long
		if shortTerm[i] {
			s = short
		}
		card, _ = s.Review(card, r, now)
		now = card.Due
		if card.ScheduledDays != wantDays[i] || card.State != wantState[i] ||
			!near(card.Stability, wantS[i], 1e-4) || !near(card.Difficulty, wantD[i], 1e-4) {
			t.Errorf("review %d: days %d S %.8f D %.8f %v, want %d %.8f %.8f %v",
				i+1, card.ScheduledDays, card.Stability, card.Difficulty, card.State, wantDays[i], wantS[i], wantD[i], wantState[i])
		}
	}
}

// Sequences run through ts-fsrs 5.4.1 itself (the npm package, f.next with
// the parameters shown) to cover what its test files do not: fuzz, Hard on
// steps, reviews across UTC midnight, day-level and missing steps, other
// retention and maximum interval.
func TestTSFSRS541Sequences(t *testing.T) {
	type row struct {
		at        string // "" means at the card's due time
		r         Rating
		state     State
		due       string
		days, stp int
		s, d      float64
	}
	cases := []struct {
		name string
		p    func(*Params)
		rows []row
	}{
		{"fuzz", func(p *Params) { p.EnableFuzz = true }, []row{
			{"2022-12-29T12:30:00Z", Good, Learning, "2022-12-29T12:40:00Z", 0, 1, 2.3065, 2.11810397},
			{"", Good, Review, "2022-12-31T12:40:00Z", 2, 0, 2.3065, 2.11121424},
			{"", Good, Review, "2023-01-11T12:40:00Z", 11, 0, 10.97104786, 2.1043314},
			{"", Good, Review, "2023-02-24T12:40:00Z", 44, 0, 46.31685657, 2.09745544},
			{"", Good, Review, "2023-07-26T12:40:00Z", 152, 0, 159.32691908, 2.09058635},
			{"", Good, Review, "2024-11-06T12:40:00Z", 469, 0, 476.97297677, 2.08372413},
			{"", Again, Relearning, "2024-11-06T12:50:00Z", 0, 0, 6.78149281, 7.38320232},
			{"", Again, Relearning, "2024-11-06T13:00:00Z", 0, 0, 2.12276414, 9.12510476},
			{"", Good, Review, "2024-11-08T13:00:00Z", 2, 0, 2.12276414, 9.11120802},
			{"", Good, Review, "2024-11-13T13:00:00Z", 5, 0, 3.94836073, 9.09732518},
			{"", Hard, Review, "2024-11-21T13:00:00Z", 8, 0, 6.229998, 9.38599076},
			{"", Easy, Review, "2024-12-04T13:00:00Z", 13, 0, 15.12788133, 9.16604585},
		}},
		{"midnight and Hard on steps", nil, []row{
			{"2024-03-01T23:50:00Z", Hard, Learning, "2024-03-01T23:56:00Z", 0, 0, 1.2931, 5.11217071},
			{"2024-03-01T23:56:00Z", Hard, Learning, "2024-03-02T00:02:00Z", 0, 0, 1.2931, 6.74045952},
			{"2024-03-02T00:10:00Z", Good, Learning, "2024-03-02T00:20:00Z", 0, 1, 3.64642645, 6.72894743},
			{"2024-03-02T00:30:00Z", Good, Review, "2024-03-06T00:30:00Z", 4, 0, 3.64642645, 6.71744685},
			{"2024-03-05T08:00:00Z", Again, Relearning, "2024-03-05T08:10:00Z", 0, 0, 0.75812652, 8.90627547},
			{"2024-03-05T08:10:00Z", Hard, Relearning, "2024-03-05T08:25:00Z", 0, 0, 0.75812652, 9.25916306},
			{"2024-03-05T08:30:00Z", Again, Relearning, "2024-03-05T08:40:00Z", 0, 0, 0.2741147, 9.7417203},
			{"2024-03-05T08:45:00Z", Good, Review, "2024-03-06T08:45:00Z", 1, 0, 0.31361984, 9.72720695},
			{"2024-03-06T07:00:00Z", Easy, Review, "2024-03-09T07:00:00Z", 3, 0, 1.31108529, 9.62128059},
			{"2024-03-20T19:00:00Z", Hard, Review, "2024-03-23T19:00:00Z", 3, 0, 3.22649735, 9.73381677},
			{"2024-04-30T06:00:00Z", Good, Review, "2024-05-10T06:00:00Z", 10, 0, 9.79772731, 9.71931132},
		}},
		{"steps 5m 1d 3d, relearning 15m 1h", func(p *Params) {
			p.LearningSteps = mustSteps(t, "5m,1d,3d")
			p.RelearningSteps = mustSteps(t, "15m,1h")
		}, []row{
			{"2024-06-01T10:00:00Z", Again, Learning, "2024-06-01T10:05:00Z", 0, 0, 0.212, 6.4133},
			{"", Good, Review, "2024-06-02T10:05:00Z", 1, 1, 0.24668919, 6.40211507},
			{"", Good, Review, "2024-06-04T10:05:00Z", 2, 0, 2.02147724, 6.39094132},
			{"", Good, Review, "2024-06-10T10:05:00Z", 6, 0, 6.4518051, 6.37977875},
			{"", Again, Relearning, "2024-06-10T10:20:00Z", 0, 0, 1.07717911, 8.79528626},
			{"", Hard, Relearning, "2024-06-10T10:58:00Z", 0, 0, 1.07717911, 9.18548324},
			{"", Good, Relearning, "2024-06-10T11:58:00Z", 0, 1, 1.12629079, 9.17152613},
			{"", Good, Review, "2024-06-11T11:58:00Z", 1, 0, 1.1741919, 9.15758297},
			{"", Again, Relearning, "2024-06-11T12:13:00Z", 0, 0, 0.33986657, 9.70833162},
		}},
		{"no steps", func(p *Params) { p.LearningSteps, p.RelearningSteps = nil, nil }, []row{
			{"2024-06-01T10:00:00Z", Again, Review, "2024-06-02T10:00:00Z", 1, 0, 0.212, 6.4133},
			{"", Hard, Review, "2024-06-03T10:00:00Z", 1, 0, 1.21921728, 7.60420977},
			{"", Again, Review, "2024-06-04T10:00:00Z", 1, 0, 0.35243831, 9.19774841},
			{"", Good, Review, "2024-06-06T10:00:00Z", 2, 0, 1.13408145, 9.18377903},
			{"", Easy, Review, "2024-06-10T10:00:00Z", 4, 0, 4.10464061, 8.89626438},
		}},
		// ts-fsrs gives 61 days where this package caps at the maximum of
		// 60: ts-fsrs orders Good after Hard (max(g, h+1)) and does not cap
		// again. The memory states are the same.
		{"retention 0.8, maximum 60 (capped here, 61 in ts-fsrs)", func(p *Params) {
			p.DesiredRetention, p.MaximumInterval = 0.8, 60
		}, []row{
			{"2024-06-01T10:00:00Z", Easy, Review, "2024-06-29T10:00:00Z", 28, 0, 8.2956, 1},
			{"", Good, Review, "2024-08-28T10:00:00Z", 60, 0, 74.32595003, 1},
			{"2024-08-29T10:00:00Z", Good, Review, "2024-10-28T10:00:00Z", 60, 0, 243.40685452, 1},
			{"2024-10-29T10:00:00Z", Hard, Review, "2024-12-28T10:00:00Z", 60, 0, 345.79538581, 4.01060897},
			{"2024-12-28T10:00:00Z", Good, Review, "2025-02-26T10:00:00Z", 60, 0, 459.93116275, 4.00182673},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := DefaultParams()
			if tc.p != nil {
				tc.p(&p)
			}
			s := mustScheduler(t, p)
			card := NewCard(mustTime(t, tc.rows[0].at))
			for i, w := range tc.rows {
				now := card.Due
				if w.at != "" {
					now = mustTime(t, w.at)
				}
				card, _ = s.Review(card, w.r, now)
				if card.State != w.state || !card.Due.Equal(mustTime(t, w.due)) || card.ScheduledDays != w.days ||
					card.Step != w.stp || !near(card.Stability, w.s, 1e-6) || !near(card.Difficulty, w.d, 1e-6) {
					t.Errorf("row %d (%v at %v): got %v due %v days %d step %d S %.8f D %.8f\nwant %v due %v days %d step %d S %.8f D %.8f",
						i+1, w.r, now.Format(time.RFC3339), card.State, card.Due.Format(time.RFC3339), card.ScheduledDays, card.Step,
						card.Stability, card.Difficulty, w.state, w.due, w.days, w.stp, w.s, w.d)
				}
			}
		})
	}
}

func mustSteps(tb testing.TB, s string) []time.Duration {
	tb.Helper()
	steps, err := ParseSteps(s)
	if err != nil {
		tb.Fatalf("ParseSteps(%q): %v", s, err)
	}
	return steps
}

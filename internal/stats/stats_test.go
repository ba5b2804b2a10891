package stats

import (
	"math"
	"strings"
	"testing"
)

func near(t *testing.T, name string, got Figure, want float64) {
	t.Helper()
	if !got.Valid || math.Abs(got.Value-want) > 1e-9 {
		t.Errorf("%s = %+v, want %v", name, got, want)
	}
}

func undefined(t *testing.T, name string, got Figure) {
	t.Helper()
	if got.Valid {
		t.Errorf("%s = %v, want undefined", name, got.Value)
	}
	if got.String() != Dash || got.Percent() != Dash || got.Seconds() != Dash {
		t.Errorf("%s prints %q %q %q, want —", name, got.String(), got.Percent(), got.Seconds())
	}
}

// three items A, B, C in set 7; A is single choice: x (right), y, z.
func threeItems() []Item {
	return []Item{
		{ID: 1, SetID: 7, VersionID: 11, Options: []Option{{"x", true}, {"y", false}, {"z", false}}},
		{ID: 2, SetID: 7, VersionID: 12},
		{ID: 3, SetID: 7, VersionID: 13},
	}
}

// answers builds one attempt's responses: marks for A, B, C in order.
func answers(learner, attempt int64, marks [3]float64, choiceA int) []Response {
	var rs []Response
	for i, m := range marks {
		r := Response{LearnerID: learner, AttemptID: attempt, QuestionID: int64(i + 1), VersionID: int64(11 + i), Mark: m, Seconds: -1}
		if i == 0 {
			r.Choices = []int{choiceA}
		}
		rs = append(rs, r)
	}
	return rs
}

// TestMoodleFigures checks every figure against arithmetic done by hand.
//
//	learner attempt  A  B  C  total
//	L1      10       1  1  1  3
//	L2      11       1  1  0  2
//	L3      12       0  1  0  1
//	L4      13       0  0  1  1
//	L1      14       0  0  0  0   (a second attempt: left out by default)
func TestMoodleFigures(t *testing.T) {
	var rs []Response
	rs = append(rs, answers(1, 10, [3]float64{1, 1, 1}, 0)...)
	rs = append(rs, answers(2, 11, [3]float64{1, 1, 0}, 0)...)
	rs = append(rs, answers(3, 12, [3]float64{0, 1, 0}, 1)...)
	rs = append(rs, answers(4, 13, [3]float64{0, 0, 1}, 1)...)
	rs = append(rs, answers(1, 14, [3]float64{0, 0, 0}, 2)...)
	rep := Compute(threeItems(), rs, Options{})

	a := rep.Questions[1]
	if a.Responses != 4 {
		t.Fatalf("A responses = %d, want 4 (first attempts only)", a.Responses)
	}
	// A: x = 1 1 0 0, mean 0.5; rest of test (B+C) = 2 1 1 1, mean 1.25.
	near(t, "A facility", a.Facility, 0.5)
	// var x = 4 × 0.25 / 3 = 1/3; SD = √(1/3).
	near(t, "A SD", a.SD, math.Sqrt(1.0/3))
	// dx = .5 .5 −.5 −.5, dr = .75 −.25 −.25 −.25: Σ dx·dr = .375 − .125 + .125 + .125 = .5,
	// cov = .5/3 = 1/6; var rest = (.5625 + 3 × .0625)/3 = .25;
	// r = (1/6) / √(1/3 × 1/4) = √12/6 = 0.57735…, × 100.
	near(t, "A discrimination", a.Discrimination, 100*math.Sqrt(12)/6)
	// Sorted x = 0 0 1 1 against sorted rest 1 1 1 2: Σ = .125 + .125 − .125 + .375 = .5,
	// the same covariance: efficiency 100.
	near(t, "A efficiency", a.Efficiency, 100)
	// Shares: x chosen by L1 and L2, y by L3 and L4, z by nobody.
	near(t, "share x", a.Share(0), 0.5)
	near(t, "share y", a.Share(1), 0.5)
	near(t, "share z", a.Share(2), 0)

	c := rep.Questions[3]
	// C: x = 1 0 0 1, mean .5; rest (A+B) = 2 2 1 0, mean 1.25.
	// dx = .5 −.5 −.5 .5, dr = .75 .75 −.25 −1.25: Σ = .375 − .375 + .125 − .625 = −.5, cov = −1/6.
	// var rest = (.5625 + .5625 + .0625 + 1.5625)/3 = 11/12.
	// r = (−1/6) / √(1/3 × 11/12) = −1/√11 = −0.30151…
	near(t, "C discrimination", c.Discrimination, -100/math.Sqrt(11))
	// Sorted: 0 0 1 1 against 0 1 2 2, dr = −1.25 −.25 .75 .75:
	// Σ = .625 + .125 + .375 + .375 = 1.5, cov max = .5; efficiency = 100 × (−1/6)/.5 = −33.3…
	near(t, "C efficiency", c.Efficiency, -100.0/3)

	b := rep.Questions[2]
	// B: x = 1 1 1 0, mean .75, var = (3 × .0625 + .5625)/3 = .25, SD .5.
	near(t, "B facility", b.Facility, 0.75)
	near(t, "B SD", b.SD, 0.5)

	s := rep.Sets[7]
	if s.Attempts != 4 {
		t.Errorf("set attempts = %d, want 4", s.Attempts)
	}
	// Scores 3/3 2/3 1/3 1/3: mean 7/12, median (1/3 + 2/3)/2 = .5.
	near(t, "set mean", s.Mean, 7.0/12)
	near(t, "set median", s.Median, 0.5)
	// Totals 3 2 1 1, mean 1.75, var = (1.5625 + .0625 + 2 × .5625)/3 = 11/12;
	// Σ item variances = 1/3 + 1/4 + 1/3 = 11/12; alpha = 3/2 × (1 − 1) = 0.
	near(t, "set alpha", s.Alpha, 0)

	// Four responses are too few to flag anything: the page says so.
	for name, q := range map[string]*QuestionStats{"A": a, "B": b, "C": c} {
		if !q.TooFew || len(q.Flags) != 0 {
			t.Errorf("%s: too few %v, flags %+v; want too few and no flag under %d responses", name, q.TooFew, q.Flags, MinFlagResponses)
		}
	}
}

// TestFlagsNeedResponses: the four learners of TestMoodleFigures five times
// over (20 learners) give the same figures, now enough to flag: C, which
// weaker learners do better on, and A's z, which none of the ten wrong
// answers chose. One learner fewer, and nothing is flagged.
func TestFlagsNeedResponses(t *testing.T) {
	school := func(copies, drop int) []Response {
		var rs []Response
		for k := range int64(copies) {
			rs = append(rs, answers(10*k+1, 100*k+10, [3]float64{1, 1, 1}, 0)...)
			rs = append(rs, answers(10*k+2, 100*k+11, [3]float64{1, 1, 0}, 0)...)
			rs = append(rs, answers(10*k+3, 100*k+12, [3]float64{0, 1, 0}, 1)...)
			rs = append(rs, answers(10*k+4, 100*k+13, [3]float64{0, 0, 1}, 1)...)
		}
		return rs[:len(rs)-3*drop]
	}
	rep := Compute(threeItems(), school(5, 0), Options{})
	a, c := rep.Questions[1], rep.Questions[3]
	near(t, "A discrimination", a.Discrimination, 100*math.Sqrt(12)/6)
	near(t, "C discrimination", c.Discrimination, -100/math.Sqrt(11))
	if a.TooFew || c.TooFew {
		t.Fatalf("20 responses are marked too few")
	}
	if !hasFlag(c, FlagDiscriminate) || !strings.HasPrefix(c.Flags[0].Reason, "Weaker learners did better here") {
		t.Errorf("C flags = %+v, want weaker learners doing better", c.Flags)
	}
	if !hasFlag(a, FlagUnchosen) || !strings.Contains(a.Flags[0].Reason, "“z”") {
		t.Errorf("A flags = %+v, want z unchosen", a.Flags)
	}
	if hasFlag(a, FlagDistractor) || hasFlag(a, FlagDiscriminate) {
		t.Errorf("A flags = %+v: y is chosen as often as x, not more, and A discriminates", a.Flags)
	}
	for _, f := range append(a.Flags, c.Flags...) {
		if strings.Contains(f.Reason, "discrimination") || strings.Contains(f.Reason, "under 10") {
			t.Errorf("a flag speaks in figures: %q", f.Reason)
		}
	}
	// Under 20 responses the discrimination index is not flagged; the
	// clear cases still are, from 10.
	fewer := Compute(threeItems(), school(5, 1), Options{})
	for id, q := range fewer.Questions {
		if q.TooFew || hasFlag(q, FlagDiscriminate) {
			t.Errorf("19 responses: question %d too few %v, flags %+v", id, q.TooFew, q.Flags)
		}
	}
	fewest := Compute(threeItems(), school(2, 0), Options{})
	for id, q := range fewest.Questions {
		if !q.TooFew || len(q.Flags) != 0 {
			t.Errorf("8 responses: question %d too few %v, flags %+v", id, q.TooFew, q.Flags)
		}
	}
}

// TestSmallClassHardFlag: a class of 13 where one learner got a question
// right hears that it is too hard, in "n of N responses" wording.
func TestSmallClassHardFlag(t *testing.T) {
	items := []Item{{ID: 1, SetID: 1, VersionID: 1, Options: []Option{{"a", true}, {"b", false}, {"c", false}}}}
	var rs []Response
	for i := range 13 {
		c, m := 1, 0.0
		if i == 0 {
			c, m = 0, 1
		}
		rs = append(rs, Response{LearnerID: int64(i), AttemptID: int64(i), QuestionID: 1, VersionID: 1, Mark: m, Choices: []int{c}, Seconds: -1})
	}
	q := Compute(items, rs, Options{}).Questions[1]
	if q.TooFew || !hasFlag(q, FlagHard) || !hasFlag(q, FlagDistractor) || !hasFlag(q, FlagUnchosen) || hasFlag(q, FlagDiscriminate) {
		t.Fatalf("13 responses, 1 right: too few %v, flags %+v", q.TooFew, q.Flags)
	}
	for _, f := range q.Flags {
		if f.Kind == FlagDistractor && !strings.Contains(f.Reason, "12 of 13 responses") {
			t.Errorf("distractor flag reads %q", f.Reason)
		}
		if f.Kind == FlagUnchosen && !strings.Contains(f.Reason, "12 of 13 responses were wrong") {
			t.Errorf("unchosen flag reads %q", f.Reason)
		}
	}
}

// TestAllAttempts counts L1's second attempt (A0 B0 C0, choosing z).
func TestAllAttempts(t *testing.T) {
	var rs []Response
	rs = append(rs, answers(1, 10, [3]float64{1, 1, 1}, 0)...)
	rs = append(rs, answers(1, 14, [3]float64{0, 0, 0}, 2)...)
	// The second attempt listed first: first is the lowest attempt id, not
	// the order given.
	rs = append(answers(2, 20, [3]float64{0, 1, 0}, 1), rs...)
	rs = append(answers(2, 16, [3]float64{1, 1, 1}, 0), rs...)

	first := Compute(threeItems(), rs, Options{})
	// First attempts: L1 #10 (A=1) and L2 #16 (A=1): facility 1, 2 attempts.
	near(t, "first: A facility", first.Questions[1].Facility, 1)
	if got := first.Sets[7].Attempts; got != 2 {
		t.Errorf("first: attempts = %d, want 2", got)
	}
	all := Compute(threeItems(), rs, Options{AllAttempts: true})
	// All: A = 1 0 0 1, facility .5; 4 attempts; z chosen once in 4.
	near(t, "all: A facility", all.Questions[1].Facility, 0.5)
	if got := all.Sets[7].Attempts; got != 4 {
		t.Errorf("all: attempts = %d, want 4", got)
	}
	near(t, "all: share z", all.Questions[1].Share(2), 0.25)
}

// TestAlpha: the same three items with L4 scoring nothing.
//
//	totals 3 2 1 0: mean 1.5, var = (2.25 + .25 + .25 + 2.25)/3 = 5/3.
//	item variances: A (1 1 0 0) 1/3, B (1 1 1 0) 1/4, C (1 0 0 0) 1/4: Σ = 5/6.
//	alpha = 3/2 × (1 − (5/6)/(5/3)) = 3/2 × 1/2 = .75.
func TestAlpha(t *testing.T) {
	var rs []Response
	rs = append(rs, answers(1, 10, [3]float64{1, 1, 1}, 0)...)
	rs = append(rs, answers(2, 11, [3]float64{1, 1, 0}, 0)...)
	rs = append(rs, answers(3, 12, [3]float64{0, 1, 0}, 1)...)
	rs = append(rs, answers(4, 13, [3]float64{0, 0, 0}, 1)...)
	rep := Compute(threeItems(), rs, Options{})
	near(t, "alpha", rep.Sets[7].Alpha, 0.75)
	// Scores 1, 2/3, 1/3, 0: mean .5, median (2/3 + 1/3)/2 = .5.
	near(t, "mean", rep.Sets[7].Mean, 0.5)
	near(t, "median", rep.Sets[7].Median, 0.5)
	// A: x = 1 1 0 0, rest (B+C) = 2 1 1 0, mean 1; dx·dr = .5 + 0 + 0 + .5 = 1,
	// cov 1/3; var rest 2/3; r = (1/3)/√(1/3 × 2/3) = 1/√2.
	near(t, "A discrimination", rep.Questions[1].Discrimination, 100/math.Sqrt2)
}

// TestPartialCredit: marks .5, 1, 0 on one item, each its own attempt.
// Facility (.5 + 1 + 0)/3 = .5; var = (0 + .25 + .25)/2 = .25; SD .5.
func TestPartialCredit(t *testing.T) {
	items := []Item{{ID: 1, SetID: 1, VersionID: 1}}
	rs := []Response{
		{LearnerID: 1, AttemptID: 1, QuestionID: 1, VersionID: 1, Mark: 0.5, Seconds: -1},
		{LearnerID: 2, AttemptID: 2, QuestionID: 1, VersionID: 1, Mark: 1, Seconds: -1},
		{LearnerID: 3, AttemptID: 3, QuestionID: 1, VersionID: 1, Mark: 0, Seconds: -1},
	}
	rep := Compute(items, rs, Options{})
	q := rep.Questions[1]
	near(t, "facility", q.Facility, 0.5)
	near(t, "SD", q.SD, 0.5)
	// The rest of each attempt is 0 every time: no variance, no correlation.
	undefined(t, "discrimination", q.Discrimination)
	undefined(t, "efficiency", q.Efficiency)
	// One item: alpha needs two.
	undefined(t, "alpha", rep.Sets[1].Alpha)
	near(t, "median score", rep.Sets[1].Median, 0.5)
}

// TestMedianTime: times 30, 10, unknown, 20, 40 s: the known four sorted
// are 10 20 30 40, median (20 + 30)/2 = 25; then 5, 100, 7: median 7.
func TestMedianTime(t *testing.T) {
	items := []Item{{ID: 1, SetID: 1, VersionID: 1}, {ID: 2, SetID: 1, VersionID: 2}}
	var rs []Response
	for i, s := range []float64{30, 10, -1, 20, 40} {
		rs = append(rs, Response{LearnerID: int64(i), AttemptID: int64(i), QuestionID: 1, VersionID: 1, Mark: 1, Seconds: s})
	}
	for i, s := range []float64{5, 100, 7} {
		rs = append(rs, Response{LearnerID: int64(i), AttemptID: int64(i), QuestionID: 2, VersionID: 2, Mark: 1, Seconds: s})
	}
	rep := Compute(items, rs, Options{})
	near(t, "median 1", rep.Questions[1].MedianSeconds, 25)
	near(t, "median 2", rep.Questions[2].MedianSeconds, 7)
	if got := rep.Questions[1].MedianSeconds.Seconds(); got != "25 s" {
		t.Errorf("prints %q, want 25 s", got)
	}
	if got := (Figure{125, true}).Seconds(); got != "2 min 5 s" {
		t.Errorf("125 s prints %q", got)
	}
}

// TestDegenerate: no responses, one response, and every response right.
func TestDegenerate(t *testing.T) {
	items := []Item{{ID: 1, SetID: 1, VersionID: 1, Options: []Option{{"a", true}, {"b", false}}}}
	none := Compute(items, nil, Options{})
	q := none.Questions[1]
	for name, f := range map[string]Figure{"facility": q.Facility, "SD": q.SD, "discrimination": q.Discrimination,
		"efficiency": q.Efficiency, "time": q.MedianSeconds, "share": q.Share(0),
		"mean": none.Sets[1].Mean, "median": none.Sets[1].Median, "alpha": none.Sets[1].Alpha} {
		undefined(t, "no responses: "+name, f)
	}
	if len(q.Flags) != 0 || none.Sets[1].Attempts != 0 {
		t.Errorf("no responses: flags %+v, attempts %d", q.Flags, none.Sets[1].Attempts)
	}

	one := Compute(items, []Response{{LearnerID: 1, AttemptID: 1, QuestionID: 1, VersionID: 1, Mark: 1, Choices: []int{0}, Seconds: 12}}, Options{})
	q = one.Questions[1]
	near(t, "one: facility", q.Facility, 1)
	undefined(t, "one: SD", q.SD)
	undefined(t, "one: discrimination", q.Discrimination)
	undefined(t, "one: efficiency", q.Efficiency)
	undefined(t, "one: alpha", one.Sets[1].Alpha)
	near(t, "one: time", q.MedianSeconds, 12)
	near(t, "one: mean", one.Sets[1].Mean, 1)

	// Twenty right answers: SD 0 (defined), no correlation to speak of.
	var rs []Response
	for i := range MinFlagResponses {
		rs = append(rs, Response{LearnerID: int64(i), AttemptID: int64(i), QuestionID: 1, VersionID: 1, Mark: 1, Choices: []int{0}, Seconds: -1})
	}
	all := Compute(items, rs, Options{})
	q = all.Questions[1]
	near(t, "all right: SD", q.SD, 0)
	undefined(t, "all right: discrimination", q.Discrimination)
	undefined(t, "all right: efficiency", q.Efficiency)
	// Facility 100% > 95%: too easy; b never chosen, but no answer was
	// wrong, so that says nothing of b.
	if !hasFlag(q, FlagEasy) || hasFlag(q, FlagUnchosen) || hasFlag(q, FlagDiscriminate) {
		t.Errorf("all right: flags %+v, want easy only", q.Flags)
	}
}

// TestFlags: six learners on a single-choice item, four times over (24),
// key a: one in six picks a, four b, one c. Facility 4/25 = 16% < 20%
// (with the older version's answer below): too hard; b (16 of 24) beats
// the key (4 of 24); d, of the 20 wrong answers, nobody.
func TestFlags(t *testing.T) {
	items := []Item{{ID: 1, SetID: 1, VersionID: 2, Options: []Option{{"a", true}, {"b", false}, {"c", false}, {"d", false}}}}
	var rs []Response
	for k := range 4 {
		for i, c := range []int{0, 1, 1, 1, 1, 2} {
			m := 0.0
			if c == 0 {
				m = 1
			}
			id := int64(10*k + i)
			rs = append(rs, Response{LearnerID: id, AttemptID: id, QuestionID: 1, VersionID: 2, Mark: m, Choices: []int{c}, Seconds: -1})
		}
	}
	// An answer to an older version counts in the facility but not in the
	// shares, whose options may have differed.
	rs = append(rs, Response{LearnerID: 99, AttemptID: 99, QuestionID: 1, VersionID: 1, Mark: 0, Choices: []int{3}, Seconds: -1})
	rep := Compute(items, rs, Options{})
	q := rep.Questions[1]
	near(t, "facility", q.Facility, 4.0/25)
	if q.OptionBase != 24 {
		t.Errorf("option base = %d, want 24", q.OptionBase)
	}
	near(t, "share b", q.Share(1), 16.0/24)
	if !hasFlag(q, FlagHard) || !strings.HasPrefix(q.Flags[0].Reason, "Few learners got this right (16% of the marks over 25 responses)") {
		t.Errorf("hard flag reads %q", q.Flags[0].Reason)
	}
	want := []string{FlagHard, FlagDistractor, FlagUnchosen}
	for _, k := range want {
		if !hasFlag(q, k) {
			t.Errorf("flags %+v lack %s", q.Flags, k)
		}
	}
	for _, f := range q.Flags {
		if f.Kind == FlagDistractor && (f.Option != 1 || !strings.Contains(f.Reason, "67%")) {
			t.Errorf("distractor flag %+v, want b at 67%%", f)
		}
		if f.Kind == FlagUnchosen && f.Option != 3 {
			t.Errorf("unchosen flag %+v, want d", f)
		}
	}
}

func hasFlag(q *QuestionStats, kind string) bool {
	for _, f := range q.Flags {
		if f.Kind == kind {
			return true
		}
	}
	return false
}

// TestOptionCountedOnce: an answer listing an option twice chose it once.
// Options a (right) and b; answers {a, a} and {b}: shares 1/2 and 1/2.
func TestOptionCountedOnce(t *testing.T) {
	items := []Item{{ID: 1, SetID: 1, VersionID: 1, Options: []Option{{"a", true}, {"b", false}}}}
	rs := []Response{
		{LearnerID: 1, AttemptID: 1, QuestionID: 1, VersionID: 1, Mark: 1, Choices: []int{0, 0}, Seconds: -1},
		{LearnerID: 2, AttemptID: 2, QuestionID: 1, VersionID: 1, Mark: 0, Choices: []int{1}, Seconds: -1},
	}
	q := Compute(items, rs, Options{}).Questions[1]
	near(t, "share a", q.Share(0), 0.5)
	near(t, "share b", q.Share(1), 0.5)
}

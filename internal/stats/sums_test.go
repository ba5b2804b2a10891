package stats

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// sumsOf keeps what the store keeps of the counted responses: sums, and
// histograms bucketed as the store buckets them (marks to the millionth,
// rests to the hundredth, times to the second up to an hour, scores to the
// ten-thousandth).
func sumsOf(items []Item, rs []Response, opt Options) (map[int64]ItemSums, map[int64]SetSums) {
	set := map[int64]int64{}
	version := map[int64]int64{}
	for _, it := range items {
		set[it.ID], version[it.ID] = it.SetID, it.VersionID
	}
	type ls struct{ learner, set int64 }
	first := map[ls]int64{}
	for _, r := range rs {
		k := ls{r.LearnerID, set[r.QuestionID]}
		if a, ok := first[k]; !ok || r.AttemptID < a {
			first[k] = r.AttemptID
		}
	}
	type unit struct{ attempt, set int64 }
	var counted []Response
	totals, counts := map[unit]float64{}, map[unit]int{}
	for _, r := range rs {
		if !opt.AllAttempts && first[ls{r.LearnerID, set[r.QuestionID]}] != r.AttemptID {
			continue
		}
		counted = append(counted, r)
		u := unit{r.AttemptID, set[r.QuestionID]}
		totals[u] += r.Mark
		counts[u]++
	}
	type hk struct {
		q    int64
		kind int
		b    int64
	}
	hist := map[hk]int{}
	qs := map[int64]ItemSums{}
	for _, r := range counted {
		s := qs[r.QuestionID]
		if s.OptionCounts == nil {
			s.OptionCounts = map[int]int{}
		}
		x, y := r.Mark, totals[unit{r.AttemptID, set[r.QuestionID]}]-r.Mark
		s.N++
		s.SX += x
		s.SXX += x * x
		s.SY += y
		s.SYY += y * y
		s.SXY += x * y
		hist[hk{r.QuestionID, 0, int64(math.Round(x * 1e6))}]++
		hist[hk{r.QuestionID, 1, int64(math.Round(y * 100))}]++
		if r.Seconds >= 0 {
			hist[hk{r.QuestionID, 2, int64(min(math.Round(r.Seconds), 3600))}]++
		}
		if r.VersionID == version[r.QuestionID] {
			s.OptionBase++
			for j, c := range r.Choices {
				if !slices.Contains(r.Choices[:j], c) {
					s.OptionCounts[c]++
				}
			}
		}
		qs[r.QuestionID] = s
	}
	keys := make([]hk, 0, len(hist))
	for k := range hist {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b hk) int {
		return slices.Compare([]int64{a.q, int64(a.kind), a.b}, []int64{b.q, int64(b.kind), b.b})
	})
	for _, k := range keys {
		s := qs[k.q]
		switch k.kind {
		case 0:
			s.Marks = append(s.Marks, Bucket{float64(k.b) / 1e6, hist[k]})
		case 1:
			s.Rest = append(s.Rest, Bucket{float64(k.b) / 100, hist[k]})
		case 2:
			s.Times = append(s.Times, Bucket{float64(k.b), hist[k]})
		}
		qs[k.q] = s
	}
	sets := map[int64]SetSums{}
	scores := map[[2]int64]int{}
	for u, total := range totals {
		s := sets[u.set]
		score := total / float64(counts[u])
		s.N++
		s.ST += total
		s.STT += total * total
		s.SS += score
		sets[u.set] = s
		scores[[2]int64{u.set, int64(math.Round(score * 1e4))}]++
	}
	sk := make([][2]int64, 0, len(scores))
	for k := range scores {
		sk = append(sk, k)
	}
	slices.SortFunc(sk, func(a, b [2]int64) int { return slices.Compare(a[:], b[:]) })
	for _, k := range sk {
		s := sets[k[0]]
		s.Scores = append(s.Scores, Bucket{float64(k[1]) / 1e4, scores[k]})
		sets[k[0]] = s
	}
	return qs, sets
}

// tolerances of FromSums against Compute, per figure.
type tolerances struct {
	exact, efficiency, seconds, median float64
}

// agree checks that two reports hold the same figures, within tol.
func agree(t *testing.T, name string, got, want Report, tol tolerances) {
	t.Helper()
	fig := func(what string, g, w Figure, within float64) {
		t.Helper()
		if g.Valid != w.Valid || (w.Valid && math.Abs(g.Value-w.Value) > within) {
			t.Errorf("%s: %s = %+v, the exact scan gives %+v (tolerance %g)", name, what, g, w, within)
		}
	}
	for id, w := range want.Questions {
		g := got.Questions[id]
		if g.Responses != w.Responses || g.OptionBase != w.OptionBase || !slices.Equal(g.OptionCounts, w.OptionCounts) {
			t.Errorf("%s: question %d counts %d %d %v, want %d %d %v", name, id, g.Responses, g.OptionBase, g.OptionCounts,
				w.Responses, w.OptionBase, w.OptionCounts)
		}
		fig("facility", g.Facility, w.Facility, tol.exact)
		fig("SD", g.SD, w.SD, tol.exact)
		fig("discrimination", g.Discrimination, w.Discrimination, tol.exact)
		fig("efficiency", g.Efficiency, w.Efficiency, tol.efficiency)
		fig("median time", g.MedianSeconds, w.MedianSeconds, tol.seconds)
		if len(g.Flags) != len(w.Flags) {
			t.Errorf("%s: question %d flags %v, want %v", name, id, g.Flags, w.Flags)
		}
	}
	for id, w := range want.Sets {
		g := got.Sets[id]
		if g.Attempts != w.Attempts {
			t.Errorf("%s: set %d attempts %d, want %d", name, id, g.Attempts, w.Attempts)
		}
		fig("mean", g.Mean, w.Mean, tol.exact)
		fig("median", g.Median, w.Median, tol.median)
		fig("alpha", g.Alpha, w.Alpha, tol.exact)
	}
}

// exact is the tolerance where FromSums must give what Compute gives up to
// floating-point rounding (whole marks, whole seconds), but for the median
// score, kept to the ten-thousandth.
var exact = tolerances{1e-9, 1e-9, 1e-9, 5e-5}

// TestFromSumsHandExamples runs the examples worked by hand above through
// the sums: with whole marks and no times, every figure is the same.
func TestFromSumsHandExamples(t *testing.T) {
	var moodle []Response
	moodle = append(moodle, answers(1, 10, [3]float64{1, 1, 1}, 0)...)
	moodle = append(moodle, answers(2, 11, [3]float64{1, 1, 0}, 0)...)
	moodle = append(moodle, answers(3, 12, [3]float64{0, 1, 0}, 1)...)
	moodle = append(moodle, answers(4, 13, [3]float64{0, 0, 1}, 2)...)
	moodle = append(moodle, answers(1, 14, [3]float64{0, 0, 0}, 1)...)
	timed := []Response{
		{LearnerID: 1, AttemptID: 1, QuestionID: 1, VersionID: 11, Mark: 1, Seconds: 4},
		{LearnerID: 2, AttemptID: 2, QuestionID: 1, VersionID: 11, Mark: 0, Seconds: 10},
		{LearnerID: 3, AttemptID: 3, QuestionID: 1, VersionID: 11, Mark: 1, Seconds: 7},
		{LearnerID: 4, AttemptID: 4, QuestionID: 1, VersionID: 11, Mark: 1, Seconds: 30},
		{LearnerID: 5, AttemptID: 5, QuestionID: 1, VersionID: 11, Mark: 0, Seconds: -1},
	}
	for name, rs := range map[string][]Response{"Moodle figures": moodle, "times": timed, "none": nil, "one": moodle[:3]} {
		for _, opt := range []Options{{}, {AllAttempts: true}} {
			qs, sets := sumsOf(threeItems(), rs, opt)
			agree(t, name, FromSums(threeItems(), qs, sets), Compute(threeItems(), rs, opt), exact)
		}
	}
	// The hand-worked figures themselves: median time of 4, 7, 10, 30 s.
	qs, sets := sumsOf(threeItems(), timed, Options{})
	near(t, "median time", FromSums(threeItems(), qs, sets).Questions[1].MedianSeconds, 8.5)
}

// TestFromSumsRandom compares the sums with the exact computation on a
// random school: 300 learners of differing ability, three sets of four
// questions, marks with partial credit, one to three attempts each (some
// at only part of the sets), times in milliseconds.
func TestFromSumsRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var items []Item
	for i := range 12 {
		it := Item{ID: int64(i + 1), SetID: int64(100 + i/4), VersionID: int64(1000 + i)}
		if i%2 == 0 {
			it.Options = []Option{{"a", true}, {"b", false}, {"c", false}, {"d", false}}
		}
		items = append(items, it)
	}
	partial := []float64{0, 0.25, 1.0 / 3, 0.5, 2.0 / 3, 0.75, 1}
	var rs []Response
	attempt := int64(0)
	for l := range 300 {
		ability := r.NormFloat64()
		for range 1 + r.IntN(3) {
			attempt++
			for _, it := range items {
				if r.IntN(5) == 0 {
					continue // a pool that did not draw it
				}
				p := 1 / (1 + math.Exp(-(ability - float64(it.ID%4-1))))
				mark := 0.0
				if r.Float64() < p {
					mark = 1
				} else if it.ID%3 == 0 {
					mark = partial[r.IntN(len(partial))]
				}
				resp := Response{LearnerID: int64(l + 1), AttemptID: attempt, QuestionID: it.ID, VersionID: it.VersionID,
					Mark: mark, Seconds: float64(r.IntN(90_000)) / 1000}
				if it.Options != nil {
					if mark == 1 {
						resp.Choices = []int{0}
					} else {
						resp.Choices = []int{1 + r.IntN(3)}
					}
				}
				if r.IntN(10) == 0 {
					resp.Seconds = -1
				}
				rs = append(rs, resp)
			}
		}
	}
	// The efficiency is within a tenth of a point; the median time within
	// half a second; the median score within 0.00005.
	tol := tolerances{exact: 1e-9, efficiency: 0.1, seconds: 0.5, median: 5e-5}
	for _, opt := range []Options{{}, {AllAttempts: true}} {
		qs, sets := sumsOf(items, rs, opt)
		agree(t, "random school", FromSums(items, qs, sets), Compute(items, rs, opt), tol)
	}
}

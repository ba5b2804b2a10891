package stats

import "math"

// Statistics from kept sums.
//
// A school's responses are too many to read on every view of the page, so
// the store keeps, per question and per set, sums and small histograms
// added to as attempts finish, and FromSums works the same figures out of
// them in time proportional to the questions:
//
//   - facility, standard deviation, discrimination, the set's mean score
//     and Cronbach's alpha come from the sums exactly (up to rounding in
//     floating point): with n the count, x̄ = Σx/n,
//     var x = (Σx² − (Σx)²/n)/(n − 1), cov(x, y) = (Σxy − Σx·Σy/n)/(n − 1);
//   - the discriminative efficiency needs the largest covariance the marks
//     and the rests allow, which pairs them both sorted: it comes from the
//     histogram of the marks (kept to the millionth) and that of the rests
//     (kept to the hundredth of a mark), walked together in order, so it
//     is exact when the rests are whole hundredths (whole marks, halves,
//     quarters) and otherwise off by what moving each rest by under 0.005
//     does to that covariance;
//   - the median time to answer comes from a histogram of whole seconds
//     (capped at an hour): it is the median of the times rounded to the
//     second, within half a second of the exact median;
//   - the set's median score comes from a histogram of scores to the
//     ten-thousandth: within 0.00005 of the exact median.

// Bucket counts the values that fell in one bucket of a histogram.
type Bucket struct {
	Value float64
	N     int
}

// ItemSums are what is kept of one item's counted responses: with x the
// mark and y the rest of the attempt's total, n and the sums of x, x²,
// y, y² and xy; the marks, the rests and the whole seconds taken to answer
// as histograms ascending by value; and the option counts of the current
// version (OptionBase responses to it).
type ItemSums struct {
	N                     int
	SX, SXX, SY, SYY, SXY float64
	Marks, Rest, Times    []Bucket
	OptionCounts          map[int]int
	OptionBase            int
}

// SetSums are what is kept of the counted attempts at one set: n, the sums
// of their totals, of the totals squared and of their scores, and their
// scores as a histogram ascending by value.
type SetSums struct {
	N           int
	ST, STT, SS float64
	Scores      []Bucket
}

// nearZero is below what a variance of marks can be unless it is zero:
// sums of floating-point marks leave residues of the order of 1e-15.
const nearZero = 1e-12

// FromSums works out the report for items from kept sums, by item id and
// by set id; an item or set with no sums has no responses.
func FromSums(items []Item, qs map[int64]ItemSums, sets map[int64]SetSums) Report {
	rep := Report{Sets: map[int64]*SetStats{}, Questions: map[int64]*QuestionStats{}}
	sumVar := map[int64]float64{}
	answered := map[int64]int{}
	for i := range items {
		it := &items[i]
		q := &QuestionStats{ID: it.ID, SetID: it.SetID, OptionCounts: make([]int, len(it.Options))}
		rep.Questions[it.ID] = q
		if rep.Sets[it.SetID] == nil {
			rep.Sets[it.SetID] = &SetStats{ID: it.SetID}
		}
		s, ok := qs[it.ID]
		if !ok || s.N <= 0 {
			continue
		}
		n := float64(s.N)
		q.Responses = s.N
		q.Facility = some(s.SX / n)
		answered[it.SetID]++
		if s.N >= 2 {
			vx := max((s.SXX-s.SX*s.SX/n)/(n-1), 0)
			vy := max((s.SYY-s.SY*s.SY/n)/(n-1), 0)
			if vx < nearZero {
				vx = 0
			}
			if vy < nearZero {
				vy = 0
			}
			q.SD = some(math.Sqrt(vx))
			sumVar[it.SetID] += vx
			c := (s.SXY - s.SX*s.SY/n) / (n - 1)
			if vx*vy > 0 {
				q.Discrimination = some(100 * c / math.Sqrt(vx*vy))
				if cmax := (sortedProducts(s.Marks, s.Rest) - s.SX*s.SY/n) / (n - 1); math.Abs(cmax) > nearZero {
					q.Efficiency = some(100 * c / cmax)
				}
			}
		}
		if m, ok := histMedian(s.Times); ok {
			q.MedianSeconds = some(m)
		}
		q.OptionBase = s.OptionBase
		for i := range q.OptionCounts {
			q.OptionCounts[i] = s.OptionCounts[i]
		}
	}
	for id, st := range rep.Sets {
		s, ok := sets[id]
		if !ok || s.N <= 0 {
			continue
		}
		n := float64(s.N)
		st.Attempts = s.N
		st.Mean = some(s.SS / n)
		if m, ok := histMedian(s.Scores); ok {
			st.Median = some(m)
		}
		p := float64(answered[id])
		if s.N >= 2 && p >= 2 {
			if vt := (s.STT - s.ST*s.ST/n) / (n - 1); vt > nearZero {
				st.Alpha = some(p / (p - 1) * (1 - sumVar[id]/vt))
			}
		}
	}
	for i := range items {
		flag(rep.Questions[items[i].ID], &items[i])
	}
	return rep
}

// sortedProducts is Σ x₍ᵢ₎·y₍ᵢ₎ over the two histograms' values each
// taken in ascending order, paired rank by rank.
func sortedProducts(xs, ys []Bucket) float64 {
	sum := 0.0
	i, j := 0, 0
	var xl, yl int // left in the current buckets
	if len(xs) > 0 {
		xl = xs[0].N
	}
	if len(ys) > 0 {
		yl = ys[0].N
	}
	for i < len(xs) && j < len(ys) {
		k := min(xl, yl)
		sum += float64(k) * xs[i].Value * ys[j].Value
		xl -= k
		yl -= k
		if xl == 0 {
			if i++; i < len(xs) {
				xl = xs[i].N
			}
		}
		if yl == 0 {
			if j++; j < len(ys) {
				yl = ys[j].N
			}
		}
	}
	return sum
}

// histMedian is the median of the values a histogram ascending by value
// counts; false when it counts none.
func histMedian(h []Bucket) (float64, bool) {
	n := 0
	for _, b := range h {
		n += b.N
	}
	if n <= 0 {
		return 0, false
	}
	at := func(rank int) float64 { // the value of rank (from 0)
		for _, b := range h {
			if rank < b.N {
				return b.Value
			}
			rank -= b.N
		}
		return h[len(h)-1].Value
	}
	if n%2 == 1 {
		return at(n / 2), true
	}
	return (at(n/2-1) + at(n/2)) / 2, true
}

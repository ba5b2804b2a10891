package stats

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkCompute: 1,000,000 responses to a course of 100 questions in
// 20 sets of 5, from 10,000 learners each answering every set twice.
func BenchmarkCompute(b *testing.B) {
	var items []Item
	for q := range 100 {
		items = append(items, Item{ID: int64(q + 1), SetID: int64(q/5 + 1), VersionID: int64(q + 1),
			Options: []Option{{"a", true}, {"b", false}, {"c", false}, {"d", false}}})
	}
	r := rand.New(rand.NewPCG(1, 2))
	rs := make([]Response, 0, 1_000_000)
	attempt := int64(0)
	for l := range 10_000 {
		ability := r.Float64()
		for set := range 20 {
			for range 2 {
				attempt++
				for q := set * 5; q < set*5+5; q++ {
					c, m := 1+r.IntN(3), 0.0
					if r.Float64() < ability {
						c, m = 0, 1
					}
					rs = append(rs, Response{LearnerID: int64(l), AttemptID: attempt, QuestionID: int64(q + 1),
						VersionID: int64(q + 1), Mark: m, Choices: []int{c}, Seconds: float64(5 + r.IntN(60))})
				}
			}
		}
	}
	for _, opt := range []Options{{}, {AllAttempts: true}} {
		name := "first"
		if opt.AllAttempts {
			name = "all"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Compute(items, rs, opt)
			}
		})
	}
}

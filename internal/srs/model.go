package srs

import "math"

// memory is the FSRS memory state of a card: stability S in days and
// difficulty D in [1, 10].
type memory struct {
	S, D float64
}

// round8 rounds to 8 decimals. ts-fsrs rounds every intermediate result
// of the model this way (algorithm.ts roundTo); doing the same keeps due
// dates identical to it even where an interval is close to x.5 days.
func round8(v float64) float64 { return jsRound(v*1e8) / 1e8 }

// model holds the weights and the constants derived from them once.
type model struct {
	w         [21]float64
	shortTerm bool
	decay     float64 // −w20
	factor    float64 // 0.9^(1/decay) − 1, rounded to 8 decimals as in ts-fsrs
	// ivlFactor turns stability into the raw interval at the desired
	// retention: (r^(1/decay) − 1)/factor, rounded to 8 decimals as in
	// ts-fsrs, so that it is exactly 1 at r = 0.9.
	ivlFactor float64
	dEasy     float64 // D0(Easy), unclamped: the mean-reversion target
}

func newModel(w [21]float64, retention float64, shortTerm bool) model {
	m := model{w: w, shortTerm: shortTerm, decay: -w[20]}
	m.factor = roundTo(math.Pow(0.9, 1/m.decay)-1, 8)
	m.ivlFactor = roundTo((math.Pow(retention, 1/m.decay)-1)/m.factor, 8)
	m.dEasy = m.initDifficulty(Easy)
	return m
}

// retrievability is the forgetting curve R(t, S) = (1 + factor·t/S)^decay.
func (m *model) retrievability(t, s float64) float64 {
	return round8(math.Pow(1+m.factor*t/s, m.decay))
}

// rawInterval is the inverse of the curve at the desired retention, in days.
func (m *model) rawInterval(s float64) float64 {
	return s * m.ivlFactor
}

// initStability is S0(G) = w[G−1], floored at 0.1 as ts-fsrs does.
func (m *model) initStability(g Rating) float64 {
	return math.Max(m.w[g-1], 0.1)
}

// initDifficulty is D0(G) = w4 − e^(w5·(G−1)) + 1, unclamped.
func (m *model) initDifficulty(g Rating) float64 {
	return round8(m.w[4] - math.Exp(m.w[5]*float64(g-1)) + 1)
}

// nextDifficulty applies the linear-damped step and the mean reversion
// towards D0(Easy), then clamps to [1, 10].
func (m *model) nextDifficulty(d float64, g Rating) float64 {
	delta := -m.w[6] * float64(g-3)
	next := d + round8(delta*(10-d)/9)
	next = round8(m.w[7]*m.dEasy + (1-m.w[7])*next)
	return clamp(next, MinDifficulty, MaxDifficulty)
}

// recallStability is the stability after a successful review (G ≥ 2) at
// retrievability r.
func (m *model) recallStability(d, s, r float64, g Rating) float64 {
	hardPenalty, easyBonus := 1.0, 1.0
	if g == Hard {
		hardPenalty = m.w[15]
	}
	if g == Easy {
		easyBonus = m.w[16]
	}
	inc := math.Exp(m.w[8]) * (11 - d) * math.Pow(s, -m.w[9]) * (math.Exp(m.w[10]*(1-r)) - 1) * hardPenalty * easyBonus
	return round8(clamp(s*(1+inc), MinStability, MaxStability))
}

// forgetStability is the stability after a lapse (G = 1) at retrievability
// r, before the cap that keeps it at or below the short-term result.
func (m *model) forgetStability(d, s, r float64) float64 {
	sf := m.w[11] * math.Pow(d, -m.w[12]) * (math.Pow(s+1, m.w[13]) - 1) * math.Exp(m.w[14]*(1-r))
	return round8(clamp(sf, MinStability, MaxStability))
}

// shortTermStability is the same-day stability: S·e^(w17·(G−3+w18))·S^(−w19),
// the factor floored at 1 for Hard, Good and Easy.
func (m *model) shortTermStability(s float64, g Rating) float64 {
	inc := math.Exp(m.w[17]*(float64(g)-3+m.w[18])) * math.Pow(s, -m.w[19])
	if g >= Hard {
		inc = math.Max(inc, 1)
	}
	return round8(clamp(s*inc, MinStability, MaxStability))
}

// next returns the memory state after answering g, t whole days after the
// previous review. A nil mem means the card has none yet (first review).
// r is the retrievability to use for t ≥ 1 (computed once per review).
func (m *model) next(mem *memory, t int, r float64, g Rating) memory {
	if mem == nil {
		return memory{
			S: m.initStability(g),
			D: clamp(m.initDifficulty(g), MinDifficulty, MaxDifficulty),
		}
	}
	d, s := mem.D, mem.S
	var ns float64
	switch {
	case t == 0 && m.shortTerm:
		ns = m.shortTermStability(s, g)
	case g == Again:
		// The cap: a lapse never yields more than the short-term path would
		// (S/e^(w17·w18)), or than S itself in long-term mode.
		limit := s
		if m.shortTerm {
			limit = s / math.Exp(m.w[17]*m.w[18])
		}
		ns = math.Min(m.forgetStability(d, s, r), math.Max(round8(limit), MinStability))
	default:
		ns = m.recallStability(d, s, r, g)
	}
	return memory{
		S: clamp(ns, MinStability, MaxStability),
		D: m.nextDifficulty(d, g),
	}
}

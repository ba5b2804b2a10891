package srs

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// Scheduler computes the next state of cards under one set of Params. It
// holds no mutable state and is safe for concurrent use.
type Scheduler struct {
	p Params
	m model
}

// NewScheduler checks p and returns a scheduler for it. Weights outside
// the reference libraries' ranges are clamped into them (see Params); every
// other out-of-range setting is an error.
func NewScheduler(p Params) (*Scheduler, error) {
	if err := p.validate(); err != nil {
		return nil, fmt.Errorf("srs: invalid parameters: %w", err)
	}
	p.LearningSteps = slices.Clone(p.LearningSteps)
	p.RelearningSteps = slices.Clone(p.RelearningSteps)
	p.W = clampWeights(p.W, len(p.RelearningSteps))
	return &Scheduler{p: p, m: newModel(p.W, p.DesiredRetention, p.EnableShortTerm)}, nil
}

// Params returns the parameters in force, with the weights as clamped.
func (s *Scheduler) Params() Params {
	p := s.p
	p.LearningSteps = slices.Clone(p.LearningSteps)
	p.RelearningSteps = slices.Clone(p.RelearningSteps)
	return p
}

// Review returns the card after it is answered r at now, and the log of
// that review. r must be valid (use ParseRating or the constants); an
// invalid rating panics. A now earlier than the card's last review counts
// as the same day.
func (s *Scheduler) Review(c Card, r Rating, now time.Time) (Card, ReviewLog) {
	if !r.Valid() {
		panic(fmt.Sprintf("srs: Review with invalid rating %d", int(r)))
	}
	st := s.begin(c, now)
	next := st.outcome(r)
	return next, ReviewLog{
		Rating:        r,
		Review:        now,
		StateBefore:   c.State,
		State:         next.State,
		ElapsedDays:   st.t,
		ScheduledDays: next.ScheduledDays,
		Stability:     next.Stability,
		Difficulty:    next.Difficulty,
		Due:           next.Due,
	}
}

// Preview returns the card as each rating would leave it, in the order of
// Ratings (index r−1), so a review screen can show every button's interval.
// Preview(c, now)[r-1] equals the card Review(c, r, now) returns.
func (s *Scheduler) Preview(c Card, now time.Time) [4]Card {
	st := s.begin(c, now)
	var out [4]Card
	for i, r := range Ratings {
		out[i] = st.outcome(r)
	}
	return out
}

// Retrievability is the predicted probability that the card is recalled at
// now: R(t, S) with t the whole 24-hour periods since the last review (as
// ts-fsrs get_retrievability and py-fsrs count them). It is 0 for a card
// never reviewed.
func (s *Scheduler) Retrievability(c Card, now time.Time) float64 {
	if c.State == New || c.LastReview.IsZero() || !(c.Stability > 0) {
		return 0
	}
	t := max(int(now.Sub(c.LastReview)/(24*time.Hour)), 0)
	return s.m.retrievability(float64(t), c.Stability)
}

// daysBetween is the number of UTC calendar days from last to now, floored
// at 0 (ts-fsrs help.ts dateDiffInDays): 23:50 to 00:10 is one day.
func daysBetween(last, now time.Time) int {
	return max(int(epochDay(now)-epochDay(last)), 0)
}

func epochDay(t time.Time) int64 {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// step holds what one review of one card shares across the four ratings.
type step struct {
	s      *Scheduler
	before Card
	base   Card // before, with the bookkeeping every outcome shares
	now    time.Time
	t      int     // elapsed days, UTC calendar days
	mem    memory  // valid when hasMem
	hasMem bool    // false: no memory state yet
	r      float64 // R(t, S) when hasMem
	u      float64 // fuzz draw in [0, 1)
}

func (s *Scheduler) begin(c Card, now time.Time) step {
	st := step{s: s, before: c, now: now}
	if c.State != New && !c.LastReview.IsZero() {
		st.t = daysBetween(c.LastReview, now)
	}
	// A card with neither S nor D has no memory state, whatever its state
	// (ts-fsrs next_state). Values out of range are pulled back in rather
	// than allowed to produce NaN.
	if c.State != New && (c.Stability != 0 || c.Difficulty != 0) {
		st.mem = memory{
			S: clamp(c.Stability, MinStability, MaxStability),
			D: clamp(c.Difficulty, MinDifficulty, MaxDifficulty),
		}
		st.hasMem = true
		st.r = s.m.retrievability(float64(st.t), st.mem.S)
	}
	st.base = c
	st.base.LastReview = now
	st.base.ElapsedDays = st.t
	st.base.Reps = c.Reps + 1
	if s.p.EnableFuzz {
		gen := newAlea(fuzzSeed(now, st.base.Reps, c.Difficulty, c.Stability))
		st.u = gen.next()
	}
	return st
}

// withMemory returns the shared card with the memory state after g.
func (st *step) withMemory(g Rating) Card {
	c := st.base
	var prev *memory
	if st.hasMem {
		prev = &st.mem
	}
	mem := st.s.m.next(prev, st.t, st.r, g)
	c.Stability, c.Difficulty = mem.S, mem.D
	return c
}

// outcome is the card after answering g.
func (st *step) outcome(g Rating) Card {
	if !st.s.p.EnableShortTerm {
		return st.longTerm(g)
	}
	switch st.before.State {
	case Review:
		return st.review(g)
	case Learning, Relearning:
		c := st.withMemory(g)
		st.applySteps(&c, g, st.before.State)
		return c
	default: // New, or an unknown state treated as New
		c := st.withMemory(g)
		st.applySteps(&c, g, Learning)
		return c
	}
}

// review handles a Review card under the short-term scheduler
// (ts-fsrs impl/basic_scheduler.ts reviewState).
func (st *step) review(g Rating) Card {
	if g == Again {
		c := st.withMemory(Again)
		st.applySteps(&c, Again, Relearning)
		c.Lapses++
		return c
	}
	hard, good, easy := st.withMemory(Hard), st.withMemory(Good), st.withMemory(Easy)
	h, gi, e := st.interval(hard.Stability), st.interval(good.Stability), st.interval(easy.Stability)
	h = min(h, gi)
	gi = max(gi, h+1)
	e = max(e, gi+1)
	switch g {
	case Hard:
		return st.graduate(hard, h)
	case Good:
		return st.graduate(good, gi)
	default:
		return st.graduate(easy, e)
	}
}

// longTerm handles every state when short-term scheduling is off (ts-fsrs
// impl/long_term_scheduler.ts): four whole-day intervals, ordered
// Again ≤ Hard < Good < Easy.
func (st *step) longTerm(g Rating) Card {
	var cards [4]Card
	var ivl [4]int
	for i, r := range Ratings {
		cards[i] = st.withMemory(r)
		ivl[i] = st.interval(cards[i].Stability)
	}
	ivl[0] = min(ivl[0], ivl[1])
	ivl[1] = max(ivl[1], ivl[0]+1)
	ivl[2] = max(ivl[2], ivl[1]+1)
	ivl[3] = max(ivl[3], ivl[2]+1)
	c := st.graduate(cards[g-1], ivl[g-1])
	if g == Again && st.before.State != New {
		c.Lapses++
	}
	return c
}

// graduate makes c a Review card due in days days, capped at the maximum
// interval. ts-fsrs does not cap after ordering Hard < Good < Easy, so near
// the maximum it can schedule one or two days past it; Anki and this
// package do not.
func (st *step) graduate(c Card, days int) Card {
	days = min(days, st.s.p.MaximumInterval)
	c.State = Review
	c.Step = 0
	c.ScheduledDays = days
	c.Due = st.now.Add(time.Duration(days) * 24 * time.Hour)
	return c
}

// interval is the whole-day interval for stability s: round(I_raw), at
// least 1 and at most the maximum, then fuzzed when fuzz is on (ts-fsrs
// algorithm.ts next_interval and apply_fuzz).
func (st *step) interval(s float64) int {
	maxIvl := st.s.p.MaximumInterval
	raw := jsRound(st.s.m.rawInterval(s))
	ivl := int(math.Min(math.Max(raw, 1), float64(maxIvl)))
	if st.s.p.EnableFuzz {
		ivl = fuzzInterval(ivl, st.t, maxIvl, st.u)
	}
	return ivl
}

// applySteps puts c on its next (re)learning step for g, or graduates it
// when there is none (ts-fsrs basic_scheduler.ts applyLearningSteps). A
// step of a day or more makes it a Review card due after exactly that
// step.
func (st *step) applySteps(c *Card, g Rating, to State) {
	minutes, nextStep, ok := st.stepDelay(g)
	switch {
	case ok && minutes < 1440:
		c.Step = nextStep
		c.ScheduledDays = 0
		c.State = to
		c.Due = st.now.Add(time.Duration(minutes) * time.Minute)
	case ok:
		c.State = Review
		c.Step = nextStep
		c.ScheduledDays = minutes / 1440
		c.Due = st.now.Add(time.Duration(minutes) * time.Minute)
	default:
		*c = st.graduate(*c, st.interval(c.Stability))
	}
}

// stepDelay is ts-fsrs's BasicLearningStepsStrategy: the delay in minutes
// and the next step index for g, or ok = false when g leaves the steps.
// Again goes back to the first step; Hard repeats the current step with a
// delay of 1.5 × the first step (one step) or the mean of the first two,
// whatever the current step; Good moves to the next step; Easy always
// leaves. A Review card's Again starts the relearning steps.
func (st *step) stepDelay(g Rating) (minutes, next int, ok bool) {
	state := st.before.State
	steps := st.s.p.LearningSteps
	if state == Review || state == Relearning {
		steps = st.s.p.RelearningSteps
	}
	cur := max(st.before.Step, 0)
	n := len(steps)
	if n == 0 || cur >= n {
		return 0, 0, false
	}
	mins := func(i int) int { return int(steps[i] / time.Minute) }
	if state == Review {
		if g != Again {
			return 0, 0, false
		}
		return mins(cur), 0, true
	}
	switch g {
	case Again:
		return mins(0), 0, true
	case Hard:
		if n == 1 {
			return int(jsRound(float64(mins(0)) * 1.5)), cur, true
		}
		return int(jsRound(float64(mins(0)+mins(1)) / 2)), cur, true
	case Good:
		if cur+1 < n {
			return mins(cur + 1), cur + 1, true
		}
	}
	return 0, 0, false
}

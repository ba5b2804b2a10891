package srs

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// DefaultWeights are the published FSRS-6 default parameters w0..w20
// (fsrs-rs DEFAULT_PARAMETERS, ts-fsrs default_w, py-fsrs DEFAULT_PARAMETERS).
var DefaultWeights = [21]float64{
	0.212, 1.2931, 2.3065, 8.2956, // w0..w3: initial stability per rating
	6.4133, 0.8334, // w4, w5: initial difficulty
	3.0194, 0.001, // w6: difficulty step, w7: mean reversion
	1.8722, 0.1666, 0.796, // w8..w10: stability after recall
	1.4835, 0.0614, 0.2629, 1.6483, // w11..w14: stability after a lapse
	0.6014, 1.8729, // w15: Hard penalty, w16: Easy bonus
	0.5425, 0.0912, 0.0658, // w17..w19: same-day (short-term) stability
	0.1542, // w20: forgetting-curve decay
}

// Limits of the model and of the configuration.
const (
	MinStability  = 0.001   // S never goes below this
	MaxStability  = 36500.0 // nor above this
	MinDifficulty = 1.0
	MaxDifficulty = 10.0
	MaxInterval   = 36500 // the largest MaximumInterval accepted, in days
)

// Params configures a Scheduler.
type Params struct {
	// W holds the 21 FSRS-6 weights. NewScheduler clamps each into the range
	// the reference libraries allow (see weightBounds); NaN or infinite
	// values are an error.
	W [21]float64
	// DesiredRetention is the recall probability at which a card falls due,
	// in (0, 1].
	DesiredRetention float64
	// LearningSteps are the delays between reviews of a new card before it
	// graduates to Review; RelearningSteps the same after a lapse. Each must
	// be a positive whole number of minutes. Either may be empty. A step of
	// a day or more makes the card a Review card at once (as in ts-fsrs).
	LearningSteps   []time.Duration
	RelearningSteps []time.Duration
	// MaximumInterval caps every interval, in days: 1 to 36500.
	MaximumInterval int
	// EnableFuzz spreads intervals of three days or more over a small range
	// so cards learned together do not stay together. The spread is
	// deterministic: it is drawn from a seed made of the review time, the
	// repetition count and the card's memory state.
	EnableFuzz bool
	// EnableShortTerm selects the short-term scheduler (learning steps and
	// the same-day stability formula). False selects ts-fsrs's long-term
	// scheduler: no steps, every answer gives whole days.
	EnableShortTerm bool
}

// DefaultParams returns the defaults shared by ts-fsrs, go-fsrs and py-fsrs:
// the FSRS-6 weights, 90% retention, steps 1m 10m, relearning step 10m,
// a 36500-day maximum, short-term scheduling on and fuzz off.
func DefaultParams() Params {
	return Params{
		W:                DefaultWeights,
		DesiredRetention: 0.9,
		LearningSteps:    []time.Duration{time.Minute, 10 * time.Minute},
		RelearningSteps:  []time.Duration{10 * time.Minute},
		MaximumInterval:  36500,
		EnableFuzz:       false,
		EnableShortTerm:  true,
	}
}

// weightBounds returns the range each weight is clamped to (fsrs-rs
// parameter_clipper.rs, ts-fsrs constant.ts CLAMP_PARAMETERS). The ceiling
// of w17 and w18 is 2 unless there is more than one relearning step. w19 may
// be 0 as in fsrs-rs; ts-fsrs raises it to 0.01 when short-term scheduling
// is on, except for FSRS-5 weights it filled in itself.
func weightBounds(w17w18Ceiling float64) [21][2]float64 {
	return [21][2]float64{
		{MinStability, 100}, {MinStability, 100}, {MinStability, 100}, {MinStability, 100},
		{1, 10}, {0.001, 4}, {0.001, 4}, {0.001, 0.75},
		{0, 4.5}, {0, 0.8}, {0.001, 3.5},
		{0.001, 5}, {0.001, 0.25}, {0.001, 0.9}, {0, 4},
		{0, 1}, {1, 6},
		{0, w17w18Ceiling}, {0, w17w18Ceiling}, {0, 0.8},
		{0.1, 0.8},
	}
}

// clampWeights returns w with every weight inside its bounds. With n > 1
// relearning steps the ceiling of w17 and w18 is lowered so that n
// same-day lapses cannot raise stability (ts-fsrs clipParameters):
// sqrt(max(0, −(ln w11 + ln(2^w13 − 1) + 0.3·w14)/n)), kept in [0.01, 2].
//
// The published defaults are used as they are, as ts-fsrs uses them when no
// weights are given: only the w17/w18 ceiling could change them.
func clampWeights(w [21]float64, relearningSteps int) [21]float64 {
	if w == DefaultWeights {
		return w
	}
	b := weightBounds(2)
	if relearningSteps > 1 {
		w11 := clamp(w[11], b[11][0], b[11][1])
		w13 := clamp(w[13], b[13][0], b[13][1])
		w14 := clamp(w[14], b[14][0], b[14][1])
		v := -(math.Log(w11) + math.Log(math.Pow(2, w13)-1) + w14*0.3) / float64(relearningSteps)
		ceil := clamp(roundTo(math.Sqrt(math.Max(v, 0)), 8), 0.01, 2)
		b[17][1], b[18][1] = ceil, ceil
	}
	for i := range w {
		w[i] = clamp(w[i], b[i][0], b[i][1])
	}
	return w
}

// validate checks everything but the weights' ranges, which are clamped.
func (p Params) validate() error {
	var errs []error
	if p.W == ([21]float64{}) {
		errs = append(errs, errors.New("weights are all zero (start from DefaultParams)"))
	}
	for i, v := range p.W {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			errs = append(errs, fmt.Errorf("weight w%d is %v", i, v))
		}
	}
	if !(p.DesiredRetention > 0 && p.DesiredRetention <= 1) {
		errs = append(errs, fmt.Errorf("desired retention %v is not in (0, 1]", p.DesiredRetention))
	}
	if p.MaximumInterval < 1 || p.MaximumInterval > MaxInterval {
		errs = append(errs, fmt.Errorf("maximum interval %d is not in [1, %d] days", p.MaximumInterval, MaxInterval))
	}
	for _, s := range p.LearningSteps {
		if err := checkStep(s); err != nil {
			errs = append(errs, fmt.Errorf("learning step: %w", err))
		}
	}
	for _, s := range p.RelearningSteps {
		if err := checkStep(s); err != nil {
			errs = append(errs, fmt.Errorf("relearning step: %w", err))
		}
	}
	return errors.Join(errs...)
}

func checkStep(d time.Duration) error {
	if d < time.Minute || d%time.Minute != 0 {
		return fmt.Errorf("%v is not a positive whole number of minutes", d)
	}
	return nil
}

// ParseSteps reads a comma-separated list of step durations such as
// "1m,10m" or "10m, 1h, 1d". Units are Go's (s, m, h, combinations like
// "1h30m") plus d for 24 hours. Each step must be a positive whole number of
// minutes. The empty string (or only spaces) means no steps.
func ParseSteps(s string) ([]time.Duration, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	parts := strings.Split(s, ",")
	steps := make([]time.Duration, 0, len(parts))
	for i, part := range parts {
		part = strings.TrimSpace(part)
		d, err := parseStep(part)
		if err != nil {
			return nil, fmt.Errorf("step %d %q: %w", i+1, part, err)
		}
		if err := checkStep(d); err != nil {
			return nil, fmt.Errorf("step %d %q: %w", i+1, part, err)
		}
		steps = append(steps, d)
	}
	return steps, nil
}

func parseStep(s string) (time.Duration, error) {
	if s == "" {
		return 0, errors.New("empty step")
	}
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil {
			return 0, errors.New("want a whole number of days before d")
		}
		if n < 1 || n > MaxInterval {
			return 0, fmt.Errorf("%d days is out of range", n)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, errors.New("want a duration such as 10m, 1h or 1d")
	}
	return d, nil
}

// ParseWeights reads comma-separated FSRS weights (spaces allowed). It wants
// the 21 FSRS-6 weights; 19 FSRS-5 weights or 17 FSRS-4.5 weights are also
// accepted and converted as the reference libraries do (fsrs-rs
// check_and_fill_parameters, ts-fsrs migrateParameters): FSRS-5 gains
// w19 = 0 and w20 = 0.5; FSRS-4.5 also has w4 ← w4 + 2·w5,
// w5 ← ln(1 + 3·w5)/3, w6 ← w6 + 0.5 and w17 = w18 = 0.
func ParseWeights(s string) ([21]float64, error) {
	var w [21]float64
	parts := strings.Split(s, ",")
	if strings.TrimSpace(s) == "" {
		parts = nil
	}
	if n := len(parts); n != 21 && n != 19 && n != 17 {
		return w, fmt.Errorf("want 21 comma-separated weights (or 19 or 17 from older FSRS versions), got %d", n)
	}
	vals := make([]float64, len(parts))
	for i, part := range parts {
		part = strings.TrimSpace(part)
		v, err := strconv.ParseFloat(part, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return w, fmt.Errorf("weight w%d %q is not a finite number", i, part)
		}
		vals[i] = v
	}
	return migrateWeights(vals), nil
}

// migrateWeights fills a 17-, 19- or 21-weight slice to FSRS-6's 21.
func migrateWeights(v []float64) [21]float64 {
	var w [21]float64
	copy(w[:], v)
	switch len(v) {
	case 19:
		w[19], w[20] = 0, 0.5
	case 17:
		w4, w5, w6 := w[4], w[5], w[6]
		w[4] = roundTo(w4+2*w5, 8)
		w[5] = roundTo(math.Log(1+3*w5)/3, 8)
		w[6] = roundTo(w6+0.5, 8)
		w[17], w[18], w[19], w[20] = 0, 0, 0, 0.5
	}
	return w
}

func clamp(v, lo, hi float64) float64 { return math.Min(math.Max(v, lo), hi) }

// roundTo rounds to n decimals as ts-fsrs's roundTo does.
func roundTo(v float64, n int) float64 {
	f := math.Pow(10, float64(n))
	return jsRound(v*f) / f
}

// jsRound is JavaScript's Math.round: halves go up (−2.5 → −2), unlike
// math.Round, which takes them away from zero.
func jsRound(v float64) float64 {
	f := math.Floor(v)
	if v-f >= 0.5 {
		return f + 1
	}
	return f
}

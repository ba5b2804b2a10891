// Package stats computes item statistics for a course's question sets from
// learners' responses, as Moodle's quiz statistics report defines them
// (docs.moodle.org, "Quiz statistics calculations"): per question the
// facility index, the standard deviation, the discrimination index and the
// discriminative efficiency; per set the number of attempts, the mean and
// median score and the coefficient of internal consistency (Cronbach's
// alpha). It adds what an instructor needs to act on them: the share of
// responses choosing each option, the median time to answer, and flags
// with their reasons. It is pure: responses in, figures out.
//
// A set plays the part of Moodle's quiz. An attempt at a set is the
// responses one attempt holds to the set's questions: a theme or mixed
// quiz that drew questions from three sets is one attempt at each of the
// three. By default only each learner's first attempt at a set counts
// (the attempt with the lowest id, attempts being numbered as they are
// created); Options.AllAttempts counts every one.
package stats

import (
	"fmt"
	"math"
	"slices"
)

// Thresholds for the flags, on the scales Moodle shows (facility as a
// fraction of marks, discrimination as 100 × r).
const (
	HardFacility      = 0.20 // under: too hard
	EasyFacility      = 0.95 // over: too easy
	LowDiscrimination = 10   // under: does not tell strong from weak learners
	// MinFlagResponses is the fewest responses a question needs before it
	// is flagged at all; under it the page says "too few responses". The
	// clear cases (a facility under 20% or over 95%, a distractor chosen
	// more than the key or never) are flagged from 10 responses, so that a
	// class of 13 hears of a question 8% got right.
	MinFlagResponses = 10
	// MinDiscriminationResponses is the fewest responses before the
	// discrimination index is flagged: with 20 it is known to some ±45
	// (95%); below that its flag is noise.
	MinDiscriminationResponses = 20
	// MinWrongForUnchosen is the fewest wrong answers (to the current
	// version) before a wrong option nobody chose is flagged.
	MinWrongForUnchosen = 10
)

// Item is a question as the statistics see it: its set, its current
// version and, for a question answered by choosing, its options in
// authored order.
type Item struct {
	ID        int64
	SetID     int64
	VersionID int64
	Options   []Option
}

// Option is one choice of an item.
type Option struct {
	Text    string
	Correct bool
}

// Response is one learner's answer to one item. Mark is the fraction of
// the item's marks scored, in [0, 1]; Choices index the options of the
// version answered (VersionID); Seconds is the time taken to answer, or
// negative when it is not known.
type Response struct {
	LearnerID  int64
	AttemptID  int64
	QuestionID int64
	VersionID  int64
	Mark       float64
	Choices    []int
	Seconds    float64
}

// Options choose which responses count.
type Options struct {
	// AllAttempts counts every attempt; otherwise each learner's first
	// attempt at each set.
	AllAttempts bool
}

// Figure is a statistic that may be undefined (one response, no
// variance): Valid is false and String gives "—" then.
type Figure struct {
	Value float64
	Valid bool
}

func some(v float64) Figure {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return Figure{}
	}
	return Figure{Value: v, Valid: true}
}

// Dash stands for an undefined figure.
const Dash = "—"

// Percent formats a fraction as a whole percentage ("45%"), or "—".
func (f Figure) Percent() string {
	if !f.Valid {
		return Dash
	}
	return fmt.Sprintf("%.0f%%", f.Value*100)
}

// String formats the figure with one decimal ("32.5"), or "—".
func (f Figure) String() string {
	if !f.Valid {
		return Dash
	}
	return fmt.Sprintf("%.1f", f.Value)
}

// Percent100 formats a figure already on a 0 to 100 scale as a whole
// percentage ("48%"), or "—".
func (f Figure) Percent100() string {
	if !f.Valid {
		return Dash
	}
	return fmt.Sprintf("%.0f%%", f.Value)
}

// Seconds formats a duration in seconds ("12 s", "2 min 5 s"), or "—".
func (f Figure) Seconds() string {
	if !f.Valid {
		return Dash
	}
	s := int(math.Round(f.Value))
	if s < 60 {
		return fmt.Sprintf("%d s", s)
	}
	return fmt.Sprintf("%d min %d s", s/60, s%60)
}

// Flag kinds.
const (
	FlagHard         = "hard"
	FlagEasy         = "easy"
	FlagDiscriminate = "discrimination"
	FlagUnchosen     = "unchosen"
	FlagDistractor   = "distractor"
)

// Flag marks an item worth a look, with the reason in an instructor's
// words.
type Flag struct {
	Kind   string
	Option int // the option concerned, for unchosen and distractor; else -1
	Reason string
}

// QuestionStats are the figures for one item.
type QuestionStats struct {
	ID        int64
	SetID     int64
	Responses int
	// Facility is the mean fraction of marks scored.
	Facility Figure
	// SD is the sample standard deviation of the fraction of marks.
	SD Figure
	// Discrimination is 100 × the correlation of the item's mark with the
	// rest of the attempt's total (the total without this item).
	Discrimination Figure
	// Efficiency is 100 × that covariance over the largest covariance the
	// two distributions allow (both sorted the same way).
	Efficiency Figure
	// OptionCounts counts the responses to the current version choosing
	// each option; OptionBase is how many responses to it there were.
	OptionCounts []int
	OptionBase   int
	// MedianSeconds is the median time to answer, over the responses whose
	// time is known.
	MedianSeconds Figure
	Flags         []Flag
	// TooFew is set when the question has responses, but fewer than
	// MinFlagResponses: too few to flag it either way.
	TooFew bool
}

// Share is the share of responses to the current version that chose
// option i.
func (q *QuestionStats) Share(i int) Figure {
	if q.OptionBase == 0 || i < 0 || i >= len(q.OptionCounts) {
		return Figure{}
	}
	return some(float64(q.OptionCounts[i]) / float64(q.OptionBase))
}

// SetStats are the figures for one set.
type SetStats struct {
	ID int64
	// Attempts counts the attempts at the set that count.
	Attempts int
	// Mean and Median are of the attempts' scores, each the fraction of
	// marks scored on the set's questions the attempt answered.
	Mean   Figure
	Median Figure
	// Alpha is Cronbach's alpha, Moodle's coefficient of internal
	// consistency (as a fraction; Moodle shows it × 100):
	// P/(P−1) × (1 − Σ var(item) / var(total)) over the P questions
	// answered.
	Alpha Figure
}

// Report is the statistics of a course.
type Report struct {
	Sets      map[int64]*SetStats
	Questions map[int64]*QuestionStats
}

// unit is one attempt at one set.
type unit struct {
	total float64
	n     int
}

type unitKey struct{ attempt, set int64 }

// Compute works out the report for items from responses. Responses to
// questions not among items are ignored.
func Compute(items []Item, rs []Response, opt Options) Report {
	byID := make(map[int64]*Item, len(items))
	rep := Report{Sets: map[int64]*SetStats{}, Questions: map[int64]*QuestionStats{}}
	for i := range items {
		it := &items[i]
		byID[it.ID] = it
		rep.Questions[it.ID] = &QuestionStats{ID: it.ID, SetID: it.SetID, OptionCounts: make([]int, len(it.Options))}
		if rep.Sets[it.SetID] == nil {
			rep.Sets[it.SetID] = &SetStats{ID: it.SetID}
		}
	}
	// Which responses count: with first attempts only, a learner's lowest
	// attempt id among those that answered the set.
	type learnerSet struct{ learner, set int64 }
	var first map[learnerSet]int64
	if !opt.AllAttempts {
		first = map[learnerSet]int64{}
		for _, r := range rs {
			it := byID[r.QuestionID]
			if it == nil {
				continue
			}
			k := learnerSet{r.LearnerID, it.SetID}
			if a, ok := first[k]; !ok || r.AttemptID < a {
				first[k] = r.AttemptID
			}
		}
	}
	// counted holds the responses that count, with their item and the
	// attempt at the set they belong to.
	type countedResponse struct {
		r  *Response
		it *Item
		u  *unit
	}
	counted := make([]countedResponse, 0, len(rs))
	units := map[unitKey]*unit{}
	perItem := map[int64]int{}
	for i := range rs {
		r := &rs[i]
		it := byID[r.QuestionID]
		if it == nil {
			continue
		}
		if first != nil && first[learnerSet{r.LearnerID, it.SetID}] != r.AttemptID {
			continue
		}
		k := unitKey{r.AttemptID, it.SetID}
		u := units[k]
		if u == nil {
			u = &unit{}
			units[k] = u
		}
		u.total += r.Mark
		u.n++
		perItem[it.ID]++
		counted = append(counted, countedResponse{r, it, u})
	}

	// Per item: its marks, the rest of each attempt's total, its times.
	type acc struct {
		marks, rest, secs []float64
	}
	accs := make(map[int64]*acc, len(items))
	for id, n := range perItem {
		accs[id] = &acc{marks: make([]float64, 0, n), rest: make([]float64, 0, n), secs: make([]float64, 0, n)}
	}
	for _, c := range counted {
		r, it := c.r, c.it
		a := accs[it.ID]
		a.marks = append(a.marks, r.Mark)
		a.rest = append(a.rest, c.u.total-r.Mark)
		if r.Seconds >= 0 {
			a.secs = append(a.secs, r.Seconds)
		}
		q := rep.Questions[it.ID]
		if r.VersionID == it.VersionID {
			q.OptionBase++
			for j, c := range r.Choices {
				// An option counts once however often it is listed.
				if c >= 0 && c < len(q.OptionCounts) && !slices.Contains(r.Choices[:j], c) {
					q.OptionCounts[c]++
				}
			}
		}
	}
	sumVar := map[int64]float64{}
	itemsAnswered := map[int64]int{}
	for id, a := range accs {
		q := rep.Questions[id]
		q.Responses = len(a.marks)
		q.Facility = some(mean(a.marks))
		vx, okx := variance(a.marks)
		vr, okr := variance(a.rest)
		if okx {
			q.SD = some(math.Sqrt(vx))
			sumVar[q.SetID] += vx
		}
		itemsAnswered[q.SetID]++
		if okx && okr {
			c := covariance(a.marks, a.rest)
			if vx*vr > 0 {
				q.Discrimination = some(100 * c / math.Sqrt(vx*vr))
			}
			sx, sr := slices.Clone(a.marks), slices.Clone(a.rest)
			slices.Sort(sx)
			slices.Sort(sr)
			if cmax := covariance(sx, sr); cmax != 0 {
				q.Efficiency = some(100 * c / cmax)
			}
		}
		if len(a.secs) > 0 {
			q.MedianSeconds = some(median(a.secs))
		}
	}

	// Per set: scores of its attempts, and the variance of their totals.
	totals := map[int64][]float64{}
	scores := map[int64][]float64{}
	for k, u := range units {
		totals[k.set] = append(totals[k.set], u.total)
		scores[k.set] = append(scores[k.set], u.total/float64(u.n))
	}
	for id, s := range rep.Sets {
		s.Attempts = len(scores[id])
		if s.Attempts == 0 {
			continue
		}
		s.Mean = some(mean(scores[id]))
		s.Median = some(median(scores[id]))
		p := float64(itemsAnswered[id])
		if vt, ok := variance(totals[id]); ok && vt > 0 && p >= 2 {
			s.Alpha = some(p / (p - 1) * (1 - sumVar[id]/vt))
		}
	}
	for i := range items {
		flag(rep.Questions[items[i].ID], &items[i])
	}
	return rep
}

// flag marks what an instructor should look at, once the question has
// enough responses to tell (MinFlagResponses); under that it is marked
// TooFew instead. Reasons are worded as a teacher reads them: what
// learners did, then what to check; the figures stay in their columns.
func flag(q *QuestionStats, it *Item) {
	if q.Responses == 0 {
		return
	}
	if q.Responses < MinFlagResponses {
		q.TooFew = true
		return
	}
	if f := q.Facility; f.Valid && f.Value < HardFacility {
		q.Flags = append(q.Flags, Flag{FlagHard, -1, fmt.Sprintf(
			"Few learners got this right (%s of the marks over %d responses): check the key and the wording, or whether the article says it clearly.", f.Percent(), q.Responses)})
	}
	if f := q.Facility; f.Valid && f.Value > EasyFacility {
		q.Flags = append(q.Flags, Flag{FlagEasy, -1, fmt.Sprintf(
			"Nearly everyone got this right (%s of the marks over %d responses): it tells you little about who understood.", f.Percent(), q.Responses)})
	}
	if d := q.Discrimination; d.Valid && d.Value < LowDiscrimination && q.Responses >= MinDiscriminationResponses {
		reason := "Strong and weak learners do equally well: those who did well on the rest of the set did no better here. The question may be ambiguous, or its key wrong."
		if d.Value < 0 {
			reason = "Weaker learners did better here than stronger ones: check the key, and whether the wording misleads those who know the article."
		}
		q.Flags = append(q.Flags, Flag{FlagDiscriminate, -1, reason})
	}
	if q.OptionBase == 0 {
		return
	}
	most, wrong := -1, 0 // the most chosen correct option's count; wrong choices
	for i, o := range it.Options {
		if o.Correct && q.OptionCounts[i] > most {
			most = q.OptionCounts[i]
		}
		if !o.Correct {
			wrong += q.OptionCounts[i]
		}
	}
	for i, o := range it.Options {
		if o.Correct {
			continue
		}
		// An unchosen distractor says something only when enough learners
		// chose a wrong answer: with three wrong answers in all, one of
		// three distractors is bound to go unchosen.
		if q.OptionCounts[i] == 0 && wrong >= MinWrongForUnchosen {
			q.Flags = append(q.Flags, Flag{FlagUnchosen, i, fmt.Sprintf(
				"Nobody chose the wrong answer “%s”, though %d of %d responses were wrong: it does no work as a distractor.", o.Text, wrong, q.OptionBase)})
		} else if most >= 0 && q.OptionCounts[i] > most {
			q.Flags = append(q.Flags, Flag{FlagDistractor, i, fmt.Sprintf(
				"More learners chose the wrong answer “%s” (%d of %d responses, %s) than the right one: check the key, or what in the article leads there.", o.Text, q.OptionCounts[i], q.OptionBase, q.Share(i).Percent())})
		}
	}
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// variance is the sample variance (n − 1), undefined under two values.
func variance(xs []float64) (float64, bool) {
	if len(xs) < 2 {
		return 0, false
	}
	m := mean(xs)
	s := 0.0
	for _, x := range xs {
		s += (x - m) * (x - m)
	}
	return s / float64(len(xs)-1), true
}

// covariance is the sample covariance of paired xs and ys (len ≥ 2).
func covariance(xs, ys []float64) float64 {
	mx, my := mean(xs), mean(ys)
	s := 0.0
	for i := range xs {
		s += (xs[i] - mx) * (ys[i] - my)
	}
	return s / float64(len(xs)-1)
}

// median of xs (not empty); it sorts xs.
func median(xs []float64) float64 {
	slices.Sort(xs)
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}

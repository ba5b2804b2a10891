// Package demo makes a synthetic school for measuring Lectern and showing
// it: learners with an ability, questions with a difficulty, quiz answers
// that follow a logistic model of ability minus difficulty (a wrong answer
// picks a plausible distractor), and flashcard reviews over past months
// scheduled by the real FSRS scheduler, at hours that follow each
// learner's daily rhythm. It writes through the Writer it is given.
package demo

import (
	"context"
	"encoding/hex"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/srs"
	"github.com/lectern/lectern/internal/study"
)

// Question is a question answers are made for.
type Question struct {
	ID        int64
	VersionID int64
	ThemeID   int64
	Question  quiz.Question
}

// Content is the course the school studies.
type Content struct {
	CourseID  int64
	Questions []Question
	CardIDs   []int64
}

// Batch writes one batch of learners in one transaction.
type Batch interface {
	Learner(ctx context.Context, name string, created time.Time) (int64, error)
	Attempt(ctx context.Context, publicID string, userID, courseID, themeID int64, started, finished time.Time) (int64, error)
	Item(ctx context.Context, attemptID int64, idx int, questionID, versionID int64, order []int, shown time.Time) error
	Response(ctx context.Context, attemptID int64, idx int, userID, questionID, versionID int64, ans quiz.Answer, res quiz.Result, at time.Time) error
	Review(ctx context.Context, userID, cardID int64, rating int, before *quiz.CardState, after quiz.CardState, elapsedDays int, at time.Time) error
	CardState(ctx context.Context, userID, cardID int64, s quiz.CardState, added time.Time) error
	// Class makes a class of the course (with a fresh code); Member puts
	// a learner in it; Assignment assigns it a theme's quiz due on a day
	// (YYYY-MM-DD).
	Class(ctx context.Context, courseID int64, name string, created time.Time) (int64, error)
	Member(ctx context.Context, classID, userID int64, joined time.Time) error
	Assignment(ctx context.Context, classID, themeID int64, dueOn string, created time.Time) error
	Commit() error
	Rollback() error
}

// Options say how big a school to make.
type Options struct {
	Learners  int
	Responses int // answers to questions, in all
	Reviews   int // flashcard ratings, in all
	Now       time.Time
	Seed      uint64
	BatchSize int // learners per transaction; 0 means 200
	// Months is how far back the activity goes; 0 means 4.
	Months int
	// ClassSize is how many learners, in the order they are made, share a
	// class (with two theme quizzes assigned); 0 means 30.
	ClassSize int
}

// Report says what was made.
type Report struct {
	Learners, Attempts, Responses, Reviews, CardStates int
	Correct, Classes                                   int
}

// Make writes a school through batches begun by begin.
func Make(ctx context.Context, begin func(context.Context) (Batch, error), c Content, o Options) (Report, error) {
	var rep Report
	if len(c.Questions) == 0 {
		return rep, quiz.Errorf(quiz.EInvalid, "the course has no published practice questions to answer")
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 200
	}
	if o.Months <= 0 {
		o.Months = 4
	}
	if o.ClassSize <= 0 {
		o.ClassSize = 30
	}
	r := rand.New(rand.NewPCG(o.Seed, o.Seed^0x9e3779b97f4a7c15))
	m := newModel(c, r)
	// Activity is uneven: a few learners do much, most do some.
	weights := make([]float64, o.Learners)
	sum := 0.0
	for i := range weights {
		weights[i] = math.Exp(r.NormFloat64() * 0.8)
		sum += weights[i]
	}
	respLeft, revLeft := o.Responses, o.Reviews
	sch, err := study.Scheduler(quiz.DefaultStudySettings())
	if err != nil {
		return rep, err
	}
	var class int64 // the class of the learners being made
	for start := 0; start < o.Learners; start += o.BatchSize {
		b, err := begin(ctx)
		if err != nil {
			return rep, err
		}
		for i := start; i < min(start+o.BatchSize, o.Learners); i++ {
			if i%o.ClassSize == 0 {
				if class, err = makeClass(ctx, b, m, c, o, i/o.ClassSize, &rep); err != nil {
					b.Rollback()
					return rep, err
				}
			}
			share := weights[i] / sum
			nResp, nRev := int(math.Round(share*float64(o.Responses))), int(math.Round(share*float64(o.Reviews)))
			if i == o.Learners-1 { // the last takes what rounding left
				nResp, nRev = respLeft, revLeft
			}
			nResp, nRev = min(nResp, respLeft), min(nRev, revLeft)
			l := newLearner(i, r, o.Now, o.Months)
			if err := l.make(ctx, b, m, c, sch, nResp, nRev, class, &rep); err != nil {
				b.Rollback()
				return rep, err
			}
			respLeft -= nResp
			revLeft -= nRev
		}
		if err := b.Commit(); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// model holds what is fixed for the whole school: each question's
// difficulty and how tempting each of its distractors is.
type model struct {
	difficulty map[int64]float64
	lure       map[int64][]float64 // per option, for choice questions
	byTheme    map[int64][]Question
	themes     []int64
	cards      []int64
}

func newModel(c Content, r *rand.Rand) *model {
	m := &model{difficulty: map[int64]float64{}, lure: map[int64][]float64{}, byTheme: map[int64][]Question{}, cards: c.CardIDs}
	for _, q := range c.Questions {
		m.difficulty[q.ID] = r.NormFloat64()
		w := make([]float64, len(q.Question.Options))
		for i := range w {
			// A few distractors draw most wrong answers.
			w[i] = math.Pow(r.Float64(), 2) + 0.05
		}
		m.lure[q.ID] = w
		if _, ok := m.byTheme[q.ThemeID]; !ok {
			m.themes = append(m.themes, q.ThemeID)
		}
		m.byTheme[q.ThemeID] = append(m.byTheme[q.ThemeID], q)
	}
	return m
}

// learner is one synthetic learner: an ability, the hours they study, and
// when they began.
type learner struct {
	n       int
	r       *rand.Rand
	ability float64
	hours   [2]float64 // the centres of their two usual study times, in hours
	begun   time.Time
	now     time.Time
	seen    map[int64]int // answers so far, per question: practice helps
}

func newLearner(n int, r *rand.Rand, now time.Time, months int) *learner {
	span := now.Sub(now.AddDate(0, -months, 0))
	return &learner{
		n: n, r: r, ability: r.NormFloat64(),
		// After school and in the evening, each learner their own way.
		hours: [2]float64{15.5 + r.NormFloat64(), 20 + r.NormFloat64()},
		begun: now.Add(-time.Duration(r.Float64() * float64(span))),
		now:   now, seen: map[int64]int{},
	}
}

// at returns a time on the day d days after the learner began, at one of
// their usual hours.
func (l *learner) at(d int) time.Time {
	day := l.begun.Truncate(24*time.Hour).AddDate(0, 0, d)
	h := l.hours[l.r.IntN(2)] + l.r.NormFloat64()*0.7
	h = math.Min(math.Max(h, 6), 23.5)
	return day.Add(time.Duration(h * float64(time.Hour)))
}

func (l *learner) days() int { return max(int(l.now.Sub(l.begun).Hours()/24), 1) }

func (l *learner) make(ctx context.Context, b Batch, m *model, c Content, sch *srs.Scheduler, nResp, nRev int, class int64, rep *Report) error {
	uid, err := b.Learner(ctx, "Demo learner "+strconv.Itoa(l.n+1), l.begun)
	if err != nil {
		return err
	}
	rep.Learners++
	if err := b.Member(ctx, class, uid, l.begun); err != nil {
		return err
	}
	if err := l.answer(ctx, b, m, c, uid, nResp, rep); err != nil {
		return err
	}
	return l.review(ctx, b, m, sch, uid, nRev, rep)
}

// answer makes theme quizzes until n answers are given; the last may be
// left unfinished.
func (l *learner) answer(ctx context.Context, b Batch, m *model, c Content, uid int64, n int, rep *Report) error {
	if n == 0 {
		return nil
	}
	// Quiz days spread over the learner's time, in time order.
	sessions := max(n/8, 1)
	days := make([]int, sessions)
	for i := range days {
		days[i] = l.r.IntN(l.days())
	}
	slices.Sort(days)
	left := n
	for s := 0; left > 0; s++ {
		d := days[min(s, len(days)-1)]
		// Earlier themes first, as a reader goes.
		theme := m.themes[min(int(math.Abs(l.r.NormFloat64())*float64(len(m.themes))/2.5), len(m.themes)-1)]
		qs := append([]Question(nil), m.byTheme[theme]...)
		l.r.Shuffle(len(qs), func(i, j int) { qs[i], qs[j] = qs[j], qs[i] })
		k := min(len(qs), left)
		t := l.at(d)
		if t.After(l.now) {
			t = l.now.Add(-time.Duration(l.r.IntN(3600)) * time.Second)
		}
		// Each question is shown as the one before is answered, and takes
		// from 5 s to over a minute, longer for a weaker learner.
		shown := make([]time.Time, len(qs)+1)
		shown[0] = t
		for i := range qs {
			secs := 5 + l.r.ExpFloat64()*20*math.Exp(-l.ability*0.3)
			shown[i+1] = shown[i].Add(time.Duration(secs * float64(time.Second)))
		}
		finished := shown[k]
		if k < len(qs) {
			finished = time.Time{}
		}
		aid, err := b.Attempt(ctx, l.publicID(), uid, c.CourseID, theme, t, finished)
		if err != nil {
			return err
		}
		rep.Attempts++
		for i, q := range qs {
			var at time.Time
			if i < k {
				at = shown[i]
			}
			if err := b.Item(ctx, aid, i, q.ID, q.VersionID, l.order(q.Question), at); err != nil {
				return err
			}
		}
		for i, q := range qs[:k] {
			ans := l.respond(m, q)
			res := quiz.Grade(q.Question, ans)
			if err := b.Response(ctx, aid, i, uid, q.ID, q.VersionID, ans, res, shown[i+1]); err != nil {
				return err
			}
			rep.Responses++
			if res.Correct {
				rep.Correct++
			}
		}
		left -= k
	}
	return nil
}

func (l *learner) publicID() string {
	var b [16]byte
	for i := range b {
		b[i] = byte(l.r.UintN(256))
	}
	return hex.EncodeToString(b[:])
}

func (l *learner) order(q quiz.Question) []int {
	switch q.Type {
	case quiz.Single, quiz.Multiple:
		return l.r.Perm(len(q.Options))
	case quiz.Matching:
		return l.r.Perm(len(q.Pairs))
	case quiz.TrueFalse:
		return []int{0, 1}
	}
	return []int{}
}

// pRight is the chance of a right answer: logistic in ability minus
// difficulty, and each earlier answer to the question helps.
func (l *learner) pRight(m *model, q Question) float64 {
	x := 0.8 + l.ability - m.difficulty[q.ID] + 0.4*float64(l.seen[q.ID])
	return 1 / (1 + math.Exp(-x))
}

// respond answers a question, rightly with the model's chance; a wrong
// answer is a plausible one: a tempting distractor, a right set with one
// slip, a near miss.
func (l *learner) respond(m *model, q Question) quiz.Answer {
	right := l.r.Float64() < l.pRight(m, q)
	l.seen[q.ID]++
	qq := q.Question
	switch qq.Type {
	case quiz.Single, quiz.TrueFalse:
		var wrong []int
		var weights []float64
		for i, o := range qq.Options {
			if o.Correct {
				if right {
					return quiz.Answer{Choices: []int{i}}
				}
				continue
			}
			wrong = append(wrong, i)
			weights = append(weights, m.lure[q.ID][i])
		}
		if len(wrong) == 0 {
			return quiz.Answer{Choices: []int{0}}
		}
		return quiz.Answer{Choices: []int{wrong[pick(l.r, weights)]}}
	case quiz.Multiple:
		var ch []int
		for i, o := range qq.Options {
			if o.Correct {
				ch = append(ch, i)
			}
		}
		if !right && len(qq.Options) > 0 {
			slip := l.r.IntN(len(qq.Options))
			if qq.Options[slip].Correct && len(ch) > 1 {
				ch = remove(ch, slip)
			} else if !qq.Options[slip].Correct {
				ch = append(ch, slip)
			} else {
				ch = append(ch[:0], (slip+1)%len(qq.Options))
			}
		}
		return quiz.Answer{Choices: ch}
	case quiz.Short:
		if len(qq.Answers) == 0 {
			return quiz.Answer{Text: "?"}
		}
		a := qq.Answers[0]
		if !right {
			if len(a) > 2 {
				a = a[:len(a)/2] // a half-remembered answer
			} else {
				a = "not sure"
			}
		}
		return quiz.Answer{Text: a}
	case quiz.Numeric:
		v := 0.0
		if i := slices.IndexFunc(qq.Numeric, func(n quiz.NumericAnswer) bool { return !n.Any && quiz.Full(n.Mark()) }); i >= 0 {
			n := qq.Numeric[i]
			v = n.Value
			if n.Min < n.Max {
				v = (n.Min + n.Max) / 2
			}
			if !right {
				v = v*1.5 + n.Tolerance + (n.Max - n.Min) + 1
			}
		}
		return quiz.Answer{Text: strconv.FormatFloat(v, 'f', -1, 64)}
	case quiz.Matching:
		ms := make([]int, len(qq.Pairs))
		for i := range ms {
			ms[i] = i
		}
		if !right && len(ms) > 1 {
			i := l.r.IntN(len(ms))
			j := (i + 1) % len(ms)
			ms[i], ms[j] = ms[j], ms[i]
		}
		return quiz.Answer{Matches: ms}
	}
	return quiz.Answer{}
}

// review rates cards until n ratings are made: each card is first seen on
// some day of the learner's time and comes back when FSRS says, at one of
// the learner's usual hours; it is recalled with the scheduler's own
// probability, nudged by the learner's ability.
func (l *learner) review(ctx context.Context, b Batch, m *model, sch *srs.Scheduler, uid int64, n int, rep *Report) error {
	if n == 0 || len(m.cards) == 0 {
		return nil
	}
	k := min(max(n/7, 3), len(m.cards))
	left := n
	for ci, idx := range l.r.Perm(len(m.cards)) {
		// A learner studies k cards, and more when those were not due
		// often enough to take every review: what a card could not use
		// goes to the next ones.
		if left == 0 {
			break
		}
		budget := left
		if ci < k-1 {
			budget = left / (k - ci)
		}
		if budget == 0 {
			continue
		}
		id := m.cards[idx]
		t := l.at(l.r.IntN(l.days()))
		if t.After(l.now) {
			t = l.now.Add(-time.Hour)
		}
		added := t
		card := srs.NewCard(t)
		var before *quiz.CardState
		for range budget {
			if t.After(l.now) {
				break
			}
			p := 0.55 + 0.1*l.ability
			if card.State != srs.New {
				p = sch.Retrievability(card, t)*0.9 + 0.05 + 0.05*l.ability
			}
			rating := srs.Again
			if l.r.Float64() < p {
				switch x := l.r.Float64(); {
				case x < 0.12:
					rating = srs.Hard
				case x < 0.9:
					rating = srs.Good
				default:
					rating = srs.Easy
				}
			}
			next, log := sch.Review(card, rating, t)
			after := study.FromSRS(next)
			if after.Lapses >= study.LeechLapses {
				after.Leech = true
			}
			if err := b.Review(ctx, uid, id, int(rating), before, after, log.ElapsedDays, t); err != nil {
				return err
			}
			rep.Reviews++
			left--
			card, before = next, &after
			// Back when due: a step within the session, else on the due
			// day at one of the learner's hours.
			if next.Due.Sub(t) < 12*time.Hour {
				t = next.Due.Add(time.Duration(l.r.IntN(300)) * time.Second)
			} else {
				t = l.at(int(next.Due.Sub(l.begun.Truncate(24*time.Hour)).Hours()/24) + l.r.IntN(2))
			}
		}
		if before == nil {
			continue
		}
		if err := b.CardState(ctx, uid, id, *before, added); err != nil {
			return err
		}
		rep.CardStates++
	}
	return nil
}

func pick(r *rand.Rand, w []float64) int {
	sum := 0.0
	for _, v := range w {
		sum += v
	}
	x := r.Float64() * sum
	for i, v := range w {
		if x < v {
			return i
		}
		x -= v
	}
	return len(w) - 1
}

func remove(s []int, v int) []int {
	out := s[:0]
	for _, x := range s {
		if x != v {
			out = append(out, x)
		}
	}
	return out
}

// makeClass makes the school's class number n, begun when the activity
// begins, with two theme quizzes assigned: the first theme due a month
// ago, the second due in a week.
func makeClass(ctx context.Context, b Batch, m *model, c Content, o Options, n int, rep *Report) (int64, error) {
	created := o.Now.AddDate(0, -o.Months, 0)
	id, err := b.Class(ctx, c.CourseID, "Demo class "+strconv.Itoa(n+1), created)
	if err != nil {
		return 0, err
	}
	rep.Classes++
	dues := []time.Time{o.Now.AddDate(0, -1, 0), o.Now.AddDate(0, 0, 7)}
	for i, theme := range m.themes[:min(2, len(m.themes))] {
		if err := b.Assignment(ctx, id, theme, dues[i].Format(time.DateOnly), created); err != nil {
			return 0, err
		}
	}
	return id, nil
}

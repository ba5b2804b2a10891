package handlers

import (
	"context"
	"net/url"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/stats"
)

// statsFilter is the statistics' filter as the address gives it:
// ?attempts=all and ?class=ID, with what was typed kept for the form.
type statsFilter struct {
	All      bool
	ClassID  int64
	Attempts string // as given
	Class    string // as given
	Errors   map[string]string
}

// parseStatsFilter reads the filter; a value it cannot use is reported
// beside its field.
func parseStatsFilter(q url.Values) statsFilter {
	f := statsFilter{Attempts: q.Get("attempts"), Class: strings.TrimSpace(q.Get("class")), Errors: map[string]string{}}
	switch f.Attempts {
	case "", "first":
	case "all":
		f.All = true
	default:
		f.Errors["attempts"] = "Choose each learner’s first quiz or every quiz."
	}
	if f.Class != "" {
		id, err := strconv.ParseInt(f.Class, 10, 64)
		if err != nil || id <= 0 {
			f.Errors["class"] = "A class is given by its number, such as 12."
		}
		f.ClassID = id
	}
	return f
}

// query gives the filter back as a query string ("" or "?attempts=all&class=3").
func (f statsFilter) query() string {
	v := url.Values{}
	if f.All {
		v.Set("attempts", "all")
	}
	if f.ClassID > 0 {
		v.Set("class", strconv.FormatInt(f.ClassID, 10))
	}
	if len(v) == 0 {
		return ""
	}
	return "?" + v.Encode()
}

// classLearners returns the learners of a class of the course, the filter
// the statistics pass to the store; a class of another course is not found.
func (h *Handler) classLearners(ctx context.Context, c *quiz.StoredCourse, classID int64) ([]int64, error) {
	cl, err := h.db.FindClass(ctx, classID)
	if err != nil {
		return nil, err
	}
	if cl.CourseID != c.ID {
		return nil, quiz.Errorf(quiz.ENotFound, "There is no class %d in this course.", classID)
	}
	return h.db.ClassLearnerIDs(ctx, classID)
}

// responseFilter turns a valid address filter into the store's.
func (h *Handler) responseFilter(ctx context.Context, c *quiz.StoredCourse, f statsFilter) (quiz.ResponseFilter, error) {
	rf := quiz.ResponseFilter{AllAttempts: f.All}
	if f.ClassID > 0 {
		ids, err := h.classLearners(ctx, c, f.ClassID)
		if err != nil {
			return rf, err
		}
		if ids == nil {
			ids = []int64{}
		}
		rf.Learners = ids
	}
	return rf, nil
}

// courseStats is a course's statistics with what they were computed from.
type courseStats struct {
	Sets      []quiz.QuestionSet
	Questions map[int64][]quiz.StoredQuestion // by set
	// Responses are the counted responses, read only when asked for (a
	// class, or the responses download).
	Responses []quiz.ItemResponse
	// Marks are, per question, the sum of the counted responses' marks
	// and their number; Counted is the number of counted responses.
	Marks   map[int64]markSum
	Counted int
	Report  stats.Report
}

// markSum adds up n marks.
type markSum struct {
	sum float64
	n   int
}

// choiceTypes are the question types whose answers are options chosen.
func choiceType(t quiz.QuestionType) bool {
	return t == quiz.Single || t == quiz.Multiple || t == quiz.TrueFalse
}

// computeStats reads a course's questions and computes the statistics of
// the responses the filter keeps: for a class, or when the responses
// themselves are wanted, from the responses (a class's are few, read
// through an index by learner); for the whole course from the sums the
// store keeps as attempts finish, in time proportional to the questions.
func (h *Handler) computeStats(ctx context.Context, c *quiz.StoredCourse, rf quiz.ResponseFilter, wantResponses bool) (*courseStats, error) {
	sets, err := h.db.ListSetsUncounted(ctx, c.ID)
	if err != nil {
		return nil, err
	}
	cs := &courseStats{Sets: sets, Questions: map[int64][]quiz.StoredQuestion{}, Marks: map[int64]markSum{}}
	var items []stats.Item
	for _, s := range sets {
		_, qs, err := h.db.FindSet(ctx, s.ID)
		if err != nil {
			return nil, err
		}
		cs.Questions[s.ID] = qs
		for _, q := range qs {
			it := stats.Item{ID: q.ID, SetID: s.ID, VersionID: q.VersionID}
			if choiceType(q.Type) {
				for _, o := range q.Options {
					it.Options = append(it.Options, stats.Option{Text: o.Text, Correct: o.Correct})
				}
			}
			items = append(items, it)
		}
	}
	if rf.Learners == nil && !wantResponses {
		sums, err := h.db.CourseStatistics(ctx, c.ID, rf.AllAttempts)
		if err != nil {
			return nil, err
		}
		qs := make(map[int64]stats.ItemSums, len(sums.Questions))
		for _, it := range items {
			s := sums.Questions[it.ID]
			if s == nil {
				continue
			}
			is := stats.ItemSums{N: s.N, SX: s.SX, SXX: s.SXX, SY: s.SY, SYY: s.SYY, SXY: s.SXY,
				Marks: buckets(s.Marks), Rest: buckets(s.Rest), Times: buckets(s.Times), OptionCounts: map[int]int{}}
			for choice, n := range s.Options[it.VersionID] {
				if choice < 0 {
					is.OptionBase = n
				} else {
					is.OptionCounts[choice] = n
				}
			}
			qs[it.ID] = is
			cs.Marks[it.ID] = markSum{s.SX, s.N}
			cs.Counted += s.N
		}
		ss := make(map[int64]stats.SetSums, len(sums.Sets))
		for id, s := range sums.Sets {
			ss[id] = stats.SetSums{N: s.N, ST: s.ST, STT: s.STT, SS: s.SS, Scores: buckets(s.Scores)}
		}
		cs.Report = stats.FromSums(items, qs, ss)
		return cs, nil
	}
	cs.Responses, err = h.db.CourseResponses(ctx, c.ID, rf)
	if err != nil {
		return nil, err
	}
	rs := make([]stats.Response, len(cs.Responses))
	for i, r := range cs.Responses {
		rs[i] = stats.Response{LearnerID: r.LearnerID, AttemptID: r.AttemptID, QuestionID: r.QuestionID,
			VersionID: r.VersionID, Mark: r.Score, Choices: r.Answer.Choices, Seconds: r.Seconds()}
		m := cs.Marks[r.QuestionID]
		m.sum += r.Score
		m.n++
		cs.Marks[r.QuestionID] = m
	}
	cs.Counted = len(cs.Responses)
	cs.Report = stats.Compute(items, rs, stats.Options{AllAttempts: rf.AllAttempts})
	return cs, nil
}

// buckets turns the store's histogram into the statistics'.
func buckets(bs []quiz.Bucket) []stats.Bucket {
	out := make([]stats.Bucket, len(bs))
	for i, b := range bs {
		out[i] = stats.Bucket{Value: b.Value, N: b.N}
	}
	return out
}

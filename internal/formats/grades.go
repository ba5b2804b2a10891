package formats

import (
	"fmt"

	"github.com/lectern/lectern/internal/quiz"
)

// Moodle's grades: every mark in GIFT or Moodle XML must be one of them
// (quiz.AllowedFraction), or Moodle's import, and Lectern's reading of
// Moodle XML, refuses the question.

// eachMark calls fn with each mark q gives of its own (an option's, a short
// or a numerical answer's) and what carries it, until fn returns false. fn
// may change the mark.
func eachMark(q *quiz.Question, fn func(what string, f *float64) bool) {
	for i := range q.Options {
		if !fn(fmt.Sprintf("option %q", q.Options[i].Text), &q.Options[i].Fraction) {
			return
		}
	}
	for i := range q.Marked {
		if !fn(fmt.Sprintf("answer %q", q.Marked[i].Text), &q.Marked[i].Fraction) {
			return
		}
	}
	for i := range q.Numeric {
		if f := q.Numeric[i].Fraction; f != nil {
			v := *f
			more := fn("a numerical answer", &v)
			if v != *f {
				q.Numeric[i].Fraction = &v // its own, whatever else points at the old
			}
			if !more {
				return
			}
		}
	}
}

// moodleGrades sets each mark of q to the grade of Moodle's it stands for
// (33.33333% for a third) and returns "", or the first mark that is none of
// them, as a percentage.
func moodleGrades(q *quiz.Question) string {
	off := ""
	eachMark(q, func(_ string, f *float64) bool {
		x, ok := quiz.AllowedFraction(*f)
		if !ok {
			off = quiz.PercentText(*f)
			return false
		}
		*f = x
		return true
	})
	return off
}

// moodleMarks reports a mark of q that is none of Moodle's grades, which
// neither Moodle nor Lectern would read back from GIFT or Moodle XML: one
// of its own (from Lectern's JSON it may be any share), or the even share
// of a multiple-response question's n correct options, which no grade of
// Moodle's is for more than ten.
func moodleMarks(q quiz.Question) error {
	for i, m := range quiz.Marks(q) {
		if _, ok := quiz.AllowedFraction(m); !ok && q.Options[i].Fraction == 0 {
			return fmt.Errorf("its options would carry %s of the marks, which is none of Moodle's grades: Moodle shares the marks evenly among ten correct options at most (give it fewer, or give each option one of Moodle's grades in the editor)", quiz.PercentText(m))
		}
	}
	var err error // fn changes nothing: q's slices are the caller's
	eachMark(&q, func(what string, f *float64) bool {
		if _, ok := quiz.AllowedFraction(*f); !ok {
			err = fmt.Errorf("%s carries %s of the marks, which is none of Moodle's grades", what, quiz.PercentText(*f))
			return false
		}
		return true
	})
	return err
}

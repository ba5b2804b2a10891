package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A short answer or a choice on a blank is held back where its theme
// keeps four items without it, the lowest scored first; a theme that
// would fall short keeps it (blind judges of sets 101 to 121 accepted
// such items on 23% and 15% of verdicts, true statements on 76%).
func TestRecallBlankHeldWhereTheThemeCanSpareIt(t *testing.T) {
	q := func(theme, rule string, score float64, idx int) item {
		typ := quiz.TrueFalse
		switch rule[:min(len(rule), 12)] {
		case "cloze-short/":
			typ = quiz.Short
		case "cloze-single":
			typ = quiz.Single
		}
		it := item{proposed: true, rule: rule, score: score, sent: &sentence{idx: idx},
			q: &quiz.Question{Theme: theme, Type: typ}}
		if typ == quiz.TrueFalse {
			it.q.Options = []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}
		}
		return it
	}
	items := []item{
		// Five items, two of them blanks to type or pick: the weaker
		// goes, and the theme keeps four.
		q("port", "truefalse-true", 0.9, 1),
		q("port", "truefalse-true", 0.8, 2),
		q("port", "cloze-short/place", 0.5, 3),
		q("port", "cloze-single/year", 0.4, 4),
		q("port", "truefalse-true", 0.7, 5),
		// Four items: the short answer stays.
		q("fleet", "truefalse-true", 0.9, 6),
		q("fleet", "truefalse-true", 0.8, 7),
		q("fleet", "cloze-short/person", 0.3, 8),
		q("fleet", "truefalse-true", 0.7, 9),
	}
	// Five items, the blank the quiz's only question that is not a true
	// statement: it stays, or True would pass the quiz.
	items = append(items,
		q("quay", "truefalse-true", 0.9, 10),
		q("quay", "truefalse-true", 0.8, 11),
		q("quay", "cloze-short/place", 0.2, 12),
		q("quay", "truefalse-true", 0.7, 13),
		item{proposed: true, rule: "cloze-card/term", score: 0.6, sent: &sentence{idx: 14}, c: &quiz.Card{Theme: "quay"}})
	recallCards(items, Options{})
	for i, want := range []bool{true, true, true, false, true, true, true, true, true, true, true, true, true, true} {
		if items[i].proposed != want {
			t.Errorf("item %d (%s, %s, score %.1f): proposed %v, want %v", i, themeOf(items[i]), items[i].rule, items[i].score, items[i].proposed, want)
		}
	}
	// With every draft asked for, nothing is held back.
	all := []item{q("port", "truefalse-true", 0.9, 1), q("port", "truefalse-true", 0.8, 2), q("port", "truefalse-true", 0.7, 3),
		q("port", "truefalse-true", 0.6, 4), q("port", "cloze-short/place", 0.5, 5)}
	recallCards(all, Options{All: true})
	if !all[4].proposed {
		t.Error("a short answer was held back from the drafts of -all")
	}
}

package generate

import "strings"

// A blank whose answer another question of its quiz shows. The questions
// of a theme are taken together, as one quiz: where one states or quotes
// the name a blank asks ("Suleiman soon made preparations for the
// conquest of Belgrade", then "Suleiman encircled _____ and began a
// series of heavy bombardments", Belgrade), the learner reads the answer
// a question earlier, and the blank asks again what the quiz has just
// told. Both blind judges rejected such a blank as a repeat of the
// earlier items; on the development drafts the rule holds back a year
// already given in a true statement of the same expedition, a president
// already named on the site, and a city a neighbouring blank's stem
// names. The blank is held back on the items proposed at last
// (holdFinalRepeats, with the figure repeats of figure_repeat.go), so
// that the themes are laid out as before, and its place goes to the
// theme's next held-back item.

// shownAnswer reports whether question bl, a blank over a name or a
// year, asks what the stem of question other, in the same theme and on
// another sentence, shows.
func shownAnswer(bl, other *item) bool {
	if bl.q == nil || other.q == nil || bl.sp == nil || bl.sent == other.sent {
		return false
	}
	if strings.HasPrefix(bl.rule, "truefalse") || bl.q.Theme != other.q.Theme {
		return false
	}
	if !bl.sp.kind.proper() && bl.sp.kind != kYear && bl.sp.kind != kCentury {
		return false
	}
	k := key(bl.answer)
	if k == "" {
		return false
	}
	return strings.Contains(" "+key(other.q.Prompt)+" ", " "+k+" ")
}

// answerShownAny reports whether a question of kept shows the answer of
// blank it (shownAnswer). Its sentence is then not quoted whole in its
// place (repeat_refill.go): the quiz has told the name already, and the
// sentence tells the same event again ("Suleiman encircled Belgrade"
// after "the conquest of Belgrade").
func answerShownAny(it *item, kept []*item) bool {
	for _, k := range kept {
		if shownAnswer(it, k) {
			return true
		}
	}
	return false
}

package generate

import (
	"slices"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// A third true statement asked another way. Where no false statement
// clears its floors, a theme proposing three true statements and no false
// one is passed by a learner answering True throughout (on the development
// texts, 61 of 104 themes). askTrueOtherWay keeps the theme's two best true
// statements and asks each further one's fact another way: the best
// held-back item of another kind on the statement's own sentence that a
// thin theme's fourth item may be (otherKindFourth: not held back, an
// answer no proposed item asks, no blank on a name), else the held-back
// cloze card drafted on that sentence (held as a repeat of the statement)
// where figureCard rebuilds it on the sentence's key figure or term by
// every rule a cloze card answers to. No card is added anew: `lectern
// generate -all` lists every draft. Not where the statement quotes the
// sentence it leans on (leanCtx), which no card keeps, nor on a person's
// role or a word of the theme or course title. Where nothing qualifies,
// the theme stays as it is: a true statement judges accept is not
// dropped for nothing. A statement asked another way is held back as a
// repeat of the item that asks its fact.

// askTrueOtherWayThemes applies askTrueOtherWay to each theme's items;
// themes are the course's themes and course its title.
func (a *article) askTrueOtherWayThemes(items []item, themes []quiz.Theme, course string, opts Options) []item {
	if opts.All {
		return items
	}
	titles := map[string]string{}
	for _, t := range themes {
		titles[t.Slug] = t.Title
	}
	elsewhere := answersProposed(items)
	out := make([]item, 0, len(items)+1)
	eachTheme(items, func(its []item) {
		out = append(out, a.askTrueOtherWay(slices.Clone(its), elsewhere, titles[themeOf(its[0])], course, opts)...)
	})
	return out
}

// roleAnswer reports whether an answer is a person's role ("program
// director", "shadow foreign secretary"): a blank over a job title is
// trivia judges reject.
func roleAnswer(answer string) bool {
	f := strings.Fields(strings.ToLower(answer))
	return len(f) > 0 && roleNouns[f[len(f)-1]]
}

// askTrueOtherWay applies the rule above to one theme's items (out),
// returning them with any card added; elsewhere counts the answers the
// article's proposed items ask, theme is the theme's title and course
// the course title. No item asks a role or a word of either title.
func (a *article) askTrueOtherWay(out []item, elsewhere map[string]int, theme, course string, opts Options) []item {
	for {
		n, nq, t, f, _ := tallyProposed(out)
		if t < 3 || f > 0 {
			return out
		}
		weak := -1
		for i := range out {
			if tf, tr := isTrueFalse(&out[i]); out[i].proposed && tf && tr && (weak < 0 || out[i].score < out[weak].score) {
				weak = i
			}
		}
		out[weak].proposed = false
		_, _, _, _, asked := tallyProposed(out)
		for k := range elsewhere {
			asked["a|"+k] = true
		}
		for i := range out {
			if it := &out[i]; it.proposed && it.q == nil {
				asked["s|"+strconv.Itoa(it.sent.idx)] = true
				asked["a|"+key(it.answer)] = true
			}
		}
		nc := n - nq
		idx := out[weak].sent.idx
		best := -1
		for i := range out {
			it := &out[i]
			if out[weak].leanCtx || it.proposed || i == weak || it.sent == nil || it.sent.idx != idx || it.c != nil && nc >= opts.MaxCardsPerTheme {
				continue
			}
			if a.otherKindFourth(it, asked, false) && !roleAnswer(it.answer) && !titleGivesAway(key(it.answer), theme, course) && (best < 0 || it.score > out[best].score) {
				best = i
			}
		}
		if best >= 0 {
			out[best].proposed = true
			out[weak].repeat = true
			elsewhere[key(out[best].answer)]++
			continue
		}
		if nc < opts.MaxCardsPerTheme && !out[weak].leanCtx {
			if c := a.figureCard(&out[weak], course); c != nil && sameFront(out, c) >= 0 && a.otherKindFourth(c, asked, true) && !roleAnswer(c.answer) && !titleGivesAway(key(c.answer), theme, course) {
				c.score = out[weak].score
				c.c.Theme, c.c.Paragraphs = out[weak].q.Theme, out[weak].q.Paragraphs
				c.proposed = true
				out[weak].repeat = true
				elsewhere[key(c.answer)]++
				out[sameFront(out, c)] = *c
				continue
			}
		}
		out[weak].proposed = true
		return out
	}
}

// sameFront is the index of a held-back card of the same front as
// card c among a theme's items, or -1.
func sameFront(out []item, c *item) int {
	return frontAt(out, c, true)
}

// frontAt is the index of a card of the same front as card c among
// items, or -1; with heldOnly, only a card held back counts.
func frontAt(items []item, c *item, heldOnly bool) int {
	f := quiz.Normalize(c.c.Front)
	for i := range items {
		if it := &items[i]; it.c != nil && !(heldOnly && it.proposed) && quiz.Normalize(it.c.Front) == f {
			return i
		}
	}
	return -1
}

// withOtherWayCards returns a theme's items (its) with, for each true
// statement, the cloze card figureCard builds on its sentence where no
// card of that front is drafted yet: held back as a repeat of the
// statement (proposed with all), placed by its score among the items.
// askTrueOtherWay proposes one in place of the weakest true statement,
// and `lectern generate -all` lists them all. title is the course title.
func (a *article) withOtherWayCards(its []item, title string, all bool) []item {
	out := slices.Clone(its)
	for i := range its {
		it := &its[i]
		if tf, tr := isTrueFalse(it); !tf || !tr || it.rule != "truefalse-true" || it.q == nil {
			continue
		}
		c := a.figureCard(it, title)
		if c == nil || frontAt(out, c, false) >= 0 {
			continue
		}
		c.score = it.score
		c.c.Theme, c.c.Paragraphs = it.q.Theme, it.q.Paragraphs
		c.proposed, c.repeat = all, !all
		at := len(out)
		for j := range out {
			if out[j].score < c.score {
				at = j
				break
			}
		}
		out = slices.Insert(out, at, *c)
	}
	return out
}

package generate

import (
	"slices"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// A thin opening and a bare neighbour. A short report of 700 words was
// cut into an opening of 176 words proposing two items, under its
// headline, then "Political Editor" over the show's contestants and
// panel (a former political editor chairs it) and a last paragraph.
// Nothing the second theme's sentences repeat names what they share,
// and blind judges accepted every single theme a short report had under
// its headline. Where the opening of a short report proposes fewer than
// minProposed items and the theme after it has a title that names no
// matter (bareTitle, lateBareTitle) and no quarrel to be titled by
// (quarrelTitle), the two join, titled by the headline, as long as the
// joined theme stays within lateJoinWords words: the opening then
// proposes what both parts did (each drafted from its own paragraphs as
// before, thin_join.go), and its title covers both.

// lateJoinWords is the most words the joined theme may have: a theme
// and a half of the largest the cuts aim at (themeMaxWords), 600. It was
// the largest theme and an eighth (450), which kept apart a marathon
// preview's thin opening and "New York" (483 words together) and a
// student-vote report's opening and "Election Chances" (576). Blind
// judges judged good the title of every short news report quizzed as
// one theme under its headline, from 395 to 822 words (forty-three
// texts of sets 44 to 65, thirty-three of them over 450 words); a theme
// of 600 words is one that a single-theme short report already gives.
const lateJoinWords = themeMaxWords + themeMaxWords/2

// joinBareNeighbour joins the opening of themes and the theme after it
// (see above), given the items drafted for themes without opts.All
// (drafted asks for them only where the titles and lengths allow the
// join); it reports whether it did. themes[0] then covers both.
func (a *article) joinBareNeighbour(themes *[]quiz.Theme, drafted func() []item, opts Options) bool {
	ts := *themes
	if len(ts) < 2 || len(a.sections) > 0 || a.words(allParas(len(a.paras))) > reportMaxWords {
		return false
	}
	first, next := ts[0], ts[1]
	if a.words(first.Paragraphs)+a.words(next.Paragraphs) > lateJoinWords {
		return false
	}
	if !a.bareTitle(next.Title) && !lateBareTitle(next.Title) {
		return false
	}
	used := map[string]bool{}
	for _, t := range ts[2:] {
		used[strings.ToLower(t.Title)] = true
	}
	if a.quarrelTitle(next.Paragraphs, used, true) != "" {
		return false
	}
	joined := append(slices.Clone(first.Paragraphs), next.Paragraphs...)
	h := a.openingHeadline(joined, "", used)
	if h == "" {
		h = a.wholeHeadline(joined, used) // join_whole.go
	}
	if h == "" || nearUsed(h, used) {
		return false
	}
	items := drafted()
	counts := proposedPer(ts, items)
	if counts[0] >= minProposed {
		return false
	}
	// The joined theme proposes what both did: within a theme's caps.
	if !joinWithinCaps(items, first.Slug, next.Slug, opts) {
		return false
	}
	slugs := map[string]bool{}
	for _, t := range ts[2:] {
		slugs[t.Slug] = true
	}
	merged := a.joinedTheme(h, uniqueSlug(h, slugs), joined)
	*themes = append([]quiz.Theme{merged}, ts[2:]...)
	return true
}

// joinWithinCaps reports whether the items proposed for the themes
// slugged a and b, joined into one, stay within a theme's caps of
// questions and cards.
func joinWithinCaps(items []item, a, b string, opts Options) bool {
	q, c := 0, 0
	for _, it := range items {
		if !it.proposed || (themeOf(it) != a && themeOf(it) != b) {
			continue
		}
		if it.q != nil {
			q++
		} else {
			c++
		}
	}
	return q <= opts.MaxQuestionsPerTheme && c <= opts.MaxCardsPerTheme
}

// joinedTheme is the theme of paragraphs g that two joined themes make,
// titled title under slug, summed up by its most central sentence.
func (a *article) joinedTheme(title, slug string, g []int) quiz.Theme {
	sents := a.sentencesOf(g)
	rankSentences(sents)
	return quiz.Theme{Title: title, Slug: slug, Summary: summary(sents, a.paras, g), Paragraphs: g}
}

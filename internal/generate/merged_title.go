package generate

import (
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// A theme too thin to quiz joins a neighbour and keeps the neighbour's
// title (fillThemes): a title chosen for two paragraphs ("Louisiana
// Purchase" for an expedition's commissioning) then heads six, four of
// them about something else (the winter at Fort Mandan). retitleMerged
// titles such a theme afresh from all its paragraphs, as a theme cut so
// in the first place would have been titled.

// retitleMerged gives each theme of after that grew from the theme of
// before with its slug, and kept that theme's title, the title its
// paragraphs now have, where the kept title was chosen among the old
// theme's phrases, the new one is a title no other theme has, and the
// kept title's head word is in a third of the theme's paragraphs or
// fewer while the new one's is in more (headCoverage): the kept title
// names a part of the theme, the new one more of it.
// It reports the themes retitled, by index.
func (a *article) retitleMerged(before, after []quiz.Theme) []int {
	was := map[string]quiz.Theme{}
	for _, t := range before {
		was[t.Slug] = t
	}
	subject := ""
	if len(before) > 1 {
		_, subject = a.mainSubjectKey()
	}
	var changed []int
	for i, t := range after {
		b, ok := was[t.Slug]
		if !ok || b.Title != t.Title || len(t.Paragraphs) <= len(b.Paragraphs) || len(t.Paragraphs) == len(a.paras) {
			continue
		}
		used, slugs := otherTitles(after, i)
		// Only a title chosen among the old theme's phrases is chosen
		// again: an office, a life stage or a report's headline was made
		// by a rule of its own, which fillThemes has weighed already.
		if a.themeTitle(b.Paragraphs, used, subject) != b.Title {
			continue
		}
		nt := a.themeTitle(t.Paragraphs, used, "")
		if nt == "" || strings.EqualFold(nt, t.Title) || used[strings.ToLower(nt)] || nearUsed(nt, used) {
			continue
		}
		// The kept title speaks of a third of the theme or less, the new
		// one of more.
		// Or the kept title is a phrase of one of the theme's sentences,
		// and the new one is not (title_spread.go).
		n := len(t.Paragraphs)
		wider := 3*a.headCoverage(t.Title, t.Paragraphs) <= n && 3*a.headCoverage(nt, t.Paragraphs) > n
		if !wider && !(a.liftedTitle(t.Title, t.Paragraphs, subject) && !a.liftedTitle(nt, t.Paragraphs, "")) {
			continue
		}
		after[i].Title = nt
		after[i].Slug = uniqueSlug(nt, slugs)
		changed = append(changed, i)
	}
	return changed
}

// headCoverage is the number of paragraphs of g that have the head word
// of title (its last word, in any of its forms): how much of a theme a
// title speaks of.
func (a *article) headCoverage(title string, g []int) int {
	ws := strings.Fields(key(title))
	if len(ws) == 0 {
		return 0
	}
	h := stem(ws[len(ws)-1])
	n := 0
	for _, p := range g {
		if p >= 1 && p <= len(a.paras) && a.paras[p-1].words[h] > 0 {
			n++
		}
	}
	return n
}

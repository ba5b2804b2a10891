package generate

import (
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// The opening theme of an article of several themes, still titled by a
// short phrase once every other pass has run, takes the headline. The
// opening paragraphs say what the article is about, as the headline
// does; a phrase of them names one of their details. On the development
// verdicts of sets 151 to 290, opening themes titled by the headline were
// judged good by 319 of 434 verdicts (74%), those titled by a phrase of
// four words or fewer by 102 of 360 (28%), and those titled by their
// standfirst by 63 of 116 (54%), which are kept.

// maxPhraseTitleWords is the most words of a title read as a phrase, not
// a sentence.
const maxPhraseTitleWords = 4

// headlineOpening gives the opening theme of themes the headline where it
// is titled by a phrase (see above), and reports whether it did. Not a
// biography's (its life stages title it), not an article in sections
// (their headings do), and not a headline claiming what the article says
// is still to come (headline_claim.go).
func (a *article) headlineOpening(themes []quiz.Theme) bool {
	h := a.headline
	if len(themes) < 2 || len(a.sections) > 0 || h == "" || !titleShaped(h) || a.isBiography() || a.headlineProspectOnly() {
		return false
	}
	t := themes[0].Title
	if t == "" || t == repliesTitle || strings.EqualFold(t, h) || len(strings.Fields(t)) > maxPhraseTitleWords {
		return false
	}
	used, slugs := otherTitles(themes, 0)
	if used[strings.ToLower(h)] {
		return false
	}
	themes[0].Title = h
	themes[0].Slug = uniqueSlug(h, slugs)
	return true
}

package generate

import (
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// The opening theme of an article of several themes takes the headline,
// whatever the other passes titled it. The opening paragraphs say what
// the article is about, as the headline does; a phrase of them names one
// of their details, and their first sentence (a standfirst, most often)
// one of their points. On the development verdicts of sets 151 to 290,
// opening themes titled by the headline were judged good by 319 of 434
// verdicts (74%), those titled by a phrase of four words or fewer by 102
// of 360 (28%), and those titled by their standfirst by 63 of 116 (54%).
// Blind judges then saw both titles of each changed opening theme side
// by side: of 74 opening themes titled by a phrase, the headline was
// good for 67 and the phrase for 6 (testdata/judged/
// titles-opening-headline-ab.tsv); of 132 titled by a sentence, the
// headline for 118 and the sentence for 57 (titles-opening-standfirst-
// ab.tsv).

// headlineOpening gives the opening theme of themes the headline (see
// above), and reports whether it did. Not a biography's (its life stages
// title it), not an article in sections (their headings do), and not a
// headline claiming what the article says is still to come
// (headline_claim.go).
func (a *article) headlineOpening(themes []quiz.Theme) bool {
	h := a.headline
	if len(themes) < 2 || len(a.sections) > 0 || h == "" || !titleShaped(h) || a.isBiography() || a.headlineProspectOnly() {
		return false
	}
	t := themes[0].Title
	if t == "" || t == repliesTitle || strings.EqualFold(t, h) {
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

package generate

import (
	"slices"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// A thin later theme titled by a body or an office. A 600-word report on
// calls to publish a legal adviser's advice was cut into an opening of
// four items and a later theme of three titled "Attorney General",
// judged bad by both judges: the paragraphs are the calls to publish and
// the denials, which nothing they repeat names. joinBareNeighbour joins
// a thin opening to a bare neighbour; this is its mirror: where a later
// theme of a short report under a sentence headline still has a title
// that names no matter once the titles are given (lateBareTitle,
// bodyOnlyTitle, after personMatterTitle found nothing), proposes fewer
// than minProposed items, and the theme before it and it make at most
// lateJoinWords words, the two join under the earlier theme's title, or
// the headline where they are the whole report (wholeHeadline), and
// within a theme's caps of questions and cards.

// wholeJoinWords is the most words a join of the whole report may have:
// under two themes and a half of themeWords, the length below which the
// count of themes (words/250, rounded) gives a report two themes at
// most. Past lateJoinWords only where the join is the whole report,
// titled by its headline, as every short report quizzed as one theme
// was (judged good from 395 to 822 words).
const wholeJoinWords = themeWords*5/2 - 1

// joinBareLater joins each such later theme of themes to the theme
// before it (see above), given the items drafted for themes as they are
// without opts.All; it reports whether it joined any.
func (a *article) joinBareLater(themes *[]quiz.Theme, drafted func() []item, opts Options) bool {
	ts := *themes
	if len(ts) < 2 || len(a.sections) > 0 || a.words(allParas(len(a.paras))) > reportMaxWords || !lateHeadline(a.headline) {
		return false
	}
	var items []item
	joined := false
	for i := 1; i < len(ts); i++ {
		prev, t := ts[i-1], ts[i]
		if !lateBareTitle(t.Title) && !a.bodyOnlyTitle(t.Title) && !a.lateWeakTitle(t.Title, t.Paragraphs) {
			continue
		}
		if lateBareTitle(prev.Title) || a.bodyOnlyTitle(prev.Title) || a.lateWeakTitle(prev.Title, prev.Paragraphs) {
			continue
		}
		g := append(slices.Clone(prev.Paragraphs), t.Paragraphs...)
		if limit := lateJoinWords; a.words(g) > limit && (len(g) != len(a.paras) || a.words(g) > wholeJoinWords) {
			continue
		}
		used := map[string]bool{}
		for j, o := range ts {
			if j != i && j != i-1 {
				used[strings.ToLower(o.Title)] = true
			}
		}
		title := prev.Title
		if len(g) == len(a.paras) {
			if h := a.wholeHeadline(g, used); h != "" {
				title = h
			}
		}
		if items == nil {
			items = drafted()
		}
		counts := proposedPer(ts, items)
		if counts[i] >= minProposed && !a.weakJoinable(t) { // late_weak_title.go
			continue
		}
		if !joinWithinCaps(items, prev.Slug, t.Slug, opts) {
			continue
		}
		slugs := map[string]bool{}
		for j, o := range ts {
			if j != i && j != i-1 {
				slugs[o.Slug] = true
			}
		}
		slug := prev.Slug
		if title != prev.Title {
			slug = uniqueSlug(title, slugs)
		}
		ts = append(append(slices.Clone(ts[:i-1]), a.joinedTheme(title, slug, g)), ts[i+1:]...)
		joined = true
		items = nil // the counts are the old themes'
		break       // one join a report: the rest are drafted again first
	}
	*themes = ts
	return joined
}

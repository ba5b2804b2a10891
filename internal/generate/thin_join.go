package generate

import (
	"slices"
	"sort"

	"github.com/lectern/lectern/internal/quiz"
)

// Two thin neighbours that keep what they proposed. Drafted again as one
// theme, two neighbouring themes that each propose fewer than
// minProposed items often propose no more than the larger did: the
// joined theme balances its true statements with false ones and ranks
// its sentences afresh (fillThemes refuses such joins, mergeKeeps). So
// a short text keeps themes of three and two, as the 929-word column on
// music phones did ("Musical future for phones" 3, "Video Streaming" 2).
// Once the article is drafted, two such neighbours join where the
// joined theme, each part drafted from its own paragraphs as before and
// the passes over the whole article made again, proposes minProposed or
// more and no fewer items than the two did, and the article as a whole
// proposes no fewer: the learner gets one theme of five where there
// were two thin ones, and loses no item. A part proposing none or one
// item (loneMost) joins so even where the joined theme stays under
// minProposed: once the passes over the whole article have held back
// what leaned on the sentence before, the 929-word column's second
// theme proposed nothing beside a first of two.

// joinThinPairs joins two neighbouring thin themes of c (see above), as
// often as one more join holds, and returns the items of c's themes.
// items are the items drafted for c's themes as they are.
func (a *article) joinThinPairs(c *quiz.Course, items []item, opts Options) []item {
	if len(c.Themes) < 2 {
		return items
	}
	cut := opts
	cut.All = false
	counted := items
	if opts.All {
		counted = a.draftItems(&quiz.Course{Course: c.Course}, cut, c.Themes, nil)
	}
	themes := slices.Clone(c.Themes)
	parts := make([][][]int, len(themes))
	for i, t := range themes {
		parts[i] = [][]int{t.Paragraphs}
	}
	sum := func(ns []int) int {
		t := 0
		for _, n := range ns {
			t += n
		}
		return t
	}
	tried := map[string]bool{}
	joined := false
	a.joinTrial = true
	for range len(c.Themes) {
		counts := proposedPer(themes, counted)
		best := -1
		for i := 0; i+1 < len(themes); i++ {
			thin := counts[i] < minProposed && counts[i+1] < minProposed || min(counts[i], counts[i+1]) <= loneMost
			if !thin || tried[themes[i].Slug+"\x00"+themes[i+1].Slug] {
				continue
			}
			if a.words(themes[i].Paragraphs)+a.words(themes[i+1].Paragraphs) > maxMergedWords {
				continue
			}
			if best < 0 || counts[i]+counts[i+1] < counts[best]+counts[best+1] {
				best = i
			}
		}
		if best < 0 {
			break
		}
		lo, hi := best, best+1
		tried[themes[lo].Slug+"\x00"+themes[hi].Slug] = true
		keep := themes[hi]
		if a.words(themes[lo].Paragraphs) >= a.words(themes[hi].Paragraphs) {
			keep = themes[lo]
		}
		others := append(slices.Clone(themes[:lo]), themes[hi+1:]...)
		merged := a.describe(append(slices.Clone(themes[lo].Paragraphs), themes[hi].Paragraphs...), keep, others)
		next := append(append(slices.Clone(themes[:lo]), merged), themes[hi+1:]...)
		a.retitleMerged(themes, next)
		nextParts := append(append(slices.Clone(parts[:lo]), append(slices.Clone(parts[lo]), parts[hi]...)), parts[hi+1:]...)
		nextItems := a.draftItems(&quiz.Course{Course: c.Course}, cut, next, nextParts)
		nc := proposedPer(next, nextItems)
		// A lone part joins wherever nothing is lost, even into a theme
		// of fewer than minProposed: a theme proposing nothing is no
		// theme to quiz (loneJoins).
		enough := nc[lo] >= minProposed || min(counts[lo], counts[hi]) <= loneMost && nc[lo] > loneMost
		if !enough || nc[lo] < counts[lo]+counts[hi] || sum(nc) < sum(counts) || !withinCaps(next[lo].Slug, nextItems, opts) {
			continue
		}
		themes, parts, counted, joined = next, nextParts, nextItems, true
	}
	a.joinTrial = false
	if !joined {
		if opts.All {
			// The drafts counted were drafted again: the ranking of
			// each theme's sentences is the one items were drafted with.
			return a.draftItems(c, opts, c.Themes, nil)
		}
		return items
	}
	if opts.All {
		return a.draftItems(c, opts, themes, parts)
	}
	c.Themes = themes
	// The joins settled, a joined theme is drafted again with its
	// true/false items balanced as one (balanceJoined).
	return a.draftItems(&quiz.Course{Course: c.Course}, cut, themes, parts)
}

// withinCaps reports whether theme slug proposes no more questions and
// cards than opts allow a theme: two parts may each propose their most.
func withinCaps(slug string, items []item, opts Options) bool {
	q, c := 0, 0
	for _, it := range items {
		if !it.proposed || themeOf(it) != slug {
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

// proposedPer counts the items of each theme that are proposed, each
// question's prompt and each card's front once, as assemble counts them.
// An item that took the place of one held back after the ranker
// (refill.go) is not counted: which themes join is decided on what the
// ranker and the passes after it proposed, so that a theme the refill
// lifts to four does not leave a thin neighbour that would have joined
// it standing alone ("Columbia River" of three items and "St. Louis" of
// two in the shared history article join as before).
func proposedPer(themes []quiz.Theme, items []item) []int {
	at := map[string]int{}
	for i, t := range themes {
		at[t.Slug] = i
	}
	seen := map[string]bool{}
	n := make([]int, len(themes))
	for _, it := range items {
		// A card held back for its blank (card_blank.go) counts as
		// the ranker proposed it; what took its place does not.
		if !it.proposed && !it.cardHeld || it.refilled {
			continue
		}
		var k string
		if it.q != nil {
			k = "q" + quiz.Normalize(it.q.Prompt)
		} else {
			k = "c" + quiz.Normalize(it.c.Front)
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		if i, ok := at[themeOf(it)]; ok {
			n[i]++
		}
	}
	return n
}

// joinedParts gives, for each theme of themes that joins two or more of
// the themes the article is cut into (cutThemes), the paragraphs of
// each, so that the theme is drafted part by part as Generate drafted
// it; nil for any other theme.
func (a *article) joinedParts(themes []quiz.Theme) [][][]int {
	cut := a.cutThemes()
	out := make([][][]int, len(themes))
	for i, t := range themes {
		var ps [][]int
		k := 0
		for _, ct := range cut {
			if n := len(ct.Paragraphs); n > 0 && n <= len(t.Paragraphs)-k && slices.Equal(ct.Paragraphs, t.Paragraphs[k:k+n]) {
				ps = append(ps, ct.Paragraphs)
				k += n
			}
		}
		if k == len(t.Paragraphs) && len(ps) > 1 {
			out[i] = ps
		}
	}
	return out
}

// partItems drafts theme t part by part, each part from its own
// paragraphs as the theme it was, under t's title and slug.
func (a *article) partItems(t quiz.Theme, parts [][]int, opts Options, ex *existing) []item {
	cut := opts
	cut.All = false
	var out []item
	for _, p := range parts {
		pt := t
		pt.Paragraphs = p
		rankSentences(a.sentencesOf(p))
		if opts.All || a.hasSubjectChoice(p) {
			out = append(out, a.themeItems(pt, opts, ex)...)
			continue
		}
		a.cutting = true
		out = append(out, a.themeItems(pt, cut, ex)...)
		a.cutting = false
	}
	if !opts.All && !a.joinTrial {
		balanceJoined(out, opts)
	}
	return out
}

// balanceJoined keeps a joined theme's true/false items honest where it
// can: each part was balanced on its own, and two parts of three true
// statements each make a theme of six that a learner passes by answering
// True throughout. Where the parts together are not fair (fairTrueFalse),
// the theme's items are put best first, as a theme drafted whole ranks
// them, and balanced as one (balanceTrueFalse), unless that leaves the
// theme under minProposed: a join is made to reach four, and the parts
// apart would ask the same true statements with fewer beside them.
func balanceJoined(items []item, opts Options) {
	if fairTrueFalse(proposedTrueFalse(items)) {
		return
	}
	n := proposedCount(items)
	was := slices.Clone(items)
	sort.SliceStable(items, func(i, j int) bool { return items[i].score > items[j].score })
	balanceTrueFalse(items, opts)
	if m := proposedCount(items); m < minProposed && m < n {
		copy(items, was)
	}
}

func proposedCount(items []item) int {
	n := 0
	for i := range items {
		if items[i].proposed {
			n++
		}
	}
	return n
}

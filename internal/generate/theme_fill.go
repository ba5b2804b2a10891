package generate

import (
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// Themes that hold. A theme is quizzed on its own, and one that proposes
// fewer than minProposed items is too thin to quiz: it is merged into the
// neighbour with fewer words (the cut between them was the weakest), and
// the merged theme is titled and drafted again, until every theme
// proposes enough or one theme is left.

// maxMerges bounds the merges of one article: each drafts one theme again.
const maxMerges = 30

// maxMergedWords is the most words a merged theme may have: three times
// the largest theme the cuts aim at (themes.go). A theme needs enough
// sentences worth asking (true statements from central sentences, mix.go)
// to propose four items; fewer, larger themes beat thin ones.
const maxMergedWords = 1200

// fillThemes merges thin themes (see above). items holds each theme's
// items, as themeItems gives them; the result has the merged themes and
// their items in the same order.
func (a *article) fillThemes(themes []quiz.Theme, items [][]item, opts Options) ([]quiz.Theme, [][]item) {
	return a.fillThemesWith(themes, items, nil, opts, true)
}

// fillThemesWith is fillThemes; without redraft, a merged theme's items
// are its parts' items, which is enough to count them and costs nothing
// (ProposeThemes needs only the themes). floor, when given, is a count of
// items each theme is known to reach without drafting it.
func (a *article) fillThemesWith(themes []quiz.Theme, items [][]item, floor []int, opts Options, redraft bool) ([]quiz.Theme, [][]item) {
	// thinDone marks thin themes that no neighbour can take.
	thinDone := map[int]bool{}
	least := a.fewestThemes()
	drafted := false // the themes drafted again before a pair joins
	for merges := 0; merges < maxMerges && len(themes) > 1; merges++ {
		counts := a.proposedCounts(items, opts)
		for i := range counts {
			if i < len(floor) {
				counts[i] = max(counts[i], floor[i])
			}
		}
		thin, fewest := -1, minProposed
		for i, n := range counts {
			if n < fewest && !thinDone[i] {
				thin, fewest = i, n
			}
		}
		if thin < 0 {
			break
		}
		// At the fewest themes pairs may leave, only a lone theme joins.
		if len(themes) <= min(least, pairLeast) && fewest > loneMost {
			thinDone[thin] = true
			continue
		}
		// Before two thin neighbours may join, the themes merged so far
		// without drafting them are drafted, so that their counts are
		// those Generate sees.
		if len(themes) <= least && !redraft && !drafted {
			drafted = true
			for i, t := range themes {
				if i < len(floor) && floor[i] >= minProposed {
					continue
				}
				rankSentences(a.sentencesOf(t.Paragraphs))
				items[i] = a.themeItems(t, opts, nil)
			}
			continue
		}
		// The neighbour with fewer words takes it, within maxMergedWords.
		other := thin + 1
		if thin == len(themes)-1 || thin > 0 && a.words(themes[thin-1].Paragraphs) < a.words(themes[thin+1].Paragraphs) {
			other = thin - 1
		}
		// Past the fewest themes, only two thin neighbours join, and
		// only where the joined theme proposes enough (pairThin).
		pair := len(themes) <= least
		if pair {
			if o := a.thinNeighbour(themes, counts, thin); o >= 0 {
				other = o
			} else if counts[thin] > loneMost {
				thinDone[thin] = true
				continue
			}
		}
		lo, hi := min(thin, other), max(thin, other)
		if a.words(themes[lo].Paragraphs)+a.words(themes[hi].Paragraphs) > maxMergedWords {
			thinDone[thin] = true
			continue
		}
		// The merged theme keeps the title of the part with more words:
		// the theme the thin one joins; a merge that leaves one theme
		// takes the course's title (themeTitle).
		keep := themes[other]
		if a.words(themes[thin].Paragraphs) > a.words(themes[other].Paragraphs) {
			keep = themes[thin]
		}
		others := append(append([]quiz.Theme{}, themes[:lo]...), themes[hi+1:]...)
		merged := a.describe(append(append([]int{}, themes[lo].Paragraphs...), themes[hi].Paragraphs...), keep, others)
		mi := append(append([]item{}, items[lo]...), items[hi]...)
		checked := a.mergeChecked(len(themes)) || pair
		if redraft || checked {
			rankSentences(a.sentencesOf(merged.Paragraphs))
			mi = a.themeItems(merged, opts, nil)
		}
		nextItems := append(append(append([][]item{}, items[:lo]...), mi), items[hi+1:]...)
		n := a.proposedCounts(nextItems, opts)[lo]
		joins := pair && n >= minProposed || !pair && (!checked || a.mergeKeeps(counts[lo], counts[hi], n, len(themes)))
		if !joins && !loneJoins(counts[lo], counts[hi], n) {
			thinDone[thin] = true
			rankSentences(a.sentencesOf(themes[lo].Paragraphs))
			rankSentences(a.sentencesOf(themes[hi].Paragraphs))
			continue
		}
		themes = append(append(append([]quiz.Theme{}, themes[:lo]...), merged), themes[hi+1:]...)
		thinDone = map[int]bool{} // the indices moved
		items = nextItems
		if floor != nil {
			floor = append(append(append([]int{}, floor[:lo]...), floor[lo]+floor[hi]), floor[hi+1:]...)
		}
	}
	return themes, items
}

// proposedCounts counts each theme's proposed items once repeats across
// the article are held back; with opts.All, the items not held back
// whatever their score.
func (a *article) proposedCounts(items [][]item, opts Options) []int {
	var flat []item
	for _, its := range items {
		flat = append(flat, its...)
	}
	count := make([]int, len(items))
	if opts.All {
		k := 0
		for i, its := range items {
			for range its {
				if !flat[k].holdBack() {
					count[i]++
				}
				k++
			}
		}
		return count
	}
	// holdRepeats changes the proposals: work on copies of the items.
	saved := make([]bool, len(flat))
	for i := range flat {
		saved[i] = flat[i].proposed
	}
	a.holdRepeats(flat, opts)
	k := 0
	for i, its := range items {
		for range its {
			if flat[k].proposed {
				count[i]++
			}
			flat[k].proposed = saved[k]
			k++
		}
	}
	return count
}

// words counts the words of the given paragraphs.
func (a *article) words(paras []int) int {
	n := 0
	for _, p := range paras {
		if p >= 1 && p <= len(a.paras) {
			n += a.paras[p-1].wordCount()
		}
	}
	return n
}

// describe is the theme made of paragraphs g, which takes the title and
// slug of keep, the theme the others joined, unless it is the whole
// article or its paragraphs have a life stage, family, career or
// possessive title (possessive_title.go) that none of the others has, or
// keep's family or marriage title no longer holds of g; its summary is
// its most central sentence.
func (a *article) describe(g []int, keep quiz.Theme, others []quiz.Theme) quiz.Theme {
	sents := a.sentencesOf(g)
	rankSentences(sents)
	used, slugs := otherTitles(others, -1)
	if len(g) == len(a.paras) {
		keep.Title = a.themeTitle(g, nil, "")
		keep.Slug = uniqueSlug(keep.Title, slugs)
	} else if st := a.lifeStageTitle(g, g[0] == 1, g[len(g)-1] == len(a.paras)); st != "" && !used[strings.ToLower(st)] {
		keep.Title = st
		keep.Slug = uniqueSlug(st, slugs)
	} else if ft := a.familyTitle(g, g[0] == 1); ft != "" && !used[strings.ToLower(ft)] {
		keep.Title = ft
		keep.Slug = uniqueSlug(ft, slugs)
	} else if ct := a.careerTitle(g, g[len(g)-1] == len(a.paras)); ct != "" && !used[strings.ToLower(ct)] {
		keep.Title = ct
		keep.Slug = uniqueSlug(ct, slugs)
	} else if p := a.possessiveTitle(g, used); p != "" && !used[strings.ToLower(p)] {
		keep.Title = p
		keep.Slug = uniqueSlug(p, slugs)
	} else if a.isFamilyTitle(keep.Title) {
		// The family theme took a neighbour that does not tell the
		// family: it is titled afresh.
		keep.Title = a.themeTitle(g, used, "")
		keep.Slug = uniqueSlug(keep.Title, slugs)
	}
	if g[0] == 1 && len(g) < len(a.paras) {
		if t := a.bareOpeningTitle(g, a.openingTitle(g, keep.Title, used), used); t != keep.Title {
			keep.Title = t
			keep.Slug = uniqueSlug(t, slugs)
		}
	}
	return quiz.Theme{Slug: keep.Slug, Title: keep.Title, Summary: summary(sents, a.paras, g), Paragraphs: g}
}

// Two thin neighbours. A text of mergeDownWords words or more keeps the
// three themes its length gives (fewestThemes), even where one of them
// proposes two items: "Worker Shortages" (two paragraphs of a 900-word
// report on the chip shortage, two true statements) stayed beside a
// first theme of three. Two neighbouring themes that both propose fewer
// than minProposed could not reach four otherwise: they join, down to
// pairLeast themes, where the joined theme proposes minProposed or more
// (as mergeKeeps lets two thin themes of a shorter text join); else they
// stay as they are.

// pairLeast is how few themes joining two thin neighbours may leave.
const pairLeast = 2

// thinNeighbour returns the neighbour of theme thin that proposes fewer
// than minProposed items too (the one with fewer words where both do),
// or -1.
func (a *article) thinNeighbour(themes []quiz.Theme, counts []int, thin int) int {
	best := -1
	for _, o := range []int{thin - 1, thin + 1} {
		if o < 0 || o >= len(themes) || counts[o] >= minProposed {
			continue
		}
		if best < 0 || a.words(themes[o].Paragraphs) < a.words(themes[best].Paragraphs) {
			best = o
		}
	}
	return best
}

// mergeDownWords is the length under which merging may leave a single
// theme: a text of 600 to 750 words (a long news report, a biography's
// lead) is cut into three themes, but its themes often propose one to
// three items each, and two themes of four, or one of eight, quiz better
// than three of 1, 1 and 3.
const mergeDownWords = 750

// mergeKeeps reports whether merging two themes proposing x and y items
// into one proposing n is worth it, among k themes. In a text of 600 to
// mergeDownWords words, a merge past the three themes a longer text keeps
// must lose no items, or make of two thin themes one that proposes
// enough: a merged theme balances its true statements by false ones
// (balanceTrueFalse), which thin parts did not need to, and the
// escaped-patient report's themes of 3, 2 and 3 items, merged into one,
// proposed 4. Such a merged theme is drafted to count its items even
// where only the themes are wanted (ProposeThemes), so that the themes
// proposed are the themes Generate drafts.
//
// A biography of shortArticleWords to shortReportWords words (cut into
// two themes) merges a thin theme as before, unless both parts propose
// minProposed-1 items or more and the merged theme proposes fewer than
// the two did apart (and is not a theme of four made of two thin ones):
// the 583-word extract on Woodes Rogers, its lead theme proposing four
// items and its family theme three true statements, merged into one
// theme of four that held back the family theme's statements (the true
// statements of a whole short text are balanced as a short report's:
// balanceTrueFalse), among them two that both judges had accepted. A
// theme of three is one item short of a quiz; a part of two or fewer
// still joins its neighbour. A short news report stays one theme: kept
// apart, BBC politics 165's first part fell to two items once the whole
// article's passes were made, and tech 261's and tech 275's second
// parts were single paragraphs whose items read less well than the one
// theme's.
func (a *article) mergeKeeps(x, y, n, k int) bool {
	if !a.mergeChecked(k) {
		return true
	}
	if a.articleWords() < shortReportWords {
		return min(x, y) < minProposed-1 || n >= x+y || n >= minProposed && max(x, y) < minProposed
	}
	return n >= x+y || n >= minProposed && max(x, y) < minProposed
}

// mergeChecked reports whether a merge among k themes is one mergeKeeps
// checks: past three themes, in a text of 600 to mergeDownWords words or
// a biography of shortArticleWords to 600.
func (a *article) mergeChecked(k int) bool {
	w := a.articleWords()
	if w < shortReportWords {
		return k <= 3 && w >= shortArticleWords && a.isBiography()
	}
	return k <= 3 && w < mergeDownWords
}

// articleWords counts the words of the whole article.
func (a *article) articleWords() int {
	all := make([]int, len(a.paras))
	for i := range all {
		all[i] = i + 1
	}
	return a.words(all)
}

// fewestThemes is how few themes merging may leave: the fewest themeCount
// gives an article of its length (three from mergeDownWords words), so
// that a 900-word biography is not quizzed as one theme of four items. A
// theme kept thin drafts what it can and says so (Result.Notes).
func (a *article) fewestThemes() int {
	all := make([]int, len(a.paras))
	for i := range all {
		all[i] = i + 1
	}
	if w := a.words(all); w >= mergeDownWords {
		return min(3, themeCount(w))
	}
	return 1
}

// A lone theme. A theme that proposes none or one item after every fill
// is no theme to quiz: the one-paragraph "Digital Society" closing a
// 610-word report on online commons proposed nothing, and beside it
// "Online Communities" proposed three true statements; the 813-word
// broadband column's three themes proposed 0, 1 and 1. Such a theme
// joins a neighbour even where the rules above would keep it apart
// (mergeKeeps, two thin neighbours joining into fewer than minProposed),
// wherever the joined theme proposes at least loneMost+1 items and loses
// at most one of the larger part's: drafted again over more paragraphs,
// a theme's ranking may drop one of the part's weaker items.

// loneMost is the most items a lone theme proposes.
const loneMost = 1

// loneJoins reports whether two themes proposing x and y items, one of
// them lone, join into one that proposes n.
func loneJoins(x, y, n int) bool {
	return min(x, y) <= loneMost && n > loneMost && n >= max(x, y)-1
}

package generate

import (
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// retitleLater is the loop the later-title passes share (cover_title.go,
// central_title.go, event_title.go): for each theme after the first,
// titled, not the readers' replies, and of minSents sentences or more,
// title proposes a new title from the theme, its sentences and the
// titles the other themes hold (lower-cased), or "" to keep it. A new
// title that differs from the old one replaces it, with a slug unique
// among the other themes'. It reports the themes retitled, by index.
func (a *article) retitleLater(themes []quiz.Theme, minSents int, title func(t quiz.Theme, sents []*sentence, used map[string]bool) string) []int {
	if len(themes) < 2 || len(a.sections) > 0 {
		return nil
	}
	var changed []int
	for i, t := range themes {
		if i == 0 || t.Title == "" || t.Title == repliesTitle {
			continue
		}
		sents := a.sentencesOf(t.Paragraphs)
		if len(sents) < minSents {
			continue
		}
		used, slugs := otherTitles(themes, i)
		nt := title(t, sents, used)
		if nt == "" || strings.EqualFold(nt, t.Title) {
			continue
		}
		themes[i].Title = nt
		themes[i].Slug = uniqueSlug(nt, slugs)
		changed = append(changed, i)
	}
	return changed
}

// retitleOpening is retitleLater for the opening theme of an article
// pasted without its headline, of two themes or more, that is neither
// in sections nor a biography: no headline titles it, and the rules'
// first title is weak in the same ways as a later one's.
func (a *article) retitleOpening(themes []quiz.Theme, minSents int, title func(t quiz.Theme, sents []*sentence, used map[string]bool) string) []int {
	if len(themes) < 2 || len(a.sections) > 0 || a.headline != "" || themes[0].Title == "" || themes[0].Title == repliesTitle || a.isBiography() {
		return nil
	}
	sents := a.sentencesOf(themes[0].Paragraphs)
	if len(sents) < minSents {
		return nil
	}
	used, slugs := otherTitles(themes, 0)
	nt := title(themes[0], sents, used)
	if nt == "" || strings.EqualFold(nt, themes[0].Title) {
		return nil
	}
	themes[0].Title = nt
	themes[0].Slug = uniqueSlug(nt, slugs)
	return []int{0}
}

// runningTerms are the terms of every sentence of the article, in order
// (coverSentenceTerms), and the form each is shown in; computed once per
// article, for the passes that weigh a theme's terms against the rest,
// and again for an article grown since (tests build some by hand).
func (a *article) runningTerms() ([][]string, map[string]string) {
	n := 0
	for _, p := range a.paras {
		n += len(p.sents)
	}
	if a.termRows == nil || len(a.termRows) != n {
		a.termForm = map[string]string{}
		a.termRows = [][]string{}
		for _, p := range a.paras {
			for _, s := range p.sents {
				a.termRows = append(a.termRows, coverSentenceTerms(s, a.termForm))
			}
		}
	}
	return a.termRows, a.termForm
}

// termCounts are the running terms of a theme against the rest of the
// article: in how many of the theme's sentences each term stands
// (count, its terms in order of first use) and in how many of the
// others (rest); in and restN are the two numbers of sentences, sents
// the theme's sentences.
type termCounts struct {
	count, rest map[string]int
	order       []string
	in, restN   int
	sents       []*sentence
}

// themeTerms counts the terms of theme g (its paragraphs' numbers);
// terms are the keys of every sentence of the article, in order
// (runningTerms).
func (a *article) themeTerms(g []int, terms [][]string) termCounts {
	inG := map[int]bool{}
	for _, n := range g {
		inG[n] = true
	}
	tc := termCounts{count: map[string]int{}, rest: map[string]int{}}
	at := 0
	for _, p := range a.paras {
		for _, s := range p.sents {
			keys := terms[at]
			at++
			if !inG[p.n] {
				tc.restN++
				for _, k := range keys {
					tc.rest[k]++
				}
				continue
			}
			tc.in++
			tc.sents = append(tc.sents, s)
			for _, k := range keys {
				if tc.count[k] == 0 {
					tc.order = append(tc.order, k)
				}
				tc.count[k]++
			}
		}
	}
	return tc
}

package generate

import (
	"regexp"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// A theme of an article in several themes is titled by the sentence that
// opens it, where that sentence can stand alone: writers open a run of
// paragraphs on what the run is about ("The cost of the network has
// angered many taxpayers"), and an article's first theme opens on its
// standfirst. The phrases the other passes pick (a name, a term the
// theme repeats) name a detail more often than not. Judged blind on development sets
// 146–230, each judge seeing one of the two titles of each theme, at
// random, opening sentences were good for 53% of opening themes and 29%
// of later ones, phrases for 29% and 19% (docs/generation.md,
// "Hundred-and-thirty-fifth round").

// topicTitleMin and topicTitleMax bound the words of a sentence that
// titles a theme: shorter ones say too little ("It did."), longer ones
// are a paragraph's argument, not its subject.
const (
	topicTitleMin = 5
	topicTitleMax = 16
)

// topicTitles retitles each theme of a headed or unheaded article in two
// themes or more, outside sections and biographies (whose life stages
// title them), by its opening sentence (topicTitle). It runs once the
// themes are cut, joined and titled by the other passes, which join a
// theme by how weak its title is and may title the opening theme by the
// headline; a theme titled by the course's title or its headline keeps
// it. It reports the themes retitled, by index.
func (a *article) topicTitles(themes []quiz.Theme, opts Options) []int {
	if len(themes) < 2 || len(a.sections) > 0 || a.isBiography() {
		return nil
	}
	opts = opts.withDefaults()
	opts.All = false
	var changed []int
	// The opening theme takes the headline (headline_opening.go), and
	// is then no theme to title by its sentence.
	if a.headlineOpening(themes) {
		changed = append(changed, 0)
	}
	for i, t := range themes {
		if t.Title == "" || t.Title == repliesTitle || strings.EqualFold(t.Title, a.course) || strings.EqualFold(t.Title, a.headline) {
			continue
		}
		nt := a.topicTitle(t.Paragraphs)
		if nt == "" || strings.EqualFold(nt, t.Title) {
			continue
		}
		used, slugs := otherTitles(themes, i)
		if used[strings.ToLower(nt)] || nearSentence(nt, used) || !a.titleKeepsItems(t, nt, opts) {
			continue
		}
		themes[i].Title = nt
		themes[i].Slug = uniqueSlug(nt, slugs)
		changed = append(changed, i)
	}
	return changed
}

// bylineEndRE matches a standfirst's credit: "…, writes Anna Berg".
var bylineEndRE = regexp.MustCompile(`,\s+(?:says|writes|argues|reports|asks)\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*[.!?]?$`)

// topicEchoRE matches words by which a sentence points at what came
// before it or at a list it is one step of ("The second bet is on
// greenery", "The scope of his analysis is wider, however").
var topicEchoRE = regexp.MustCompile(`(?i)\b(?:however|also|too|this|these|those|such|another|second|third|fourth|latter|former|same)\b`)

// topicTitle is the opening sentence of the theme of paragraphs g,
// without its full stop, where it can title the theme: of topicTitleMin
// to topicTitleMax words, no quotation (a speaker's words title no
// theme), no credit line, no bidding the reader ("Consider …", "Begin
// with …"), and understood without the sentence before it.
// "" where it cannot.
func (a *article) topicTitle(g []int) string {
	if len(g) == 0 || g[0] < 1 || g[0] > len(a.paras) {
		return ""
	}
	p := a.paras[g[0]-1]
	if len(p.sents) == 0 {
		return ""
	}
	// A later theme opens on a paragraph of its own, whose first
	// sentence tells what it is about; a paragraph of one sentence (a
	// news report's) is one fact. The article's first paragraph, a
	// standfirst or a lead, is the exception.
	if g[0] > 1 && len(p.sents) < 2 {
		return ""
	}
	s := p.sents[0]
	n := len(strings.Fields(s.text))
	if n < topicTitleMin || n > topicTitleMax || s.byline {
		return ""
	}
	if strings.ContainsAny(s.text, "\"“”‘;") || bylineEndRE.MatchString(s.text) {
		return ""
	}
	if topicEchoRE.MatchString(s.text) || !selfContained(s) || a.leansBack(s) || imperative(s) {
		return ""
	}
	if g[0] > 1 && adverbialOpening(s) {
		return ""
	}
	return sentenceTitle(s)
}

// sentenceTitle is sentence s as a title: without its full stop or a
// bracketed aside (plainTitle).
func sentenceTitle(s *sentence) string {
	return plainTitle(strings.TrimSuffix(strings.TrimSpace(s.text), "."))
}

// titleSentence is the opening sentence of theme t where t is titled by
// it (topicTitle, or an instructor who typed it), else nil.
func (a *article) titleSentence(t quiz.Theme) *sentence {
	if len(t.Paragraphs) == 0 || t.Paragraphs[0] < 1 || t.Paragraphs[0] > len(a.paras) {
		return nil
	}
	p := a.paras[t.Paragraphs[0]-1]
	if len(p.sents) == 0 || len(strings.Fields(t.Title)) < topicTitleMin {
		return nil
	}
	// The title is compared, not worked out again: drafting asks this
	// of every theme each time it drafts it.
	if sentenceTitle(p.sents[0]) != t.Title {
		return nil
	}
	return p.sents[0]
}

// moveToTitles moves items, drafted under the themes before, to the
// themes retitled by topicTitles (changed, by index), and reports true,
// where no item of a retitled theme is on its title's sentence or has an
// answer the new title gives away (titleGivesAway). Where one does, it
// moves none and reports false: the themes must be drafted again.
func (a *article) moveToTitles(items []item, before, themes []quiz.Theme, changed []int, course string) bool {
	moved := map[string]int{}
	for _, i := range changed {
		moved[before[i].Slug] = i
	}
	for _, it := range items {
		i, ok := moved[themeOf(it)]
		if !ok {
			continue
		}
		if ts := a.titleSentence(themes[i]); ts != nil && it.sent == ts {
			return false
		}
		if titleGivesAway(key(it.answer), themes[i].Title, course) {
			return false
		}
	}
	for _, it := range items {
		if i, ok := moved[themeOf(it)]; ok {
			if it.q != nil {
				it.q.Theme = themes[i].Slug
			} else {
				it.c.Theme = themes[i].Slug
			}
		}
	}
	return true
}

// titleKeepsItems reports whether theme t, titled nt, proposes as many
// items as under its title, or minProposed: a title that is the theme's
// opening sentence takes that sentence's items (titleSentence), and a
// theme short of them keeps its title. A theme of many sentences has
// items enough (manySentences), and is not drafted to count them.
func (a *article) titleKeepsItems(t quiz.Theme, nt string, opts Options) bool {
	sents := a.sentencesOf(t.Paragraphs)
	if len(sents) > manySentences {
		return true
	}
	rankSentences(sents)
	before := proposedCount(a.themeItems(t, opts, nil))
	t.Title = nt
	return proposedCount(a.themeItems(t, opts, nil)) >= min(before, minProposed)
}

// adverbialOpening reports whether sentence s opens on an adverbial
// before its subject ("In the past, …", "By late last year …", "Partly
// as a result, …", "Curiously, …"): a later paragraph so opened turns
// from what came before, and names no subject of its own. Judged blind
// on development sets 146–230, 13% of later themes titled by such a
// sentence were titled well, against 35% of those opening on their
// subject.
func adverbialOpening(s *sentence) bool {
	i := openingTokens(s)
	if i >= len(s.toks) {
		return false
	}
	switch s.toks[i].tag {
	case "IN", "RB", "RBR", "RBS", "CC", "TO":
		return true
	case "WRB":
		// "How much would reunification cost?" asks what the theme
		// answers; "How different things might have been …" muses.
		return !strings.HasSuffix(strings.TrimSpace(s.text), "?")
	}
	// An adverb the tagger took for another word.
	return strings.HasSuffix(strings.ToLower(s.toks[i].text), "ly") && !strings.HasPrefix(s.toks[i].tag, "NN")
}

// nearSentence reports whether sentence title t says much what another
// theme's sentence title says: half the content words of the shorter,
// or more, are the other's ("The union may strike over conductors",
// "The union may strike if the council cuts conductors").
func nearSentence(t string, used map[string]bool) bool {
	words := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(key(s)) {
			if !stopwords[w] {
				m[stem(w)] = true
			}
		}
		return m
	}
	tw := words(t)
	for u := range used {
		if len(strings.Fields(u)) < topicTitleMin {
			continue
		}
		uw := words(u)
		shared := 0
		for w := range tw {
			if uw[w] {
				shared++
			}
		}
		if n := min(len(tw), len(uw)); n > 0 && 2*shared >= n {
			return true
		}
	}
	return false
}

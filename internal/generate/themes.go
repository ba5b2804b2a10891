package generate

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/lectern/lectern/internal/quiz"
)

// Themes groups paragraphs into themes: runs of consecutive paragraphs that
// share key terms, each titled with its strongest key phrase and summarised
// by its most central sentence. Every paragraph belongs to exactly one
// theme; paragraphs are numbered from 1 in the order given. It returns nil
// when the paragraphs cannot be analysed.
func Themes(paragraphs []string) []quiz.Theme {
	themes, _ := ProposeThemes(paragraphs)
	return themes
}

// ProposeThemes is Themes with the reason when there are none: the
// analyser could not be loaded, or it failed (a *PanicError).
func ProposeThemes(paragraphs []string) (themes []quiz.Theme, err error) {
	return ProposeCourseThemes("", paragraphs)
}

// ProposeCourseThemes is ProposeThemes for a course whose title is known
// (the article's heading, or the one an instructor typed): a theme of the
// whole article takes it. With title "" it is ProposeThemes.
func ProposeCourseThemes(title string, paragraphs []string) (themes []quiz.Theme, err error) {
	defer recoverTo(&err)
	if len(paragraphs) == 0 {
		return nil, nil
	}
	// Readers' replies make one theme of their own (reader_replies.go).
	if k := replyStart(paragraphs); k > 0 {
		themes, err := proposeCourseThemes(title, paragraphs[:k])
		if err != nil || len(themes) == 0 {
			return themes, err
		}
		return append(themes, repliesTheme(themes, k, len(paragraphs))), nil
	}
	return proposeCourseThemes(title, paragraphs)
}

// proposeCourseThemes is ProposeCourseThemes for paragraphs without
// readers' replies.
func proposeCourseThemes(title string, paragraphs []string) (themes []quiz.Theme, err error) {
	a, err := analyse(paragraphs)
	if err != nil {
		return nil, analyserError(err)
	}
	a.course = strings.TrimSpace(title)
	a.headline = a.course
	return a.proposedThemes(), nil
}

// manySentences is the number of sentences past which a theme is taken to
// have items enough without drafting it.
const manySentences = 60

// proposedThemes are the themes Generate drafts: the themes the article
// is cut into (cutThemes), with two thin neighbours joined as Generate
// joins them once it has drafted them (thin_join.go).
func (a *article) proposedThemes() []quiz.Theme {
	themes := a.cutThemes()
	if len(themes) < 2 {
		return themes
	}
	opts := Options{}.withDefaults()
	opts.courseTitle = a.course
	c := &quiz.Course{}
	c.Course.Title = a.course
	items := a.joinThinPairs(c, a.draftItems(c, opts, themes, nil), opts)
	// late_join.go, late_title.go
	a.joinBareNeighbour(&c.Themes, func() []item { return items }, opts)
	a.lateTitles(c.Themes)
	a.coverTitles(c.Themes) // cover_title.go
	// body_join.go
	a.joinBareLater(&c.Themes, func() []item {
		return a.draftItems(&quiz.Course{Course: c.Course}, opts, c.Themes, a.joinedParts(c.Themes))
	}, opts)
	a.centralTitles(c.Themes)     // central_title.go
	a.eventTitles(c.Themes)       // event_title.go
	a.topicTitles(c.Themes, opts) // topic_title.go
	return c.Themes
}

// cutThemes are the segments, with each one too thin to quiz merged into
// a neighbour (theme_fill.go).
func (a *article) cutThemes() []quiz.Theme {
	if a.course == "" {
		a.course = a.courseTitle()
	}
	themes := a.themes()
	if len(themes) < 2 {
		return themes
	}
	opts := Options{}.withDefaults()
	opts.courseTitle = a.course
	per := make([][]item, len(themes))
	floor := make([]int, len(themes))
	for i, t := range themes {
		sents := a.sentencesOf(t.Paragraphs)
		// A theme of many sentences (a pasted list, an article without
		// paragraphs) has items enough: drafting it only to count them
		// would double the cost of proposing themes for a long text.
		if len(sents) > manySentences {
			floor[i] = minProposed
			continue
		}
		rankSentences(sents)
		per[i] = a.themeItems(t, opts, nil)
	}
	themes, _ = a.fillThemesWith(themes, per, floor, opts, false)
	return themes
}

// themes segments the article and describes each segment.
func (a *article) themes() []quiz.Theme {
	groups := a.segment()
	out := make([]quiz.Theme, 0, len(groups))
	usedTitles := map[string]bool{}
	// The article's main subject names the course, not one of its themes.
	subject := ""
	if len(groups) > 1 {
		_, subject = a.mainSubjectKey()
	}
	usedSlugs := map[string]bool{}
	headline := a.headlineSubject(groups)
	protagonist := ""
	if headline == "" {
		protagonist = a.reportProtagonist(groups)
	}
	for i, g := range groups {
		sents := a.sentencesOf(g)
		rankSentences(sents)
		title := a.themeTitle(g, usedTitles, subject)
		if len(groups) > 1 {
			title = a.recurringNameTitle(g, title, usedTitles)
			title = a.reportTitle(g, title, subject, usedTitles)
			title = a.reportTermTitle(g, title, usedTitles)
			title = a.subjectTopicTitle(g, title, headline, usedTitles)
			title = a.protagonistTitle(g, title, protagonist, usedTitles)
			title = a.actorTitleFor(g, title, protagonist, usedTitles)
			title = a.vagueGroupTitle(g, title, usedTitles)
			if st := a.lifeStageTitle(g, i == 0, i == len(groups)-1); st != "" && !usedTitles[strings.ToLower(st)] {
				title = st
			} else if ft := a.familyTitle(g, i == 0); ft != "" && !usedTitles[strings.ToLower(ft)] {
				title = ft
			} else if ct := a.careerTitle(g, i == len(groups)-1); ct != "" && !usedTitles[strings.ToLower(ct)] {
				title = ct
			}
		}
		if len(groups) > 1 {
			title = a.placeTopicTitle(g, title, usedTitles)
		}
		if i == 0 && len(groups) > 1 {
			title = a.openingTitle(g, title, usedTitles)
		}
		// A phrase of one sentence gives way to one whose words run
		// through the theme (title_spread.go).
		if len(groups) > 1 {
			title = a.runningPhraseTitle(g, title, subject, usedTitles)
			// An office or a body gives way to the matter
			// (office_title.go).
			title = a.officeTitle(g, title, subject, usedTitles)
		}
		// A short report's opening titled by a bare name, place or word
		// takes the headline (bare_opening_title.go).
		if i == 0 && len(groups) > 1 {
			title = a.bareOpeningTitle(g, title, usedTitles)
		}
		// A later theme of a short report titled by a bare name, place or
		// an office, on a quarrel of two people, is titled by the quarrel
		// (rift_title.go).
		if i > 0 {
			title = a.riftTitle(g, title, usedTitles)
		}
		// No pass titles a theme by a unit ("Square Metre").
		if unitTitle(title) {
			if nt := plainTitle(a.title(g, usedTitles, subject)); nt != "" {
				title = nt
			}
		}
		// Two themes of one article never take nearly the same title:
		// the later one is titled by what sets it apart.
		if len(usedTitles) > 0 && (nearUsed(title, usedTitles) || a.nearTitle(title, usedTitles)) {
			title = plainTitle(a.title(g, usedTitles, subject))
		}
		usedTitles[strings.ToLower(title)] = true
		slug := uniqueSlug(title, usedSlugs)
		out = append(out, quiz.Theme{Slug: slug, Title: title, Summary: summary(sents, a.paras, g), Paragraphs: g})
	}
	return out
}

func (a *article) sentencesOf(paras []int) []*sentence {
	var out []*sentence
	for _, n := range paras {
		out = append(out, a.paras[n-1].sents...)
	}
	return out
}

// Theme sizes, in words: a theme is read in one sitting and quizzed on its
// own, so it should hold a few paragraphs' worth of facts and no more.
const (
	themeWords    = 250 // the size aimed at
	themeMinWords = 150 // smaller themes are penalised, where the article allows
	themeMaxWords = 400 // larger themes are penalised
	maxThemes     = 30
	// shortArticleWords: shorter texts make one theme (themeCount): a
	// news report of four or five paragraphs is read in one sitting, and
	// one theme has enough sentences worth asking.
	shortArticleWords = 500
	// maxCutCandidates bounds the places considered for a cut: the least
	// similar gaps. The search is quadratic in them; an article of more
	// paragraphs than this (a list of one-line paragraphs) still gets
	// cuts, only at its clearest gaps.
	maxCutCandidates = 300
)

// themeCount is how many themes an article of so many words gets: one per
// themeWords, and 3 to 8 for an article of 600 to 2,000 words. A text
// shorter than shortArticleWords (a news report) is read in one sitting
// and is one theme.
func themeCount(words int) int {
	if words < shortArticleWords {
		return 1
	}
	k := int(math.Round(float64(words) / themeWords))
	if words >= 600 {
		k = max(k, 3)
	}
	if words <= 2000 {
		k = min(k, 8)
	}
	return max(1, min(k, maxThemes))
}

// segment splits the paragraphs into runs of consecutive paragraphs: as
// many as themeCount gives for the article's length, with the cuts where
// neighbouring blocks share the fewest weighted terms (TextTiling), and
// the runs kept near themeWords words (between themeMinWords and
// themeMaxWords where the article allows). A heading never ends a run.
func (a *article) segment() [][]int {
	n := len(a.paras)
	if n == 0 {
		return nil
	}
	vecs := make([]map[string]float64, n)
	for i, p := range a.paras {
		v := map[string]float64{}
		for w, c := range p.words {
			idf := math.Log(1 + float64(n)/float64(max(1, a.df[w])))
			v[w] = (1 + math.Log(c)) * idf
		}
		for _, s := range p.sents {
			for _, sp := range s.spans {
				if sp.kind != kTerm && !sp.kind.numeric() {
					k := "k:" + sp.key
					v[k] += math.Log(1 + float64(n)/float64(max(1, a.df[k])))
				}
			}
		}
		vecs[i] = v
	}
	// words[i] is the number of words in paragraphs before i.
	words := make([]int, n+1)
	for i, p := range a.paras {
		words[i+1] = words[i] + len(strings.Fields(p.text))
	}
	total := words[n]
	// Gaps where a cut may fall, with the similarity across them.
	type gap struct {
		at  int // cut before paragraph index at
		sim float64
	}
	var gaps []gap
	body := a.bodyStart()
	for i := 1; i < n; i++ {
		if len(a.paras[i-1].sents) == 0 || looksLikeHeading(a.paras[i-1].text) {
			continue // never cut right after a heading
		}
		left := sumVec(vecs[max(0, i-2):i])
		right := sumVec(vecs[i:min(n, i+2)])
		sim := cosine(left, right)
		if i == body {
			sim-- // a biography's body opens here (bio_stage.go)
		}
		gaps = append(gaps, gap{i, sim})
	}
	if len(gaps) > maxCutCandidates {
		sort.SliceStable(gaps, func(i, j int) bool { return gaps[i].sim < gaps[j].sim })
		gaps = gaps[:maxCutCandidates]
		sort.Slice(gaps, func(i, j int) bool { return gaps[i].at < gaps[j].at })
	}
	k := min(themeCount(total), len(gaps)+1)
	target := float64(total) / float64(k)
	lo := math.Min(themeMinWords, 0.6*target)
	// sizeCost is the cost of a run of w words: its distance from the
	// even share, and much more outside lo..themeMaxWords.
	sizeCost := func(w int) float64 {
		x := float64(w)
		c := 0.5 * math.Pow((x-target)/math.Max(target, 1), 2)
		if x < lo {
			c += 4 * math.Pow((lo-x)/lo, 2)
		}
		if x > themeMaxWords {
			c += 4 * math.Pow((x-themeMaxWords)/themeMaxWords, 2)
		}
		return c
	}
	// Dynamic programming over the boundaries 0, the gaps, n: best[j][b]
	// is the least cost of splitting paragraphs before boundary b into j
	// runs.
	bounds := []int{0}
	sims := []float64{0}
	for _, g := range gaps {
		bounds = append(bounds, g.at)
		sims = append(sims, g.sim)
	}
	bounds = append(bounds, n)
	sims = append(sims, 0)
	m := len(bounds)
	inf := math.Inf(1)
	best := make([][]float64, k+1)
	from := make([][]int, k+1)
	for j := range best {
		best[j] = make([]float64, m)
		from[j] = make([]int, m)
		for b := range best[j] {
			best[j][b] = inf
		}
	}
	best[0][0] = 0
	for j := 1; j <= k; j++ {
		for b := 1; b < m; b++ {
			for p := j - 1; p < b; p++ {
				if best[j-1][p] == inf {
					continue
				}
				c := best[j-1][p] + sizeCost(words[bounds[b]]-words[bounds[p]])
				if b < m-1 {
					c += sims[b]
				}
				if c < best[j][b] {
					best[j][b], from[j][b] = c, p
				}
			}
		}
	}
	var cuts []int
	for j, b := k, m-1; j > 0; j-- {
		cuts = append(cuts, bounds[b])
		b = from[j][b]
	}
	cuts = append(cuts, 0)
	slices.Reverse(cuts)
	var groups [][]int
	for i := 0; i+1 < len(cuts); i++ {
		var g []int
		for p := cuts[i]; p < cuts[i+1]; p++ {
			g = append(g, p+1)
		}
		groups = append(groups, g)
	}
	return groups
}

func sumVec(vs []map[string]float64) map[string]float64 {
	out := map[string]float64{}
	for _, v := range vs {
		for k, x := range v {
			out[k] += x
		}
	}
	return out
}

func cosine(a, b map[string]float64) float64 {
	var dot, na, nb float64
	for k, x := range a {
		na += x * x
		if y, ok := b[k]; ok {
			dot += x * y
		}
	}
	for _, y := range b {
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// rankSentences scores sentences by TextRank over word overlap (Mihalcea &
// Tarau 2004), each sentence compared with its neighbours up to
// maxRankWindow places away, with a bonus for opening a paragraph and penalties for
// sentences that cannot stand alone or are too short or long. Scores are
// scaled to 0..1.
func rankSentences(sents []*sentence) {
	n := len(sents)
	if n == 0 {
		return
	}
	sets := make([]map[string]bool, n)
	for i, s := range sents {
		sets[i] = map[string]bool{}
		for _, w := range s.words {
			sets[i][w] = true
		}
	}
	// Edges to neighbours within maxRankWindow places, each list in
	// increasing order of the neighbour.
	type edge struct {
		j int
		w float64
	}
	adj := make([][]edge, n)
	out := make([]float64, n)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n && j-i <= maxRankWindow; j++ {
			if len(sets[i]) < 2 || len(sets[j]) < 2 {
				continue
			}
			common := 0
			for x := range sets[i] {
				if sets[j][x] {
					common++
				}
			}
			if common == 0 {
				continue
			}
			sim := float64(common) / (math.Log(float64(len(sets[i]))) + math.Log(float64(len(sets[j]))))
			adj[i] = append(adj[i], edge{j, sim})
			adj[j] = append(adj[j], edge{i, sim})
			out[i] += sim
			out[j] += sim
		}
	}
	pr := make([]float64, n)
	for i := range pr {
		pr[i] = 1
	}
	next := make([]float64, n)
	for iter := 0; iter < 50; iter++ {
		delta := 0.0
		for i := 0; i < n; i++ {
			sum := 0.0
			for _, e := range adj[i] {
				sum += e.w / out[e.j] * pr[e.j]
			}
			next[i] = 0.15 + 0.85*sum
			delta += math.Abs(next[i] - pr[i])
		}
		pr, next = next, pr
		if delta < 1e-4 {
			break
		}
	}
	maxv := 0.0
	for i, s := range sents {
		v := pr[i]
		if len(s.para.sents) > 0 && s.para.sents[0] == s {
			v *= 1.15
		}
		if !s.standalone {
			v *= 0.75
		}
		if s.nWords < 7 || s.nWords > 45 {
			v *= 0.6
		}
		if strings.HasSuffix(s.text, "?") {
			v *= 0.3
		}
		s.score = v
		if v > maxv {
			maxv = v
		}
	}
	if maxv > 0 {
		for _, s := range sents {
			s.score /= maxv
		}
	}
}

// title names what a theme's paragraphs are about: the key phrase or name
// that runs through most of its paragraphs and through its most central
// sentences, mostly within this theme rather than all over the article.
// A phrase met once, or only inside a quotation ("insane amounts"), a
// measure ("cubic metres") or vague wording ("overall process") is a
// poor title however distinctive it is. So is the article's main subject
// (key subject), which names the course.
func (a *article) title(group []int, used map[string]bool, subject string) string {
	t := a.titleOnce(group, used, subject)
	// "Square Metre": a unit names no theme (blind judges of set 91,
	// both: "a unit of measurement taken from the figures"). The next
	// best title, where there is one.
	for range 3 {
		if !unitTitle(t) {
			break
		}
		u := maps.Clone(used)
		if u == nil {
			u = map[string]bool{}
		}
		u[strings.ToLower(t)] = true
		used = u
		t = a.titleOnce(group, used, subject)
	}
	return t
}

// unitTitle reports whether title t ends on a unit of measure, not a
// time ("Election Day", "New Year" name events).
func unitTitle(t string) bool {
	f := strings.Fields(key(t))
	if len(f) == 0 {
		return false
	}
	return unitWord(f[len(f)-1])
}

// unitWord reports whether w is a unit of measure: not a time, and not
// a word that names a thing where it ends a phrase ("market square", "a
// master's degree").
func unitWord(w string) bool {
	w = stem(w)
	switch w {
	case "day", "hour", "minute", "second", "square", "cubic", "degree":
		return false
	}
	return measureWords[w] && !timeNouns[w]
}

// titleOnce is title before the unit check.
func (a *article) titleOnce(group []int, used map[string]bool, subject string) string {
	if p := a.possessiveTitle(group, used); p != "" && !used[strings.ToLower(p)] {
		return p
	}
	cands := a.titleCandidates(group, subject)
	sents := a.sentencesOf(group)
	// finish is the title of candidate i, whose title-cased form is t.
	finish := func(i int, t string) string {
		c := cands[i]
		// A name with its pair: "Finland and Sweden", not "Sweden", where
		// both run through the theme and the text pairs them.
		if c.sp.kind.proper() && !strings.Contains(c.sp.key, " ") {
			for _, o := range cands[i+1:] {
				if o.sp.kind != c.sp.kind || strings.Contains(o.sp.key, " ") || 2*len(o.paras) < len(group) {
					continue
				}
				if p := a.pairIn(group, o.text, c.text); p != "" && !used[strings.ToLower(p)] {
					return p
				}
			}
		}
		// One common noun the theme says with a modifier: "Fuel Duty",
		// not "Duty" (modified_title.go).
		if c.sp.kind == kTerm && !strings.Contains(c.sp.key, " ") {
			if m := a.modifiedNounTitle(group, c.text); m != "" && !used[strings.ToLower(m)] {
				return m
			}
		}
		return t
	}
	// A phrase of one of the theme's sentences names a detail
	// (title_spread.go): the best candidate that the theme's sentences
	// repeat titles it instead, where it scores a quarter of the phrase's
	// score at least, else what the sentences repeat, else the phrase.
	liftedAt, liftedTitle := -1, ""
	for i, c := range cands {
		text := c.text
		if c.full != "" {
			text = c.full
		}
		t := titleCase(withoutThe(text))
		if t == "" || used[strings.ToLower(t)] || !titleShaped(t) || nearUsed(t, used) || a.nearTitle(t, used) {
			continue
		}
		// The outlet the report's sources spoke to (title_outlet.go).
		if a.onlyReportedTo(c, group) {
			continue
		}
		// A biography's theme follows its subject: another person named
		// in it (a parent, a rival) names a detail of it.
		if (c.sp.kind == kPerson || a.fullName[c.sp.key] != "") && a.otherPersonInBiography(c.sp) {
			continue
		}
		if liftedAt >= 0 {
			if c.score < 0.25*cands[liftedAt].score {
				break
			}
			if c.said < 2 || !strings.Contains(c.sp.key, " ") || detailTitle(c, group, sents) {
				continue // another detail, a bare noun ("Heart") or a lone name ("Paris", "AFP")
			}
			return finish(i, t)
		}
		if detailTitle(c, group, sents) {
			liftedAt, liftedTitle = i, t
			continue
		}
		return finish(i, t)
	}
	if liftedAt >= 0 {
		if r := a.recurringTitle(group, used); r != "" {
			return r
		}
		if lc := cands[liftedAt]; lc.said < 2 && adjectiveOpened(lc.sp) {
			if i := a.sharedCandidate(cands, group, used, subject); i >= 0 {
				return finish(i, titleCase(withoutThe(candText(cands[i]))))
			}
			if t := a.biographyPlaceTitle(group, used, subject); t != "" {
				return t
			}
		}
		return finish(liftedAt, liftedTitle)
	}
	return "Paragraphs " + strconv.Itoa(group[0]) + "–" + strconv.Itoa(group[len(group)-1])
}

// titleCand is a key phrase or name that may title a theme, with what
// title scores it by.
type titleCand struct {
	text     string
	sp       *span
	paras    map[int]bool
	mentions int
	quoted   int
	central  float64
	first    int
	score    float64
	keys     map[string]bool // the keys of its forms
	total    int             // their mentions in the article
	full     string          // a name's full form, which titles it
	said     int             // the theme's sentences that say it
	sourced  int             // its mentions as a source (sourceMention)
	speaking int             // its mentions as a body that speaks (speakingBody)
	// quotedPerson is its mentions as a person quoted or cited
	// (speakingPerson, sourceMention).
	quotedPerson int
	last         *sentence // the last of them met
}

// titleCandidates are the key phrases and names of a theme's paragraphs,
// best title first (see title).
func (a *article) titleCandidates(group []int, subject string) []*titleCand {
	type cand = titleCand
	subjectHead := ""
	if subject != "" {
		subjectHead = stem(subject[strings.LastIndex(subject, " ")+1:])
	}
	byKey := map[string]*cand{}
	var cands []*cand
	pos := 0
	for _, n := range group {
		for _, s := range a.paras[n-1].sents {
			if s.byline {
				continue // who wrote the piece (bylines.go)
			}
			for _, sp := range s.spans {
				pos++
				if sp.kind.numeric() || eraMarkers[sp.key] || a.sameSubject(sp.key, subject) || sp.writer {
					continue
				}
				// One candidate for the forms of one phrase: "currency
				// crisis" and "currency crises".
				ck := sp.key
				if sp.kind == kTerm {
					ck = titleStemPhrase(sp.key)
				}
				c := byKey[ck]
				if c == nil {
					c = &cand{text: surface(a.byKey[sp.key]), sp: sp, paras: map[int]bool{}, first: pos, keys: map[string]bool{}}
					byKey[ck] = c
					cands = append(cands, c)
				}
				if !c.keys[sp.key] {
					c.keys[sp.key] = true
					c.total += len(a.byKey[sp.key])
				}
				c.mentions++
				if c.last != s {
					c.last = s
					c.said++
				}
				c.paras[n] = true
				c.central += s.score
				if insideQuotes(sp) {
					c.quoted++
				}
				if sp.kind.proper() && sourceMention(sp) {
					c.sourced++
				}
				if sp.kind == kOrg && speakingBody(sp) {
					c.speaking++
				}
				if sp.kind == kPerson && (sourceMention(sp) || speakingPerson(sp)) {
					c.quotedPerson++
				}
			}
		}
	}
	cands = nameFullForms(cands)
	// support[w] is how much a content word belongs to this theme: the
	// theme's paragraphs that have it, times the share of the article's
	// paragraphs with it that are in the theme. A phrase whose words run
	// through the theme ("state of emergency" among "emergency" and
	// "state") is what the theme is about even where the phrase itself is
	// said once.
	support := map[string]float64{}
	for _, n := range group {
		for w := range a.paras[n-1].words {
			support[w]++
		}
	}
	inTheme := maps.Clone(support)
	everywhere := func(df int) bool { return len(a.paras) >= 4 && 2*df > len(a.paras) }
	for w, in := range support {
		support[w] = in * in / float64(max(1, a.df[w]))
		if everywhere(a.df[w]) {
			support[w] *= 0.3
		}
	}
	for _, c := range cands {
		k, sp := c.sp.key, c.sp
		total := max(c.total, c.mentions)
		v := (float64(len(c.paras)) + 0.5*c.central) * float64(c.mentions) / float64(total)
		words := strings.Fields(k)
		ws := 0.0
		for _, w := range words {
			ws += support[stem(w)]
		}
		v += ws / float64(len(words))
		if len(words) > 1 {
			v *= 2
		} else if sp.kind == kTerm {
			v *= 0.2 // "life", "damage", "state": too general to name a theme
		}
		switch sp.kind {
		case kPerson:
			v *= 0.6
		case kPlace:
			v *= 0.8
		case kTerm:
			if weakAdjectives[words[0]] || vagueModifiers[words[0]] || titleWeak[words[0]] || vagueHeads[sp.head] || weakNouns[sp.head] {
				v *= 0.4
			}
			if measureWords[sp.head] || measureWords[words[0]] {
				v *= 0.2
			}
		}
		// Coverage: the share of the theme's paragraphs that have the
		// phrase, or for a common noun phrase its head word. A title
		// that fits only the first paragraph ("Medieval Guild") or one
		// sentence ("Sun Shield") does not name the theme.
		headStem := stem(words[len(words)-1])
		covered := 0
		for _, n := range group {
			if c.paras[n] || (sp.kind == kTerm && a.paras[n-1].words[headStem] > 0) {
				covered++
			}
		}
		v *= 0.4 + float64(covered)/float64(len(group))
		if sp.kind.proper() {
			if len(words) == 1 {
				v *= 0.5 // "Italy", "NASA", "Ford": a passing name, not a topic
			}
			if len(group) > 1 && len(c.paras) == 1 {
				v *= 0.5 // a name in one paragraph of the theme
			}
		}
		if sp.kind == kTerm && topicNouns[sp.head] {
			// "chip shortage", "security policies": what happens, not a
			// thing met in passing. A bare "crisis" stays too general.
			if len(words) > 1 {
				v *= 1.8
			} else {
				v *= 1.2
			}
		}
		if sp.kind == kTerm && len(words) > 1 && !topicNouns[sp.head] && slices.ContainsFunc(words[:len(words)-1], func(w string) bool { return topicNouns[stem(w)] }) {
			v *= 1.3 // "flood waters": an event's object
		}
		if sp.kind == kTerm && (titleVagueHeads[sp.head] || titleVagueHeads[words[0]]) {
			v *= 0.3 // "second half", "natural process", "world"
		}
		if sp.kind == kTerm && len(words) > 2 && slices.ContainsFunc(words[1:], func(w string) bool { return titleWeak[w] }) {
			v *= 0.4 // "record enormous trade growth"
		}
		if sp.kind == kTerm && subjectHead != "" && stem(words[len(words)-1]) == subjectHead {
			v *= 0.3 // "multi-city trade league", "compost piles": the course's subject again
		}
		if c.mentions == 1 {
			v *= 0.5
			if inTheme[stem(words[len(words)-1])] < 3 {
				v *= 0.4 // said once, and its head noun seldom: a detail
			}
		}
		if c.quoted == c.mentions {
			v *= 0.3
		} else if c.quoted > 0 {
			// Said partly in a speaker's words: the share quoted
			// counts half. A report's paragraph on camera phones,
			// which it names three times itself, was "Digital
			// Cameras", named once by the report and once by the
			// researcher it quotes, as what camera phones are not
			// used like.
			v *= 1 - 0.5*float64(c.quoted)/float64(c.mentions)
		}
		if c.sourced == c.mentions || c.quotedPerson == c.mentions {
			// "told AFP", "according to WebSideStory": where the story
			// was told; "said Mr Hogan", "Mr Hogan said": a person the
			// report quotes on its topic, not the topic.
			v *= 0.1
		} else if c.mentions >= 2 && 2*(c.speaking+c.sourced) > c.mentions {
			v *= 0.3 // "the Home Office said": a body that speaks on the matter, not the matter
		}
		if len(k) < 4 {
			v *= 0.5
		}
		if everywhere(a.df["k:"+k]) {
			v *= 0.3 // the article's subject ("China and Russia"), not this theme's
		}
		if len(c.text) > 5 && strings.ToUpper(c.text) == c.text {
			v *= 0.3 // a dateline's "TALLAHASSEE", not an acronym
		}
		v *= a.titleFit(c, group)
		c.score = v
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		return cands[i].first < cands[j].first
	})
	return cands
}

// pairIn is "x and y" or "y and x" as the group's paragraphs say it, or "".
func (a *article) pairIn(group []int, x, y string) string {
	for _, p := range []string{x + " and " + y, y + " and " + x} {
		for _, n := range group {
			if strings.Contains(a.paras[n-1].text, p) {
				return p
			}
		}
	}
	return ""
}

// topicNouns are head nouns of events, processes and issues: a phrase
// with one of them ("worst floods", "chip shortage", "NATO membership")
// says what paragraphs are about where a name or an object does not.
var topicNouns = set(`flood|flooding|rain|rainfall|storm|rescue|response|recovery|damage|disaster|shortage|
chain|supply|expedition|journey|exploration|voyage|membership|application|accession|expansion|invasion|war|decline|
rise|growth|founding|trade|deterrence|deterrent|launch|mission|orbit|observation|policy|policies|neutrality|
threat|crisis|risk|disruption|dependence|concentration|production|manufacturing|ratio|balance|process|problem|
decomposition|troubleshooting|conflict|agreement|treaty|privilege|transformation|weapon|defense|defence|cooperation|
negotiation|competition|investment|regulation|reform|collapse|drought|outbreak|election|protest|attack|aggression|ban`)

// titleVagueHeads make a title that could head any part of any article.
var titleVagueHeads = set(`half|middle|world|second|first|last|beginning|start|end|rest|natural|other|same`)

// measureWords are units and other words of measurement: "cubic metres",
// "two feet" make no theme title.
var measureWords = set(`inch|foot|feet|mile|yard|metre|meter|centimetre|centimeter|millimetre|millimeter|kilometre|
kilometer|kilogram|gram|ton|tonne|pound|ounce|litre|liter|gallon|cubic|square|degree|percent|cent|hour|minute|
second|day|week|month|year|acre|hectare`)

// withoutThe drops a leading "the" ("Hanseatic League" titles a theme
// better than "The Hanseatic League") and punctuation at either end.
func withoutThe(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		return s[4:]
	}
	return s
}

// titleWeak are modifiers that make a vague title: "good sources",
// "potential costs", "fundamental transformation".
var titleWeak = set(`good|bad|best|better|worse|potential|overall|fundamental|great|big|small|high|low|long|short|
huge|vast|strong|simple|basic|general|common|usual|special|various|serious|large|small|portion|piece|
unprecedented|incredible|enormous|remarkable`)

// eraMarkers are not names: "CE" is in half the sentences of a history.
var eraMarkers = set(`ce|bce|bc|ad`)

// insideQuotes reports whether a span lies within quotation marks opened
// in its sentence.
func insideQuotes(sp *span) bool {
	before := sp.sent.text[:sp.start]
	return strings.Count(before, `"`)%2 == 1 || strings.Count(before, "“") > strings.Count(before, "”")
}

// courseTitle names an article without a heading: the subject its first
// sentence opens with (leadTitle) unless that is the report's source or a
// role (weakLead), else its two most mentioned names ("China and Russia")
// when they dominate, else its main subject (mainSubjectKey), or, where
// that is nothing, a source, a role or a word of the field (weakSubject),
// the person it keeps coming back to (headlessSubjectKey), else the
// strongest key phrase. courseTitle (title_aside.go) drops its
// transcriptions and asides.
func (a *article) courseTitleOf() string {
	if t := a.leadTitle(); t != "" && !a.weakLead(t) {
		return a.leadNameTitle(t)
	}
	if t := a.bioTitle(); t != "" {
		return t
	}
	type nk struct {
		text string
		n    int
	}
	var names []nk
	for _, k := range a.keys {
		sps := a.byKey[k]
		if sps[0].kind.proper() && !eraMarkers[k] {
			names = append(names, nk{surface(sps), len(sps)})
		}
	}
	sort.SliceStable(names, func(i, j int) bool { return names[i].n > names[j].n })
	if len(names) >= 2 && names[1].n >= 5 && (len(names) == 2 || names[1].n >= 2*names[2].n) {
		return upperFirst(names[0].text) + " and " + names[1].text
	}
	t, k := a.mainSubjectKey()
	if a.weakSubject(k) {
		if pt, pk := a.headlessSubjectKey(); pt != "" {
			t, k = pt, pk
		}
	}
	if t != "" {
		return a.settingCourseTitle(a.withTopic(t, k), k)
	}
	return a.title(allParas(len(a.paras)), nil, "")
}

// withTopic names the course after what happens to its main subject when
// the subject alone is a place, a person or a one-word organisation:
// "Florida Panhandle" becomes "Rain in the Florida Panhandle", "NATO"
// "NATO Membership", "William Clark" "Lewis and Clark Expedition". The
// subject's own event as the article words it comes first (namedEvent),
// then the article's recurring phrase headed by an event or issue noun
// (topicPhrase); without either the subject stands alone.
func (a *article) withTopic(subject, key string) string {
	sps := a.byKey[key]
	kd := sps[0].kind
	if kd != kPlace && kd != kPerson && (kd != kOrg || strings.Contains(key, " ")) {
		return subject
	}
	if t := a.namedEvent(key, kd == kPerson); t != "" {
		return t
	}
	if kd == kPerson {
		return subject // "William Clark Expedition" would be wrong
	}
	topic, multi := a.topicPhrase()
	switch {
	case topic == "":
		return subject
	case kd == kPlace && celestial[key]:
		// Nothing happens in a planet the way it does in a city: a
		// mission goes to Pluto, ice lies on it. "Pluto Mission" says
		// it without choosing the preposition ("Mission in Pluto" was
		// judged wrong).
		return subject + " " + titleCase(topic)
	case kd == kPlace:
		if mostlyWithThe(sps) {
			return titleCase(topic) + " in the " + subject
		}
		return titleCase(topic) + " in " + subject
	case multi:
		return subject + " and the " + titleCase(topic)
	default:
		return subject + " " + titleCase(topic)
	}
}

// mostlyWithThe reports whether the article writes most of the mentions
// sps with "the" ("the Florida Panhandle").
func mostlyWithThe(sps []*span) bool {
	the := 0
	for _, sp := range sps {
		if sp.the {
			the++
		}
	}
	return 2*the > len(sps)
}

// namedEvent is the subject's name followed by an event or issue noun, as
// the article says it at least twice: "NATO membership". For a person the
// name must be one of a pair ("Lewis and Clark Expedition"), since one
// person's expedition is seldom what an article means.
func (a *article) namedEvent(key string, person bool) string {
	last := key[strings.LastIndex(key, " ")+1:]
	clean := func(w string) string {
		return strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' })
	}
	count := map[string]int{}
	form := map[string]string{}
	for _, p := range a.paras {
		toks := strings.Fields(p.text)
		for i := 0; i+1 < len(toks); i++ {
			w, next := clean(toks[i]), clean(toks[i+1])
			if !strings.EqualFold(w, last) || w != toks[i] || next == "" || !topicNouns[stem(strings.ToLower(next))] {
				continue // the name, then with no punctuation between, a topic noun
			}
			start := i
			if person {
				if i < 2 || (toks[i-1] != "and" && toks[i-1] != "&") || !unicode.IsUpper([]rune(toks[i-2])[0]) || clean(toks[i-2]) != toks[i-2] {
					continue
				}
				start = i - 2
			}
			words := append(slices.Clone(toks[start:i+1]), next)
			phrase := strings.Join(words, " ")
			k := strings.ToLower(strings.ReplaceAll(phrase, "&", "and"))
			count[k]++
			if form[k] == "" || (strings.Contains(form[k], "&") && !strings.Contains(phrase, "&")) {
				form[k] = phrase
			}
		}
	}
	best, bestN := "", 1
	for _, k := range slices.Sorted(maps.Keys(count)) {
		if count[k] > bestN {
			best, bestN = k, count[k]
		}
	}
	if best == "" {
		return ""
	}
	return titleCase(form[best])
}

// topicPhrase is the article's recurring phrase headed by an event or
// issue noun (topicNouns): two words in at least three paragraphs, alone
// or inside longer phrases ("supply chain" in "global supply chain"),
// else a single such word in at least four paragraphs and a fifth of
// them ("floods"), in its commonest form. multi reports two words.
func (a *article) topicPhrase() (topic string, multi bool) {
	paras := map[string]map[int]bool{}
	for _, k := range a.keys {
		sps := a.byKey[k]
		ws := strings.Fields(k)
		if sps[0].kind != kTerm || len(ws) < 2 {
			continue
		}
		// The two words that end the phrase: "supply chain" in "global
		// semiconductor supply chain".
		if i := len(ws) - 2; topicNouns[stem(ws[i+1])] && !weakAdjectives[ws[i]] && !vagueModifiers[ws[i]] &&
			!titleWeak[ws[i]] && !titleVagueHeads[ws[i]] {
			b := ws[i] + " " + ws[i+1]
			if paras[b] == nil {
				paras[b] = map[int]bool{}
			}
			for _, sp := range sps {
				paras[b][sp.sent.para.n] = true
			}
		}
	}
	bestN := 2
	for _, b := range slices.Sorted(maps.Keys(paras)) {
		if n := len(paras[b]); n > bestN {
			topic, bestN = b, n
		}
	}
	if topic != "" {
		return topic, true
	}
	// Single words: the paragraphs with the word's stem.
	forms := map[string]map[string]int{}
	for _, k := range a.keys {
		sps := a.byKey[k]
		if sps[0].kind != kTerm || strings.Contains(k, " ") || !topicNouns[sps[0].head] {
			continue
		}
		h := stem(k)
		if forms[h] == nil {
			forms[h] = map[string]int{}
		}
		forms[h][k] += len(sps)
	}
	bestN = 0
	for _, h := range slices.Sorted(maps.Keys(forms)) {
		n := a.df[h]
		if n < 4 || 5*n < len(a.paras) || n <= bestN {
			continue
		}
		bestN = n
		f, fn := "", 0
		for _, w := range slices.Sorted(maps.Keys(forms[h])) {
			if forms[h][w] > fn {
				f, fn = w, forms[h][w]
			}
		}
		topic = f
	}
	return topic, false
}

// mainSubjectKey returns the name, or noun phrase of two words or more,
// that the article keeps coming back to, with its key: its mentions,
// counting its shorter proper forms ("Webb") and its acronym ("JWST"),
// times the paragraphs they are in, with each mention in the first two
// sentences, where an article says what it is about, counted three times.
// "" when nothing recurs.
func (a *article) mainSubjectKey() (string, string) {
	opening := map[*sentence]bool{}
	for _, s := range a.sents {
		if len(opening) == 2 {
			break
		}
		if s.usable() {
			opening[s] = true
		}
	}
	best, bestKey, bestScore := "", "", 0.0
	for _, k := range a.keys {
		sps := a.byKey[k]
		if sps[0].kind.numeric() || (!strings.Contains(k, " ") && (!sps[0].kind.proper() || sps[0].kind == kPerson)) || len(sps) < 2 || eraMarkers[k] {
			continue
		}
		if sps[0].kind == kTerm && (weakAdjectives[firstWord(k)] || vagueModifiers[firstWord(k)] || measureWords[sps[0].head]) {
			continue
		}
		if sps[0].kind == kPerson && a.relativeOnly(sps) {
			continue // "son of Thomas Lind": the subject's father
		}
		// "Earth": where every report is set, and where an astronaut
		// comes home to; "Earth Mission" misnamed a report on a year in
		// space (set 91, bad, both judges).
		if k == "earth" {
			continue
		}
		info := a.info[k]
		paras := map[int]bool{}
		v := 0.0
		for _, o := range a.keys {
			if o != k && !containsWords(k, o) && (info == nil || info.initials != o || len(o) < 3) {
				continue
			}
			osps := a.byKey[o]
			if o != k && !osps[0].kind.proper() {
				continue // "space telescope" names Hubble as well as Webb
			}
			for _, sp := range osps {
				paras[sp.sent.para.n] = true
				v++
				if opening[sp.sent] {
					v += 2
				}
			}
		}
		v *= float64(len(paras))
		if t := titleCase(withoutThe(surface(sps))); v > bestScore && t != "" {
			best, bestKey, bestScore = t, k, v
		}
	}
	if bestScore < 12 {
		return "", ""
	}
	return best, bestKey
}

// sameSubject reports whether key k names the subject whose key is
// subject: the key itself, a shorter proper form of it, or its acronym.
func (a *article) sameSubject(k, subject string) bool {
	if subject == "" {
		return false
	}
	if k == subject {
		return true
	}
	if info := a.info[subject]; info != nil && len(k) >= 3 && info.initials == k {
		return true
	}
	return containsWords(subject, k) && a.byKey[k][0].kind.proper()
}

// summary is the theme's most central sentence, trimmed.
func summary(sents []*sentence, paras []*para, group []int) string {
	var best *sentence
	bestScore := 0.0
	for _, s := range sents {
		if strings.HasSuffix(s.text, "?") {
			continue
		}
		v := s.score
		if s.nWords < 10 {
			v *= 0.6 // too thin to summarise a theme
		}
		if best == nil || v > bestScore {
			best, bestScore = s, v
		}
	}
	if best == nil {
		return trimTo(paras[group[0]-1].text, 200)
	}
	return trimTo(best.text, 200)
}

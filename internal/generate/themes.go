package generate

import (
	"math"
	"sort"
	"strconv"
	"strings"

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
	defer recoverTo(&err)
	if len(paragraphs) == 0 {
		return nil, nil
	}
	a, err := analyse(paragraphs)
	if err != nil {
		return nil, analyserError(err)
	}
	return a.themes(), nil
}

// themes segments the article and describes each segment.
func (a *article) themes() []quiz.Theme {
	groups := a.segment()
	out := make([]quiz.Theme, 0, len(groups))
	usedTitles := map[string]bool{}
	usedSlugs := map[string]bool{}
	for _, g := range groups {
		sents := a.sentencesOf(g)
		rankSentences(sents)
		title := a.title(g, usedTitles)
		usedTitles[strings.ToLower(title)] = true
		slug := slugify(title, 40)
		if slug == "" {
			slug = "part"
		}
		base := slug
		for i := 2; usedSlugs[slug]; i++ {
			slug = base + "-" + strconv.Itoa(i)
		}
		usedSlugs[slug] = true
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

// segment splits the paragraphs into runs of consecutive paragraphs, cutting
// where neighbouring blocks share the fewest weighted terms (TextTiling).
func (a *article) segment() [][]int {
	n := len(a.paras)
	if n == 0 {
		return nil
	}
	// Paragraphs without a usable sentence (headings, captions) join the
	// next paragraph; they never start a cut of their own.
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
	k := int(math.Round(float64(n) / 3))
	k = max(1, min(k, 30))
	if n <= 3 {
		k = 1
	}
	minSize := 2
	if n < 4 {
		minSize = 1
	}
	type gap struct {
		at  int // cut before paragraph index at
		sim float64
	}
	var gaps []gap
	for i := 1; i < n; i++ {
		left := sumVec(vecs[max(0, i-2):i])
		right := sumVec(vecs[i:min(n, i+2)])
		sim := cosine(left, right)
		if len(a.paras[i-1].sents) == 0 || looksLikeHeading(a.paras[i-1].text) {
			sim = 2 // never cut right after a heading
		}
		gaps = append(gaps, gap{i, sim})
	}
	sort.SliceStable(gaps, func(i, j int) bool { return gaps[i].sim < gaps[j].sim })
	cuts := []int{0, n}
	for _, g := range gaps {
		if len(cuts)-1 >= k {
			break
		}
		if g.sim >= 2 {
			break
		}
		pos := sort.SearchInts(cuts, g.at)
		if g.at-cuts[pos-1] < minSize || cuts[pos]-g.at < minSize {
			continue
		}
		cuts = append(cuts, 0)
		copy(cuts[pos+1:], cuts[pos:])
		cuts[pos] = g.at
	}
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

// title picks the theme's strongest key phrase: a noun phrase or name
// frequent in the theme and rare elsewhere, preferring phrases of two or
// more words.
func (a *article) title(group []int, used map[string]bool) string {
	in := map[int]bool{}
	for _, n := range group {
		in[n] = true
	}
	type cand struct {
		text  string
		score float64
		first int
	}
	byKey := map[string]*cand{}
	pos := 0
	for _, n := range group {
		for _, s := range a.paras[n-1].sents {
			for _, sp := range s.spans {
				pos++
				if sp.kind.numeric() {
					continue
				}
				c := byKey[sp.key]
				if c == nil {
					c = &cand{text: sp.text, first: pos}
					if sp.kind == kTerm {
						c.text = strings.ToLower(sp.text)
					}
					byKey[sp.key] = c
				}
				c.score += 1
			}
		}
	}
	var cands []*cand
	for k, c := range byKey {
		inside := c.score
		outside := float64(len(a.byKey[k])) - inside
		sp := a.byKey[k][0]
		s := (1 + math.Log(inside)) / (1 + outside)
		if strings.Contains(k, " ") {
			s *= 2.5
		}
		if sp.kind == kPerson {
			s *= 0.6
		}
		if sp.kind == kTerm && weakAdjectives[strings.Fields(k)[0]] {
			s *= 0.5
		}
		if sp.kind == kPlace {
			s *= 0.7
		}
		if len(k) < 4 {
			s *= 0.5
		}
		c.score = s
		cands = append(cands, c)
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		return cands[i].first < cands[j].first
	})
	for _, c := range cands {
		t := titleCase(c.text)
		if !used[strings.ToLower(t)] {
			return t
		}
	}
	return "Paragraphs " + strconv.Itoa(group[0]) + "–" + strconv.Itoa(group[len(group)-1])
}

// courseTitle names an article without a heading: its two most mentioned
// names ("China and Russia") when they dominate, else its strongest key
// phrase.
func (a *article) courseTitle() string {
	type nk struct {
		text string
		n    int
	}
	var names []nk
	for _, k := range a.keys {
		sps := a.byKey[k]
		if sps[0].kind.proper() {
			names = append(names, nk{surface(sps), len(sps)})
		}
	}
	sort.SliceStable(names, func(i, j int) bool { return names[i].n > names[j].n })
	if len(names) >= 2 && names[1].n >= 5 && (len(names) == 2 || names[1].n >= 2*names[2].n) {
		return upperFirst(names[0].text) + " and " + names[1].text
	}
	return a.title(allParas(len(a.paras)), nil)
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

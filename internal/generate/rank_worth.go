package generate

import (
	"math"
	"regexp"
	"sort"
)

// Features of what an item's sentence is worth testing, added in the
// ninety-fifth round when the ranker was refitted on the verdicts of the
// held-out sets 58 to 74 (docs/generation.md, "Ninety-fifth round").
// Judges rejected most items there as trivia: a sentence that tells
// something the article is about (its key words, its headline and lead)
// or that states a cause, a result or a decision is worth more than a
// scene, an aside or a sentence crowded with figures. Each is computed
// from a table built once per article (one pass over its sentences).

// worthFeatureNames are the names of the features worthFeatures computes,
// in order; they follow true-context in featureNames.
var worthFeatureNames = []string{
	"keyshare",  // share of the sentence's content words among the article's key words
	"leadshare", // share of the sentence's content words in the article's first two sentences (headline and lead)
	"cause",     // the sentence states a cause or a result ("because", "led to", "as a result")
	"decision",  // the sentence states a decision or a plan ("decided", "voted", "plans to", "will")
	"figdens",   // figures per word of the sentence, ×10, up to 1
}

// laterFeatures are features the training table's rows written before
// them lack and cannot be given (only the drafts their judges saw could):
// such a row holds NaN, which readTable (rank_table_test.go) fills with
// the mean of the rows that have it.
var laterFeatures = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range worthFeatureNames {
		m[n] = true
	}
	return m
}()

// nKeyWords is how many of the article's most frequent content words are
// its key words (with those tied with the last).
const nKeyWords = 10

var (
	causeRe    = regexp.MustCompile(`(?i)\b(because|due to|as a result|result(s|ed)? in|led to|leads? to|lead to|caused?|causes|so that|therefore|thus|means that|meaning that|in order to|thanks to)\b`)
	decisionRe = regexp.MustCompile(`(?i)\b(decided|decision|agreed|approved|voted|ruled|rejected|announced|launched|introduced|banned|plans? to|planned|will|would)\b`)
)

// worthInfo is what the features of worth read, built once per article.
type worthInfo struct {
	key             map[string]bool // the article's key words (stemmed content words)
	lead            [2]map[string]bool
	cause, decision []bool // by sentence index
}

func (a *article) worthTable() *worthInfo {
	if a.worth != nil {
		return a.worth
	}
	w := &worthInfo{key: map[string]bool{}}
	count := map[string]int{}
	for _, s := range a.sents {
		for _, x := range s.words {
			if hasLetter(x) {
				count[x]++
			}
		}
	}
	words := make([]string, 0, len(count))
	for x := range count {
		words = append(words, x)
	}
	sort.Slice(words, func(i, j int) bool {
		if count[words[i]] != count[words[j]] {
			return count[words[i]] > count[words[j]]
		}
		return words[i] < words[j]
	})
	for i, x := range words {
		if count[x] < 2 || i >= nKeyWords && count[x] < count[words[nKeyWords-1]] {
			break
		}
		w.key[x] = true
	}
	for i := 0; i < 2 && i < len(a.sents); i++ {
		w.lead[i] = map[string]bool{}
		for _, x := range a.sents[i].words {
			w.lead[i][x] = true
		}
	}
	w.cause = make([]bool, len(a.sents))
	w.decision = make([]bool, len(a.sents))
	for i, s := range a.sents {
		w.cause[i] = causeRe.MatchString(s.text)
		w.decision[i] = decisionRe.MatchString(s.text)
	}
	a.worth = w
	return w
}

// worthFeatures computes the features of worthFeatureNames for a sentence.
func (a *article) worthFeatures(s *sentence) []float64 {
	f := make([]float64, len(worthFeatureNames))
	w := a.worthTable()
	n, k, l := 0, 0, 0
	seen := map[string]bool{}
	for _, x := range s.words {
		if seen[x] || !hasLetter(x) {
			continue
		}
		seen[x] = true
		n++
		if w.key[x] {
			k++
		}
		// The first two sentences are read against each other.
		for i, m := range w.lead {
			if i != s.idx && m[x] {
				l++
				break
			}
		}
	}
	if n > 0 {
		f[0] = float64(k) / float64(n)
		f[1] = float64(l) / float64(n)
	}
	if s.idx >= 0 && s.idx < len(w.cause) && a.sents[s.idx] == s {
		if w.cause[s.idx] {
			f[2] = 1
		}
		if w.decision[s.idx] {
			f[3] = 1
		}
	} else {
		// A sentence the generator rewrote or made: read it here.
		if causeRe.MatchString(s.text) {
			f[2] = 1
		}
		if decisionRe.MatchString(s.text) {
			f[3] = 1
		}
	}
	figs := 0
	for _, o := range s.spans {
		if o.kind.numeric() {
			figs++
		}
	}
	if s.nWords > 0 {
		f[4] = math.Min(10*float64(figs)/float64(s.nWords), 1)
	}
	return f
}

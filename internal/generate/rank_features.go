package generate

import (
	"math"
	"strings"
)

// Features of where an item stands in its article, added when the ranker
// was refitted on every judged item (docs/generation.md, "A ranker fitted
// on every verdict"). A teacher asks about what the article opens with
// and keeps coming back to; a sentence whose words the rest of the
// article never repeats, or that crowds several figures and names
// together, is more often an incidental detail.

// placeFeatures are the names of the features placeFeatures computes, in
// order; they follow the features of featureNames's first part.
var placeFeatureNames = []string{
	"lead",    // the sentence is in the article's first paragraph
	"parapos", // the paragraph's place in the article, 0 (first) to 1 (last)
	"echo",    // share of the sentence's content words found in another paragraph
	"aecho",   // share of the answer's content words found in another paragraph
	"nums",    // other figures in the sentence, up to 3, /3
	"names",   // other names in the sentence, up to 3, /3
	"minor",   // the answer is a detail the article mentions once on the way (trivia.go, salience.go)
}

// placeFeatures computes the features of placeFeatureNames for an item on
// sentence s testing sp (nil for a true statement or a definition).
// title is the course title, as a key.
func (a *article) placeFeatures(s *sentence, sp *span, title string) []float64 {
	f := make([]float64, len(placeFeatureNames))
	if len(a.paras) > 1 && s.para == a.paras[0] {
		f[0] = 1
	}
	if len(a.paras) > 1 {
		f[1] = float64(s.para.n-1) / float64(len(a.paras)-1)
	}
	f[2] = a.echo(s.words, s.para)
	if sp != nil {
		var words []string
		for _, w := range strings.Fields(sp.key) {
			if len(w) > 2 && !stopwords[w] {
				words = append(words, stem(w))
			}
		}
		f[3] = a.echo(words, s.para)
	}
	nums, names := 0, 0
	for _, o := range s.spans {
		if sp != nil && o.start < sp.end && sp.start < o.end {
			continue // the answer itself
		}
		switch {
		case o.kind.numeric():
			nums++
		case o.kind.proper():
			names++
		}
	}
	if sp == nil {
		// A true statement's own figures and names are what it asks.
		nums, names = max(nums-1, 0), max(names-1, 0)
	}
	f[4] = math.Min(float64(nums), 3) / 3
	f[5] = math.Min(float64(names), 3) / 3
	// An answer inside the dateline is the dateline's (trivia): the
	// rules below read the sentence after it.
	if sp != nil && datelineEnd(s.text) <= sp.blankStart() && (a.incidental(s, sp) || a.minorDetail(s, sp, title)) {
		f[6] = 1
	}
	return f
}

// echo is the share of the (stemmed) words found in a paragraph other
// than p: the article's document frequencies count p itself once.
func (a *article) echo(words []string, p *para) float64 {
	n, k := 0, 0
	seen := map[string]bool{}
	for _, w := range words {
		if seen[w] || !hasLetter(w) {
			continue
		}
		seen[w] = true
		n++
		df := a.df[w]
		if _, here := p.words[w]; !here {
			df++ // not counted in p: any paragraph holding it is another
		}
		if df >= 2 {
			k++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(k) / float64(n)
}

package generate

import (
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// countryNames lists the names a learner gives two countries, each with
// the article it takes: "the UK" but "Britain", "the United States" but
// "America". The article belongs to the form, not to the country, so a
// blank over "the UK" accepts "Britain" and never "the Britain".
var countryNames = []struct {
	forms []string
	// apart are phrases whose presence in the article sets two of the
	// forms apart; where one is written, only the forms in keep are
	// one with the rest.
	apart []string
	keep  func(form string) bool
	// people are the words for the country's people: "British" in a
	// stem names the UK (countryNamedInStem).
	people []string
}{
	{
		forms: []string{"the UK", "the U.K.", "the United Kingdom", "Britain", "Great Britain"},
		// Britain is the UK without Northern Ireland: an article that
		// names Northern Ireland keeps them apart.
		apart:  []string{"Northern Ireland"},
		keep:   func(f string) bool { return !strings.Contains(f, "Britain") },
		people: []string{"british", "briton", "britons"},
	},
	{
		forms: []string{"the US", "the U.S.", "the USA", "the United States", "the United States of America", "America"},
		// "America" is a continent where the article names one.
		apart:  []string{"North America", "South America", "Central America", "Latin America", "Americas", "South American", "Latin American"},
		keep:   func(f string) bool { return f != "America" },
		people: []string{"american", "americans"},
	},
}

// countryNamedInStem reports whether stem (the blank's sentence outside
// it, as a key with a space at each end) names the country of answer sp
// in another of its forms ("Britain" for "the UK") or by its people's
// word ("British").
func (a *article) countryNamedInStem(sp *span, stem string) bool {
	forms := a.countryForms(sp.text)
	if forms == nil {
		return false
	}
	for _, f := range forms {
		if k := key(f); k != "" && strings.Contains(stem, " "+k+" ") {
			return true
		}
	}
	i, _ := countryOf(sp.text)
	for _, w := range countryNames[i].people {
		if strings.Contains(stem, " "+w+" ") {
			return true
		}
	}
	return false
}

// countryOf is the index in countryNames of the country text names,
// and the form of it text is; -1 and "" for any other text.
func countryOf(text string) (int, string) {
	n := quiz.Normalize(strings.TrimPrefix(strings.TrimPrefix(text, "the "), "The "))
	for i, c := range countryNames {
		for _, f := range c.forms {
			if quiz.Normalize(strings.TrimPrefix(f, "the ")) == n {
				return i, f
			}
		}
	}
	return -1, ""
}

// countryForms are the other names of the country a blank's answer
// names, each with its own article and without it where it takes one
// ("the United Kingdom" and "United Kingdom", "Britain"), or nil for
// any other answer. A form the article keeps apart from the answer's
// is not offered: "Britain" for "the UK" in a report that also speaks
// of Northern Ireland, "America" for "the US" in one that speaks of
// South America.
func (a *article) countryForms(text string) []string {
	i, own := countryOf(text)
	if i < 0 {
		return nil
	}
	c := countryNames[i]
	apart := false
	for _, p := range c.apart {
		apart = apart || a.writesWord(p)
	}
	if apart && !c.keep(own) {
		return nil
	}
	var out []string
	for _, f := range c.forms {
		if apart && !c.keep(f) {
			continue
		}
		out = append(out, f)
		if bare := strings.TrimPrefix(f, "the "); bare != f {
			out = append(out, bare)
		}
	}
	return out
}

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
}{
	{
		forms: []string{"the UK", "the U.K.", "the United Kingdom", "Britain", "Great Britain"},
		// Britain is the UK without Northern Ireland: an article that
		// names Northern Ireland keeps them apart.
		apart: []string{"Northern Ireland"},
		keep:  func(f string) bool { return !strings.Contains(f, "Britain") },
	},
	{
		forms: []string{"the US", "the U.S.", "the USA", "the United States", "the United States of America", "America"},
		// "America" is a continent where the article names one.
		apart: []string{"North America", "South America", "Central America", "Latin America", "Americas", "South American", "Latin American"},
		keep:  func(f string) bool { return f != "America" },
	},
}

// countryPeople are the words for the people of the countries of
// countryNames, by the key of each of its forms.
var countryPeople = map[string][]string{
	"uk": {"british", "briton", "britons"}, "u k": {"british", "briton", "britons"}, "united kingdom": {"british", "briton", "britons"},
	"britain": {"british", "briton", "britons"}, "great britain": {"british", "briton", "britons"},
	"us": {"american", "americans"}, "u s": {"american", "americans"}, "usa": {"american", "americans"},
	"united states": {"american", "americans"}, "united states of america": {"american", "americans"}, "america": {"american", "americans"},
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
	for _, f := range append(forms, strings.TrimPrefix(sp.text, "the ")) {
		k := key(strings.TrimPrefix(f, "the "))
		if k != "" && strings.Contains(stem, " "+k+" ") {
			return true
		}
		for _, w := range countryPeople[k] {
			if strings.Contains(stem, " "+w+" ") {
				return true
			}
		}
	}
	return false
}

// countryForms are the other names of the country a blank's answer
// names, each with its own article and without it where it takes one
// ("the United Kingdom" and "United Kingdom", "Britain"), or nil for
// any other answer. A form the article keeps apart from the answer's
// is not offered: "Britain" for "the UK" in a report that also speaks
// of Northern Ireland, "America" for "the US" in one that speaks of
// South America.
func (a *article) countryForms(text string) []string {
	n := quiz.Normalize(strings.TrimPrefix(strings.TrimPrefix(text, "the "), "The "))
	for _, c := range countryNames {
		own := ""
		for _, f := range c.forms {
			if quiz.Normalize(strings.TrimPrefix(f, "the ")) == n {
				own = f
			}
		}
		if own == "" {
			continue
		}
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
	return nil
}

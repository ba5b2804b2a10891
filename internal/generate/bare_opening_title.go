package generate

import "strings"

// A short report split in two was titled by a bare name, place or word
// of its opening: "New York" over a runner's paragraphs on the pressure
// she faces before the race, "Country" over a chancellor's appeal for
// unity, "Thing in Athens" over a year's Olympic highs and lows. The
// opening paragraphs of a report say what its headline says, and every
// single-theme report titled by its headline was judged good: the
// opening theme takes the headline where its title names no matter,
// only a name, a place or a word.

// bareOpeningTitle is the title of the first theme g of a short report
// of several themes, headed by a headline written as a sentence, in
// place of t: the headline where t is bare (bareTitle), else t. A
// heading that is a name ("Clements Markham", a life's) is no headline
// of the opening.
func (a *article) bareOpeningTitle(g []int, t string, used map[string]bool) string {
	if !a.bareTitle(t) {
		return t
	}
	if h := a.openingHeadline(g, t, used); h != "" {
		return h
	}
	return t
}

// openingHeadline is the headline where it may title the first theme g
// of a short report of several themes in place of t: a headline written
// as a sentence, not claiming what is still to come, not t and not used;
// else "".
func (a *article) openingHeadline(g []int, t string, used map[string]bool) string {
	h := a.headline
	if h == "" || len(g) < 2 || len(g) == len(a.paras) || strings.EqualFold(h, t) || used[strings.ToLower(h)] || !titleShaped(h) {
		return ""
	}
	if a.words(allParas(len(a.paras))) > reportMaxWords {
		return ""
	}
	if !sentenceHeadline(h) || a.headlineProspectOnly() {
		return ""
	}
	return h
}

// bareTitle reports whether title t names no matter: one word
// ("Country"), a phrase holding a word that stands for anything
// ("Thing in Athens"), or a name the article writes as a person's, a
// place's or a body's and nothing more ("New York", "Gordon Brown"; not
// "Brown's Budget").
func (a *article) bareTitle(t string) bool {
	ws := strings.Fields(t)
	if len(ws) == 0 {
		return false
	}
	if len(ws) == 1 {
		return true
	}
	for _, w := range ws {
		if fillerTitleWords[strings.ToLower(w)] {
			return true
		}
	}
	if strings.ContainsAny(t, "'’") {
		return false
	}
	sps := a.byKey[key(withoutThe(t))]
	return len(sps) > 0 && sps[0].kind.proper()
}

// fillerTitleWords stand for anything: a title holding one says nothing
// of what its paragraphs are about.
var fillerTitleWords = set(`thing|things|stuff|something|anything|everything|lot|lots|bit|kind|sort`)

// sentenceHeadline reports whether headline h is written as a sentence
// ("Radcliffe tackles marathon tasks"): it holds a word in lower case
// that is not an article, preposition or conjunction. A name ("Suleiman
// the Magnificent") or a heading in title case holds none.
func sentenceHeadline(h string) bool {
	for _, w := range strings.Fields(h) {
		w = strings.Trim(w, "'‘’\"“”:,.?!")
		if w == "" || smallTitleWords[w] {
			continue
		}
		if r := w[0]; r >= 'a' && r <= 'z' {
			return true
		}
	}
	return false
}

package generate

import (
	"strings"
	"unicode"
)

// A biography's middle themes with no office or role running through
// them were titled by a detail of one sentence ("Economic Problems",
// "Union", "Boarding School"). A teacher titles such a stretch of a life
// by what its paragraphs share: the lead's summary of the working life
// ("Hand's Career and Legacy"), the place a stretch of the life is set
// in when its topic sentence sets it there and it stays there ("Birkett
// at Cambridge"), or the schooling its sentences keep to ("Cope's
// Education").

// middleTitle titles a later theme g of a biography whose subject is
// called short, or "".
func (a *article) middleTitle(g []int, short string) string {
	if t := a.leadCareerTitle(g, short); t != "" {
		return t
	}
	if t := a.settingTitle(g, short); t != "" {
		return t
	}
	if t := a.educationTitle(g, short); t != "" {
		return t
	}
	return a.schoolToWorkTitle(g, short)
}

// leadCareerTitle titles a later theme that lies wholly in the lead,
// before the body opens on the birth (bodyStart): the lead sums up the
// working life there, and its last paragraphs how the subject is
// remembered.
func (a *article) leadCareerTitle(g []int, short string) string {
	body := a.bodyStart()
	if body < 0 || len(g) == 0 || g[len(g)-1] > body {
		return ""
	}
	for _, s := range a.sentencesOf(g) {
		for _, t := range s.toks {
			if legacyWords[strings.ToLower(t.text)] {
				return short + "'s Career and Legacy"
			}
		}
	}
	return short + "'s Career"
}

var legacyWords = set(`remembered|admired|legacy|reputation|regarded|considered|influential|honoured|honored|celebrated|commemorated`)

// settingTitle is "<Name> at <Place>" for a theme whose first sentence
// opens on "At <Place>," and names the place again in two more of its
// sentences: the topic sentence sets the scene the paragraphs keep to.
func (a *article) settingTitle(g []int, short string) string {
	sents := a.sentencesOf(g)
	if len(sents) < 3 {
		return ""
	}
	first := sents[0]
	if len(first.toks) < 3 || first.toks[0].text != "At" {
		return ""
	}
	var place []string
	for _, t := range first.toks[1:] {
		if t.text == "," {
			break
		}
		r := []rune(t.text)
		if len(r) == 0 || !unicode.IsUpper(r[0]) {
			return ""
		}
		place = append(place, t.text)
	}
	if len(place) == 0 || len(place) > 3 {
		return ""
	}
	name := strings.Join(place, " ")
	n := 0
	for _, s := range sents[1:] {
		if countWord(s.text, name) > 0 {
			n++
		}
	}
	if n < 2 {
		return ""
	}
	return short + " at " + name
}

// educationTitle is "<Name>'s Education" for a theme where half of the
// sentences or more, three at least, speak of schooling.
func (a *article) educationTitle(g []int, short string) string {
	sents := a.sentencesOf(g)
	n := 0
	for _, s := range sents {
		for _, t := range s.toks {
			if schoolWords[strings.ToLower(t.text)] {
				n++
				break
			}
		}
	}
	if n < 3 || 2*n < len(sents) {
		return ""
	}
	return short + "'s Education"
}

var schoolWords = set(`school|schools|schooling|studies|studied|study|student|education|educated|pupil|tuition|degree|graduated`)

// wholeLifeTitle titles the one theme of a short biography: "<Name> in
// Brief" where the article is all lead, "<Name>'s Life" where its body
// tells the life from the birth on; "" for an article that is no
// biography. The course is already titled by the full name.
func (a *article) wholeLifeTitle() string {
	_, short := a.biographySubject()
	if short == "" || !a.leadDefines() {
		return ""
	}
	short = a.subjectName(short)
	if a.bodyStart() < 0 {
		return short + " in Brief"
	}
	return possessiveName(short, "") + " Life"
}

// schoolToWorkTitle is "<Name>'s Education and Early Career" for the
// theme that follows a biography's birth paragraph when its sentences
// tell the subject's schooling and then the first jobs (two sentences of
// each at least, half the theme's sentences between them): no one school
// or post runs through such paragraphs, and a title by one of them (the
// office the subject served in for a few years) names one episode of
// several.
func (a *article) schoolToWorkTitle(g []int, short string) string {
	body := a.bodyStart()
	if body < 0 || len(g) == 0 || g[0] != body+2 {
		return ""
	}
	sents := a.sentencesOf(g)
	school, work, either := 0, 0, 0
	for _, s := range sents {
		sch, wk := false, false
		for _, t := range s.toks {
			w := strings.ToLower(t.text)
			sch = sch || schoolWords[w] || schoolingWords[w]
			wk = wk || workWords[w] || firstJobWords[w] || occupations[w] && isLowerWord(t.text)
		}
		wk = wk && subjectActs(s, short)
		if sch {
			school++
		}
		if wk {
			work++
		}
		if sch || wk {
			either++
		}
	}
	if school < 2 || work < 2 || 2*either < len(sents) {
		return ""
	}
	return short + "'s Education and Early Career"
}

// schoolingWords add to schoolWords the words of a schooling's places
// and its end.
var schoolingWords = set(`college|university|graduating|graduate|educate|matriculated|enrolled|attended`)

// firstJobWords say that a sentence tells a post taken, held or left,
// besides workWords.
var firstJobWords = set(`served|joined|enlisted|commissioned|appointed|clerk|practice|practised|practiced`)

// subjectActs reports whether a sentence names the subject or has a
// personal pronoun that stands for them ("In 1859 he joined …").
func subjectActs(s *sentence, short string) bool {
	if countWord(s.text, short) > 0 {
		return true
	}
	for _, t := range s.toks {
		switch strings.ToLower(t.text) {
		case "he", "she":
			return true
		}
	}
	return false
}

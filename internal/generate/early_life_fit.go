package generate

import (
	"slices"
	"strings"
)

// A biography's lead may say in passing that "details of Cabral's early
// life are unclear" before telling his voyage; the body tells the birth
// and the family later. Such a lead is no early life: a title of a
// life's start ("Cabral's Early Life") fits only paragraphs that tell
// the birth, the childhood or the schooling, and never paragraphs
// before the one that tells the birth.

// birthAfter reports whether a paragraph after theme g opens with the
// subject's birth (birthParagraphs) and none of g does: the body tells
// the early life after g.
func (a *article) birthAfter(g []int, short string) bool {
	if len(g) == 0 {
		return false
	}
	births := a.birthParagraphs(short)
	for _, p := range births {
		if slices.Contains(g, p) {
			return false
		}
	}
	for _, p := range births {
		if p > g[len(g)-1] {
			return true
		}
	}
	return false
}

// earlyWords are what paragraphs on a life's start tell.
var earlyWords = []string{"born", "childhood", "boyhood", "girlhood", "school", "schooling", "educated", "youth", "parents"}

// earlyStems begin the words of a life's start: the birth, the parents,
// the schooling and the studies.
var earlyStems = []string{"born", "childhood", "boyhood", "girlhood", "youth", "teenage", "school", "college", "universit",
	"educat", "studie", "student", "graduat", "apprentic", "parents", "father", "mother"}

// mostlyEarly reports whether half of theme g's paragraphs or more tell
// the start of the life (earlyStems): a theme from the birth paragraph
// on that goes on to tell the career ("born in Vicenza", then three
// paragraphs on his firm and his studio) is no early life.
func (a *article) mostlyEarly(g []int) bool {
	n := 0
	for _, p := range g {
		if p < 1 || p > len(a.paras) {
			continue
		}
		t := strings.ToLower(a.paras[p-1].text)
		for _, w := range earlyStems {
			if strings.Contains(t, w) {
				n++
				break
			}
		}
	}
	return 2*n >= len(g)
}

// tellsEarlyLife reports whether theme g's paragraphs tell the start of
// the life: not before a paragraph that tells the birth (birthAfter),
// and a paragraph of g says a birth, a childhood or a schooling.
func (a *article) tellsEarlyLife(g []int) bool {
	_, short := a.biographySubject()
	if short != "" && a.birthAfter(g, short) {
		return false
	}
	for _, p := range g {
		if p < 1 || p > len(a.paras) {
			continue
		}
		t := strings.ToLower(a.paras[p-1].text)
		for _, w := range earlyWords {
			if countWord(t, w) > 0 {
				return true
			}
		}
	}
	return false
}

// A theme title lifted from one sentence's adjective and noun ("Definite
// Consensus", of "no definite consensus has been formed") names none of
// what the theme's paragraphs tell. Where such a phrase is all the
// candidates offer in a biography, a name or phrase that two of the
// theme's paragraphs share titles it instead.

// adjectiveOpened reports whether span sp opens with an adjective.
func adjectiveOpened(sp *span) bool {
	if sp == nil || sp.sent == nil || !strings.Contains(sp.key, " ") {
		return false
	}
	for _, t := range sp.sent.toks {
		if t.start >= sp.start && t.end <= sp.end {
			return strings.HasPrefix(t.tag, "JJ")
		}
	}
	return false
}

// candText is the text a candidate titles a theme by: a name's full form.
func candText(c *titleCand) string {
	if c.full != "" {
		return c.full
	}
	return c.text
}

// sharedCandidate is the index of the best candidate that two of a
// biography's theme group's paragraphs or more say, a name or a phrase
// of two words or more other than the subject, that can title it; or
// -1. In other articles a lifted phrase ("Punitive Expedition",
// "Financial Sector Reform") names the theme better than the country
// its paragraphs share.
func (a *article) sharedCandidate(cands []*titleCand, group []int, used map[string]bool, subject string) int {
	bk, short := a.biographySubject()
	if len(group) < 2 || bk == "" {
		return -1
	}
	for i, c := range cands {
		if len(c.paras) < 2 || c.quoted == c.mentions {
			continue
		}
		if bk != "" && (a.sameSubject(c.sp.key, bk) || strings.EqualFold(c.sp.key, short)) {
			continue
		}
		if !c.sp.kind.proper() && !strings.Contains(c.sp.key, " ") {
			continue
		}
		if (c.sp.kind == kPerson || a.fullName[c.sp.key] != "") && a.otherPersonInBiography(c.sp) {
			continue
		}
		t := titleCase(withoutThe(candText(c)))
		if t == "" || used[strings.ToLower(t)] || !titleShaped(t) || nearUsed(t, used) || a.nearTitle(t, used) {
			continue
		}
		return i
	}
	return -1
}

// biographyPlaceTitle titles a biography's theme by the article's most
// frequent name other than its subject (subject, left out of the
// candidates so as not to name the course), a place two of the theme's
// paragraphs say: in a life, "Calicut" is where a part of it happened,
// not what the course is about. Any other article gets "".
func (a *article) biographyPlaceTitle(group []int, used map[string]bool, subject string) string {
	bk, short := a.biographySubject()
	if bk == "" || subject == "" || len(group) < 2 || a.sameSubject(subject, bk) || strings.EqualFold(subject, short) {
		return ""
	}
	sps := a.byKey[subject]
	if len(sps) == 0 || sps[0].kind != kPlace {
		return ""
	}
	n := 0
	for _, p := range group {
		for _, s := range a.paras[p-1].sents {
			if slices.ContainsFunc(s.spans, func(sp *span) bool { return sp.key == subject }) {
				n++
				break
			}
		}
	}
	if n < 2 {
		return ""
	}
	t := titleCase(withoutThe(surface(sps)))
	if t == "" || used[strings.ToLower(t)] || !titleShaped(t) || nearUsed(t, used) || a.nearTitle(t, used) {
		return ""
	}
	return t
}

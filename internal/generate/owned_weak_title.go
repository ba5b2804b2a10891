package generate

import (
	"slices"
	"strings"
)

// Possessive titles said in one sentence, a spokesperson of another
// body, and profile headlines. Short reports were titled by a possessor
// and a noun that one sentence of the theme says ("Parliament's Room",
// from an opening hook's "a locked room"; "Parliament's Bills", one
// detail of paragraphs on the archives' other records), and by a
// spokesperson put to a body the report names though the theme's
// spokesperson speaks for another ("Labour's Spokeswoman" over "a
// spokeswoman for the commissioner's office"). Blind judges called each
// bad. lateWeakTitle leaves possessives alone ("Hale's Promise": what a
// person did); ownedWeakTitle is its possessive half, and profileHeadline
// lets the late titles act under a "Profile: NAME" headline too.

// spokesNouns name a person who speaks for a body.
var spokesNouns = set(`spokeswoman|spokesman|spokesperson|spokeswomen|spokesmen|spokespeople`)

// ownedWeakTitle reports whether title t of theme g, a possessor and a
// noun of one or two words, names no matter of g's: the noun is said in
// one sentence of g only, as a detail's word is, or in two where one is
// the article's first, its hook ("a locked room at the heart of …"); or
// it is a spokesperson and no sentence of g puts one to the possessor.
// A person's possessive is left to the count ("Hale's Promise": what a
// person did, said once or not), as lateWeakTitle left it.
func (a *article) ownedWeakTitle(t string, g []int) bool {
	ws := strings.Fields(withoutThe(t))
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	low := strings.ToLower(ws[0])
	if !strings.HasSuffix(low, "'s") && !strings.HasSuffix(low, "’s") {
		return false
	}
	owner := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(ws[0], "'s"), "’s"))
	noun := strings.ToLower(strings.Join(ws[1:], " "))
	sents := a.sentencesOf(g)
	if len(ws) == 2 && spokesNouns[noun] {
		for _, s := range sents {
			if ownsSpokesperson(strings.ToLower(s.text), owner) {
				return false
			}
		}
		return true
	}
	if a.personWord(strings.TrimSuffix(strings.TrimSuffix(ws[0], "'s"), "’s")) {
		return false // "Hale's Promise": what a person did, said once or not
	}
	n, hook := 0, false
	for _, s := range sents {
		if len(wordsAt(strings.ToLower(s.text), noun)) > 0 {
			n++
			hook = hook || s == a.paras[0].sents[0]
		}
	}
	return n == 1 || hook && n == 2
}

// profileOtherOwner reports whether title t of theme i, under a profile
// headline, is put to another person than the one profiled: the
// opening of a profile is about its subject ("John Smith's Leadership"
// over paragraphs on the profiled man's early career).
func (a *article) profileOtherOwner(i int, t string) bool {
	if i != 0 || !profileHeadline(a.headline) {
		return false
	}
	ws := strings.Fields(withoutThe(t))
	for k := 0; k < min(3, len(ws)-1); k++ {
		last, ok := strings.CutSuffix(ws[k], "'s")
		if !ok {
			last, ok = strings.CutSuffix(ws[k], "’s")
		}
		if !ok {
			continue
		}
		owner := append(slices.Clone(ws[:k]), last) // "John Smith's"
		for _, w := range owner {
			for _, h := range strings.Fields(strings.TrimPrefix(a.headline, "Profile: ")) {
				if strings.EqualFold(w, h) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// ownsSpokesperson reports whether sentence s (in lower case) puts a
// spokesperson to owner: "a labour spokeswoman", "labour's spokesman",
// "a labour party spokesman", "a spokeswoman for labour".
func ownsSpokesperson(s, owner string) bool {
	ws := strings.Fields(s)
	for i, w := range ws {
		w = strings.Trim(w, ",.;:\"“”‘’'()")
		if !spokesNouns[w] {
			continue
		}
		for k := max(0, i-3); k < i; k++ {
			p := strings.TrimSuffix(strings.TrimSuffix(strings.Trim(ws[k], ",\"“”‘’()"), "'s"), "’s")
			if p == owner {
				return true
			}
		}
		if i+1 < len(ws) && ws[i+1] == "for" {
			for k := i + 2; k < min(len(ws), i+7); k++ {
				p := strings.TrimSuffix(strings.TrimSuffix(strings.Trim(ws[k], ",.;\"“”‘’()"), "'s"), "’s")
				if p == owner {
					return true
				}
			}
		}
	}
	return false
}

// profileHeadline reports whether headline h is a profile of a person
// by name: "Profile: " and two to four capitalised words.
func profileHeadline(h string) bool {
	rest, ok := strings.CutPrefix(h, "Profile: ")
	if !ok {
		return false
	}
	ws := strings.Fields(rest)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if r := w[0]; r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// lateHeadline reports whether the late titles may act under headline
// h: a sentence (sentenceHeadline) or a profile of a person.
func lateHeadline(h string) bool {
	return sentenceHeadline(h) || profileHeadline(h)
}

// profileOpening is the headline, for opening theme g titled t of a
// short report under a profile headline, as openingHeadline gives a
// sentence headline; else "".
func (a *article) profileOpening(g []int, t string, used map[string]bool) string {
	h := a.headline
	if !profileHeadline(h) || len(g) < 2 || len(g) == len(a.paras) || strings.EqualFold(h, t) || used[strings.ToLower(h)] {
		return ""
	}
	if a.words(allParas(len(a.paras))) > reportMaxWords {
		return ""
	}
	return h
}

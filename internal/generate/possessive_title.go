package generate

import (
	"slices"
	"strings"
)

// A theme on part of someone's life, or on what a country did, is best
// titled as the article itself says it, with the possessive: "Douglass's
// early life", "Russia's invasion of Ukraine". A key phrase alone names
// a detail of such a theme ("Baltimore", "Ukraine"); the possessive names
// whose life or whose act the paragraphs follow.

// lifeNouns are the stages and events of a life or a reign: the head
// nouns of a possessive that can title a theme.
var lifeNouns = set(`life|career|childhood|youth|death|marriage|escape|exile|reign|presidency|rule|legacy|return|
arrest|trial|retirement|education|fall|capture|assassination|discovery|flight|imprisonment|funeral|upbringing|
apprenticeship|captivity|enslavement|freedom|campaign|visit|succession|downfall|overthrow`)

// possessiveTitle is the theme's possessive topic phrase, or "": a name
// with "'s" and a noun of a life's stage or an event (lifeNouns,
// topicNouns), with up to two modifiers before it and a name after "of"
// ("Russia's invasion of Ukraine"). The name must run through at least
// half of the theme's paragraphs or be in the course's title, and the
// noun must be in two of its paragraphs or more (the theme follows that
// life or that event), or the theme be of one paragraph, or the noun be a
// stage of the course subject's life where a life told in order has it
// (earlyStage in the first theme, lateStages in the last, and only
// there: a life's end runs through a biography). A noun another
// theme's title has already is passed over. Where several qualify, the
// one whose name and noun are in the most paragraphs wins.
func (a *article) possessiveTitle(group []int, used map[string]bool) string {
	inParas := func(w string) int {
		n := 0
		for _, p := range group {
			if a.paras[p-1].words[stem(strings.ToLower(w))] > 0 {
				n++
			}
		}
		return n
	}
	course := map[string]bool{}
	for _, w := range strings.Fields(key(a.course)) {
		course[w] = true
	}
	best, bestN := "", 0
	for _, n := range group {
		for _, s := range a.paras[n-1].sents {
			t := s.toks
			for i := 0; i+2 < len(t); i++ {
				if t[i+1].tag != "POS" || !strings.HasPrefix(t[i].tag, "NN") || !isCapitalised(t[i].text) || !hasLetter(t[i].text) {
					continue
				}
				if halfName(t, i) {
					continue // "Title and Art's", "Hanna–Barbera's": no one's
				}
				owner := t[i].text
				j := i + 2
				for j < len(t) && j < i+4 && strings.HasPrefix(t[j].tag, "JJ") && !isCapitalised(t[j].text) {
					j++
				}
				if j >= len(t) || (t[j].tag != "NN" && t[j].tag != "NNS") || isCapitalised(t[j].text) {
					continue
				}
				h := stem(strings.ToLower(t[j].text))
				if !lifeNouns[h] && !topicNouns[h] {
					continue
				}
				on, hn := inParas(owner), inParas(t[j].text)
				subject := course[strings.ToLower(owner)]
				if 2*on < len(group) && !subject {
					continue
				}
				// A life's stage said once still titles the theme where a
				// life told in order has it: its early years in the first
				// theme, its end in the last.
				var mods []string
				for _, m := range t[i+2 : j] {
					mods = append(mods, strings.ToLower(m.text))
				}
				early := earlyStage(mods, h)
				if early && !a.tellsEarlyLife(group) {
					continue // "Cabral's early life" said in a lead on his voyage
				}
				stage := subject && (group[0] == 1 && early || group[len(group)-1] == len(a.paras) && lateStages[h])
				if (hn < 2 && len(group) > 1 || lateStages[h]) && !stage {
					continue // a death titles only the theme that ends the life
				}
				if usedHead(used, h) {
					continue // "Putin's invasion" after "Russia's invasion"
				}
				end := j
				// "of" and a name: "Russia's invasion of Ukraine".
				if k := j + 1; k+1 < len(t) && strings.ToLower(t[k].text) == "of" && strings.HasPrefix(t[k+1].tag, "NNP") && isCapitalised(t[k+1].text) {
					end = k + 1
					for end+1 < len(t) && strings.HasPrefix(t[end+1].tag, "NNP") && isCapitalised(t[end+1].text) {
						end++
					}
				}
				if on+hn > bestN {
					best, bestN = titleCase(s.text[t[i].start:t[end].end]), on+hn
				}
			}
		}
	}
	return best
}

// lateStages are the end of a life.
var lateStages = set(`death|legacy|funeral|retirement|downfall|assassination|exile`)

// earlyStage reports whether a possessive's noun and modifiers name the
// start of a life: "childhood", "early life", "early career".
func earlyStage(mods []string, head string) bool {
	switch head {
	case "childhood", "youth", "upbringing", "education", "apprenticeship":
		return true
	case "life", "career", "year":
		return slices.Contains(mods, "early")
	}
	return false
}

// usedHead reports whether a title used already has the noun h.
func usedHead(used map[string]bool, h string) bool {
	for t := range used {
		for _, w := range strings.Fields(key(t)) {
			if stem(w) == h {
				return true
			}
		}
	}
	return false
}

// halfName reports whether token i, a possessive's owner, ends a name
// joined of two by "and" or a spaced dash ("Lind and Berg's", "Lind –
// Berg's", "Print and Film's"): the owner alone is half of it, a firm's
// or a pair's name cut in two, and "Berg's Career" would say the career
// is Berg's alone. A name hyphenated in one token ("Lind-Berg's") is
// whole.
func halfName(t []tok, i int) bool {
	if i < 2 {
		return false
	}
	switch strings.ToLower(t[i-1].text) {
	case "and", "&", "-", "–", "—":
		return isCapitalised(t[i-2].text)
	}
	return false
}

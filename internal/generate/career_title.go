package generate

import (
	"strings"
	"unicode"
)

// A biography's middle themes tell the subject's working life. Their key
// phrases name a detail of one sentence (a court, a town, a colleague's
// role), where a teacher titles the stage of the life the paragraphs
// share: the office the subject holds through them ("Hand as a Judge").

// occupations are the head nouns of role phrases that name what a
// person is or does for a living: "a federal judge", "the city's mayor".
var occupations = set(`judge|lawyer|attorney|barrister|solicitor|justice|commissioner|mayor|governor|senator|
congressman|congresswoman|representative|president|minister|secretary|ambassador|diplomat|politician|
professor|teacher|scientist|physician|doctor|surgeon|nurse|engineer|architect|inventor|astronomer|
chemist|physicist|mathematician|economist|historian|philosopher|writer|author|novelist|poet|playwright|
journalist|reporter|editor|publisher|printer|painter|artist|sculptor|photographer|composer|musician|
singer|actor|actress|director|producer|dancer|soldier|officer|general|admiral|pilot|priest|bishop|
minister|missionary|businessman|businesswoman|banker|merchant|manager|coach|player|athlete`)

// careerTitle titles a biography's later theme g (not its first) by the
// occupation the subject holds through it; "" where no office runs
// through it, and for an article that is no biography.
func (a *article) careerTitle(g []int, last bool) string {
	_, short := a.biographySubject()
	if short == "" || len(g) == 0 || g[0] <= 1 {
		return ""
	}
	if role := a.subjectOccupation(g, short); role != "" {
		art := "a"
		if strings.ContainsRune("aeiou", rune(role[0])) {
			art = "an"
		}
		return short + " as " + art + " " + strings.ToUpper(role[:1]) + role[1:]
	}
	// No office runs through the theme: a title by the stage's place in
	// the life ("Later Career") was judged wrong on unseen biographies
	// (a student's years, a radio play), and so was one by the lead's
	// role again (bio_role.go), so the theme keeps its own.
	if t := a.middleTitle(g, short); t != "" {
		return t
	}
	return a.workTitle(g, short)
}

// workWords say that a sentence tells someone's paid work: the jobs the
// subject took, lost and left, whatever the trade.
var workWords = set(`job|jobs|worked|working|employed|employment|employee|employees|employer|employers|hired|career|apprentice|apprenticed|apprenticeship|salary|promoted|promotion|resigned|fired`)

// workTitle titles a biography's theme of the body, after the paragraph
// of the birth, whose sentences about the subject mostly tell their paid
// work (workWords), in three sentences or more, though no one office
// runs through them (odd jobs, then a trade learnt on the job): "<short>'s
// Early Career" where the theme opens just after the birth paragraph,
// "<short>'s Career" later on. Its own title is there a phrase of one or
// two of its sentences, such as a first employer named in passing, which
// blind judges rejected as a detail.
func (a *article) workTitle(g []int, short string) string {
	body := a.bodyStart()
	if body < 0 || len(g) == 0 || g[0] <= body+1 {
		return ""
	}
	about, work := 0, 0
	for _, s := range a.sentencesOf(g) {
		if !aboutSubject(s, short) {
			continue
		}
		about++
		for _, t := range s.toks {
			if workWords[strings.ToLower(t.text)] {
				work++
				break
			}
		}
	}
	if work < 3 || 2*work < about {
		return ""
	}
	if g[0] == body+2 {
		return short + "'s Early Career"
	}
	return short + "'s Career"
}

// subjectOccupation is the occupation named most often, at least twice,
// in two paragraphs or more (what the paragraphs share, not one
// paragraph's job) and more often than any other, in the sentences of paragraphs g that
// are about the subject (they name them or open on a pronoun), where it
// is not someone else's role ("the firm's lawyer", "Smith, a lawyer").
func (a *article) subjectOccupation(g []int, short string) string {
	count, paras := map[string]int{}, map[string]int{}
	for _, p := range g {
		if p < 1 || p > len(a.paras) {
			continue
		}
		inPara := map[string]bool{}
		for _, s := range a.paras[p-1].sents {
			if !aboutSubject(s, short) {
				continue
			}
			seen := map[string]bool{}
			for i, t := range s.toks {
				w := strings.ToLower(t.text)
				if !occupations[w] || seen[w] || !isLowerWord(t.text) {
					continue
				}
				if ownedByOther(s.toks[:i], short) {
					continue
				}
				seen[w] = true
				count[w]++
				if !inPara[w] {
					inPara[w] = true
					paras[w]++
				}
			}
		}
	}
	best, bestN, second := "", 0, 0
	for w, n := range count {
		if n > bestN {
			best, bestN, second = w, n, bestN
		} else if n > second {
			second = n
		}
	}
	if bestN < 2 || second == bestN || paras[best] < 2 {
		return ""
	}
	return best
}

// aboutSubject reports whether a sentence names the subject or opens on
// a personal pronoun that stands for them.
func aboutSubject(s *sentence, short string) bool {
	if countWord(s.text, short) > 0 {
		return true
	}
	for _, t := range s.toks {
		if !unicode.IsLetter([]rune(t.text)[0]) {
			continue
		}
		switch strings.ToLower(t.text) {
		case "he", "she", "his", "her":
			return true
		}
		return false
	}
	return false
}

// ownedByOther reports whether the words before an occupation make it
// another's: a possessive other than the subject's ("the firm's"), with
// at most one word between ("the firm's leading lawyer").
func ownedByOther(before []tok, short string) bool {
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		t := before[k].text
		owner := ""
		switch {
		case t == "'s" || t == "’s" || t == "'" || t == "’":
			if k > 0 {
				owner = before[k-1].text
			}
		case strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s"):
			owner = t[:len(t)-len("'s")]
			if strings.HasSuffix(t, "’s") {
				owner = t[:len(t)-len("’s")]
			}
		default:
			continue
		}
		return owner != short
	}
	return false
}

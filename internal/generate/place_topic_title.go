package generate

import "strings"

// A theme on a thing in one place was titled by a phrase of its own
// sentences that says less: the close of a column on broadband (its
// spread, "broadband in the UK is laughably slow", UK speeds) was
// "Daily Lives", said in two of its sentences, while four say
// "broadband" and two "broadband in the UK". Where two of a theme's
// sentences or more say one common noun "in" one place ("broadband in
// the UK", "flooding in Wales"), and the theme's sentences say that noun
// more often than the head word of its title, the phrase titles the
// theme.

// placeTopicTitle is the title of theme g in place of t: a noun in a
// place that its sentences repeat (see above), else t.
func (a *article) placeTopicTitle(g []int, t string, used map[string]bool) string {
	var sents []*sentence
	for _, s := range a.sentencesOf(g) {
		if !s.byline {
			sents = append(sents, s)
		}
	}
	count := map[string]int{}
	text := map[string]string{}
	noun := map[string]string{}
	for _, s := range sents {
		seen := map[string]bool{}
		for i := 1; i+1 < len(s.toks); i++ {
			prev := s.toks[i-1]
			if !strings.EqualFold(s.toks[i].text, "in") || !strings.HasPrefix(prev.tag, "NN") || strings.HasPrefix(prev.tag, "NNP") || !isLowerWord(prev.text) {
				continue
			}
			j := i + 1
			if strings.EqualFold(s.toks[j].text, "the") && j+1 < len(s.toks) {
				j++
			}
			for _, sp := range s.spans {
				if sp.kind != kPlace || sp.start != s.toks[j].start {
					continue
				}
				phrase := s.text[prev.start:sp.end]
				k := key(phrase)
				if !seen[k] {
					seen[k] = true
					count[k]++
					text[k], noun[k] = phrase, strings.ToLower(prev.text)
				}
			}
		}
	}
	ws := strings.Fields(key(t))
	if len(ws) == 0 {
		return t
	}
	have := sentencesWithStem(sents, ws[len(ws)-1])
	best, bestN := "", 0
	for k, n := range count {
		if n < 2 || sentencesWithStem(sents, noun[k]) <= have {
			continue
		}
		nt := titleCase(text[k])
		if !titleShaped(nt) || used[strings.ToLower(nt)] || nearUsed(nt, used) || a.nearTitle(nt, used) {
			continue
		}
		if n > bestN || n == bestN && nt < best {
			best, bestN = nt, n
		}
	}
	if best == "" {
		return t
	}
	return best
}

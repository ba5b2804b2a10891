package generate

import (
	"slices"
	"strings"
)

// A theme's title was most often judged bad where it was a phrase of one
// of the theme's sentences: "Industry Worldwide", "Fresh Delay", "Two-hour
// Flight" and "Moderate Acquaintance" each title paragraphs that say them
// once and go on about something else; "Novastream" (the radio station of
// an interview), "WebSideStory" (a source of figures) and "Cafod" (the
// host of a speech) are names met in one sentence beside the theme's
// story. What a reader recognises a theme by is what its sentences keep
// saying. So:
//   - a key phrase or name said in one sentence of a theme of three
//     sentences or more (lifted), unless the phrase's head noun runs
//     through the theme ("relentless rain" among paragraphs on the rain),
//     gives way to the best candidate the theme says in two sentences or
//     more, a phrase or a name, where that scores a quarter of the
//     phrase's score at least (title);
//   - where there is none, the theme is titled by what its sentences
//     repeat (recurringTitle): a two-word
//     compound said in two of its sentences or more, more in the theme
//     than in the rest of the article ("Debt Relief"), else the person
//     the article is about with a noun the theme repeats and says is
//     theirs ("Curry's Software");
//   - a name said only as a source or a host ("told AFP", "according to
//     WebSideStory", "in an interview with Novastream") is an aside of
//     its sentences, and scores a tenth (sourceMention);
//   - two themes of one article never take nearly the same title
//     ("Murderers and MPs", "Murder and MPs"): nearTitle compares the
//     words of two titles by their stems, past the subject's own name.

// liftedSpread is the number of sentences a theme needs before a phrase
// said in only one of them is taken for a detail.
const liftedSpread = 3

// lifted reports whether candidate c is a phrase of one sentence of a
// theme of sents: said once, and for a common noun phrase with a head
// noun that does not run through the theme.
func lifted(c *titleCand, sents []*sentence) bool {
	return len(sents) >= liftedSpread && c.said <= 1 && !headRuns(c, sents)
}

// detailTitle reports whether candidate c names a detail of theme group,
// whose sentences are sents: a phrase of one sentence (lifted), a bare
// common noun ("Internet", "Building"), a name in one paragraph of a
// theme of three or more ("Johnny Carson", quoted in the last of them),
// or a one-word name said in under a quarter of the theme's sentences
// ("Apple", of the "Apple iPod" podcasting is named after).
func detailTitle(c *titleCand, group []int, sents []*sentence) bool {
	if lifted(c, sents) {
		return true
	}
	one := !strings.Contains(c.sp.key, " ")
	if c.sp.kind == kTerm {
		return one && len(sents) >= liftedSpread
	}
	if !c.sp.kind.proper() {
		return false
	}
	return len(group) >= 3 && len(c.paras) == 1 || one && 4*c.said < len(sents)
}

// headRuns reports whether candidate c is a common noun phrase whose head
// noun is in three of sentences sents or more.
func headRuns(c *titleCand, sents []*sentence) bool {
	if c.sp.kind != kTerm {
		return false
	}
	ws := strings.Fields(c.sp.key)
	h := stem(ws[len(ws)-1])
	n := 0
	for _, s := range sents {
		for _, w := range s.words {
			if w == h {
				n++
				break
			}
		}
	}
	return n >= 3
}

// recurringTitle is a title for theme g from what its sentences repeat
// (see above), or "" where they repeat nothing that titles it.
func (a *article) recurringTitle(g []int, used map[string]bool) string {
	sents := a.sentencesOf(g)
	var rest []*sentence
	for _, p := range a.paras {
		if !containsInt(g, p.n) {
			rest = append(rest, p.sents...)
		}
	}
	ok := func(t string) bool {
		return t != "" && titleShaped(t) && !used[strings.ToLower(t)] && !nearUsed(t, used) && !a.nearTitle(t, used)
	}
	paras := min(2, len(g))
	if term := themeCompoundIn(sents, rest, paras); term != "" && (a.course == "" || !inTitle(term, a.course)) &&
		2*a.compoundParas(term) <= len(a.paras) {
		if t := titleCase(term); ok(t) {
			return t
		}
	}
	subject := a.titleSubject()
	if subject == "" {
		return ""
	}
	ws := strings.Fields(subject)
	surname := ws[len(ws)-1]
	for _, c := range a.subjectTopics(sents, rest, subject, false) {
		// A noun the theme says is the subject's ("his software",
		// "Curry's show"); not a compound, which the theme would have
		// said in two sentences above, nor a noun merely beside the
		// subject ("Curry's Internet").
		if !strings.HasPrefix(c, "'") || !ownedIn(sents, c, surname) {
			continue
		}
		if t := possessive(surname) + " " + strings.TrimPrefix(c, "'"); ok(t) {
			return t
		}
	}
	return ""
}

// ownedIn reports whether one of sentences sents says the last word of
// topic the subject's (ownedBy), the subject named by its surname.
func ownedIn(sents []*sentence, topic, surname string) bool {
	ws := strings.Fields(strings.ToLower(strings.TrimPrefix(topic, "'")))
	if len(ws) == 0 {
		return false
	}
	h := stem(ws[len(ws)-1])
	for _, s := range sents {
		for i, t := range s.toks {
			if stem(strings.ToLower(t.text)) == h && ownedBy(s.toks, i, surname, true) {
				return true
			}
		}
	}
	return false
}

// titleSubject is how a theme's title names the person an article is
// about: a biography's subject by the name the article uses, else the
// article's main subject where it is a person's name of three words at
// most; or "". A place's or a thing's "own" nouns read as garbled titles
// ("Cathedral's Spokesman"), a person's as what the theme tells of them
// ("Curry's Software").
func (a *article) titleSubject() string {
	if a.titleSubj == nil {
		s := a.findTitleSubject()
		a.titleSubj = &s
	}
	return *a.titleSubj
}

func (a *article) findTitleSubject() string {
	if _, short := a.biographySubject(); short != "" {
		return short
	}
	name, k := a.mainSubjectKey()
	if ws := strings.Fields(name); len(ws) < 2 || len(ws) > 3 || !firstNames[strings.ToLower(ws[0])] || len(a.byKey[k]) == 0 || a.byKey[k][0].kind != kPerson {
		return ""
	}
	return name
}

// nearTitle reports whether title t says nearly what a title used does:
// every content word of the shorter, past the words of the article's
// subject, is a word of the longer in some form ("Murder and MPs" of
// "Murderers and MPs", "Detective Fiction Novelist" of "Georgette Heyer
// Detective Fiction").
func (a *article) nearTitle(t string, used map[string]bool) bool {
	if len(used) == 0 {
		return false
	}
	skip := map[string]bool{}
	for _, w := range strings.Fields(key(a.titleSubject() + " " + a.course)) {
		skip[titleStem(w)] = true
	}
	words := func(s string) []string {
		var out []string
		for _, w := range strings.Fields(key(s)) {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if st := titleStem(w); len(w) > 2 && !stopwords[w] && !smallTitleWords[w] && !skip[st] {
				out = append(out, st)
			}
		}
		return out
	}
	tw := words(t)
	for u := range used {
		uw := words(u)
		short, long := tw, uw
		if len(uw) < len(tw) {
			short, long = uw, tw
		}
		if len(short) > 0 && allNear(short, long) {
			return true
		}
	}
	return false
}

// allNear reports whether every stem of short is one of long, or begins
// one, or is begun by one, of five letters or more with at most three
// letters more ("murder", "murderer"; not "louis", "louisiana").
func allNear(short, long []string) bool {
	for _, w := range short {
		found := false
		for _, l := range long {
			if w == l || min(len(w), len(l)) >= 5 && max(len(w), len(l))-min(len(w), len(l)) <= 3 && (strings.HasPrefix(l, w) || strings.HasPrefix(w, l)) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// sourceFrames are the words before a name that make it where a story
// was told, found or heard rather than what it is about: "told AFP",
// "according to WebSideStory", "in an interview with Novastream",
// "speaking at Cafod".
var sourceFrames = []string{"told", "according to", "interview with", "interviewed by", "speaking to", "speaking at",
	"speaking on", "talking to", "figures from", "data from", "statistics from", "report by", "survey by", "study by",
	"research by", "quoted by", "reported by", "writing in", "writing for", "hosted by", "organised by", "organized by",
	"speech at", "broadcast on", "told the", "interview on"}

// sourceMention reports whether name span sp is said as a source or a
// host (sourceFrames): an aside of its sentence.
func sourceMention(sp *span) bool {
	if sp.start > len(sp.sent.text) {
		return false
	}
	before := strings.ToLower(strings.TrimSpace(sp.sent.text[:sp.start]))
	before = strings.TrimSpace(strings.TrimSuffix(before, " the"))
	if before == "the" {
		return false
	}
	for _, f := range sourceFrames {
		if before == f || strings.HasSuffix(before, " "+f) {
			return true
		}
	}
	return false
}

// liftedTitle reports whether title t of theme g is a key phrase of the
// theme said in one of its sentences (lifted).
func (a *article) liftedTitle(t string, g []int, subject string) bool {
	sents := a.sentencesOf(g)
	for _, c := range a.titleCandidates(g, subject) {
		text := c.text
		if c.full != "" {
			text = c.full
		}
		if titleCase(withoutThe(text)) == t {
			return lifted(c, sents)
		}
	}
	return false
}

// speakVerbs are the verbs a report gives a body that speaks on a matter.
var speakVerbs = set(`said|says|added|announced|confirmed|denied|insisted|argued|warned|stated|told|claimed|responded`)

// speakerNouns are the people a body speaks through: "a Home Office
// spokesman said".
var speakerNouns = set(`spokesman|spokeswoman|spokesperson|official|officials|source|sources|minister|ministers`)

// speakingBody reports whether name span sp is a body said to speak: the
// name and a reporting verb ("the Home Office said"), or the name before
// the one who speaks for it ("a Home Office spokesman").
func speakingBody(sp *span) bool {
	if sp.sent == nil || sp.end > len(sp.sent.text) {
		return false
	}
	after := strings.Fields(strings.ToLower(sp.sent.text[sp.end:]))
	if len(after) == 0 {
		return false
	}
	w := strings.Trim(after[0], ",.;:!?\"'’”")
	if speakVerbs[w] || speakerNouns[w] {
		return true
	}
	// "said the Home Office" at a clause's end.
	before := strings.Fields(strings.ToLower(sp.sent.text[:sp.start]))
	for len(before) > 0 && before[len(before)-1] == "the" {
		before = before[:len(before)-1]
	}
	return len(before) > 0 && speakVerbs[strings.Trim(before[len(before)-1], ",")]
}

// speakingPerson reports whether person span sp is said as one who
// speaks: the name and a reporting verb ("Mr Hogan said"), the verb
// before it ("said Mr Hogan", "said Kevin Hogan, senior manager at
// …"), or the verb after an aside on who they are ("Jane Smith, head of
// research, said").
func speakingPerson(sp *span) bool {
	if sp.sent == nil || sp.end > len(sp.sent.text) || sp.start > sp.end {
		return false
	}
	trim := func(w string) string { return strings.Trim(w, ",.;:!?\"'’”") }
	before := strings.Fields(sp.sent.text[:sp.start])
	for len(before) > 0 && honorifics[strings.ToLower(strings.Trim(before[len(before)-1], ","))] {
		before = before[:len(before)-1]
	}
	if len(before) > 0 && speakVerbs[strings.ToLower(trim(before[len(before)-1]))] {
		return true
	}
	after := strings.Fields(strings.ToLower(sp.sent.text[sp.end:]))
	if len(after) == 0 {
		return false
	}
	if speakVerbs[trim(after[0])] {
		return true
	}
	if !strings.HasPrefix(sp.sent.text[sp.end:], ",") {
		return false
	}
	// An aside of a few words, closed by a comma, then the verb.
	for i := 0; i < len(after)-1 && i < 12; i++ {
		if strings.HasSuffix(after[i], ",") && i > 0 {
			return speakVerbs[trim(after[i+1])]
		}
	}
	return false
}

// runningPhraseTitle is the title of theme g of a report of
// reportMaxWords words at most in place of t, a phrase that one of the
// theme's sentences says with a word no other of them says ("Video
// Game" over paragraphs on games that teach languages, "Greater
// Compensation"): a phrase the theme may say once too, but every word of
// which runs through its sentences ("Learning Languages", "Passenger
// Compensation"), names what the paragraphs are about (runningPhrase).
// A theme of one paragraph keeps t: it is often thin and joins a
// neighbour, and its title decides which drafts give it away. Otherwise
// t.
func (a *article) runningPhraseTitle(g []int, t, subject string, used map[string]bool) string {
	if len(g) < 2 || len(g) == len(a.paras) || a.words(allParas(len(a.paras))) > reportMaxWords {
		return t
	}
	if bk, _ := a.biographySubject(); bk != "" {
		return t
	}
	cands := a.titleCandidates(g, subject)
	from := slices.IndexFunc(cands, func(c *titleCand) bool { return titleCase(withoutThe(candText(c))) == t })
	// A phrase on what happens ("Punitive Expedition", "Federal
	// Response") names the theme's event, however rarely its modifier is
	// said.
	if from < 0 || topicNouns[cands[from].sp.head] || !partlyLifted(cands[from], a.sentencesOf(g)) {
		return t
	}
	if j := a.runningPhrase(cands, from, a.sentencesOf(g), used); j >= 0 {
		return titleCase(withoutThe(candText(cands[j])))
	}
	return t
}

// partlyLifted reports whether candidate c is a phrase said once in a
// theme of sents, a word of which is said in no other of its sentences.
func partlyLifted(c *titleCand, sents []*sentence) bool {
	if c.sp.kind != kTerm || len(sents) < liftedSpread || c.said > 1 {
		return false
	}
	for _, w := range strings.Fields(c.sp.key) {
		if sentencesWithStem(sents, w) < 2 {
			return true
		}
	}
	return false
}

// runningPhrase is the index of the candidate after cands[from], scoring
// a tenth of its score at least, that is a common noun phrase of two words
// or more every word of which is said in two of sents or more, and that
// may title the theme: the one whose least said word is in the most
// sentences, the better scored of a tie; or -1.
func (a *article) runningPhrase(cands []*titleCand, from int, sents []*sentence, used map[string]bool) int {
	best, bestSpread := -1, 1
	for j := from + 1; j < len(cands); j++ {
		c := cands[j]
		if c.score < 0.1*cands[from].score {
			break
		}
		// "Portable Media Market" for "Portable Media" says the same.
		if inTitle(cands[from].sp.key, c.sp.key) {
			continue
		}
		spread, _, ok := phraseSpread(c, sents)
		if !ok || spread <= bestSpread || a.freeTitle(c, used) == "" {
			continue
		}
		best, bestSpread = j, spread
	}
	return best
}

// phraseSpread reports whether candidate c is a common noun phrase of two
// words or more that may title a theme ("Largest Economy" relates a thing
// to its sentence, and a relative, weak, vague or graded first word says
// little), and in how many of sents its least said word is, and its words
// together.
func phraseSpread(c *titleCand, sents []*sentence) (least, total int, ok bool) {
	ws := strings.Fields(c.sp.key)
	if c.sp.kind != kTerm || len(ws) < 2 || relativeModifiers[ws[0]] || weakAdjectives[ws[0]] || vagueModifiers[ws[0]] ||
		titleWeak[ws[0]] || gradedAdjective(c.sp) {
		return 0, 0, false
	}
	least = len(sents)
	for _, w := range ws {
		n := sentencesWithStem(sents, w)
		least, total = min(least, n), total+n
	}
	return least, total, true
}

// freeTitle is candidate c as a title, where it is shaped as one and
// neither it nor a title near it is used yet; else "".
func (a *article) freeTitle(c *titleCand, used map[string]bool) string {
	t := titleCase(withoutThe(candText(c)))
	if t == "" || used[strings.ToLower(t)] || !titleShaped(t) || nearUsed(t, used) || a.nearTitle(t, used) {
		return ""
	}
	return t
}

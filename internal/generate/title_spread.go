package generate

import "strings"

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
//     the article is about with a noun the theme repeats ("Adam Curry's
//     Software");
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
	for _, c := range a.subjectTopics(sents, rest, subject) {
		// A noun of the theme's, with the subject; not a compound, which
		// the theme would have said in two sentences above.
		if !strings.HasPrefix(c, "'") {
			continue
		}
		if t := possessive(subject) + " " + strings.TrimPrefix(c, "'"); ok(t) {
			return t
		}
	}
	return ""
}

// titleSubject is how a theme's title names the person an article is
// about: a biography's subject by the name the article uses, else the
// article's main subject where it is a person's name of three words at
// most; or "". A place's or a thing's "own" nouns read as garbled titles
// ("Cathedral's Spokesman"), a person's as what the theme tells of them
// ("Curry's Software").
func (a *article) titleSubject() string {
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

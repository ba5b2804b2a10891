package generate

import (
	"sort"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// A title from what the theme's central sentence says happens. Blind
// judges called most made theme titles bad because they name a detail,
// a role, a place or the article's whole subject, and asked instead for
// what the paragraphs are about: an event and who or what it happens to
// ("the EU vote and the government's reaction", "coal's rise to rival
// oil"). The running term (cover_title.go) and the terms said most
// (central_title.go) give nouns; neither gives the event. So a later
// theme whose title is weak by the tests those rules use (said in one of
// its sentences at most, a role, a place, a generic noun, the course's
// subject again) is titled from its most central sentences: the main
// clause's subject noun phrase, its verb turned into the noun the
// article itself uses for it ("voted": "vote"), and the verb's object
// ("Council's Vote on Parking Charges", "Council's Approval of Heat
// Pumps"). Only clean pieces are used: a subject that is a noun phrase
// opening the sentence (no pronoun, no clause cut in two), a main verb
// that is not "be", "have" or a verb of saying, an event noun the
// article says, and a subject or object the theme says in two sentences
// at least. Otherwise the title stays.

// eventMinSentences is the size under which a theme keeps its title.
const eventMinSentences = 3

// eventCentral is how many of a theme's most central sentences are read.
const eventCentral = 2

// eventTitles retitles the later themes whose title is weak by a title
// built from their central sentence's subject and event (see above),
// and reports the themes retitled, by index.
func (a *article) eventTitles(themes []quiz.Theme) []int {
	if len(a.sections) > 0 {
		return nil
	}
	var nouns map[string]string // the article's common nouns, by lower-case form
	title := func(t quiz.Theme, sents []*sentence, used map[string]bool, subject string) string {
		if !(titleSaidIn(t.Title, sents) <= 1 || a.kindOnlyTitle(t.Title) || a.centralWeak(t.Title)) {
			return ""
		}
		if nouns == nil {
			nouns = a.commonNouns()
		}
		// The two most central sentences, the more central first.
		order := make([]*sentence, len(sents))
		copy(order, sents)
		sort.SliceStable(order, func(x, y int) bool { return order[x].score > order[y].score })
		if len(order) > eventCentral {
			order = order[:eventCentral]
		}
		nt := ""
		for _, s := range order {
			if nt = a.eventTitle(s, sents, nouns); nt != "" {
				break
			}
		}
		if nt == "" || used[strings.ToLower(nt)] || nearUsed(nt, used) || !titleShaped(nt) || strings.EqualFold(nt, a.course) || strings.EqualFold(nt, a.headline) {
			return ""
		}
		if subject != "" && !strings.Contains(strings.ToLower(nt), strings.ToLower(subject)+"'") {
			return "" // the event of someone else
		}
		return nt
	}
	// The opening theme of an article pasted without its headline (or
	// its only theme) is titled by the rules, not by the headline, and is
	// weak in the same ways (open_event_title.go).
	changed := a.openingEventTitle(themes, func(t quiz.Theme, sents []*sentence, used map[string]bool, subject string) string {
		return title(t, sents, used, subject)
	})
	// A biography's themes are stages of one life ("Vale's Early
	// Life"), which one sentence's event does not name.
	if len(themes) < 2 || a.isBiography() {
		return changed
	}
	return append(changed, a.retitleLater(themes, eventMinSentences, func(t quiz.Theme, sents []*sentence, used map[string]bool) string {
		return title(t, sents, used, "")
	})...)
}

// commonNouns are the article's common nouns, by lower-case form.
func (a *article) commonNouns() map[string]string {
	nouns := map[string]string{}
	for _, s := range a.sents {
		for _, tk := range s.toks {
			if tk.tag == "NN" || tk.tag == "NNS" {
				w := strings.ToLower(tk.text)
				nouns[w] = w
			}
		}
	}
	return nouns
}

// eventNonVerbs are main verbs that name no event: being, having,
// saying and the like.
var eventNonVerbs = set(`be|is|are|was|were|been|being|am|has|have|had|having|do|does|did|said|says|say|told|tells|tell|added|adds|according|get|gets|got|become|becomes|became|seem|seems|seemed|appear|appears|appeared|include|includes|included|remain|remains|remained|make|makes|made|take|takes|took|go|goes|went|come|comes|came|want|wants|wanted|need|needs|needed|think|thinks|thought|believe|believes|believed|know|knows|knew|expect|expects|expected|hope|hopes|hoped`)

// eventTitle is the title s's main clause makes (see above), or "".
// sents are the theme's sentences, nouns the article's common nouns.
func (a *article) eventTitle(s *sentence, sents []*sentence, nouns map[string]string) string {
	if s.byline || len(s.toks) < 4 || isQuoteOrOpen(s.toks[0].text) {
		return ""
	}
	for _, c := range eventClauses(s.toks) {
		if t := a.clauseEventTitle(c, sents, nouns); t != "" {
			return t
		}
	}
	return ""
}

// eventClauses are the places a sentence's main clause may open: its
// start, past a fronted phrase closed by a comma before any verb ("In
// April, the council …"), and past a verb of saying ("Officers said
// (that) the council …").
func eventClauses(toks []tok) [][]tok {
	out := [][]tok{toks}
	for i, t := range toks {
		if i > 10 || strings.HasPrefix(t.tag, "VB") || t.tag == "MD" {
			break
		}
		if t.tag == "," && i > 0 && i+1 < len(toks) {
			out = append(out, toks[i+1:])
			break
		}
	}
	for i, t := range toks {
		if !strings.HasPrefix(t.tag, "VB") {
			continue
		}
		if w := strings.ToLower(t.text); sayVerbs[w] && i+1 < len(toks) {
			j := i + 1
			if strings.ToLower(toks[j].text) == "that" {
				j++
			}
			if j < len(toks) {
				out = append(out, toks[j:])
			}
		}
		break // only the first verb
	}
	return out
}

// sayVerbs are verbs of saying whose complement is the clause that says
// what happens.
var sayVerbs = set(`said|says|say|argued|argues|warned|warns|claimed|claims|believes|believed|thinks|thought|added|adds|insisted|insists|admitted|admits|stressed|stresses|noted|notes|reported|reports|announced|announces|confirmed|confirms`)

// clauseEventTitle is the title the clause toks makes (see eventTitle).
func (a *article) clauseEventTitle(toks []tok, sents []*sentence, nouns map[string]string) string {
	np, rest := leadSubject(toks)
	if len(np) == 0 || len(rest) == 0 {
		return ""
	}
	// A clean subject: a determiner, then adjectives and nouns, ending
	// on a noun; no "of", "and" or possessive within.
	j := 0
	if np[0].tag == "DT" {
		w := strings.ToLower(np[0].text)
		if w != "the" && w != "a" && w != "an" {
			return "" // "This plan", "Some critics"
		}
		j = 1
	}
	subj := np[j:]
	if !cleanSubject(subj) {
		return ""
	}
	v, k := verbGroup(rest, nil)
	if v < 0 {
		return ""
	}
	verb := strings.ToLower(rest[v].text)
	if eventNonVerbs[verb] || rest[v].tag == "VBN" && v == 0 {
		return ""
	}
	// A passive ("the new rules are aimed at …", "was removed") makes
	// its subject what the act is done to: "Rules' Aim" misreads it.
	if rest[v].tag == "VBN" && passiveBefore(rest[:v]) {
		return ""
	}
	ev := eventNoun(verb, nouns)
	if rest[v].tag == "VBG" {
		// "is mapping": the gerund names the act where the article
		// uses it as a noun too ("the mapping exercise"); "using",
		// "moving" and "enjoying" name none.
		ev = nouns[verb]
	}
	if ev == "" {
		return ""
	}
	// The object: a noun phrase right after the verb group.
	var obj []tok
	m, objThe := k, false
	if m < len(rest) && rest[m].tag == "DT" {
		if w := strings.ToLower(rest[m].text); w == "the" || w == "a" || w == "an" {
			objThe = w == "the"
			m++
		} else {
			m = len(rest) // "this", "some": no clean object
		}
	}
	for m < len(rest) && (strings.HasPrefix(rest[m].tag, "JJ") || strings.HasPrefix(rest[m].tag, "NN")) {
		obj = append(obj, rest[m])
		m++
	}
	if len(obj) > 0 && !strings.HasPrefix(obj[len(obj)-1].tag, "NN") || len(obj) > 3 {
		obj = nil
	}
	// "of" or a possessive after the object would cut its phrase in two.
	if len(obj) > 0 && m < len(rest) && (strings.ToLower(rest[m].text) == "of" || rest[m].tag == "POS") {
		obj = nil
	}
	// A verb or modal after it makes it the subject of a clause the verb
	// took ("decided e-cigarettes should …"): the decision is on it, not
	// of it.
	link := " of "
	if len(obj) > 0 && m < len(rest) && (rest[m].tag == "MD" || strings.HasPrefix(rest[m].tag, "VB")) {
		link = " on "
	}
	words := func(ts []tok) string {
		var f []string
		for _, t := range ts {
			w := t.text
			if !strings.HasPrefix(t.tag, "NNP") {
				w = strings.ToLower(w)
			}
			f = append(f, w)
		}
		return strings.Join(f, " ")
	}
	theme := func(ts []tok) bool {
		return len(ts) > 0 && sentencesWithStem(sents, strings.ToLower(ts[len(ts)-1].text)) >= 2
	}
	if !theme(subj) && !theme(obj) {
		return "" // a subject and an object the theme says once: a detail
	}
	sw := words(subj)
	poss := "'s"
	if strings.HasSuffix(sw, "s") {
		poss = "'"
	}
	var t string
	switch {
	case len(obj) > 0:
		o := words(obj)
		t = sw + poss + " " + ev + link + o
		if objThe && !strings.HasPrefix(obj[0].tag, "NNP") && len(strings.Fields(t)) < 5 {
			t = sw + poss + " " + ev + link + "the " + o
		}
		if len(strings.Fields(t)) > 5 {
			t = ev + link + o
		}
	default:
		t = sw + poss + " " + ev
	}
	t = titleCase(t)
	if n := len(strings.Fields(t)); n < 2 || n > 5 {
		return ""
	}
	return t
}

// eventNoun is the noun among nouns that names the act of verb: the
// verb's own form as a noun ("vote" of "voted"), or a noun of its stem
// with a noun ending ("approval" of "approved"); "".
func eventNoun(verb string, nouns map[string]string) string {
	base := []string{verb}
	for _, suf := range []string{"ed", "d", "es", "s", "ing"} {
		if strings.HasSuffix(verb, suf) && len(verb)-len(suf) >= 3 {
			base = append(base, strings.TrimSuffix(verb, suf))
		}
	}
	for _, b := range base {
		if n, ok := nouns[b]; ok {
			return n
		}
	}
	// A noun ending on the verb's stem: "approval", "decision", "launch".
	best := ""
	for n := range nouns {
		if nounOfVerb(n, verb) && (best == "" || n < best) {
			best = n
		}
	}
	return best
}

// passiveBefore reports whether the verb group group (the words before
// its main verb) holds a form of "be" or "get", making a past participle
// after it passive.
func passiveBefore(group []tok) bool {
	for _, t := range group {
		switch strings.ToLower(t.text) {
		case "be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'re", "’re", "get", "gets", "got":
			return true
		}
	}
	return false
}

// cleanSubject reports whether np, its article dropped, can name a
// title's subject: one to three nouns and adjectives ending on a noun
// that is no pronoun ("plans", "one").
func cleanSubject(np []tok) bool {
	if len(np) == 0 || len(np) > 3 {
		return false
	}
	for _, t := range np {
		if !strings.HasPrefix(t.tag, "NN") && !strings.HasPrefix(t.tag, "JJ") {
			return false
		}
	}
	head := np[len(np)-1]
	return strings.HasPrefix(head.tag, "NN") && !pronounNouns[strings.ToLower(head.text)]
}

// verbGroup reads the verb group rest opens on (verbs, modals, adverbs
// and particles) and returns the index of its last verb, the main verb
// (-1 where there is none), and the index after the group. past, where
// given, lets the group run on over token k that the plain rule would
// stop at, with v the main verb so far.
func verbGroup(rest []tok, past func(k, v int) bool) (v, k int) {
	v = -1
	for k < len(rest) && (strings.HasPrefix(rest[k].tag, "VB") || rest[k].tag == "MD" || rest[k].tag == "RB" || rest[k].tag == "RP" || past != nil && past(k, v)) {
		if strings.HasPrefix(rest[k].tag, "VB") {
			v = k
		}
		k++
	}
	return v, k
}

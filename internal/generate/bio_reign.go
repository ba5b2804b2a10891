package generate

import "strings"

// A ruler's life was titled like anyone's: its lead theme by the role
// alone ("Suleiman, Emperor", a rank with no realm), and the theme from
// the birth paragraph on "Suleiman's Early Life" though its last
// paragraph tells his accession and first conquests (so too "Treloar's
// Early Life" over his birth and his enlistment in 1914). A teacher
// titles the lead of a ruler's life by the reign it sums up, and a
// theme that runs from the birth into the next stage of the life by
// both stages ("Early Life and Accession", "Early Life and War
// Service").

// rulerRoles are the roles of a lead that make its subject a ruler.
var rulerRoles = set(`monarch|king|queen|emperor|empress|sultan|sultana|tsar|tsarina|czar|pharaoh|shah|caliph|khan|emir`)

// rulerLead reports whether roles, the lead's first predicate's in
// sentence text, make the subject a ruler: its first role is a ruler's,
// not narrowed to another trade ("drag queen", "beauty queen") nor a
// ruler's spouse or parent ("Queen consort", "Queen Mother").
func rulerLead(roles []leadRole, text string) bool {
	if len(roles) == 0 || !rulerRoles[strings.ToLower(roles[0].head)] {
		return false
	}
	for _, m := range roles[0].mods {
		if notRulerMods[strings.ToLower(m)] {
			return false
		}
	}
	if r := roles[0]; r.at >= 0 && r.at+len(r.head) <= len(text) {
		switch strings.ToLower(firstWord(strings.TrimSpace(text[r.at+len(r.head):]))) {
		case "consort", "mother", "dowager", "regent":
			return false
		}
	}
	return true
}

// notRulerMods narrow a ruler's title to another trade or a spouse.
var notRulerMods = set(`drag|beauty|homecoming|prom|carnival|pop|rock|soul|blues|dancing|comedy|consort|dowager|titular`)

// earlyOpenWords in a paragraph's first sentence say that it tells the
// start of a life.
var earlyOpenWords = set(`born|childhood|boyhood|girlhood|youth|boy|girl|child|young|school|schools|schooling|educated|education|
parents|family|ancestry|ancestors|forebears|studied|study|studies|university|college|graduated|apprenticed|orphaned`)

// earlyOpening reports whether paragraph p (from 1) opens on the start
// of a life (earlyOpenWords).
func (a *article) earlyOpening(p int) bool {
	if p < 1 || p > len(a.paras) || len(a.paras[p-1].sents) == 0 {
		return false
	}
	for _, t := range a.paras[p-1].sents[0].toks {
		if earlyOpenWords[strings.ToLower(t.text)] {
			return true
		}
	}
	return false
}

// earlyLifeTitle titles theme g, which tells the start of the life of
// the subject called short: "<short>'s Early Life", or, where its last
// paragraphs, after one that opens on the early life, open on the next
// stage of the life, "<short>'s Early Life and <stage>" (nextStage). A
// paragraph that goes on with the childhood without saying so in its
// first sentence ("A few days after the death, his mother returned them
// to …") names no stage, and the title stays.
func (a *article) earlyLifeTitle(g []int, short string) string {
	title := possessiveName(short, "") + " Early Life"
	last := -1
	for i, p := range g {
		if a.earlyOpening(p) {
			last = i
		}
	}
	if last < 0 || last == len(g)-1 {
		return title
	}
	if st := a.nextStage(g[last+1:]); st != "" {
		return title + " and " + st
	}
	return title
}

// nextStage names the stage of a life that paragraphs g, after its
// start, open on: the accession of a ruler ("acceded to the throne", or,
// where the lead makes the subject a ruler, "Upon succeeding his father
// …"), a war service ("… after the outbreak of war, Lind enlisted"); ""
// where their first sentences name neither. A career has no such word
// of its own: "Early Career" was a guess over an escape, a marriage or
// more of the schooling.
func (a *article) nextStage(g []int) string {
	war, enlist := false, false
	ruler := false
	if s, _ := a.leadPredicate(); s != nil {
		ruler = rulerLead(a.predicateRoles(), s.text)
	}
	for _, p := range g {
		if p < 1 || p > len(a.paras) || len(a.paras[p-1].sents) == 0 {
			continue
		}
		for _, t := range a.paras[p-1].sents[0].toks {
			switch strings.ToLower(t.text) {
			case "acceded", "accession", "throne", "enthroned", "coronation":
				return "Accession"
			case "succeeded", "succeeding", "crowned":
				// A ruler's succession; anyone else succeeds in a
				// task, to a firm's chair, or is crowned champion.
				if ruler {
					return "Accession"
				}
			case "enlisted", "enlisting", "enlistment", "conscripted":
				enlist = true
			case "war":
				war = true
			}
		}
	}
	switch {
	case enlist && war:
		return "War Service"
	case enlist:
		return "Military Service"
	}
	return ""
}

// bornOnlyInLead reports whether theme g, which opens the article, says
// "born" in its first paragraph only, past the first sentence: the lead
// tells the birth in passing.
func (a *article) bornOnlyInLead(g []int) bool {
	if len(g) < 2 || g[0] != 1 || len(a.paras) == 0 || len(a.paras[0].sents) < 2 {
		return false
	}
	in := false
	for _, s := range a.paras[0].sents[1:] {
		in = in || countWord(s.text, "born") > 0
	}
	if !in {
		return false
	}
	for _, p := range g[1:] {
		if p >= 1 && p <= len(a.paras) && countWord(a.paras[p-1].text, "born") > 0 {
			return false
		}
	}
	return true
}

// followsLead reports whether theme g begins right after the article's
// lead: its first paragraph is the second, or the one after the
// paragraphs before the body (bodyStart) where the article has one.
func (a *article) followsLead(g []int) bool {
	if len(g) == 0 {
		return false
	}
	if b := a.bodyStart(); b >= 0 {
		return g[0] == b+1
	}
	return g[0] >= 2 && g[0] <= 3
}

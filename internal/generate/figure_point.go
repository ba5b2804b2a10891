package generate

import "strings"

// A figure swapped in a true/false statement ("some of the site's 2,000
// members" for 4,000) is a fair test only when the figure is what the
// sentence is about. Teachers ask about the figure a report leads with,
// one the text comes back to, or one it sets against another ("more
// than twice the 2019 level"); a count given once in passing ("30
// agencies", "the site's 4,000 members") is a detail no one would be
// asked to recall, and the judges rejected such swaps as trivia. Such a
// figure is not swapped, nor blanked: its sentence is left to a true
// statement or to an item on another of its answers.

// pointFigure reports whether the figure sp is what its sentence is
// about: in the headline or the lead, repeated elsewhere in the text, or
// compared in its own sentence. Years, dates and centuries are not
// counted as figures here: when something happened is often the point.
func (a *article) pointFigure(s *sentence, sp *span) bool {
	switch sp.kind {
	case kNumber, kMoney, kPercent:
	default:
		return true
	}
	if a.leadSentence(s) {
		return true
	}
	// The text comes back to the figure.
	for _, o := range a.byKey[sp.key] {
		if o.sent != nil && o.sent != s {
			return true
		}
	}
	return comparedFigure(s, sp)
}

// explainedFigure reports whether the sentence after s, in its
// paragraph, takes up the fact the figure sp states as its own subject:
// it opens on "This" or "That" standing alone before a verb ("Scotland's
// reoffending rate is high, with more than 60% of prisoners reconvicted
// within two years of release from jail. This is leading to an ever
// expanding prison population …"). The report goes on about the figure:
// it is the problem the report is about, not a count given in passing.
// The figure must be the sentence's only figure, so that "This" can be
// about it alone.
func explainedFigure(s *sentence, sp *span) bool {
	if s == nil || s.para == nil {
		return false
	}
	for _, o := range s.spans {
		if o != sp && (o.kind == kNumber || o.kind == kMoney || o.kind == kPercent) {
			return false
		}
	}
	ss := s.para.sents
	for i, t := range ss {
		if t != s || i+1 >= len(ss) {
			continue
		}
		n := ss[i+1]
		if len(n.toks) < 2 || n.toks[0].start != 0 {
			return false
		}
		w := n.toks[0].text
		return (w == "This" || w == "That") && (finiteVerb(n.toks[1].tag) || n.toks[1].tag == "MD")
	}
	return false
}

// leadSentence reports whether s is the headline or the lead: the whole
// first paragraph, or the first sentence of the second when the first is
// a one-sentence headline.
func (a *article) leadSentence(s *sentence) bool {
	if s == nil || s.para == nil || len(a.paras) == 0 {
		return false
	}
	if s.para == a.paras[0] {
		return true
	}
	return len(a.paras) > 1 && s.para == a.paras[1] && len(a.paras[0].sents) == 1 &&
		len(s.para.sents) > 0 && s.para.sents[0] == s
}

// comparedFigure reports whether sentence s sets figure sp against
// another figure of its kind ("more than the 120 a year earlier", "twice
// as many as", "compared with").
func comparedFigure(s *sentence, sp *span) bool {
	other := false
	for _, o := range s.spans {
		if o != sp && o.kind == sp.kind {
			other = true
			break
		}
	}
	if !other {
		return false
	}
	low := " " + strings.ToLower(s.text) + " "
	for _, w := range []string{" than ", " compared with ", " compared to ", " against ", " twice ", " double ", " half "} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// A month or a day is what a sentence is about when the sentence says
// when something happens and little else ("The console goes on sale on
// 12 December"). Among other figures ("no patient would wait more than
// 12 months by March 2006, against a target of 18 months"; "joined the
// Inn in November 1778 and was called to the Bar on 27 November 1783")
// the date is a qualifier of what the figures say, and a month swapped
// or blanked there tests the calendar, not the fact: the judges rejected
// such swaps as trivia or found them false on their face.

// crowdedDate reports whether sp is a date (with a month) in a sentence
// that gives another figure: a count, an amount, a percentage, a year or
// another date.
func crowdedDate(s *sentence, sp *span) bool {
	if sp.kind != kDate {
		return false
	}
	for _, o := range s.spans {
		if o == sp || !o.kind.numeric() || o.start < sp.end && sp.start < o.end {
			continue
		}
		return true
	}
	return false
}

// A card on a figure given once is proposed where the figure says
// something about what the report is about ("The contract with the Powys
// health board was worth £7m a year"; "San Andreas pull in an estimated
// £24m"). Two shapes give it in passing, and the judges rejected cards on
// both as trivia: a figure about a thing the article names only there
// ("Elspa noted that sales of Xbox games rose 37.9% during the year", in
// a report on the year's games chart, where the Xbox comes up once), and
// a figure in an opening "With …" clause that sets the scene for the
// sentence's point ("With more than 52% of US homes expected to have
// home networks, the Consumer Electronics Association suggested …
// media servers … will be more commonplace").

// passingFigure reports whether the figure sp is given in passing: not
// what its sentence is about (pointFigure), and either in an opening
// "With …" clause or about a name the article uses only there (the
// nearest name before the figure in its clause).
func (a *article) passingFigure(s *sentence, sp *span) bool {
	switch sp.kind {
	case kNumber, kMoney, kPercent:
	default:
		return false
	}
	if a.pointFigure(s, sp) {
		return false
	}
	start := datelineEnd(s.text)
	before := s.text[start:sp.blankStart()]
	if strings.HasPrefix(strings.ToLower(before), "with ") && !strings.ContainsAny(before, ",;:—–") {
		return true
	}
	// The nearest name before the figure in its clause, past the
	// sentence's first word.
	near := ""
	for i, t := range s.toks {
		if t.start < start || t.end > sp.start {
			continue
		}
		if strings.ContainsAny(t.text, ",;:—–") {
			near = ""
			continue
		}
		if i > 0 && t.start > start && startsUpper(t.text) && isLetters(t.text) && !months[t.text] {
			near = t.text
		}
	}
	return near != "" && a.wordUses(strings.ToLower(near)) == 1
}

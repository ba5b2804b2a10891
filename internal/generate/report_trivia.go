package generate

import (
	"regexp"
	"strings"
)

// Trivia in a short report. A report's central facts are in its headline
// and lead; around them it gives details no teacher would ask about,
// which the judges rejected as trivia:
//   - the name of someone who appears only as the source of quotes ("…,"
//     said Tom Reed of the auditors. Mr Reed said …): the speaker, not
//     what the report is about;
//   - one count of a tally by site or office ("80 staff at the head
//     office, 17 in Leeds and 22 in York"): a sentence giving three or
//     more plain counts lists them, and none is the point;
//   - the day's move of the firm's shares ("Shares were up 1.8% in
//     morning trade"): a market note at the foot of a business report.
// Items on them are held back (marked incidental), so that the theme
// fills with the report's other sentences.

// shortReport reports whether the article is short enough to be one
// theme: a news report or a short explainer. (A report led by a person
// reads as a biography to biographySubject, so no test of that here.)
func (a *article) shortReport() bool {
	if len(a.paras) == 0 || len(a.sents) == 0 {
		return false
	}
	// Counting stops at the bound: a long article costs no more than a
	// short one each time this is asked.
	n := 0
	for _, p := range a.paras {
		if n += p.wordCount(); n >= shortReportWords {
			return false
		}
	}
	return true
}

// reportTrivia reports whether answer sp of sentence s is a detail of a
// short report no teacher would ask about (see above).
func (a *article) reportTrivia(s *sentence, sp *span) bool {
	if sp == nil || s.idx == 0 || !a.shortReport() {
		return false
	}
	switch {
	case sp.kind == kPerson:
		return a.onlySpeaker(sp.key)
	case sp.kind == kNumber && sp.num.scale == "":
		return plainCounts(s) >= 3
	}
	return false
}

// plainCounts counts the plain counts of sentence s.
func plainCounts(s *sentence) int {
	n := 0
	for _, sp := range s.spans {
		if sp.kind == kNumber && sp.num.scale == "" {
			n++
		}
	}
	return n
}

// onlySpeaker reports whether every mention of the person with key k is
// the source of a report ("said X", "X said"), and neither the headline
// nor the lead's first sentence names them.
func (a *article) onlySpeaker(k string) bool {
	id := a.identity(k)
	n := 0
	for _, s := range a.sents {
		for _, sp := range s.spans {
			if sp.kind != kPerson || a.identity(sp.key) != id {
				continue
			}
			if s.idx == 0 {
				return false
			}
			n++
			before := s.text[datelineEnd(s.text):sp.blankStart()]
			after := s.text[sp.end:]
			if !sourceBeforeRE.MatchString(before) && !sourceAfterRE.MatchString(after) {
				return false
			}
		}
	}
	for _, w := range strings.Fields(id) {
		if countWord(a.course, w) > 0 {
			return false
		}
	}
	return n > 0
}

// shareMoveWords name the shares and the session of a market note.
var shareMoveWords = set(`trade|trading|session|dealings`)

// shareMove reports a sentence of a short report, after its first, on the
// day's move of shares: "shares" or "stock", a percentage or price, and
// the trading session.
func (a *article) shareMove(s *sentence) bool {
	if s.idx == 0 || !a.shortReport() {
		return false
	}
	shares, session, figure := false, false, false
	for _, t := range s.toks {
		switch w := strings.ToLower(t.text); {
		case w == "shares" || w == "stock":
			shares = true
		case shareMoveWords[w]:
			session = true
		}
	}
	for _, sp := range s.spans {
		if sp.kind == kPercent || sp.kind == kMoney {
			figure = true
		}
	}
	return shares && session && figure
}

// genericBlank reports a blank of a short report over a common phrase
// the article uses once, after its first sentence ("Viewers can reshape
// their _____" for "favourite films", "the most _____ in its history" for
// "high profile fight"): words any text could use, not a term the
// report names again or its headline gives, so the blank tests wording.
func (a *article) genericBlank(it *item) bool {
	if it.sp == nil || it.sp.kind != kTerm || it.sent.idx == 0 || !strings.HasPrefix(it.rule, "cloze-") || !a.shortReport() {
		return false
	}
	for _, w := range wordsOf(it.sp.text) {
		lw := strings.ToLower(w)
		if stopwords[lw] {
			continue
		}
		if countWord(strings.ToLower(a.course), lw) > 0 || a.wordUses(lw) > 1 {
			return false
		}
	}
	return true
}

// wordUses counts the article's tokens that are word w or its plural.
func (a *article) wordUses(w string) int {
	stem := strings.TrimSuffix(w, "s")
	n := 0
	for _, s := range a.sents {
		for _, t := range s.toks {
			lt := strings.ToLower(t.text)
			if lt == w || strings.TrimSuffix(lt, "s") == stem {
				n++
			}
		}
	}
	return n
}

// The programme on which someone spoke or appeared ("told BBC Radio 4's
// Today programme", "arrived for the recording of ITV's Morning Hour") is
// where a report heard it, not what it reports: both judges rejected the
// blank over its name. A proper name the article gives once is not asked
// where a broadcaster's possessive stands before it, or "programme"
// after it.
var (
	// broadcasterBeforeRE: a broadcaster's possessive ends the text
	// before the answer ("BBC Radio 4's ", "Channel 4's ", "CNN's ").
	broadcasterBeforeRE = regexp.MustCompile(`\b(?:BBC|ITV|Channel\s+\d+|Radio\s+\d+|CNN|CNBC|MSNBC|NBC|CBS|ABC|PBS|NPR|Sky(?:\s+News)?|Fox(?:\s+News)?|RT[ÉE]|S4C|Al\s+Jazeera)(?:\s+(?:One|Two|Three|Four|Radio|News|Television|TV|World|Service|Scotland|Wales|\d+))*['’]s\s+(?:the\s+)?$`)
	// broadcasterInRE: the answer itself opens on one ("BBC Radio 4's
	// Any Questions").
	broadcasterInRE = regexp.MustCompile(`^(?:the\s+)?(?:BBC|ITV|Channel\s+\d+|Radio\s+\d+|CNN|CNBC|MSNBC|NBC|CBS|ABC|PBS|NPR|Sky(?:\s+News)?|Fox(?:\s+News)?|RT[ÉE]|S4C|Al\s+Jazeera)(?:\s+(?:One|Two|Three|Four|Radio|News|Television|TV|World|Service|Scotland|Wales|\d+))*['’]s\s+\S`)
	// programmeAfterRE: "programme" follows the answer.
	programmeAfterRE = regexp.MustCompile(`^\s+(?:programme|program|podcast|bulletin)s?\b`)
)

// programmeName reports whether answer sp of sentence s names, once in
// the article, the programme on which someone spoke (see above).
func (a *article) programmeName(s *sentence, sp *span) bool {
	if sp == nil || !sp.kind.proper() || a.mentions(sp.key) > 1 {
		return false
	}
	before := s.text[:sp.blankStart()]
	return broadcasterBeforeRE.MatchString(before) || broadcasterInRE.MatchString(s.text[sp.blankStart():sp.end]) ||
		programmeAfterRE.MatchString(s.text[sp.end:])
}

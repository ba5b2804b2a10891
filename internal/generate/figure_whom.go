package generate

import (
	"regexp"
	"strings"
)

// A figure says of whom. A report of a survey states its findings in
// sentences that open on the figure alone: "More than 80% offered free
// samples online, while two thirds sold their music via the net." The
// sentences before say whom the survey asked, so the card on such a
// sentence ("More than _____ offered free samples online …") never says
// whose share it asks, and judges asked for "of the musicians surveyed"
// to be added (set 21, CONTEXT). figureWhom puts in the people the
// report is about: the plural noun of the course title that the
// sentence's paragraph names before it ("Musicians 'upbeat' about the
// net" → "musicians"), as "of the musicians", with "surveyed" (or
// "polled", "questioned") where the article says so of them. A figure
// already followed by "of", a figure that is not the subject (a verb
// must follow it), or a paragraph that names no such noun before the
// sentence is left as it is.

// figureSubjectRe matches a sentence opening on a bare share as its
// subject: group 1 the figure, 2 the word after it.
var figureSubjectRe = regexp.MustCompile(`^((?:(?:More|Less|Fewer) than|Over|Under|Almost|Nearly|About|Around|Some|Roughly|Just over|Just under)\s+(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent)|half|a third|a quarter|two thirds|three quarters)|\d+(?:\.\d+)?\s?(?:%|per\s?cent)|(?:Half|A third|A quarter|Two thirds|Three quarters|Two-thirds|Three-quarters)|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine) (?:in|out of) (?:\d+|ten|five|four|three|five))\s+(\p{Ll}+)`)

// surveyWords are the participles a report's people may be asked by.
var surveyWords = []string{"surveyed", "polled", "questioned", "interviewed"}

// figureWhom returns front with the people put in after the figure the
// sentence s opens on, or front as it is.
func (a *article) figureWhom(s *sentence, front, title string) string {
	text := s.text[datelineEnd(s.text):]
	m := figureSubjectRe.FindStringSubmatchIndex(text)
	if m == nil {
		return front
	}
	fig, next := text[m[2]:m[3]], text[m[4]:m[5]]
	// A verb after the figure: the tagger's reading of that word.
	verb := false
	for _, t := range s.toks {
		if t.start == datelineEnd(s.text)+m[4] {
			verb = strings.HasPrefix(t.tag, "VB") || t.tag == "MD"
		}
	}
	if !verb || next == "of" {
		return front
	}
	who := a.figurePeople(s, title)
	if who == "" {
		return front
	}
	put := " of the " + who
	if w := a.surveyWord(); w != "" {
		put += " " + w
	}
	// The figure as the front shows it, or the blank standing for it.
	switch {
	case strings.HasPrefix(front, fig+" "):
		return fig + put + front[len(fig):]
	default:
		if i := strings.Index(front, blank); i >= 0 && i <= len(fig) && strings.HasPrefix(front[i+len(blank):], " "+next+" ") {
			return front[:i+len(blank)] + put + front[i+len(blank):]
		}
	}
	return front
}

// figurePeople is the plural noun of title (the course's) that s's
// paragraph has as a noun before s, lower-cased, or "".
func (a *article) figurePeople(s *sentence, title string) string {
	nouns := map[string]bool{}
	for _, p := range a.sents {
		if p.para != s.para || p.idx >= s.idx {
			continue
		}
		for _, t := range p.toks {
			if t.tag == "NNS" {
				nouns[strings.ToLower(t.text)] = true
			}
		}
	}
	for _, w := range strings.Fields(strings.ToLower(title)) {
		w = strings.Trim(w, `'"‘’“”,.:;!?`)
		if len(w) >= 5 && nouns[w] {
			return w
		}
	}
	return ""
}

// surveyWord is the participle of the first of surveyWords whose verb
// the article uses ("a survey of 2,755 musicians" → "surveyed"), or "".
func (a *article) surveyWord() string {
	for _, w := range surveyWords {
		stem := strings.TrimSuffix(strings.TrimSuffix(w, "ed"), "e")
		for _, p := range a.paras {
			if strings.Contains(strings.ToLower(p.text), " "+stem) {
				return w
			}
		}
	}
	return ""
}

// cardShareFront is a card's front on s: a share that opens the sentence
// says of whom (figureWhom), unless the edit every item of s takes says
// it already (shareEdit, proportion_actor.go), which would say it twice.
func (a *article) cardShareFront(s *sentence, front string) string {
	if _, has, ok := a.shareEdit(s); has && ok {
		return front
	}
	return a.figureWhom(s, front, a.course)
}

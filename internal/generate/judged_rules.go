package generate

import (
	"math"
	"regexp"
	"strings"
	"unicode"
)

// Rules from the second blind judgement of the development articles: a
// cloze card tests a fact only when its blank is a name, a figure or a
// term the article defines; a definition card needs a true definition; a
// false swap must be plainly false; an item whose sentence names its
// subject only as "the company" or "they" is not proposed.

// clozeWorthy reports whether a blank makes a fair cloze card: a name or
// a figure, or a term the article defines ("in an _____ of 30:1" and
// "add them to your _____" test wording), and nothing beside the blank
// restates it ("_____ (21 ft 4 in)"). An instruction ("Buy a ticket
// from the machine at the stop or in the _____.") states no fact to
// recall: its blank asks for the wording of an order (imperative.go).
func (a *article) clozeWorthy(s *sentence, sp *span) bool {
	if imperative(s) {
		return false
	}
	if sp.kind == kTerm && !a.definedTerms()[sp.key] && a.fillerTerm(sp) {
		return false
	}
	return clozeFigure(sp) && !bracketBeside(s, sp) && !(sp.kind == kTerm && modifiedBlank(s, sp)) && !a.onceWording(s, sp) // item_quality.go
}

// modifiedBlank reports whether an adjective or a figure stands right
// before a blanked noun phrase: "against major _____", "its gigantic
// 6.5-meter _____", "the current _____" leave the blank a head noun the
// words before it point to, or cut a phrase in two.
func modifiedBlank(s *sentence, sp *span) bool {
	p := prevTok(s, sp.blankStart())
	if p == nil {
		return false
	}
	return p.tag == "JJ" || p.tag == "JJR" || p.tag == "JJS" || p.tag == "CD"
}

// bracketBeside reports whether a bracket opens right after the span or
// closes right before it: a conversion or gloss that gives the blank away.
func bracketBeside(s *sentence, sp *span) bool {
	after := strings.TrimLeft(s.text[sp.end:], " ")
	before := strings.TrimRight(s.text[:sp.blankStart()], " ")
	return strings.HasPrefix(after, "(") || strings.HasSuffix(before, "(")
}

// trueDefinition reports whether a definition card states what its term
// is: not an acronym spelt out ("FEMA: Federal Emergency Management
// Agency"), not a lone common word read as a term ("Machinery: an expense
// …"), not a list cut short ("… including 5G telecom networks").
func trueDefinition(it item) bool {
	if it.rule == "definition-acronym" {
		return false
	}
	front, back := it.c.Front, strings.ToLower(it.c.Back)
	if len(strings.Fields(front)) == 1 && !isAcronym(front) && !nameLike(it.sent, front) {
		return false
	}
	for _, w := range []string{" including ", " such as ", " like "} {
		if strings.Contains(back, w) {
			return false
		}
	}
	return true
}

// nameLike reports whether word is capitalised where the sentence has it
// after its first word: a name, not a common noun opening the sentence.
func nameLike(s *sentence, word string) bool {
	i := strings.Index(s.text, word)
	for i == 0 {
		j := strings.Index(s.text[1:], word)
		if j < 0 {
			return false
		}
		i = j + 1
	}
	return i > 0 && unicode.IsUpper([]rune(word)[0])
}

// vagueOpeners name a sentence's subject by its kind alone: the item
// needs the article to say which company or group.
var vagueOpeners = []string{
	"the company", "the group", "the agency", "the organisation", "the organization",
	"the firm", "the team", "the institution", "the body", "the authority",
	"they", "it", "this", "these", "those", "he", "she", "its", "their", "his", "her",
}

// vagueSubject reports whether the sentence opens on a subject named
// only by its kind or by a pronoun ("The company was founded in 1987").
func vagueSubject(s *sentence) bool { return vagueOpening(s.text) }

// vagueOpening is vagueSubject on a sentence's text.
func vagueOpening(text string) bool {
	l := strings.ToLower(strings.TrimLeft(text[datelineEnd(text):], `"“‘'( `))
	// "According to the group, it found …", "In the respiration process,
	// they give off heat": the subject comes a few words in.
	starts := []string{l, strings.TrimPrefix(l, "according to ")}
	if i := strings.Index(l, ", "); i > 0 && i < 60 {
		starts = append(starts, l[i+2:])
	}
	for _, st := range starts {
		for _, o := range vagueOpeners {
			if strings.HasPrefix(st, o+" ") || strings.HasPrefix(st, o+",") || strings.HasPrefix(st, o+"’s ") || strings.HasPrefix(st, o+"'s ") {
				// "This week", "this morning": the time of writing.
				if f := strings.Fields(st); (o == "this" || o == "these") && len(f) > 1 && timeNouns[strings.Trim(f[1], ",")] {
					continue
				}
				return true
			}
		}
	}
	return false
}

var rangeRE = regexp.MustCompile(`(?i)(?:\d\s*(?:to|-|–|—|or|and)\s*$)|(?:^\s*(?:to|-|–|—|or|and)\s*\d)`)

// endOfRange reports whether the span is one end of a range ("2 to 3",
// "1804–1806") or one of a pair of bare figures ("elements 114 and 116":
// which number went with 116, blind judges' TRIVIA, both): a figure
// swapped inside or beside it is no plain error.
func endOfRange(s *sentence, sp *span) bool {
	before := s.text[:sp.blankStart()]
	after := s.text[sp.end:]
	if len(before) > 12 {
		before = before[len(before)-12:]
	}
	if len(after) > 12 {
		after = after[:12]
	}
	return rangeRE.MatchString(before) || rangeRE.MatchString(after) ||
		strings.Contains(strings.ToLower(s.text[:sp.blankStart()]), "between ") && strings.HasPrefix(strings.TrimSpace(after), "and ")
}

// timeSwapOK reports whether a year or century swapped in for sp is
// plainly outside what the sentence states: it keeps its order with the
// sentence's other times of the kind and moves away from them, never into
// the period ("from the 13th to the middle of the 15th century" does not
// become "… of the 14th century"; "launched in 1990 … operational in
// 1993" does not become "launched in 2005 …", which contradicts itself).
func timeSwapOK(s *sentence, sp *span, v float64) bool {
	// "1669" for "1666" splits hairs.
	return timeOrderOK(s, sp, v) && (sp.kind != kYear || math.Abs(v-sp.num.value) >= 5)
}

// timeOrderOK is timeSwapOK without its least distance: the order with
// the sentence's other times alone.
func timeOrderOK(s *sentence, sp *span, v float64) bool {
	orig := sp.num.value
	for _, o := range s.spans {
		if o == sp || o.kind != sp.kind {
			continue
		}
		y := o.num.value
		if v == y || (orig < y) != (v < y) || math.Abs(v-y) < math.Abs(orig-y) {
			return false
		}
	}
	return true
}

var (
	periodEndRE = regexp.MustCompile(`(?i)\d(?:st|nd|rd|th|s|'s)?(?: century)?(?: ce| bce| ad| bc)?\s+(?:to|until|till|and|through)\s+(?:the\s+)?(?:(?:middle|end|beginning|start|close|turn|first half|second half)\s+of\s+the\s+|(?:early|late|mid-?)\s*)?$`)
	timeBoundRE = regexp.MustCompile(`(?i)\b(?:until|till|before|after|since|from)\s+(?:the\s+)?(?:(?:middle|end|beginning|start|close|turn|first half|second half)\s+of\s+the\s+)?$`)
)

// timeBound reports whether a year, date or century ends a period the
// sentence states ("from the 13th to the middle of the 15th century",
// "from the 1960s to the early 1990s")
// or bounds one on one side ("until the 15th century", "since 1990"): a
// time swapped in may fall inside the period, not plainly false.
func timeBound(s *sentence, sp *span) bool {
	if sp.kind != kYear && sp.kind != kDate && sp.kind != kCentury {
		return false
	}
	before := s.text[:sp.blankStart()]
	if sp.the {
		before = s.text[:sp.start]
	}
	if len(before) > 60 {
		before = before[len(before)-60:]
	}
	return periodEndRE.MatchString(before) || timeBoundRE.MatchString(before)
}

// clozeFigure reports whether a figure makes a cloze card worth learning:
// a year, date, century, amount of money or percentage, or a count in
// thousands or more ("4 million"); a plain count ("281 cases", "25
// feet") is an incidental detail.
func clozeFigure(sp *span) bool {
	switch sp.kind {
	case kYear, kDate, kCentury, kMoney, kPercent:
		return true
	case kNumber:
		return sp.num.scale != ""
	}
	return true
}

// quotedSpeech reports whether a sentence holds a quotation: quoted whole
// as a true statement, it tests who said what, or reads as a fragment.
func quotedSpeech(s *sentence) bool {
	return strings.ContainsAny(s.text, "\"“”")
}

// fillerModifiers open noun phrases that judge or describe rather than
// name: "the right ratio", "good sources", "a severe shortage".
var fillerModifiers = map[string]bool{
	"good": true, "right": true, "ideal": true, "desired": true, "convenient": true,
	"simple": true, "simplest": true, "severe": true, "enormous": true, "potential": true,
	"positive": true, "negative": true, "hearty": true, "friendly": true, "firm": true,
	"major": true, "standard": true, "general": true, "second": true, "first": true,
	"present-day": true, "fast-rising": true, "permanent": true, "drier": true,
	"huge": true, "great": true, "big": true, "small": true, "large": true, "best": true,
	"proper": true, "optimal": true, "certain": true, "various": true, "several": true,
	"main": true, "key": true, "important": true, "significant": true, "whole": true,
	"meaningful": true, "substantial": true, "considerable": true,
}

// fillerHeads are nouns that carry no fact of their own as a blank: the
// fact is in what the sentence says about them.
var fillerHeads = map[string]bool{
	"ratio": true, "process": true, "source": true, "location": true, "test": true,
	"component": true, "phenomenon": true, "phenomena": true, "part": true, "half": true,
	"way": true, "thing": true, "kind": true, "type": true, "amount": true, "number": true,
	"place": true, "side": true, "area": true, "level": true, "matter": true,
}

// fillerTerm reports whether a common noun phrase is wording rather than
// a fact of the article: an evaluative or ordinal modifier, a generic
// head, or a word the article uses in half its paragraphs or more (the
// topic itself: "the compost _____" is guessed).
func (a *article) fillerTerm(sp *span) bool {
	ws := strings.Fields(strings.ToLower(sp.text))
	if len(ws) == 0 {
		return true
	}
	if fillerModifiers[strings.TrimPrefix(ws[0], "the ")] || fillerHeads[sp.head] || fillerHeads[ws[len(ws)-1]] {
		return true
	}
	for _, w := range strings.Fields(sp.key) {
		if len(a.paras) >= 4 && a.df[w]*2 >= len(a.paras) {
			return true
		}
	}
	return false
}

package generate

import (
	"regexp"
	"strings"
)

// Blanks of the fifty-ninth round: a blank covers a whole name.
//
// nameHalf (item_quality.go) holds back a blank with a capitalised word of
// the same name right beside it. A name also goes on across a small word:
// "The Save the Scottish Regiments campaigners", "the journal Language
// Learning and Technology", "the Bank of England". A blank that stops at
// "the", "of", "and" or "for" with the name going on past it asks where
// the name was cut ("_____ the Scottish Regiments campaigners" for "The
// Save", "the journal _____ and Technology" for "Language Learning"), and
// the judges rejected every such blank.

// connectorAfterRE: a small word of a name and the capitalised word after
// it, right after a blank.
var connectorAfterRE = regexp.MustCompile(`^ (the|of|and|for) (\p{Lu}[\p{L}'’.-]*)`)

// connectorBeforeRE: a capitalised word and a small word of a name, right
// before a blank.
var connectorBeforeRE = regexp.MustCompile(`(\p{Lu}[\p{L}'’.-]*) (the|of|and|for) $`)

// nameRunBlank reports whether a blank over sp stops at a small word
// inside a name that goes on past it: "_____ the Scottish Regiments
// campaigners", "_____ and Technology", "Save the _____". "of" and "the"
// after a person's name do not count ("Ana Ruiz of Lisbon", "gave Ruiz the
// Booker Prize"), nor a title before "of" ("Bishop of _____", nameHalf's
// rule for given names is ofNameHalf's). "and" joins two names as often
// as it joins the words of one ("Leeds and York", "The Electoral
// Commission and National Union of Students"): it counts only between
// names of no person or place, where the words on either side of it are
// ones the article also writes in lowercase, where a noun for a kind of
// work comes before the name ("the journal Language Learning and
// Technology"), or where the name opens on a body's head and "of" ("the
// Department of Work and Pensions").
func (a *article) nameRunBlank(s *sentence, sp *span) bool {
	start, end, ok := sp.blankBounds(s.text)
	if !ok {
		return false
	}
	f := strings.Fields(s.text[start:end])
	if len(f) == 0 {
		return false
	}
	if last := f[len(f)-1]; startsUpper(last) && !allUpper(last) && last == strings.TrimRight(last, `.,;:!?"”’)`) {
		if m := connectorAfterRE.FindStringSubmatchIndex(s.text[end:]); m != nil && a.nameGoesOn(s, sp, s.text[end+m[2]:end+m[3]], last, s.text[end+m[4]:end+m[5]], end+m[4]) {
			return true
		}
	}
	if first := f[0]; startsUpper(first) && !allUpper(first) && !sp.the {
		if m := connectorBeforeRE.FindStringSubmatchIndex(s.text[:start]); m != nil {
			w, c := s.text[m[2]:m[3]], s.text[m[4]:m[5]]
			if m[2] > openingStart(s) && a.nameGoesOn(s, sp, c, w, first, m[2]) {
				return true
			}
		}
	}
	return false
}

// nameGoesOn reports whether the words left and right, joined by the
// small word c, are read as words of one name, one side of which is sp's;
// other is where the word on the far side of c starts.
func (a *article) nameGoesOn(s *sentence, sp *span, c, left, right string, other int) bool {
	if !capitalisedName(left) || !capitalisedName(right) {
		return false
	}
	l, r := strings.ToLower(strings.Trim(left, ".")), strings.ToLower(strings.Trim(right, "."))
	lo := min(sp.blankStart(), other)
	switch c {
	case "the":
		// "The Save the Scottish Regiments campaigners", "Oxfam's
		// Paying the Price report": the name opens after a determiner,
		// a possessive or a quotation mark; "awarded Reid the Harbour
		// Medal" gives a person a prize.
		return sp.kind != kPerson && (sp.the && sp.blankStart() == lo || nameOpenerRE.MatchString(s.text[:lo]))
	case "for":
		return sp.kind != kPerson
	case "of":
		// "Sarah Harper of Pensacola", "Yonca Brunini of Yahoo": a
		// person and where they are from or work.
		o := spanAt(s, other)
		return sp.kind != kPerson && (o == nil || o.kind != kPerson) && !ofNameTitles[l] && !honorifics[l]
	case "and":
		if sp.kind == kPerson || sp.kind == kPlace {
			return false
		}
		if a.lowerWords[l] && a.lowerWords[r] {
			return true
		}
		// "the journal Language Learning and Technology": a work's
		// title, said after the kind of work it is.
		if workNounBefore(s.text[:lo]) {
			return true
		}
		// "the Department of Trade and Industry": a body's name that
		// opens on its head and "of" takes in what "and" adds.
		upto := s.text[:sp.end] + " and "
		if other < sp.blankStart() {
			upto = s.text[:sp.blankStart()]
		}
		m := orgOfAndRE.FindStringSubmatch(upto)
		return m != nil && orgWords[strings.ToLower(m[1])]
	}
	return false
}

// orgOfAndRE: a capitalised head, "of", one or two capitalised words and
// "and", ending the text ("Department of Trade and ").
var orgOfAndRE = regexp.MustCompile(`(\p{Lu}\p{Ll}+) of (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)? and $`)

// nameOpenerRE: a determiner, a possessive or a quotation mark right
// before a name.
var nameOpenerRE = regexp.MustCompile(`(?:(?:^|\s)(?i:the|a|an|its|their|his|her)\s|['’]s\s|["“‘'])$`)

// spanAt returns s's span over byte offset i, or nil.
func spanAt(s *sentence, i int) *span {
	for _, o := range s.spans {
		if o.start <= i && i < o.end {
			return o
		}
	}
	return nil
}

// titledWorks name a kind of work or campaign whose title follows them.
var titledWorks = set(`journal|magazine|newspaper|book|novel|report|paper|programme|program|series|show|film|album|campaign|game|website|blog|column|study|play|song`)

// workNounBefore reports whether text ends on a noun of titledWorks and a
// space, with an optional "the" between ("the journal ", "the book the ").
func workNounBefore(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) > 0 && f[len(f)-1] == "the" && strings.HasSuffix(text, " ") {
		f = f[:len(f)-1]
	}
	return len(f) > 0 && strings.HasSuffix(text, " ") && titledWorks[f[len(f)-1]]
}

// openingStart is the byte offset of a sentence's first word, after a
// dateline and opening quotation marks.
func openingStart(s *sentence) int {
	if i := openingTokens(s); i < len(s.toks) {
		return s.toks[i].start
	}
	return len(s.text)
}

// nameWordBlank reports whether a blank over one capitalised word asks a
// word the article's names give away: the singular of the last word of a
// name of two words or more the article says three times or more ("what a _____ was doing" for
// "Sim", in a report about The Sims). The answer is the name's own word;
// the blank tests wording, not what the sentence says.
func (a *article) nameWordBlank(sp *span) bool {
	if sp.the || strings.Contains(strings.TrimSpace(sp.text), " ") || !startsUpper(sp.text) || allUpper(sp.text) {
		return false
	}
	w := strings.ToLower(sp.text)
	for _, k := range a.keys {
		if k == sp.key || len(a.byKey[k]) < 3 || !a.byKey[k][0].kind.proper() {
			continue
		}
		// "The Sims" is a title; "Muslims" is a word of its own.
		if !strings.Contains(strings.TrimSpace(a.byKey[k][0].text), " ") {
			continue
		}
		if l := lastWord(k); l == w+"s" || l == w+"es" {
			return true
		}
	}
	return false
}

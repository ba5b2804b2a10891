package generate

import "strings"

// A false statement should change what its sentence says, not a detail
// of a clause hung on it. A blind judge of a held-out biography asked to
// edit a statement that moved the century of a country's independence
// inside a clause about who rehabilitated a man's reputation ("… by the
// emperor, after the country's independence in the 19th century"): the
// swap tests when something else happened. A time (a year, a date, a
// century) inside a clause that opens mid-sentence with a subordinator
// or a relative word and says something of its own before the time
// ("after its independence in …", "which was founded in …", "when the
// war ended in …") is such a side detail, and its swap is not drafted.
// A time right after its preposition ("returned after 1501") is the
// sentence's own time, and a clause that opens the sentence ("After the
// war ended in 1945, he …") sets the scene of the main clause that
// follows its comma. A comma between the clause's word and the time ends
// the clause ("the nobility which backed them, … the plague of the late
// 14th century"; "when he reached New York, and on September 15, 1838").

// sideClauseWords open a clause or phrase that tells of another event.
//
// "where" is not among them: after a place it tells what happened there,
// often the sentence's own point ("His first successes came in Germany,
// where conductors promoted his music from the late 1890s").
var sideClauseWords = set(`after|before|when|while|since|until|which|who|whose|whom|following`)

// sideClauseTime reports whether time span sp of s lies in a clause of
// its own that opens mid-sentence (see above).
func sideClauseTime(s *sentence, sp *span) bool {
	switch sp.kind {
	case kYear, kDate, kCentury:
	default:
		return false
	}
	start := sp.blankStart()
	open := openingTokens(s)
	// The token at which the span starts.
	at := -1
	for i, t := range s.toks {
		if t.start >= start {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	verb, lastVerb := false, ""
	for i := open; i < at; i++ {
		t := s.toks[i]
		if strings.HasPrefix(t.tag, "VB") && i > open {
			verb, lastVerb = true, strings.ToLower(t.text)
		}
		w := strings.ToLower(t.text)
		if !sideClauseWords[w] || !verb || i == open {
			continue
		}
		// "The protocol is an agreement which was drawn up in 1987":
		// after "is" a relative clause says what the sentence is
		// about.
		if relativeWords[w] && beForms[lastVerb] {
			continue
		}
		// The clause says something of its own before the time: at
		// least two words, one of them a noun or a verb.
		between := s.toks[i+1 : at]
		words, content := 0, false
		stop := false
		for _, b := range between {
			switch b.text {
			case ";", ":", "—", "–", ",":
				stop = true
			}
			if hasLetterOrDigit(b.text) {
				words++
			}
			if strings.HasPrefix(b.tag, "NN") || strings.HasPrefix(b.tag, "VB") {
				content = true
			}
		}
		if !stop && words >= 2 && content {
			return true
		}
	}
	return false
}

// relativeWords open a relative clause.
var relativeWords = set(`which|who|whose|whom`)

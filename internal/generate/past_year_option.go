package generate

import "strings"

// A year offered against a year of the past must be of the past too.
// "When the producers first approached Highclere in 2009, the family
// faced a near £12m repair bill" was swapped to 2022, a year the article
// names only for an event still "in the pipeline": a blind judge called
// the statement "plainly wrong on its face" (SWAP-WEAK). Where the
// answer is a year told in the past tense, a year later than every year
// the article tells in the past tense is not offered.

// pastYearAt reports whether the year span sp is told in the past: the
// nearest verb before it in its sentence is in the past tense ("first
// approached Highclere in 2009") or a participle after "have" or "was"
// ("have almost trebled … since 2012"), not a present or future one
// ("is … an event in 2022", "will open in 2030", "is expected in 2030").
func pastYearAt(s *sentence, sp *span) bool {
	for i := len(s.toks) - 1; i >= 0; i-- {
		t := s.toks[i]
		if t.start >= sp.blankStart() {
			continue
		}
		switch {
		case t.tag == "MD":
			return false
		case t.tag == "VBD":
			return true
		case t.tag == "VBN":
			// "have trebled", "was built": past; "is expected": not. With
			// no auxiliary before it, the tagger has taken a verb in the
			// past tense for a participle ("the producers first
			// approached Highclere in 2009").
			for j := i - 1; j >= 0 && j >= i-3; j-- {
				switch strings.ToLower(s.toks[j].text) {
				case "have", "has", "had", "was", "were":
					return true
				case "is", "are", "am", "be", "being", "will", "would", "to":
					return false
				}
			}
			return true
		case strings.HasPrefix(t.tag, "VB"):
			return false
		}
	}
	return false
}

// latestPastYear is the latest year the article tells in the past
// (pastYearAt, or in a sentence whose first verb is in the past tense:
// the tagger reads "the gas works in 2019" as a verb), or 0; worked out
// once. Reading too many years as past only lets more years be offered.
func (a *article) latestPastYear() float64 {
	if a.pastYearDone {
		return a.pastYear
	}
	a.pastYearDone = true
	for _, s := range a.sents {
		for _, sp := range s.spans {
			if sp.kind == kYear && (pastYearAt(s, sp) || firstVerbPast(s)) && sp.num.value > a.pastYear {
				a.pastYear = sp.num.value
			}
		}
	}
	return a.pastYear
}

// pastYearOK reports whether year v may be offered against the year sp
// of s: not where sp is told in the past and v is later than every year
// the article tells in the past.
func (a *article) pastYearOK(s *sentence, sp *span, v float64) bool {
	if sp.kind != kYear || !pastYearAt(s, sp) {
		return true
	}
	m := a.latestPastYear()
	return m == 0 || v <= m || sp.num.value > m
}

// firstVerbPast reports whether the first verb of s is in the past
// tense: "We barely survived the gas works in 2019".
func firstVerbPast(s *sentence) bool {
	for _, t := range s.toks {
		if t.tag == "MD" || strings.HasPrefix(t.tag, "VB") {
			return t.tag == "VBD"
		}
	}
	return false
}

package generate

import (
	"regexp"
	"strings"
)

// A sentence can open on a bare share, "More than 80% offered free
// samples online", that leaves to the sentences before it whom the share
// is of: the judges asked for "of the musicians surveyed" to be put in
// before accepting the card. Where the same paragraph, in the sentences
// just before, has a plural noun as the subject of a clause ("the survey
// found that musicians were positive"), the share is said to be of them
// ("More than 80% of the musicians offered …"); where it has none, the
// sentence cannot be asked alone.

// shareOpenRE is a sentence opening on a share (a percentage, "two
// thirds", "half", "nine out of 10"), perhaps after a word that bounds
// it, and the word after the share.
var shareOpenRE = regexp.MustCompile(`^(?:(?:More|Less|Fewer) than |Over |Under |Almost |Nearly |About |Around |Some |Just |Only |Roughly )?(?:\d+(?:\.\d+)?(?:%| ?per ?cent)|(?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine) (?:out of|in) (?:\d+|ten|[a-z]+)|[Hh]alf|[Aa] (?:third|quarter|fifth|tenth)|(?:[Tt]wo|[Tt]hree|[Ff]our)[ -](?:thirds|quarters|fifths|tenths))\s+(\p{Ll}+)\b`)

// shareEdit is the edit that says whom the share s opens on is of: has is
// set where s opens on a bare share before its verb, ok where the
// sentences before name whom.
func (a *article) shareEdit(s *sentence) (e edit, has, ok bool) {
	m := shareOpenRE.FindStringSubmatchIndex(s.text)
	if m == nil {
		return edit{}, false, false
	}
	verb := s.text[m[2]:m[3]]
	// The word after the share is its verb unless it is a noun, a
	// preposition or a determiner ("half the town", "two thirds
	// majority"); the tagger reads a past verb after a figure as an
	// adjective often enough ("60% sold") to trust only what it is not.
	isVerb := verb != "of" && verb != "per" && verb != "cent" && verb != "percent"
	for _, t := range s.toks {
		if t.start == m[2] {
			switch {
			case strings.HasPrefix(t.tag, "NN"), t.tag == "IN", t.tag == "DT", t.tag == "CC", t.tag == "TO", strings.HasPrefix(t.tag, "PRP"), t.tag == "CD", t.tag == "RB":
				isVerb = false
			}
			break
		}
	}
	if !isVerb {
		return edit{}, false, false
	}
	noun := a.pluralSubjectBefore(s)
	if noun == "" {
		return edit{}, true, false
	}
	return edit{verb, "of the " + noun + " " + verb}, true, true
}

// pluralSubjectBefore is the plural common noun that is the subject of a
// clause ("musicians were") in the nearest of the antecedentWindow
// sentences before s in its paragraph, or "".
func (a *article) pluralSubjectBefore(s *sentence) string {
	for i, n := s.idx-1, 0; i >= 0 && n < antecedentWindow; i, n = i-1, n+1 {
		p := a.sents[i]
		if p.para != s.para {
			break
		}
		for j := len(p.toks) - 2; j >= 0; j-- {
			t, next := p.toks[j], p.toks[j+1]
			if t.tag != "NNS" || !isLowerWord(t.text) || quotedAt(p.text, t.start) {
				continue
			}
			if next.tag == "VBD" || next.tag == "VBP" || next.tag == "MD" {
				return strings.ToLower(t.text)
			}
		}
	}
	return ""
}

// isShareEdit reports whether e is the shareEdit of s.
func (a *article) isShareEdit(s *sentence, e edit) bool {
	se, has, ok := a.shareEdit(s)
	return has && ok && se == e
}

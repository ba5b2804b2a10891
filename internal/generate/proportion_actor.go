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
			if !pluralTok(t) || !isLowerWord(t.text) || quotedAt(p.text, t.start) {
				continue
			}
			if next.tag == "VBD" || next.tag == "VBP" || next.tag == "MD" {
				return strings.ToLower(t.text)
			}
		}
		// "The microorganisms eat ...": a sentence opening on "The" and a
		// plural, however the tagger read them.
		if len(p.toks) > 3 && p.toks[0].text == "The" && isLowerWord(p.toks[1].text) && !strings.HasPrefix(p.toks[1].tag, "VB") &&
			pluralTok(tok{text: p.toks[1].text, tag: "NN"}) && p.toks[2].text != "of" && isLowerWord(p.toks[2].text) {
			return strings.ToLower(p.toks[1].text)
		}
		// A plural the nearer sentence names, not as a subject ("slow to
		// replace thousands of Cuban doctors expelled by …"), may be
		// the one meant: a subject further back is not certain (set
		// 103: "They served mainly poor Brazilians" became "The jobs
		// served …", both judges WRONG).
		for _, t := range p.toks {
			if pluralTok(t) && isLowerWord(t.text) && !quotedAt(p.text, t.start) {
				return ""
			}
		}
	}
	return ""
}

// pluralTok reports whether t is a plural common noun: tagged so, or
// tagged a singular noun but spelt as a plural ("microorganisms"), which
// the tagger misreads now and then.
func pluralTok(t tok) bool {
	if t.tag == "NNS" {
		return true
	}
	w := strings.ToLower(t.text)
	return t.tag == "NN" && len(w) > 3 && strings.HasSuffix(w, "s") && w != "news" && w != "series" &&
		!strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "ics")
}

// isShareEdit reports whether e is the shareEdit of s.
func (a *article) isShareEdit(s *sentence, e edit) bool {
	se, has, ok := a.shareEdit(s)
	return has && ok && se == e
}

// A sentence whose subject is "they", with nothing in the sentence
// before it that "they" could stand for, leans on the sentence before:
// "The humus they produce is rich in fibre" (the microorganisms). The
// judges asked for the plural to be named, three times in earlier sets.
// The plural noun found as for a bare share is put in ("the
// microorganisms produce"); with none, the sentence is not asked alone.

// theyEdit is the edit naming what an opening-less "they" stands for: has
// is set where s has a subject "they" with nothing before it in s to
// stand for, ok where the sentences before name it.
func (a *article) theyEdit(s *sentence) (e edit, has, ok bool) {
	for i, t := range s.toks {
		if quotedAt(s.text, t.start) {
			continue
		}
		switch {
		case strings.HasPrefix(t.tag, "NNS"), strings.HasPrefix(t.tag, "NNP"), t.tag == "CD":
			return edit{}, false, false // something plural or named before
		case t.text != "they" && t.text != "They":
			continue
		}
		if i+1 >= len(s.toks) || !strings.HasPrefix(s.toks[i+1].tag, "VB") && s.toks[i+1].tag != "MD" && s.toks[i+1].tag != "RB" {
			return edit{}, false, false
		}
		noun := a.pluralSubjectBefore(s)
		if noun == "" {
			return edit{}, true, false
		}
		the := "the "
		if t.text == "They" {
			the = "The "
		}
		return edit{t.text + " " + s.toks[i+1].text, the + noun + " " + s.toks[i+1].text}, true, true
	}
	return edit{}, false, false
}

// isTheyEdit reports whether e is the theyEdit of s.
func (a *article) isTheyEdit(s *sentence, e edit) bool {
	te, has, ok := a.theyEdit(s)
	return has && ok && te == e
}

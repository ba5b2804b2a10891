package generate

import (
	"regexp"
	"strings"
)

// "Further UK institutions are set to follow their lead, with …": one
// does not follow one's own lead, so the possessive stands for whoever
// acted in the sentence before ("Jesus College became the first
// institution to return …"). Quoted whole, the statement left the
// learner asking whose lead; both blind judges edited it, asking for the
// name. Where the sentence just before (in the same paragraph, or the
// last of the paragraph before when this one opens the next) has a
// proper name alone as its main clause's subject, the name is put in
// ("follow Jesus College's lead"); otherwise the sentence is not asked
// alone.

// followLeadRE matches "follow(s/ed/ing) their/its/his/her lead/example".
var followLeadRE = regexp.MustCompile(`\b(?:follow|follows|followed|following) ((?:their|its|his|her) (?:lead|example))\b`)

// leadEdit is the edit naming whose lead s follows: has is set where s
// follows a possessive's lead, ok where the sentence before names it.
func (a *article) leadEdit(s *sentence) (e edit, has, ok bool) {
	m := followLeadRE.FindStringSubmatchIndex(s.text)
	if m == nil || quotedAt(s.text, m[0]) {
		return edit{}, false, false
	}
	i := s.idx - 1
	if i < 0 || i >= len(a.sents) {
		return edit{}, true, false
	}
	p := a.sents[i]
	if p.para != s.para && (s.start != 0 || p.para.n+1 != s.para.n) {
		return edit{}, true, false
	}
	name := properSubject(p)
	if name == "" {
		return edit{}, true, false
	}
	phrase := s.text[m[2]:m[3]]
	noun := phrase[strings.LastIndex(phrase, " ")+1:]
	return edit{phrase, possessiveName(name, p.text) + " " + noun}, true, true
}

// isLeadEdit reports whether e is the leadEdit of s.
func (a *article) isLeadEdit(s *sentence, e edit) bool {
	le, has, ok := a.leadEdit(s)
	return has && ok && le == e
}

// properSubject is the main clause's subject of p (the words after the
// last comma before its first finite verb) where it is a proper name
// alone, after at most "the" ("the Varden Museum", lower-cased to go
// inside a sentence), or "".
func properSubject(p *sentence) string {
	for verb, t := range p.toks {
		switch t.tag {
		case "VBD", "VBZ", "VBP", "MD":
		default:
			continue
		}
		from := 0
		for i := verb - 1; i >= 0; i-- {
			if p.toks[i].text == "," {
				from = i + 1
				break
			}
		}
		the := ""
		if from < verb && strings.EqualFold(p.toks[from].text, "the") {
			the = "the "
			from++
		}
		if from >= verb {
			return ""
		}
		for _, t := range p.toks[from:verb] {
			if t.tag != "NNP" && t.tag != "NNPS" {
				return ""
			}
		}
		return the + strings.TrimSpace(p.text[p.toks[from].start:p.toks[verb-1].end])
	}
	return ""
}

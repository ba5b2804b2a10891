package generate

import "strings"

// The lead told again. A report often opens on a thing it does not yet
// name ("A Scottish firm is looking to attract web surfers with a search
// engine that reads out results") and names it a few sentences on, in
// the same claim ("The Edinburgh based firm CEC has married speech
// technology with ever popular internet search"). Quoted both as true
// statements, the second asks what the first has told: both blind judges
// rejected it as a repeat. Two true statements tell the lead once where
// the lead's subject is an indefinite "A … firm", the other's a definite
// "The … firm" with the same head noun, and the two say something of it
// in a word in common besides (search). The better scored is kept
// (holdRepeats).

// subjectHead is the determiner that opens s ("a", "an" or "the") and
// the last common noun before its first finite verb ("firm"), with the
// index of that verb; "" where s opens otherwise.
func subjectHead(s *sentence) (det, head string, verb int) {
	if len(s.toks) < 3 {
		return "", "", -1
	}
	det = strings.ToLower(s.toks[0].text)
	if det != "a" && det != "an" && det != "the" {
		return "", "", -1
	}
	for i := 1; i < len(s.toks) && i <= 8; i++ {
		t := s.toks[i]
		switch t.tag {
		case "VBZ", "VBD", "VBP", "MD":
			if head == "" {
				return "", "", -1
			}
			return det, head, i
		case "NN", "NNS":
			head = strings.ToLower(t.text)
		case ",", ":", "(":
			return "", "", -1
		}
	}
	return "", "", -1
}

// leadRetold reports whether true statements x and y tell the lead
// once (see above), x or y being the lead.
func (a *article) leadRetold(x, y *item) bool {
	if x.rule != "truefalse-true" || y.rule != "truefalse-true" || x.sent == y.sent {
		return false
	}
	if y.sent.idx < x.sent.idx {
		x, y = y, x
	}
	if !a.leadSentence(x.sent) || a.leadSentence(y.sent) {
		return false
	}
	dx, hx, vx := subjectHead(x.sent)
	dy, hy, vy := subjectHead(y.sent)
	if dx == "the" || dy != "the" || hx == "" || hx != hy {
		return false
	}
	return len(sharedPredicateWords(x.sent, vx, y.sent, vy)) > 0
}

// sharedPredicateWords are the content words of s from its token i on
// that o has from its token j on.
func sharedPredicateWords(s *sentence, i int, o *sentence, j int) []string {
	words := func(s *sentence, from int) map[string]bool {
		m := map[string]bool{}
		for _, t := range s.toks[from:] {
			if strings.HasPrefix(t.tag, "NN") || strings.HasPrefix(t.tag, "JJ") {
				m[strings.ToLower(t.text)] = true
			}
		}
		return m
	}
	ws, wo := words(s, i), words(o, j)
	var out []string
	for w := range ws {
		if wo[w] {
			out = append(out, w)
		}
	}
	return out
}

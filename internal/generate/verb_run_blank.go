package generate

import "strings"

// The tagger reads a verb after a noun as the noun phrase's head when
// the verb's form is also a noun's ("as the blaze spread along the
// roof", "as the fire tore through the chapel"): the term is then "blaze
// spread", and a card blanks the subject with its verb ("as the _____
// along the roof"). Such a blank is no noun phrase, and its clause has
// no verb left.

// clauseOpeners end the clause before a term on the way back: a
// subordinating word opens the clause the term is the subject of.
var clauseOpeners = set(`as|when|while|after|before|until|once|because|since|where|though|although|if|whereas|that`)

// verbRunBlank reports whether the term sp, of two words or more, ends
// on a word the tagger read as a noun that is its clause's only verb:
// the next word is a preposition or a particle ("spread along", "tore
// through"), the term opens its clause after a determiner, and the words
// after it, up to the next comma, conjunction or the sentence's end,
// hold no verb.
func verbRunBlank(s *sentence, sp *span) bool {
	if sp.kind != kTerm || !strings.Contains(sp.key, " ") {
		return false
	}
	first, last := -1, -1
	for i, t := range s.toks {
		if t.start >= sp.start && t.end <= sp.end {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 || last == first || last+1 >= len(s.toks) {
		return false
	}
	if tg := s.toks[last].tag; tg != "NN" && tg != "NNS" {
		return false
	}
	if tg := s.toks[last+1].tag; tg != "IN" && tg != "RP" && tg != "TO" {
		return false
	}
	verb := func(t tok) bool { return strings.HasPrefix(t.tag, "VB") || t.tag == "MD" }
	boundary := func(t tok) bool {
		return t.tag == "," || t.tag == ":" || t.tag == "." || t.tag == "CC" || t.text == ";" || clauseOpeners[strings.ToLower(t.text)]
	}
	// The term opens its clause: a determiner or a possessive before it
	// ("the", "its"), and before that the sentence's start or a
	// subordinating word ("as the blaze spread"). After "and" or a comma
	// the term may be one of a list ("reform and social protection to
	// …"), which no verb need follow.
	i := first - 1
	for i >= 0 && (s.toks[i].tag == "DT" || s.toks[i].tag == "PRP$") {
		i--
	}
	if i == first-1 || i >= 0 && !clauseOpeners[strings.ToLower(s.toks[i].text)] {
		return false
	}
	for i := last + 1; i < len(s.toks); i++ {
		t := s.toks[i]
		if boundary(t) {
			break
		}
		if verb(t) {
			return false
		}
	}
	return true
}

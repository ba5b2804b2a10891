package generate

import "strings"

// An instruction is not a statement. A how-to text or a list of steps
// gives sentences in the imperative ("Keep the areas in front of and
// above the pile or bin clear so you can work without difficulty."), and
// quoted as "True or false? Keep the areas …" the item asks the learner
// to judge an order, which is neither true nor false. imperative reports
// whether a sentence's main clause opens on a bare verb: the sentence's
// first word tagged as one ("Buy a ticket …"), or followed by a particle
// ("Set up your compost pile …", where the tagger reads the capitalised
// "Set" as a name), or the first word after an opening clause of "when",
// "if", "before" and the like closed by a comma ("If you believe you've
// added too much nitrogen, balance the content …"). No true/false item is
// drafted from such a sentence.
func imperative(s *sentence) bool {
	if s == nil {
		return false
	}
	toks := s.toks
	for len(toks) > 0 && (toks[0].tag == "``" || toks[0].tag == "(" || toks[0].text == "“" || toks[0].text == "\"") {
		toks = toks[1:]
	}
	if len(toks) < 2 {
		return false
	}
	if toks[0].tag == "VB" || toks[1].tag == "RP" && startsUpper(toks[0].text) && toks[0].tag != "PRP" || dontVerb(toks) {
		return true
	}
	// "To understand the region's tragedy, look at how …" (set 108, both
	// judges: "An imperative copied from the article is not a true/false
	// claim"): an infinitive of purpose fronted before the order.
	if toks[0].tag != "WRB" && toks[0].tag != "IN" && toks[0].tag != "TO" {
		return false
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].tag != "," {
			continue
		}
		// "If you have finished A, B and C, don't worry": the clause
		// may list names between commas before the order.
		if dontVerb(toks[i+1:]) {
			return true
		}
		// The tagger reads a bare verb after a clause with "you" as
		// present tense as often as not ("If you doubt the numbers,
		// have a think …": set 101); a main clause has no subject there.
		if toks[i+1].tag == "VB" || toks[i+1].tag == "VBP" && isLowerWord(toks[i+1].text) {
			return true
		}
		// Or as a noun, when the clause spoke to the reader and an
		// adverb or an object follows: "If you are sending a memo …,
		// look carefully through it".
		if toks[i+1].tag == "NN" && isLowerWord(toks[i+1].text) && i+2 < len(toks) && (toks[i+2].tag == "RB" || toks[i+2].tag == "DT" || toks[i+2].tag == "PRP") && speaksToReader(toks[:i]) {
			return true
		}
		// After an infinitive of purpose the tagger reads the order's
		// verb as a noun too ("To understand …, look/NN at how …"): a
		// main clause has a subject, not a bare noun before a
		// preposition.
		if toks[0].tag == "TO" && toks[i+1].tag == "NN" && isLowerWord(toks[i+1].text) && i+2 < len(toks) && (toks[i+2].tag == "IN" || toks[i+2].tag == "DT" || toks[i+2].tag == "RB" || toks[i+2].tag == "PRP") {
			return true
		}
		if !strings.HasPrefix(toks[i+1].tag, "NNP") && toks[i+1].tag != "CD" {
			return false
		}
	}
	return false
}

// speaksToReader reports whether toks hold "you".
func speaksToReader(toks []tok) bool {
	for _, t := range toks {
		if strings.EqualFold(t.text, "you") {
			return true
		}
	}
	return false
}

// dontVerb reports whether toks open on an order not to do something:
// "don't worry", "do not panic".
func dontVerb(toks []tok) bool {
	return len(toks) >= 3 && strings.EqualFold(toks[0].text, "do") && (toks[1].text == "n't" || strings.EqualFold(toks[1].text, "not")) && toks[2].tag == "VB"
}

// addressesReader reports whether a sentence, outside any quotation,
// has the reader for its subject ("You will find plenty of new releases
// in the spring."): the writer's aside to the reader, not a fact of the
// article to judge true or false. A sentence that only speaks of the
// reader's things ("If you turn the pile, the compost decomposes in two
// weeks") still states a fact.
func addressesReader(s *sentence) bool {
	if s == nil || len(s.toks) == 0 || strings.ContainsAny(s.text, "\"“”") {
		return false
	}
	return s.toks[0].text == "You"
}

// writerSpeaks reports whether a sentence, outside any quotation, is
// the writer speaking as "I" ("Personally, I can't wait for the next
// game in the series."): the writer's own taste, not a fact of the
// article to judge true or false. A king's or a war's numeral ("Henry I
// was crowned", "World War I ended") is no pronoun: the word before it
// is a name.
func writerSpeaks(s *sentence) bool {
	if s == nil || strings.ContainsAny(s.text, "\"“”") {
		return false
	}
	for i, t := range s.toks {
		if t.text != "I" || i+1 >= len(s.toks) {
			continue
		}
		if i > 0 && strings.HasPrefix(s.toks[i-1].tag, "NNP") {
			continue
		}
		next := s.toks[i+1]
		if strings.HasPrefix(next.tag, "VB") || next.tag == "MD" {
			return true
		}
		switch next.text {
		case "'m", "’m", "'ve", "’ve", "'d", "’d", "'ll", "’ll":
			return true
		}
	}
	return false
}

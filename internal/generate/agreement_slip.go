package generate

import "strings"

// A report's lead may carry a slip of agreement: "New tests shows that
// most printers waste ink", or at its end, "Home prints last longer than
// shop prints, new tests shows." Quoted as a true statement it copies
// the slip, and both judges marked it for grammar. The safe case is
// narrow: the subject, from the sentence's first word or from a comma
// that opens a reporting clause ending the sentence, is a plain plural
// noun with only determiners and modifiers before it (no "of" phrase:
// "The number of tests shows" is right), and the verb right after it is
// one in -s other than "is", "has", "was" or "does". Such a slip is
// mended ("tests show", agreementEdit) where the verb's plain form is
// certain, and the statement is held back where it is not ("tests
// reaches": "reach" or "reache"?). Words inside quotation marks are the
// speaker's and are left as they are.

// singularInS are nouns in -s that take a verb in -s.
var singularInS = set(`news|series|species|means|headquarters|physics|mathematics|economics|politics|statistics|ethics|athletics|measles|diabetes|lens|bus|gas|bias|analysis|crisis|basis|thesis|status|census|virus|campus|chaos|corps|kudos`)

// agreementSlip reports whether statement sentence s opens on a plural
// noun directly followed by a verb in -s, or ends on such a reporting
// clause after a comma.
func agreementSlip(s *sentence) bool {
	_, ok := agreementSlipAt(s)
	return ok
}

// agreementSlipAt finds the slip of agreementSlip: the index of the verb.
func agreementSlipAt(s *sentence) (int, bool) {
	if v, ok := pluralSubjectVerb(s, openingTokens(s), false); ok {
		return v, true
	}
	for c := len(s.toks) - 2; c > 0; c-- {
		if s.toks[c].text != "," {
			continue
		}
		if v, ok := pluralSubjectVerb(s, c+1, true); ok {
			return v, true
		}
		break // only the last comma opens the closing clause
	}
	return 0, false
}

// pluralSubjectVerb reads a subject from token i: determiners and
// modifiers, then a plain plural noun, then a verb in -s; with last set
// the verb must end the sentence. It returns the verb's index.
func pluralSubjectVerb(s *sentence, i int, last bool) (int, bool) {
	for k := i; k+1 < len(s.toks) && k < i+5; k++ {
		t := s.toks[k]
		switch {
		case t.tag == "DT" || t.tag == "PRP$" || t.tag == "CD" || strings.HasPrefix(t.tag, "JJ") || t.tag == "NN" && isLowerWord(t.text) || k == 0 && strings.HasPrefix(t.tag, "NN"):
			if t.tag != "NNS" {
				continue
			}
		case t.tag != "NNS":
			return 0, false
		}
		// t is a plural noun; the subject ends here.
		w := strings.ToLower(t.text)
		if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") || singularInS[w] {
			return 0, false
		}
		v := s.toks[k+1]
		vw := v.text
		if !isLowerWord(vw) || !strings.HasSuffix(vw, "s") || vw == "is" || vw == "has" || vw == "was" || vw == "does" {
			return 0, false
		}
		if last {
			// A verb ending the sentence may be read as a noun
			// ("tests shows."): the one word after a plural that
			// ends the sentence is its verb.
			for _, r := range s.toks[k+2:] {
				if hasLetterOrDigit(r.text) {
					return 0, false
				}
			}
			if !reportingVerbs[vw] {
				return 0, false
			}
		} else if v.tag != "VBZ" {
			return 0, false
		}
		return k + 1, true
	}
	return 0, false
}

// reportingVerbs say what a study or its figures show, in -s: the verbs
// of a reporting clause that ends a report's lead ("…, new tests
// shows.").
var reportingVerbs = set(`shows|suggests|finds|says|claims|reveals|indicates|warns|concludes|confirms|argues|predicts|estimates|reports`)

// agreementEdit mends the slip of agreementSlip: "tests shows" → "tests
// show". ok is false where there is no slip, where the verb's plain form
// is not certain (a verb in "-ches", "-shes", "-sses", "-xes", "-zes",
// "-oes", or a plain form of two letters) and where the slip is inside
// quotation marks.
func agreementEdit(s *sentence) (edit, bool) {
	v, ok := agreementSlipAt(s)
	if !ok || v < 1 {
		return edit{}, false
	}
	n, vt := s.toks[v-1], s.toks[v]
	if quotedAt(s.text, n.start) || s.text[n.end:vt.start] != " " {
		return edit{}, false
	}
	w := vt.text
	var plain string
	switch {
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes") || strings.HasSuffix(w, "oes"):
		return edit{}, false
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		plain = w[:len(w)-3] + "y"
	default:
		plain = w[:len(w)-1]
	}
	// "les" → "le": a plain form of two letters or fewer is no verb
	// the tagger can be trusted on (found by FuzzGenerate).
	if len([]rune(plain)) < 3 {
		return edit{}, false
	}
	return edit{n.text + " " + w, n.text + " " + plain}, true
}

// agreementMended reports whether the slip of agreementSlip is one
// agreementEdit mends.
func agreementMended(s *sentence) bool {
	_, ok := agreementEdit(s)
	return ok
}

package generate

import "strings"

// A report's lead may carry a slip of agreement: "New tests shows that
// most printers waste ink". Quoted as a true statement it copies the
// slip, and both judges marked it for grammar. The safe case is narrow:
// the sentence's subject, from its first word, is a plain plural noun
// with only determiners and modifiers before it (no "of" phrase: "The
// number of tests shows" is right), and the verb right after it is one
// in -s other than "is", "has", "was" or "does". Such a statement is
// not quoted.

// singularInS are nouns in -s that take a verb in -s.
var singularInS = set(`news|series|species|means|headquarters|physics|mathematics|economics|politics|statistics|ethics|athletics|measles|diabetes|lens|bus|gas|bias|analysis|crisis|basis|thesis|status|census|virus|campus|chaos|corps|kudos`)

// agreementSlip reports whether statement sentence s opens on a plural
// noun directly followed by a verb in -s.
func agreementSlip(s *sentence) bool {
	i := openingTokens(s)
	for k := i; k+1 < len(s.toks) && k < i+5; k++ {
		t := s.toks[k]
		switch {
		case t.tag == "DT" || t.tag == "PRP$" || t.tag == "CD" || strings.HasPrefix(t.tag, "JJ") || t.tag == "NN" && isLowerWord(t.text) || k == 0 && strings.HasPrefix(t.tag, "NN"):
			if t.tag != "NNS" {
				continue
			}
		case t.tag != "NNS":
			return false
		}
		// t is a plural noun; the subject ends here.
		w := strings.ToLower(t.text)
		if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") || singularInS[w] {
			return false
		}
		v := s.toks[k+1]
		vw := v.text
		if v.tag != "VBZ" || !isLowerWord(vw) || !strings.HasSuffix(vw, "s") || vw == "is" || vw == "has" || vw == "was" || vw == "does" {
			return false
		}
		return true
	}
	return false
}

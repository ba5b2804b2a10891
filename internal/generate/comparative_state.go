package generate

import "strings"

// "Opinion was more divided over Rodney Potts, a convicted fraudster.":
// a state compared with the one the sentence before told of ("the panel
// backed the first two"), with no "than" to say with what. Both blind
// judges of a political report marked the statement E CONTEXT and wrote
// it "The panel was divided over …". Where "more" stands between a form
// of "be" and a participle of division or mood, and the sentence has no
// "than", the statement says the state without the comparison:
// "Opinion was divided over …". The fact, that opinion was split on
// him, is what the report says; only the comparison needed the sentence
// before.

// stateParticiples are the states a comparison without "than" is left
// out of.
var stateParticiples = set(`divided|split|mixed|muted|polarised|polarized|guarded|subdued|reserved|measured|restrained`)

// copulas come before "more" and a state.
var copulas = set(`is|are|was|were|be|been|seemed|seems|appeared|appears|looked|looks|proved|remained|became`)

// comparedStateEdit returns the edit leaving out "more" before a state
// compared with nothing the sentence names, and whether there is one.
func comparedStateEdit(s *sentence) (edit, bool) {
	for _, t := range s.toks {
		if strings.EqualFold(t.text, "than") {
			return edit{}, false
		}
	}
	for i := 1; i+1 < len(s.toks); i++ {
		m, st := s.toks[i], s.toks[i+1]
		if m.text != "more" || !copulas[strings.ToLower(s.toks[i-1].text)] || !stateParticiples[strings.ToLower(st.text)] || quotedAt(s.text, m.start) {
			continue
		}
		// "more and more divided", "more deeply divided": left alone.
		if st.start != m.end+1 {
			continue
		}
		return edit{s.text[m.start:st.end], st.text}, true
	}
	return edit{}, false
}

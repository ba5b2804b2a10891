package generate

import "strings"

// A "they" whose antecedent is in its own sentence. contextWords holds a
// sentence with "they" or "them": quoted alone, who they are is in the
// sentence before. But a relative clause on a plural noun carries its
// own: "officials who secretly read files they were not allowed to see
// would face jail" says who "they" are. theyWithin reports such a "they"
// or "them": walking back from it, with no comma, semicolon, colon,
// bracket or quotation mark between, to "who" or "that" right after a
// plural noun ("officials who", "firms that"). A "they" after a verb of
// saying ("the police said they would help") is not taken: it may stand
// for a thing told before (the plans the police back).
func theyWithin(s *sentence, i int) bool {
	if !strings.EqualFold(s.toks[i].text, "they") || i < 2 {
		return false
	}
	// "who fear they could …", "said that they": the subject of what is
	// said or feared, which may be a thing told before.
	if p := s.toks[i-1]; strings.HasPrefix(p.tag, "VB") || strings.EqualFold(p.text, "that") && strings.HasPrefix(s.toks[i-2].tag, "VB") {
		return false
	}
	for k := i - 1; k >= 1; k-- {
		t := s.toks[k]
		w := strings.ToLower(t.text)
		if strings.ContainsAny(t.text, ",;:()\"“”") || w == "they" || w == "them" {
			return false
		}
		if w == "who" || w == "that" {
			p := s.toks[k-1]
			return p.tag == "NNS" || p.tag == "NNPS"
		}
	}
	return false
}

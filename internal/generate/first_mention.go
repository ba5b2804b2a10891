package generate

import "strings"

// A report sums up what it has just told by "the" and a noun it has not
// used before, anywhere in a sentence, not only at its opening
// (shellNounBack): "Deep defences are being put in place by big net
// firms. Rising numbers of attacks are prompting firms to adopt the
// measures." "He sought support for a voyage against the Spanish.
// Rogers led the expedition, which …". Quoted alone, "the measures" and
// "the expedition" point at nothing the learner has read. Such a noun is
// one a writer uses for a thing told before (a move, a plan, an
// undertaking); where the article has not used it (in either number)
// before the sentence, nor in its title, and no phrase after it says
// which ("the measures to stop spam", "the expedition of 1804"), the
// sentence is held back (firstMentionBack).

// firstMentionHeads name a thing told before by its kind.
var firstMentionHeads = set(`measure|measures|move|moves|step|steps|decision|plan|plans|scheme|schemes|proposal|proposals|
initiative|initiatives|deal|attempt|undertaking|venture|enterprise|endeavour|endeavor|expedition|mission|project|voyage|journey|
campaign|operation|policy|policies|reform|reforms|changes`)

// whichAfter are the words that, right after the noun, begin a phrase
// saying which: "the plan to build", "the move towards", "the
// expedition of 1804", "the measures that".
var whichAfter = set(`of|to|that|which|who|for|in|on|against|at|by|from|with|between|over|towards|toward|into|under|announced|
proposed|unveiled|described|outlined|set|put|known|called|named`)

// firstMentionBack reports a sentence after the article's first that
// says "the" and a kind of firstMentionHeads, after its opening, that
// the article has not named before (see above).
func (a *article) firstMentionBack(s *sentence) bool {
	if s == nil || s.idx == 0 || s.idx > len(a.sents) {
		return false
	}
	open := openingTokens(s)
	for k := open + 1; k+1 < len(s.toks); k++ {
		if !strings.EqualFold(s.toks[k].text, "the") || quotedAt(s.text, s.toks[k].start) {
			continue
		}
		n := s.toks[k+1]
		noun := strings.ToLower(n.text)
		if !firstMentionHeads[noun] || !strings.HasPrefix(n.tag, "NN") || n.text != noun {
			continue
		}
		if k+2 < len(s.toks) {
			next := s.toks[k+2]
			if strings.HasPrefix(next.tag, "NN") || strings.HasPrefix(next.tag, "POS") || whichAfter[strings.ToLower(next.text)] {
				continue // "the plan's cost", "the move to London"
			}
		}
		one, other := noun, noun+"s"
		if strings.HasSuffix(noun, "s") {
			other = strings.TrimSuffix(noun, "s")
		}
		if a.titleSays(one) || a.titleSays(other) || a.usedBefore(s, one) || a.usedBefore(s, other) {
			continue
		}
		return true
	}
	return false
}

package generate

import "strings"

// A word that points back to the sentence before without a noun to say
// what it points at, which an item quoting the sentence cannot show.
//
// "Few in Westminster actually believe that, simply because the evidence
// appears to contradict it.": "that" is the object of "believe" and
// stands for the claim the sentence before made (both blind judges of a
// political report: R CONTEXT). "that" after a verb is most often the
// word that opens what was said ("said that the firm …"); it stands for
// something only where nothing follows it but the end of the sentence,
// or a comma and a clause of reason or contrast that runs to the end
// ("…, simply because …", "…, but …"). "He said that, because it
// rained, the match was off" has a second comma, and is left alone.

// thatAfterComma opens a clause of reason or contrast after "that,".
var thatAfterComma = set(`because|simply|partly|largely|mainly|mostly|but|though|although|given|despite|whatever`)

// objectThat reports whether token i of s, "that", stands alone as the
// object of the verb before it (see above).
func objectThat(s *sentence, i int) bool {
	if i == 0 || i+1 >= len(s.toks) || !strings.EqualFold(s.toks[i].text, "that") || quotedAt(s.text, s.toks[i].start) {
		return false
	}
	if !strings.HasPrefix(s.toks[i-1].tag, "VB") {
		return false
	}
	next := s.toks[i+1]
	switch next.text {
	case ".", "!":
		return i+2 >= len(s.toks) || strings.Trim(s.text[next.end:], `"”’' `) == ""
	case ",":
		if i+2 >= len(s.toks) || !thatAfterComma[strings.ToLower(s.toks[i+2].text)] {
			return false
		}
		// "because of the rain, …": a phrase, not a clause.
		if i+3 < len(s.toks) && strings.EqualFold(s.toks[i+3].text, "of") {
			return false
		}
		return !strings.ContainsAny(s.text[s.toks[i+2].start:], ",;")
	}
	return false
}

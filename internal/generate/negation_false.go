package generate

import (
	"strings"
)

// A false statement from a sentence's own "not". A short report's central
// fact is often a decision against something: "The Scottish Executive
// will not now merge the Scottish Prison Service with local authority
// social work criminal justice departments." Quoted without its "not"
// ("… will now merge …"), the sentence states the opposite of what the
// article reports, and a reader of the article knows it to be false. An
// all-true theme whose sentences hold no figure to swap (article_false.go)
// may take such a statement in place of one of its true ones.
//
// Only the "not" of the sentence's first verb, an auxiliary ("will not",
// "has not", "is not"), is left out: a "not" after "said" is the
// speaker's, and "did not" or "does not" would need the verb rewritten.
// The sentence holds no other negation, and none of the words that
// leave the sentence without its "not" ungrammatical or still true:
// "not only", "not yet", "not any", "not until", "for 200 years"; nor a
// contrast with another clause ("was not immediately confirmed but the
// cathedral had been undergoing …"), which the statement would leave
// reading oddly.

// negatableAux are the auxiliaries whose "not" negationFlip leaves out.
var negatableAux = set(`will|would|can|could|should|must|may|might|is|are|was|were|has|have|had`)

// negationKeeps are words that, after the "not" or anywhere in the
// sentence, keep its "not" from being left out.
var negationKeeps = set(`only|just|yet|even|least|necessarily|quite|all|always|much|so|too|as|because|until|since|ever|any|anything|anyone|anybody|either|enough|nor|neither|no|never|none|nothing|without|unless|than|but|though|although|while|whereas`)

// firstVerbAt is the index of the first verb or modal among s's tokens,
// or -1.
func firstVerbAt(s *sentence) int {
	for i, t := range s.toks {
		if isVerbTag(t.tag) {
			return i
		}
	}
	return -1
}

// negationFlip returns statement stmt, the quoted text of sentence s,
// without the "not" of the sentence's first verb, and the words the
// article has and the statement puts for them; "" where there is no such
// "not" or leaving it out would not do.
func negationFlip(s *sentence, stmt string) (string, string, string) {
	if s == nil {
		return "", "", ""
	}
	at := firstVerbAt(s)
	if at < 0 || at+2 >= len(s.toks) || !negatableAux[s.toks[at].text] || s.toks[at+1].text != "not" {
		return "", "", ""
	}
	// "Of the food that is not eaten, less is ending up in landfill":
	// the "not" of a relative clause names which thing the sentence is
	// about; without it the statement is nonsense, not false ("Of the
	// food that is eaten, less is ending up in landfill": set 97, both
	// judges, SWAP-NONSENSE).
	for _, t := range s.toks[:at] {
		if w := strings.ToLower(t.text); relativeWords[w] || w == "that" {
			return "", "", ""
		}
	}
	nots := 0
	for i, t := range s.toks {
		w := strings.ToLower(t.text)
		if w == "not" {
			nots++
		}
		if negationKeeps[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return "", "", ""
		}
		// "has not fought a war for 200 years": a span of time the
		// "not" covers.
		if w == "for" && i+1 < len(s.toks) && s.toks[i+1].tag == "CD" {
			return "", "", ""
		}
	}
	if nots != 1 {
		return "", "", ""
	}
	aux := s.toks[at].text
	have := aux + " not "
	if strings.Count(stmt, have) != 1 {
		return "", "", ""
	}
	return strings.Replace(stmt, have, aux+" ", 1), aux + " not", aux
}

// negationSwap rewrites the true statement it as the false statement
// negationFlip makes of it, or returns nil. Its sentence is central and
// reads alone, and is no one's words.
func (a *article) negationSwap(it *item) *item {
	s := it.sent
	if it.q == nil || s == nil || it.incidental || it.repeat || !backboneWorthy(s) || !selfContained(s) || quotedSpeech(s) || a.incidentalSentence(s) {
		return nil
	}
	stmt := strings.TrimPrefix(it.q.Prompt, "True or false? ")
	f, have, put := negationFlip(s, stmt)
	if f == "" {
		return nil
	}
	q := falseStatement(s, f, have, put)
	return &item{sent: s, q: q, answer: "not", rule: "truefalse-swap/negation", dq: 0.8, named: it.named, prevName: it.prevName}
}

package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lectern/lectern/internal/quiz"
)

// A false statement from a sentence's own "not". A short report's central
// fact is often a decision against something: "The Scottish Executive
// will not now merge the Scottish Prison Service with local authority
// social work criminal justice departments." Quoted without its "not"
// ("… will now merge …"), the sentence states the opposite of what the
// article reports, and a reader of the article knows it to be false. An
// all-true theme takes such a statement in place of one of its true ones
// before it looks for a figure to swap (article_false.go), and a filler
// gives way to one before a statement with a "not" put in
// (negation_insert.go): judges accepted 7 of 8 as they were (sets 146 to
// 220), against a third of swapped figures at best.
//
// Only the "not" of the sentence's first verb is left out: a "not" after
// "said" is the speaker's. The verb may be an auxiliary ("will not",
// "has not", "is not", "cannot", "won’t", "isn’t"), which stays without
// its "not", or "do", "does" or "did" before a plain verb ("did not
// invent"), which gives way to the verb's own form ("invented"; "does
// not have": "has") where that form is sure (verb_forms.go). A "not"
// that denies a saying or a thinking ("did not say how many") is left
// alone: without it the statement claims a saying the article does not
// report. The sentence holds no other negation, and none of the words
// that leave the sentence without its "not" ungrammatical or still true:
// "not only", "not yet", "not any", "not until", "for 200 years"; nor a
// contrast with another clause ("was not immediately confirmed but the
// cathedral had been undergoing …"), which the statement would leave
// reading oddly.

// negatableAux are the auxiliaries whose "not" negationFlip leaves out.
var negatableAux = set(`will|would|can|could|should|must|may|might|is|are|was|were|has|have|had`)

// contractedAux are the auxiliaries that "n’t" changes the spelling of
// ("won’t", "can’t"), with the word each stands for.
var contractedAux = map[string]string{"wo": "will", "ca": "can", "sha": "shall"}

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

// negativeWord reports whether token text w is a "not": "not", "cannot"
// or a word ending in "n’t".
func negativeWord(w string) bool {
	w = strings.ToLower(w)
	return w == "not" || w == "cannot" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// negatedVerbAt returns the index of the first verb of s where it is
// negated, the words of the statement that negate it ("will not",
// "won’t", "did not invent") and the words that put it the other way
// ("will", "invented"); -1 where the first verb is not negated in a way
// negationFlip can undo.
func negatedVerbAt(s *sentence) (int, string, string) {
	at := -1
	for i, t := range s.toks {
		if isVerbTag(t.tag) || strings.EqualFold(t.text, "cannot") || contractedAux[strings.ToLower(t.text)] != "" && i+1 < len(s.toks) && negativeWord(s.toks[i+1].text) {
			at = i
			break
		}
	}
	if at < 0 || at+2 >= len(s.toks) {
		return -1, "", ""
	}
	v, next := s.toks[at].text, s.toks[at+1].text
	if v == "cannot" {
		return at, v, "can"
	}
	contracted := strings.HasPrefix(next, "n'") || strings.HasPrefix(next, "n’")
	if next != "not" && !contracted {
		return -1, "", ""
	}
	have := v + " not"
	if contracted {
		have = v + next
	}
	if aux := contractedAux[v]; aux != "" && contracted {
		return at, have, aux
	}
	if negatableAux[v] {
		return at, have, v
	}
	// "did not invent": the plain verb after "not" takes its own form.
	verb := s.toks[at+2]
	if (verb.tag != "VB" && verb.tag != "VBP") || sayingVerbs[verb.text] || verb.text == "be" {
		return -1, "", ""
	}
	put := ""
	switch v {
	case "do":
		put = verb.text
	case "does":
		put = thirdPerson(verb.text)
	case "did":
		put = pastForm(verb.text)
	}
	if put == "" {
		return -1, "", ""
	}
	return at, have + " " + verb.text, put
}

// negationFlip returns statement stmt, the quoted text of sentence s,
// without the "not" of the sentence's first verb, and the words the
// article has and the statement puts for them; "" where there is no such
// "not" or leaving it out would not do.
func negationFlip(s *sentence, stmt string) (string, string, string) {
	if s == nil {
		return "", "", ""
	}
	at, have, put := negatedVerbAt(s)
	if at < 0 {
		return "", "", ""
	}
	// "Your columnist is not alone in growing more veg this year": "not
	// alone" says others do it too, and without its "not" the statement
	// reads as a slip of wording (held-out set 224, both judges
	// SWAP-WEAK).
	if strings.EqualFold(s.toks[at+2].text, "alone") {
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
		if negativeWord(w) {
			nots++
		}
		if negationKeeps[w] {
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
	i := wordIndex(stmt, have)
	if i < 0 || wordIndex(stmt[i+len(have):], have) >= 0 {
		return "", "", ""
	}
	return stmt[:i] + put + stmt[i+len(have):], have, put
}

// wordIndex is the index of the first occurrence of w in s that is not
// part of a longer word, or -1.
func wordIndex(s, w string) int {
	wordy := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for from := 0; from <= len(s)-len(w); {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		if (i == 0 || !wordy(before)) && (i+len(w) == len(s) || !wordy(after)) {
			return i
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		from = i + size
	}
	return -1
}

// negationFeedback is the feedback on True of a statement that turns
// its sentence's "not" round: judges found "The article has “has”, not
// “has not”." a note on wording where the statement is about substance
// (held-out set 225); the explanation quotes what the article says.
const negationFeedback = "The article says the opposite."

// negatedStatement is the question of false statement f, sentence s
// with its "not" left out or put in.
func negatedStatement(s *sentence, f string) *quiz.Question {
	q := falseStatement(s, f, "", "")
	q.Options[0].Feedback = negationFeedback
	return q
}

// negationSwap rewrites the true statement it as the false statement
// negationFlip makes of it, or returns nil. Its sentence is central and
// reads alone, and is no one's words.
func (a *article) negationSwap(it *item) *item {
	s := it.sent
	if it.q == nil || s == nil || it.incidental || it.repeat || !backboneWorthy(s) || !selfContained(s) || quotedSpeech(s) || a.incidentalSentence(s) {
		return nil
	}
	// A statement already led by the sentence before is left true.
	stmt, ok := strings.CutPrefix(it.q.Prompt, "True or false? ")
	if !ok {
		return nil
	}
	f, _, _ := negationFlip(s, stmt)
	if f == "" {
		return nil
	}
	q := negatedStatement(s, f)
	return &item{sent: s, q: q, answer: "not", rule: "truefalse-swap/negation", dq: 0.8, named: it.named, prevName: it.prevName}
}

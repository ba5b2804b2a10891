package generate

import "strings"

// A name the tagger reads as a person's that an apposition calls a body:
// "Labour Together, a group of Labour-supporting researchers, …". Read
// as a person, "Labour Together" made every "Labour" of the article that
// person's surname, and a false statement swapped the party, as a
// subject, for a person the article quotes: "Louise Hantman has gone back
// to the basics of being an opposition party." (held-out set 229, both
// judges SWAP-NONSENSE). bodiesByApposition reads such a name as an
// organisation wherever the article gives it: a name of two words or
// more followed by ", a" or ", an" and a phrase whose head noun, before
// "of", "that", "which", "based", a comma or the sentence's end, names a
// body ("a group", "a think-tank", "a research firm"). "John Smith, a
// group leader at …" keeps its person: the head is "leader".

// bodyApposHeads are the head nouns of an apposition that names a body.
var bodyApposHeads = set(`group|think-tank|thinktank|firm|company|charity|organisation|organization|body|campaign|lobby|consultancy|foundation|institute|association|union|party|network|movement|coalition|alliance|society|agency|bank|fund|club|federation|council|committee|trust|outfit|startup|start-up|publisher|broadcaster|newspaper|website`)

// apposStops end the phrase of an apposition before its head's
// complements.
var apposStops = set(`of|that|which|who|based|in|at|for|with|from|on|to|whose|and|or`)

// bodiesByApposition retypes the person names described above.
func (a *article) bodiesByApposition() {
	bodies := map[string]bool{}
	for _, s := range a.sents {
		for _, sp := range s.spans {
			if sp.kind == kPerson && strings.Contains(sp.key, " ") && bodyAppositionAfter(s.text[sp.end:]) {
				bodies[sp.key] = true
			}
		}
	}
	if len(bodies) == 0 {
		return
	}
	for _, s := range a.sents {
		for _, sp := range s.spans {
			if bodies[sp.key] {
				sp.kind, sp.rule = kOrg, "body-apposition"
			}
		}
	}
}

// bodyAppositionAfter reports whether rest, the text after a name, opens
// on an apposition whose head noun names a body.
func bodyAppositionAfter(rest string) bool {
	var ok bool
	if rest, ok = strings.CutPrefix(rest, ", a "); !ok {
		if rest, ok = strings.CutPrefix(rest, ", an "); !ok {
			return false
		}
	}
	head := ""
	for _, w := range strings.Fields(rest) {
		end := strings.IndexAny(w, ",.;:)—")
		word := strings.ToLower(w)
		if end >= 0 {
			word = strings.ToLower(w[:end])
		}
		if apposStops[word] {
			break
		}
		if word != "" {
			head = word
		}
		if end >= 0 {
			break
		}
	}
	return bodyApposHeads[head]
}

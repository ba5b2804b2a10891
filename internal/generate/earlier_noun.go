package generate

import "strings"

// Statements that lean on a thing the sentence before brings in. Over
// the blind sets 44 to 57 a statement quoted whole was most often edited
// for CONTEXT where a definite phrase stood for something the sentence
// before had brought in as new: "Historians have long suspected that
// Tresham wrote the letter, …" after "An anonymous letter delivered to
// one of them … proved decisive …"; "Built using …, the single
// passenger unit is equipped …" after "The open leaf like "i unit"
// vehicle is …". leanPhrase finds such a phrase only where it opens a
// clause; these sit inside one. introducedAnaphor finds them anywhere
// in the statement where the sentence before gives the phrase's head
// noun as new (with "a" or "an", a possessive, or a quoted or named
// modifier: not after "the"), and the statement's own sentence does not
// give it before the phrase. The referent is a description there, not a
// name, so no safe rewrite exists: the item is held back
// (withLeanContext) and its theme takes the next best candidate.

// introducedAnaphor is the definite phrase of s, in the shown text,
// whose head noun the sentence c before s brings in as new; "" where
// there is none.
func (a *article) introducedAnaphor(s, c *sentence, shown string) string {
	if c == nil {
		return ""
	}
	toks := s.toks
	for i := 0; i+1 < len(toks); i++ {
		if !strings.EqualFold(toks[i].text, "the") || quotedAt(s.text, toks[i].start) {
			continue
		}
		head := -1
		j := i + 1
		for ; j < len(toks); j++ {
			tg := toks[j].tag
			if tg == "NN" || tg == "NNS" {
				head = j
				continue
			}
			if (tg == "JJ" || tg == "VBN" || tg == "HYPH") && head < 0 {
				continue
			}
			break
		}
		if head < 0 || head != j-1 {
			continue
		}
		// "the ozone layer", "the semiconductor chip shortage": a noun
		// before the head says what kind; the phrase reads alone.
		if head > i+1 && (toks[head-1].tag == "NN" || toks[head-1].tag == "NNS") {
			continue
		}
		// "the letter's author", "the unit Toyota showed": a possessive
		// or a name after the head says which one.
		if j < len(toks) && (toks[j].tag == "POS" || strings.HasPrefix(toks[j].tag, "NNP")) {
			continue
		}
		if restrictedAfter(s.text[toks[head].end:]) {
			continue
		}
		h := strings.ToLower(toks[head].text)
		if len(h) < 3 || knownHeads[h] || knownHeads[strings.TrimSuffix(h, "s")] || personNouns[h] {
			continue
		}
		bad := false
		for _, t := range toks[i+1 : head] {
			switch strings.ToLower(t.text) {
			case "first", "last", "next", "only", "same", "following", "previous", "second", "third", "other",
				"global", "national", "international", "whole", "entire", "overall", "latest", "current":
				bad = true
			}
		}
		if bad {
			continue
		}
		p := s.text[toks[i].start:toks[head].end]
		if !strings.Contains(shown, p) {
			continue
		}
		// "The service can be used …": a phrase opening a clause is
		// leanPhrase's, which names it where the article does ("Napster
		// to Go can be used …"); "the show" the article names in full
		// is named (nameByHead).
		if a.clauseStart(s, i) || a.nameByHead(s, p) != "" {
			continue
		}
		// The statement's own sentence gives the noun before the phrase:
		// "A letter arrived and the letter said …".
		if headGivenIn(s, h, i) {
			continue
		}
		if headGivenIn(c, h, len(c.toks)) {
			return p
		}
	}
	return ""
}

// headGivenIn reports whether s, before token n, has noun h (or its
// singular or plural) as the head of a phrase that does not open on
// "the", "this", "these", "that" or "those": brought in as new ("An
// anonymous letter", "Toyota's unit", `"i unit" vehicle` is not: there
// "unit" is no head).
func headGivenIn(s *sentence, h string, n int) bool {
	toks := s.toks
	hs := strings.TrimSuffix(h, "s")
	for k := 0; k < n && k < len(toks); k++ {
		w := strings.ToLower(toks[k].text)
		if w != h && w != hs && w != h+"s" && strings.TrimSuffix(w, "s") != hs {
			continue
		}
		if !strings.HasPrefix(toks[k].tag, "NN") || strings.HasPrefix(toks[k].tag, "NNP") {
			continue
		}
		if k+1 < len(toks) && (toks[k+1].tag == "NN" || toks[k+1].tag == "NNS") {
			continue
		}
		// Walk back over the phrase's modifiers to its determiner.
		d := k - 1
		for d >= 0 && (strings.HasPrefix(toks[d].tag, "JJ") || toks[d].tag == "NN" || toks[d].tag == "VBN" || toks[d].tag == "HYPH" || toks[d].tag == "CD" || strings.Trim(toks[d].text, `"“”'‘’`) == "") {
			d--
		}
		if d < 0 {
			continue
		}
		switch strings.ToLower(toks[d].text) {
		case "a", "an":
			return true
		}
		if toks[d].tag == "POS" || toks[d].tag == "PRP$" {
			return true
		}
	}
	return false
}

// A speaker's words with no speaker. "The misplaced over reliance on the
// prison system … is at the heart of the problems that we encountered."
// sits inside a committee chairman's quotation that opened sentences
// before; quoted alone, "we" is nobody (blind judges: E CONTEXT, both).
// unsaidFirstPerson finds a sentence whose own words, outside quotation
// marks, say "we", "us", "I", "me" or "my" where no verb of
// saying in it tells who speaks; the item on it is held back.

// A verb of saying tells who speaks only where somebody does the saying:
// "It is hard to say whether we will be successful." (an infinitive)
// and "I said we would …" (the speaker's own "I") name nobody. In
// BBC politics 250, pressure groups' answers printed without quotation
// marks, "… it is difficult to say whether …" let "We have got the issue
// in the public consciousness …" through (blind judges: R CONTEXT, both).

// unnamedSaying reports whether the verb of saying at token k of s names
// no speaker: it follows "to", or a first-person pronoun.
func unnamedSaying(s *sentence, k int) bool {
	if k == 0 || strings.EqualFold(s.toks[k].text, "according") {
		return false
	}
	p := strings.ToLower(s.toks[k-1].text)
	return p == "to" || firstPersonWords[p] && p != "our"
}

// unsaidFirstPerson reports whether s speaks in the first person outside
// quotation marks and names no act of saying.
func unsaidFirstPerson(s *sentence) bool {
	first := false
	for k, t := range s.toks {
		w := strings.ToLower(t.text)
		if (speechVerbs[w] || reportVerbs[w] || w == "according") && !unnamedSaying(s, k) {
			return false
		}
		// "our planet", "our galaxy": the writer's and every reader's;
		// a speaker's "we" or "I" is somebody's.
		if (t.tag == "PRP" || t.tag == "PRP$") && firstPersonWords[w] && w != "our" && w != "ours" && !quotedAt(s.text, t.start) {
			// "US" is the country, not "us"; "Henry I", "Selim I",
			// "World War I", "Modern Turkish: I. Süleyman" are names:
			// "I" the speaker comes before a verb ("I think").
			if t.text == "US" || t.text == "I" && (k > 0 && startsUpper(s.toks[k-1].text) || k+1 >= len(s.toks) || !isVerbTag(s.toks[k+1].tag) && !strings.HasPrefix(s.toks[k+1].tag, "RB")) {
				continue
			}
			first = true
		}
		// "Our new international survey across 33 countries shows …":
		// the writers' own work, whose authors the learner is not told
		// (set 98, both judges, CONTEXT: "change to 'An international
		// survey'"); not "our planet".
		if w == "our" && !quotedAt(s.text, t.start) && ourWorkAt(s.toks, k) {
			first = true
		}
	}
	return first
}

// ourWorkAt reports whether "our", token k of toks, owns a piece of work
// within its next three words: "our new international survey".
func ourWorkAt(toks []tok, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if ownWorkNouns[strings.ToLower(toks[j].text)] {
			return true
		}
		if !strings.HasPrefix(toks[j].tag, "JJ") && !strings.HasPrefix(toks[j].tag, "NN") && toks[j].tag != "CD" {
			return false
		}
	}
	return false
}

// ownWorkNouns are pieces of work a writer's organisation does.
var ownWorkNouns = set(`survey|surveys|study|studies|research|report|poll|polls|analysis|findings|data|investigation|paper|index|ranking|rankings`)

// A "sentence" with no main clause: "People using live animals as
// targets for sport both here and abroad." and "That the government
// takes seriously the impact of aviation on the environment." are
// answers to questions the article does not print (BBC politics 250;
// blind judges: R GRAMMAR, both). Asked as true or false, or with a
// blank, they state nothing. verbless finds a sentence with no verb
// but a gerund, or one that opens on "That" as a conjunction ("That the
// …", "That it …") and has only the one verb of its "that" clause; the
// item on it is held back.

// verbless reports whether s has no main clause of its own. The tagger
// reads many a past tense as a participle ("law lords ruled against …",
// "as the fire spread …") and a plural's present as a base form ("The
// microorganisms eat …"): only a gerund or none counts as no verb, and
// any other verb tag as a verb.
func verbless(s *sentence) bool {
	verbs := 0
	for _, t := range s.toks {
		if isVerbTag(t.tag) && t.tag != "VBG" || t.text == "'s" || t.text == "’s" {
			verbs++
		}
	}
	if verbs == 0 {
		return true
	}
	o := openingTokens(s)
	if verbs == 1 && o+1 < len(s.toks) && strings.EqualFold(s.toks[o].text, "that") {
		switch n := s.toks[o+1]; {
		case strings.EqualFold(n.text, "the") || strings.EqualFold(n.text, "a") || strings.EqualFold(n.text, "an"),
			n.tag == "PRP" || strings.HasPrefix(n.tag, "NNP"):
			return true
		}
	}
	return false
}

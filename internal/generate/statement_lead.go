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
// maxLeanWords, no final stop, someone's words with no speaker, or
// leaning back itself), where it would answer the statement or another
// proposed item (it holds the statement's fact, or a proposed item asks
// about it), or where the statement has a lead already.

// withStatementLeads is described above.
func (a *article) withStatementLeads(items []item) {
	asked := proposedSentences(items)
	for i := range items {
		it := &items[i]
		if it.q == nil || it.sent == nil || it.rule != "truefalse-true" || it.leanCtx || !strings.HasPrefix(it.q.Prompt, "True or false? ") {
			continue
		}
		c := a.sentenceBefore(it.sent)
		if c == nil || asked[c] || !a.quotableLead(c) || a.contextGivesAway(c, it) {
			continue
		}
		it.q.Prompt = statementLead + c.text + "” " + it.q.Prompt
	}
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

// quotableLead reports whether sentence c may be quoted as a lead: a
// whole sentence of the article, short enough to read before a question,
// a statement of the article's (not a heading, not words to the reader or
// the writer's own), no one's words, with no quotation mark
// of its own that would close the lead early, and not leaning back itself.
func (a *article) quotableLead(c *sentence) bool {
	if !c.usable() || len(strings.Fields(c.text)) > maxLeanWords || !endsSentence(c.text) || imperative(c) || addressesReader(c) || writerSpeaks(c) {
		return false
	}
	// "BORIS JOHNSON is well placed …": a small-caps opening is read in
	// normal case and quoted as written, neither of which suits a lead.
	if c.asWritten() != c.text || strings.ContainsAny(c.text, "“”\"") || speakerlessQuote(c) || quotedSpeech(c) {
		return false
	}
	return !a.quoteLeansBack(c)
}

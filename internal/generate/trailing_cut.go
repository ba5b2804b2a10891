package generate

import (
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// A true statement up to the end of a sentence's main clause. A sentence
// over 35 words is not quoted whole (trueStatement), and in a longer
// article's thin theme such a sentence may be the one that states the
// theme's main fact: "Throughout his life, Teller was known both for his
// scientific ability and his difficult interpersonal relations and
// volatile personality, and is considered one of the inspirations for
// the character Dr. Strangelove …". What follows its main clause is a
// trailing clause that adds a second fact or a comment, set off by a
// comma:
//   - a second verb of the same subject after ", and" ("…, and is
//     considered …", "…, and opened a door …");
//   - a participle ("…, demonstrating the scale of …", "…, selling 4,500
//     copies …").
// Cut there, the main clause is a true statement on its own, in the
// sentence's own words. cutStatement quotes it for a theme still under
// minProposed once no sentence is left to quote whole (fillThin), on the
// bar of any true statement: a central sentence (backboneWorthy) that
// reads alone, not someone's words, not an incidental detail; the clause
// kept has 10 to 35 words, a verb of its own and no bracket or quotation
// left open. A list ("physics, spectroscopy, and surface physics") is
// never cut: the word after ", and" must be a verb.

// maxStatementWords is the most words a true statement quotes.
const maxStatementWords = 35

// mainClause returns sentence s up to the comma before its first
// trailing clause, with a full stop, or "".
func mainClause(s *sentence) string {
	verb := false
	for i := 0; i+1 < len(s.toks); i++ {
		t := s.toks[i]
		switch t.tag {
		case "VBD", "VBZ", "VBP", "MD":
			verb = true
		}
		if t.text != "," || !verb || i < 3 {
			continue
		}
		next := s.toks[i+1]
		trailing := next.tag == "VBG"
		if next.text == "and" && i+2 < len(s.toks) {
			switch s.toks[i+2].tag {
			case "VBD", "VBZ", "VBP", "MD":
				trailing = true
			}
		}
		if !trailing {
			continue
		}
		head := strings.TrimRight(s.text[:t.start], " ")
		if leftOpen(head) || strings.Count(head, `"`)%2 == 1 || strings.Count(head, "“") != strings.Count(head, "”") {
			return ""
		}
		n := 0
		for _, w := range strings.Fields(head) {
			if hasLetterOrDigit(w) {
				n++
			}
		}
		if n < 10 || n > maxStatementWords {
			return ""
		}
		return head + "."
	}
	return ""
}

// cutStatement returns the true statement described above for the most
// central sentence of sents that gives one, or nil.
func (a *article) cutStatement(sents []*sentence, perSent map[int]int, used map[string]bool, ex *existing) *item {
	best, text := bestStatement(sents, perSent, used, ex, func(s *sentence) string {
		if a.statementWords(s) <= maxStatementWords || !backboneWorthy(s) {
			return ""
		}
		if !selfContained(s) && !a.selfResolved(s) || a.incidentalSentence(s) || vagueSubject(s) {
			return ""
		}
		return mainClause(s)
	})
	if best == nil {
		return nil
	}
	return thinTrueItem(best, text)
}

// bestStatement is the highest-scored sentence of sents that a thin
// theme may still quote (usable, not speech, not asked yet) and for which
// textOf gives a statement ("" for none) that no item states already,
// with that statement; nil where none does.
func bestStatement(sents []*sentence, perSent map[int]int, used map[string]bool, ex *existing, textOf func(*sentence) string) (*sentence, string) {
	var best *sentence
	bestText := ""
	for _, s := range sents {
		if !s.usable() || imperative(s) || quotedSpeech(s) || perSent[s.idx] > 0 || used[strconv.Itoa(s.idx)+"|*"] {
			continue
		}
		if best != nil && s.score <= best.score {
			continue
		}
		text := textOf(s)
		if text == "" || ex.hasStatement(s, text) {
			continue
		}
		best, bestText = s, text
	}
	return best, bestText
}

// thinTrueItem is a true statement a thin theme quotes: text is the
// sentence as the statement reads it (cut to its main clause, or with
// its person named), and the explanation quotes the sentence whole.
func thinTrueItem(s *sentence, text string) *item {
	q := &quiz.Question{
		Type:   quiz.TrueFalse,
		Kind:   questionKind(s),
		Prompt: "True or false? " + text,
		Options: []quiz.Option{
			{Text: "True", Correct: true},
			{Text: "False"},
		},
		Explanation: "True. The article says: " + quote(s.text),
	}
	return &item{sent: s, q: q, answer: "True", rule: "truefalse-true", score: 0.45*s.score + 0.2}
}

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
		if t.text != "," && t.text != ";" || !verb || i < 3 {
			continue
		}
		// "…; Cedric and his family had …": a second sentence, unless
		// the semicolon stands in brackets ("(née Bickerstaff; born …)").
		if t.text == ";" && leftOpen(s.text[:t.start]) || t.text == "," && !trailingAfter(s, i) {
			continue
		}
		// "… some scientists but, according to the authors, …": a comma
		// after a conjunction, preposition or article opens an aside
		// inside the clause that word begins; cut there, the statement
		// would end on "but.".
		switch s.toks[i-1].tag {
		case "CC", "IN", "DT", "TO":
			continue
		}
		// "Although … he worked with other orchestras, including …":
		// up to the first comma, a sentence opening on a conjunction is
		// its subordinate clause alone.
		if concessive[strings.ToLower(s.toks[0].text)] && !strings.Contains(s.text[:t.start], ",") {
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

// concessive are the conjunctions a sentence may open its subordinate
// clause on, before its main clause.
var concessive = set(`although|though|while|whilst|whereas|because|if|unless`)

// trailingAfter reports whether the comma at token i opens a trailing
// clause: a participle, a second verb of the same subject after "and", a
// second clause of its own subject after "but" ("…, but his interests
// were …"), or a relative clause on what the main clause ends on ("…, which
// brought her to the attention of …", "…, in which he laid down …").
func trailingAfter(s *sentence, i int) bool {
	next := s.toks[i+1]
	if next.tag == "VBG" {
		return true
	}
	if i+2 >= len(s.toks) {
		return false
	}
	after := s.toks[i+2]
	switch strings.ToLower(next.text) {
	case "and":
		switch after.tag {
		case "VBD", "VBZ", "VBP", "MD":
			return !verbListEnd(s, i)
		}
	case "but":
		return after.tag == "PRP" || after.tag == "PRP$"
	case "which", "where":
		return true
	case "in":
		return after.text == "which"
	}
	return false
}

// verbListEnd reports whether the ", and" at comma i closes a list of
// verb phrases the sentence runs through: "Britain has been slow to
// increase testing, identify a contact-tracing app, …, provide its
// health workers with personal protective equipment (PPE), and require
// people to wear face coverings …" (held-out set 222: cut before its
// last item, the list read as broken to both judges). An earlier comma
// is followed by a verb of the same form as the one after "and" (a plain
// verb is tagged either way in such a list).
func verbListEnd(s *sentence, i int) bool {
	plain := func(tag string) bool { return tag == "VB" || tag == "VBP" }
	form := s.toks[i+2].tag
	for k := 0; k+1 < i; k++ {
		if next := s.toks[k+1].tag; s.toks[k].text == "," && (next == form || plain(next) && plain(form)) {
			return true
		}
	}
	return false
}

// cutStatement returns the true statement described above for the most
// central sentence of sents that gives one, or nil.
func (a *article) cutStatement(sents []*sentence, perSent map[int]int, used map[string]bool, ex *existing) *item {
	best, text := bestStatement(sents, perSent, used, ex, a.cutStatementText)
	if best == nil {
		return nil
	}
	return thinTrueItem(best, text)
}

// cutStatementText is the statement cutStatement quotes of sentence s,
// or "".
func (a *article) cutStatementText(s *sentence) string {
	if a.statementWords(s) <= maxStatementWords || !backboneWorthy(s) {
		return ""
	}
	if a.incidentalSentence(s) || vagueSubject(s) {
		return ""
	}
	head := mainClause(s)
	if head == "" || selfContained(s) || a.selfResolved(s) {
		return head
	}
	// A biography's sentence that opens on "He" or "She", where
	// the pronoun can only mean the subject (subject_pronoun.go),
	// is cut with the subject's name put in.
	r := a.subjectResolved(s)
	if r == "" {
		return ""
	}
	rest := len(s.text) - len(s.toks[0].text)
	return r[:len(r)-rest] + head[len(s.toks[0].text):]
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
		Explanation: statementExplanation(s.text),
	}
	return &item{sent: s, q: q, answer: "True", rule: "truefalse-true", score: 0.45*s.score + 0.2}
}

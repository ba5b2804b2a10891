package generate

import (
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// Short answers that ask for a phrase's complement.
//
// On the blind sets 61 to 72 judges rejected nearly every short answer
// whose blank completes a phrase hung on a noun, and not a clause: "an
// analyst at _____" (the analyst's employer), "talks in _____" (where a
// meeting was held), "a great climax to _____", "feelings as _____",
// "In the case of _____", "Few in _____ believe", and the programme a
// speaker "told _____". What the blank asks is a setting, an employer or
// an audience, and the sentence's fact does not turn on it (TRIVIA), or
// a word of its wording. The short answers they accepted name who acts:
// "_____ say ministers must respond", "_____ will be working on new
// designs", "Millan says that _____ is just behind the United States",
// and on set 48 one that completes the verb itself ("fell within
// _____", the law a death in custody came under).
//
// complementShort reports whether it is a short answer on a name or a
// term (not a figure) whose blank follows a preposition that hangs on
// a noun, a pronoun or an adjective rather than a verb, or follows
// "told", and is not the subject of a clause that a conjunction opens.
// A blank in the lead is left: there the setting is the story's.

// complementShort is described above.
func (a *article) complementShort(it *item) bool {
	if it == nil || it.q == nil || it.q.Type != quiz.Short || it.sp == nil || it.sent == nil {
		return false
	}
	// The lead's setting is the story's ("A group of artists in _____
	// has taken …", accepted by both judges of set 50).
	if it.sp.kind.numeric() || a.leadSentence(it.sent) {
		return false
	}
	s, sp := it.sent, it.sp
	p := prevTok(s, sp.blankStart())
	if p == nil {
		return false
	}
	w := strings.ToLower(p.text)
	// "after _____ criticised": the blank is the subject of a clause
	// a conjunction opens. After a preposition that opens no clause the
	// verb is the larger phrase's ("the round in _____ takes place").
	if n := nextTok(s, sp.end); n != nil && (finiteVerb(n.tag) || n.tag == "MD") && (p.tag != "IN" && p.tag != "TO" || blankClauseOpeners[w]) {
		return false
	}
	if w == "told" {
		return true
	}
	if p.tag != "IN" && p.tag != "TO" || w == "that" || w == "by" || w == "than" || w == "like" {
		return false
	}
	h := prevTok(s, p.start)
	if h == nil {
		// "In _____, …": a fronted setting.
		return true
	}
	switch {
	case strings.HasPrefix(h.tag, "NN"), strings.HasPrefix(h.tag, "JJ"), h.tag == "PRP", h.tag == "CD":
		return true
	}
	return false
}

// blankClauseOpeners are words tagged as prepositions that may open a
// clause whose subject the blank is.
var blankClauseOpeners = set(`after|before|since|until|till|as|because|while|once|although|though|if|unless|whether|that|so|for`)

// markComplementShorts holds back the short answers complementShort
// finds, as incidental: a theme left short takes a true statement in
// their place.
func (a *article) markComplementShorts(items []item) {
	for i := range items {
		if a.complementShort(&items[i]) {
			items[i].incidental = true
		}
	}
}

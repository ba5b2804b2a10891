package generate

import (
	"regexp"
	"strings"
)

// Readers' comments appended after a report, unsigned and with no
// heading: a magazine's ranking reported in five paragraphs, then forty
// readers' comments on it ("What about the …?", "It has to be the …",
// "I'd have put …", "Congratulations to …"). Two things kept such a page
// from being read as a run of opinions (reply_shapes.go).
//
// A comment's passive "said" ("more than can be said for …") was read
// as a report's attribution of speech, and the walk back from the end
// stopped there, in the middle of the comments; and a report's "…?"
// asked the magazine" or "…," it concluded" was not, so that the
// report's last paragraph would have joined the comments. attributesSpeech
// reads both.
//
// And readers who propose what a list left out or should have put first
// write few of the opinions opinionRe knows: their strong marks are
// nominations ("What about …", "How about …", "It has to be …", "… should
// be up there", "I'd have put …", "I too would back …") and verdicts on
// the list ("Congratulations to …", "Utter rubbish", "Surely …", "my
// favourite", "An interesting list"). commentOpinion reads them.

// passiveSaidRe is "said" after a form of "be": not an attribution.
var passiveSaidRe = regexp.MustCompile(`\b(?:be|been|being|is|are|was|were)\s+said\b`)

// quoteVerbRe is a closing quotation followed by a verb of speech other
// than reportedRe's, or by a pronoun and any verb of speech.
var quoteVerbRe = regexp.MustCompile(`[?!,.]["”]\s(?:asked|concluded|explained|insisted|argued|warned|wrote|(?:it|he|she|they)\s(?:said|says|asked|added|concluded|told|explained|wrote))\b`)

// attributesSpeech reports whether p attributes what someone said: a
// report's "said", "told" or "according to" (reportedRe) that is not a
// passive "can be said", or a quotation closed by "asked", "concluded"
// and other verbs of speech.
func attributesSpeech(p string) bool {
	if quoteVerbRe.MatchString(p) {
		return true
	}
	if !reportedRe.MatchString(p) {
		return false
	}
	if !strings.Contains(p, " said") {
		return true
	}
	// Drop the passives and look again.
	return reportedRe.MatchString(passiveSaidRe.ReplaceAllString(p, "passive"))
}

// commentOpinionRe is a reader's nomination or verdict on what was read.
var commentOpinionRe = regexp.MustCompile(`(?i)(?:^(?:what|how) about\b|^(?:it|this|that) (?:has|had) (?:got )?to be\b|\bhas got to be\b|\bshould (?:be|have been) (?:up there|there|on (?:the|that) list|(?:the )?number one|no\.? ?1|top|first|higher|included)\b|\bI(?:'d| would)(?: also| still| have| also have)? (?:put|back|choose|pick|add|vote for|go for|nominate)\b|\bI too\b|\bI(?:'m| am) (?:amazed|astonished|surprised|shocked)\b|\bmy (?:favourite|favorite|vote)\b|^congratulations\b|^utter (?:rubbish|nonsense)\b|^surely\b|(?:^|[.?!]\s)surely\b|^an interesting (?:list|story|read|choice)\b|^has (?:everyone|anyone|nobody) (?:forgot|forgotten)\b)`)

// commentOpinion reports whether p reads as a reader's nomination or
// verdict.
func commentOpinion(p string) bool {
	return commentOpinionRe.MatchString(strings.TrimSpace(p))
}

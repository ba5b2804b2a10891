package generate

import (
	"regexp"
	"strings"
)

// A magazine's opening paragraph, after the hook set in small capitals
// (caps_hook.go), stays with its scene: "A long queue of young men, all
// clutching mobile phones, wait patiently …", "On March 27th the
// Esplanade will close its doors to guests …", "The cancellations
// began: first a trickle, then a tidal wave …". Blind judges of the
// Economist sets accepted as they stood 39% of the verdicts on items
// from the rest of that paragraph in sets 101 to 111 (caps_hook.go), and
// 33% of the 54 verdicts on true statements quoted from it in sets 146
// to 165, against 70% for the true statements of the other paragraphs.
// Some are what the article argues ("History suggests that rapid
// rebounds from enormous output losses are possible …"), so the
// statements are not held back: their score is damped, and a theme
// proposes them where it has too few others.
const hookStatementDamp = 0.5

// capsWordsOpening is an opening in capitals that capsRun leaves as
// written, since it holds a date or a year ("ON MARCH 11TH policymakers
// …", "BY 1927 PEOPLE began …") or closes a quotation ("“MORE EUROPE” is
// the …"): two or more words in capitals, then one in lower case.
var capsWordsOpening = regexp.MustCompile(`^["'“‘]?(?:[A-Z0-9][A-Z0-9’'-]*[”"]?,? ){2,}[a-z]`)

// longCapsWord finds a word of four capitals or more, or an ordinal in
// capitals ("12TH"), which an abbreviation ("US GDP grew …") does not
// have.
var longCapsWord = regexp.MustCompile(`\b(?:[A-Z]{4,}|\d+(?:ST|ND|RD|TH))\b`)

// capsOpening reports whether a paragraph, as written, opens in small
// capitals.
func capsOpening(written string) bool {
	if words, _ := capsRun(written); len(words) > 0 {
		return true
	}
	m := capsWordsOpening.FindString(written)
	return m != "" && longCapsWord.MatchString(m)
}

// hookParagraph reports whether p is one of the article's first three
// paragraphs and opens, as written, in small capitals.
func hookParagraph(p *para) bool {
	return p != nil && p.n <= 3 && capsOpening(p.asWritten())
}

// hookStatement reports whether it is a true statement quoted from the
// paragraph a small-caps hook opens.
func hookStatement(it *item) bool {
	return quotedTrue(it) && it.sent != nil && hookParagraph(it.sent.para)
}

// quotedTrue reports whether it is a true statement quoted from its
// sentence (a false statement made from one keeps its rule).
func quotedTrue(it *item) bool {
	tf, isTrue := isTrueFalse(it)
	return tf && isTrue && strings.HasPrefix(it.rule, "truefalse-true")
}

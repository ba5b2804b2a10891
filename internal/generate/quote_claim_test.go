package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// The BPI's words open on a single mark that the next sentence closes
// before "it said": the card names the BPI instead of copying the mark.
const bpiParagraph = "He urged people to follow his lead and 'dump' brands associated with companies such as eDonkey. The BPI is equally quick to condemn established brands becoming bedfellows with peer to peer networks. 'Networks like eDonkey, Kazaa and Grokster facilitate illegal filesharing. The BPI strongly believes that any reputable company should look carefully at the support they are giving these networks through their advertising revenue,\" it said in a statement."

func TestStrayQuoteAttributed(t *testing.T) {
	x := analyseText(t, bpiParagraph)
	s := sentenceWith(t, x, "facilitate illegal filesharing")
	if !strayQuote(s) {
		t.Fatalf("no stray mark in %q", s.text)
	}
	if got := quoteSpeaker(s); got != "The BPI" {
		t.Fatalf("speaker %q, want %q", got, "The BPI")
	}
	it := item{sent: s, rule: "cloze-card", answer: "illegal filesharing",
		c: &quiz.Card{Front: strings.Replace(s.text, "illegal filesharing", "_____", 1), Back: "illegal filesharing"}}
	items := []item{it}
	x.markIncidental(items, "")
	if items[0].holdBack() {
		t.Error("the attributed card is held back")
	}
	if want := "The BPI says networks like eDonkey, Kazaa and Grokster facilitate _____."; items[0].c.Front != want {
		t.Errorf("front %q, want %q", items[0].c.Front, want)
	}
}

// A quotation no later sentence gives a speaker is held back, its mark
// never copied into a proposed item.
func TestStrayQuoteHeldWithoutSpeaker(t *testing.T) {
	x := analyseText(t, "The BPI is equally quick to condemn established brands becoming bedfellows with peer to peer networks. 'Networks like eDonkey, Kazaa and Grokster facilitate illegal filesharing. Advertisers say they did not know.")
	s := sentenceWith(t, x, "facilitate illegal filesharing")
	if quoteSpeaker(s) != "" {
		t.Errorf("a speaker for %q", s.text)
	}
	items := []item{{sent: s, rule: "truefalse-true", answer: "True", q: &quiz.Question{Prompt: "True or false? " + s.text}}}
	x.markIncidental(items, "")
	if !items[0].holdBack() {
		t.Error("the statement with a stray mark is proposed")
	}
	y := analyseText(t, "'Sport is back,' the minister said at the school. 'It's over for the old rules,' the minister added in the hall. 'It's the company's fault that the rules failed the pupils.")
	if s := sentenceWith(t, y, "Sport is back"); strayQuote(s) {
		t.Errorf("paired marks read as stray: %q", s.text)
	}
	if s := sentenceWith(t, y, "old rules"); strayQuote(s) {
		t.Errorf("paired marks around an apostrophe read as stray: %q", s.text)
	}
	if s := sentenceWith(t, y, "company's fault"); !strayQuote(s) {
		t.Errorf("an apostrophe read as a closing mark: %q", s.text)
	}
}

// "its response was typical" compares with what other companies said,
// sentences away; "typical of the era" says of what.
func TestOutsideComparisonHeld(t *testing.T) {
	x := analyseText(t, "OneTel adverts were spotted on eDonkey this week and its response was typical. The house was typical of the era in which it was built.")
	s := sentenceWith(t, x, "its response was typical")
	if !outsideComparison(s) {
		t.Errorf("no outside comparison in %q", s.text)
	}
	items := []item{{sent: s, rule: "truefalse-true", answer: "True"}}
	x.markIncidental(items, "")
	if !items[0].holdBack() {
		t.Error("the statement leaning on other companies' responses is proposed")
	}
	if s := sentenceWith(t, x, "typical of the era"); outsideComparison(s) {
		t.Errorf("outside comparison in %q", s.text)
	}
}

// "Paul Myers, _____ of Wippit …": a blank over the title in the
// apposition after a name, or over the company it is of; not over what
// the sentence says he believes.
func TestAppositiveTitleBlankHeld(t *testing.T) {
	x := analyseText(t, "Paul Myers, chief executive of Wippit, believes it is time advertisers stopped providing oxygen for companies that support illegal downloading.")
	s := sentenceWith(t, x, "Paul Myers")
	if sp := spanOfSent(t, s, "chief executive"); !appositiveTitleBlank(s, sp) {
		t.Error("the job title is not held")
	}
	if sp := spanOfSent(t, s, "Wippit"); !appositiveTitleBlank(s, sp) {
		t.Error("the company of the title is not held")
	}
	if sp := spanOfSent(t, s, "illegal downloading"); appositiveTitleBlank(s, sp) {
		t.Error("what he believes is held as his title")
	}
}

package generate

import (
	"strings"
	"testing"
)

// bylineColumn is built of the sentences of a column: its standfirst
// names its writer, and its closing note says who he is.
const bylineColumn = "Learning to love broadband\n\n" +
	"We are reaching the point where broadband is a central part of daily life, at least for some, argues technology analyst Bill Thompson.\n\n" +
	"One of the nice things about being a writer is that I rarely have to go to an office to work. I can sit in a café or a library, with or without a wi fi connection, and research and write articles. " +
	"If I am passing through Kings Cross station on my way to a meeting then I can log on from the platform.\n\n" +
	"But just over a week ago I arrived at her house to find that there was no network connection. We checked the cable modem and noticed that it had no power. She called her service provider, and they told her it would be five days before an engineer would show up with a new cable modem.\n\n" +
	"According to Ofcom there were almost four million broadband users in the UK in April 2004, and numbers are climbing fast. There will certainly be five million by the end of the year. Dial up users are switching to broadband.\n\n" +
	"Of course, broadband in the UK is laughably slow compared to other parts of the world. In South Korea, Japan and Hong Kong normal connection speeds are measured in megabits, or millions of bits, a second.\n\n" +
	"Bill Thompson is a regular commentator on the BBC World Service programme Go Digital."

// A column's writer is who wrote it, not what it says: no item blanks
// the name its standfirst ends on ("…, argues technology analyst _____"),
// and none is drafted from its closing author's note, proposed or held.
func TestColumnBylineGivesNoItem(t *testing.T) {
	res := mustGenerate(t, bylineColumn, Options{})
	for _, d := range append(append([]Draft{}, res.Drafts...), res.Held...) {
		if strings.Contains(d.Answer, "Thompson") {
			t.Errorf("item blanks the writer: %q (answer %q)", d.Sentence, d.Answer)
		}
		if strings.HasPrefix(d.Sentence, "Bill Thompson is a regular commentator") {
			t.Errorf("item drafted from the author's note: %q (answer %q)", d.Sentence, d.Answer)
		}
	}
}

// A closing sentence on someone the body speaks of is no author's note,
// nor is a standfirst's name that the body goes on to tell of.
func TestBylineNeedsAWriterTheBodyDoesNotName(t *testing.T) {
	x := analyseText(t, "Museums are changing the way they lend paintings, argues curator Anne Lister.\n\n"+
		"Anne Lister began lending paintings to schools in 1998. Lister says the loans doubled the museum's visitors within three years.\n\n"+
		"The museum now lends two hundred paintings a year to schools across the county.\n\n"+
		"Anne Lister is the author of a history of the museum.")
	for _, s := range x.sents {
		if s.byline {
			t.Errorf("byline: %q", s.text)
		}
		for _, sp := range s.spans {
			if sp.writer {
				t.Errorf("writer: %q in %q", sp.text, s.text)
			}
		}
	}
	y := analyseText(t, bylineColumn)
	last := y.paras[len(y.paras)-1].sents[0]
	if !last.byline {
		t.Errorf("author's note not marked: %q", last.text)
	}
}

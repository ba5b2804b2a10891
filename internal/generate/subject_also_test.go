package generate

import (
	"strings"
	"testing"
)

// kateBushLead is three paragraphs of a short biography (Kate Bush's
// Wikipedia lead): its third paragraph tells a central fact in a sentence
// that opens on "She" and says "also".
const kateBushLead = `Catherine Kate Bush (born 30 July 1958) is an English singer-songwriter, musician and record producer. Her eclectic musical style and idiosyncratic vocal style have made her one of the United Kingdom's most successful solo female performers of the past 30 years.

In 1978, at the age of 19, Bush topped the UK Singles Chart for four weeks with her debut single Wuthering Heights, becoming the first woman to have a UK number one with a self-written song.

During the course of her career, she has been nominated for three Grammy Awards. She is also the first (and to date only) female artist to have Top 5 albums in the UK charts in 5 successive decades.`

func TestAlsoResolvedNamesTheSubject(t *testing.T) {
	a := analyseText(t, kateBushLead)
	var got string
	for _, s := range a.sents {
		if strings.HasPrefix(s.text, "She is also") {
			got = a.alsoResolved(s)
		}
	}
	want := "Bush is the first (and to date only) female artist to have Top 5 albums in the UK charts in 5 successive decades."
	if got != want {
		t.Errorf("alsoResolved = %q, want %q", got, want)
	}
}

// The short biography's one theme quotes the fact with the name put in
// and the "also" left out, and nothing else reads "She".
func TestAlsoStatementFillsShortBiography(t *testing.T) {
	res, err := Generate(kateBushLead, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "True or false? Bush is the first (and to date only) female artist to have Top 5 albums in the UK charts in 5 successive decades."
	found := false
	for _, d := range res.Drafts {
		if d.Question == nil {
			continue
		}
		if strings.Contains(d.Question.Prompt, "She is") || strings.Contains(d.Question.Prompt, " also the first") {
			t.Errorf("statement leans on the sentence before: %q", d.Question.Prompt)
		}
		if d.Proposed && d.Question.Prompt == want {
			found = true
		}
	}
	if !found {
		for _, d := range res.Drafts {
			if d.Question != nil {
				t.Logf("%v %s", d.Proposed, d.Question.Prompt)
			}
		}
		t.Errorf("no proposed %q", want)
	}
}

// "He is also known as …" is a second name, not a second fact: it is not
// read as a statement without its "also".
func TestAlsoResolvedKeepsAlsoKnownAs(t *testing.T) {
	a := analyseText(t, "Josquin des Prez was a Franco-Flemish composer of the Renaissance. He is also known as Josquin Desprez and Latinized as Josquinus Pratensis.")
	for _, s := range a.sents {
		if strings.HasPrefix(s.text, "He is also") {
			if got := a.alsoResolved(s); got != "" {
				t.Errorf("alsoResolved = %q, want none", got)
			}
		}
	}
}

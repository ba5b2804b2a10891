package generate

import (
	"strings"
	"testing"
)

func TestFrontedSubject(t *testing.T) {
	for _, c := range []struct {
		text, old string
		want      bool
	}{
		{"In 1969, she joined the quartet.", "she", true},
		{"While a student in Ribe, he founded a choir.", "he", true},
		{"After his defeat, he retired.", "he", false},              // "his" leans back
		{"There, he met the painters of the day.", "he", false},     // "There" leans back
		{"In Ribe, in 1969, she joined the quartet.", "she", false}, // two phrases
		{"She joined the quartet.", "She", false},                   // not fronted
		{"In 1969, the band joined the tour.", "the", false},
		{"When the long and difficult war in the north ended at last, he returned.", "he", false}, // too long
		{"President of the river board during the early 1960s, she built the dams.", "she", true},
	} {
		if got := frontedSubject(c.text, c.old); got != c.want {
			t.Errorf("frontedSubject(%q, %q) = %v, want %v", c.text, c.old, got, c.want)
		}
	}
}

// A short biography's sentence that puts a phrase of time before its
// "she" gives the fourth card with the name put in for the pronoun.
func TestThinCardFronted(t *testing.T) {
	paras := []string{
		"Marta Kessel (born 1950) is a Danish cellist and teacher, known for her recordings with the Aarhus Quartet.",
		"Kessel grew up in Ribe on the west coast of Denmark. In 1969, she joined the Aarhus Quartet and played the cello in its recordings of Haydn for twenty years.",
		"Kessel taught the cello at the Royal Academy of Music in Copenhagen for twenty years after she left the quartet in 1990.",
	}
	x, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	rankSentences(x.sents)
	title := key("Marta Kessel")
	known := " " + title + " " + key(paras[0]) + " "
	it := x.thinCardNamed(x.sents, nil, known, title)
	if it == nil {
		t.Fatal("no card on the sentence that opens on \"In 1969, she\"")
	}
	kept := x.keepStandAlone([]item{*it})
	if len(kept) != 1 {
		t.Fatalf("the card %q does not read alone", it.c.Front)
	}
	if f := kept[0].c.Front; !strings.HasPrefix(f, "In 1969, Kessel joined _____") || !strings.EqualFold(kept[0].c.Back, "the Aarhus Quartet") && !strings.EqualFold(kept[0].c.Back, "Aarhus Quartet") {
		t.Errorf("card %q → %q, want \"In 1969, Kessel joined _____ …\" → the Aarhus Quartet", f, kept[0].c.Back)
	}
	// A second person named before the pronoun leaves it unresolved.
	y, err := analyse([]string{
		"Marta Kessel (born 1950) is a Danish cellist, known for her recordings with the Aarhus Quartet.",
		"Kessel met Anna Berg in Ribe. In 1969, she joined the Aarhus Quartet.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range y.sents {
		if strings.HasPrefix(s.text, "In 1969") {
			if e, ok := y.frontedResolved(s); ok {
				t.Errorf("frontedResolved(%q) = %v after another woman is named", s.text, e)
			}
		}
	}
}

// The subject's name at birth, in the opening brackets, is the subject:
// a "He" after it still stands for them.
func TestBirthName(t *testing.T) {
	x, err := analyse([]string{
		"Peter Halloran, CC (born Peter Halarin; 3 May 1911 – 9 June 1980) was a Canadian trade unionist and politician. He was secretary of the Garment Workers Union from 1936 to 1950.",
		"Halloran grew up in Winnipeg. Halloran led the Garment Workers Union through two strikes.",
	})
	if err != nil {
		t.Fatal(err)
	}
	var s *sentence
	for _, c := range x.sents {
		if strings.HasPrefix(c.text, "He was secretary") {
			s = c
		}
	}
	if s == nil {
		t.Fatal("sentence not found")
	}
	found := false
	for _, sp := range x.sents[0].spans {
		if strings.Contains(sp.text, "Halarin") {
			found = x.birthName(x.sents[0], sp)
		}
	}
	if !found {
		t.Fatalf("the name after \"(born\" is not read as the subject's own; spans %v", spanTexts(x.sents[0]))
	}
	if got := x.subjectResolved(s); !strings.HasPrefix(got, "Halloran was secretary") {
		t.Errorf("subjectResolved = %q, want the sentence opening on \"Halloran was secretary\"", got)
	}
}

func spanTexts(s *sentence) []string {
	var out []string
	for _, sp := range s.spans {
		out = append(out, sp.text)
	}
	return out
}

// A name the article comes back to, in a sentence of its lead paragraph,
// makes the thin card however low the sentence's centrality: the lead
// states the article's key facts. The same sentence further in does not.
func TestThinCardLeadName(t *testing.T) {
	paras := []string{
		"Marta Kessel (born 1950) is a Danish cellist. She played with the Aarhus Quartet from 1969 to 1990 and taught in Copenhagen.",
		"Kessel grew up in Ribe on the west coast of Denmark. Her first teacher was a church organist in Ribe.",
		"The Aarhus Quartet recorded the quartets of Haydn in the 1970s with Kessel as its cellist.",
	}
	x, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	rankSentences(x.sents)
	title := key("Marta Kessel")
	known := " " + title + " " + key(paras[0]) + " "
	var s *sentence
	for _, c := range x.sents {
		if strings.HasPrefix(c.text, "She played") {
			s = c
		}
	}
	if s == nil {
		t.Fatal("sentence not found")
	}
	var c *cand
	for _, sp := range s.spans {
		if sp.key == "aarhus quartet" {
			c = x.blankableRead(s, sp)
		}
	}
	if c == nil {
		t.Fatalf("no blank on the quartet's name; spans %v", spanTexts(s))
	}
	s.score = 0.3
	if !x.thinCardOK(c, known, title) {
		t.Errorf("a repeated name in the lead paragraph is refused the thin card")
	}
	para := s.para
	s.para = x.sents[len(x.sents)-1].para
	if x.thinCardOK(c, known, title) {
		t.Errorf("a repeated name in a sentence of centrality 0.3 outside the lead makes the thin card")
	}
	s.para = para
}

package generate

import (
	"strings"
	"testing"
)

// A report's turn in which one person is only quoted: every mention of
// him is "Mr Dunmore said" or "said Mr Dunmore". He is where the story
// was heard, not what its paragraphs are about.
const quotedPersonReport = "Mr Dunmore said card thieves now rented hijacked computers to send their fake letters.\n\n" +
	"Last spring one firm counted twice as many zombie machines as the year before, said Mr Dunmore. Thieves pay by the hour for them, he said.\n\n" +
	"\"Nobody writes these programs for fun any more,\" said Mr Dunmore."

// The same turn where the person acts: he is what it is about.
const actingPersonReport = "Mr Dunmore founded a firm that rents out home computers to students.\n\n" +
	"Last spring Mr Dunmore sold the firm to a bank and bought a football club.\n\n" +
	"Mr Dunmore then moved the club to a new ground in the north of the city."

func TestQuotedPersonIsNoThemeTitle(t *testing.T) {
	x := analyseText(t, quotedPersonReport)
	got := x.title([]int{1, 2, 3}, map[string]bool{}, "")
	if strings.Contains(got, "Dunmore") {
		t.Errorf("the theme is titled %q, after the person it quotes", got)
	}
	if testing.Verbose() {
		t.Log(got)
	}
	x = analyseText(t, actingPersonReport)
	if got := x.title([]int{1, 2, 3}, map[string]bool{}, ""); !strings.Contains(got, "Dunmore") {
		t.Errorf("the theme of what Mr Dunmore did is titled %q, not by him", got)
	}
}

func TestSpeakingPerson(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"Mr Dunmore said the thieves were paid.", "Dunmore", true},
		{"The thieves were paid, said Mr Dunmore.", "Dunmore", true},
		{"Jane Dunmore, head of research at a bank, said the thieves were paid.", "Jane Dunmore", true},
		{"Mr Dunmore sold the firm to a bank.", "Dunmore", false},
		{"The bank hired Jane Dunmore, a lawyer, last year.", "Jane Dunmore", false},
	} {
		x := analyseText(t, c.text)
		found := false
		for _, s := range x.sents {
			for _, sp := range s.spans {
				if s.text[sp.start:sp.end] != c.name {
					continue
				}
				found = true
				if got := speakingPerson(sp); got != c.want {
					t.Errorf("speakingPerson(%q in %q) = %v, want %v", c.name, c.text, got, c.want)
				}
			}
		}
		if !found {
			t.Errorf("no span %q in %q", c.name, c.text)
		}
	}
}

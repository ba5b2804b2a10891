package generate

import (
	"strings"
	"testing"
)

// A false statement that swaps the name a sentence opens on keeps the
// sentence's "The" where the name swapped in is written with it. From
// the hunting ban report: "The Countryside Alliance had its latest legal
// bid …" was drafted "RSPCA had its latest legal bid …" where the report
// writes "the RSPCA".
func TestSwapKeepsOpeningThe(t *testing.T) {
	x := analyseText(t, "The Countryside Alliance had its latest legal bid to block the ban thwarted on Wednesday when the Appeal Court ruled the Hunting Act was lawful.\n\n"+
		"The League Against Cruel Sports and the RSPCA say they will monitor the hunts closely for any breaches of the new law.")
	s, sp := spanText(t, x, "had its latest", "Countryside Alliance")
	if !sp.the {
		t.Fatalf("span %q read without its the", sp.text)
	}
	c := x.blankableRead(s, sp)
	if c == nil {
		t.Fatalf("no blank on %q", sp.text)
	}
	c.dis = []option{{text: "RSPCA", key: key("RSPCA"), quality: 1, article: true}}
	it := x.trueFalseSwap(c)
	if it == nil {
		t.Fatal("no swap drafted")
	}
	if want := "True or false? The RSPCA had its latest legal bid"; !strings.HasPrefix(it.q.Prompt, want) {
		t.Errorf("swap = %q, want it to open %q", it.q.Prompt, want)
	}
}

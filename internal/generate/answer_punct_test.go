package generate

import (
	"strings"
	"testing"
)

// TestMoneyAnswerNoComma: a sum followed by the sentence's comma is asked
// without it ("£135", never "£135," on a card's back while the front
// keeps the comma after the blank).
func TestMoneyAnswerNoComma(t *testing.T) {
	x := analyseText(t, "The permit scheme began in 2005.\n\n"+
		"Each permit costs £135, and applicants must also show a valid visa.\n\n"+
		"A larger licence costs $2,400; the council sets the price each year.")
	for _, c := range []struct{ sub, want string }{
		{"Each permit costs", "£135"},
		{"A larger licence", "$2,400"},
	} {
		s := sentenceWith(t, x, c.sub)
		found := false
		for _, sp := range s.spans {
			if sp.kind != kMoney {
				continue
			}
			found = true
			if sp.text != c.want {
				t.Errorf("money span in %q = %q; want %q", s.text, sp.text, c.want)
			}
			if strings.ContainsAny(sp.text[len(sp.text)-1:], ",;:") {
				t.Errorf("answer %q carries the sentence's punctuation", sp.text)
			}
		}
		if !found {
			t.Errorf("no money span in %q", s.text)
		}
	}
}

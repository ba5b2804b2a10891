package generate

import (
	"strings"
	"testing"
)

// TestCardLeavesOutConnective: a cloze card's front leaves out the
// opening "None the less," or "Instead," of its sentence, as a statement
// quoting it does; a card on a sentence without one keeps its front.
func TestCardLeavesOutConnective(t *testing.T) {
	x, err := analyse([]string{
		"The harbour board met on Monday to agree its budget for the repairs to the old quay. " +
			"None the less, many owners believe that the harbour board will close the old quay to fishing boats next winter.",
		"The harbour board published its plan for the old quay on Friday after a long public meeting.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ sent, blank, want string }{
		{"None the less", "old quay", "Many owners believe that the harbour board will close the _____ to fishing boats next winter."},
		{"published its plan", "old quay", ""},
	} {
		var s *sentence
		for _, t := range x.sents {
			if strings.Contains(t.text, c.sent) {
				s = t
			}
		}
		if s == nil {
			t.Fatalf("no sentence with %q", c.sent)
		}
		var sp *span
		for _, o := range s.spans {
			if strings.EqualFold(o.text, c.blank) {
				sp = o
			}
		}
		if sp == nil {
			for _, o := range s.spans {
				t.Logf("span %q", o.text)
			}
			t.Fatalf("no span %q in %q", c.blank, s.text)
		}
		front := s.text[:sp.blankStart()] + blank + s.text[sp.end:]
		want := c.want
		if want == "" {
			want = front
		}
		if got := connectiveDropped(s, sp, front); got != want {
			t.Errorf("connectiveDropped(%q) = %q, want %q", front, got, want)
		}
	}
}

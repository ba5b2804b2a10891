package generate

import "testing"

// The words that say what kind of thing a name is, set off beside it,
// are not blanked; a term the sentence says something of is.
func TestNameDescriptorBlank(t *testing.T) {
	x := analyseText(t, "According to Harbour Data, a research consultancy, the port handled 40,000 containers last year. "+
		"The mayor opened the Tarn Regatta, an annual race for sailing clubs, in July. "+
		"After Norway’s prime minister, Erik Haugen, criticised the plan, the board delayed it. "+
		"The board says a new crane would double the port's container traffic.")
	for _, c := range []struct {
		sub, blank string
		want       bool
	}{
		{"According to Harbour Data", "research consultancy", true},
		{"Tarn Regatta", "annual race", true},
		{"Erik Haugen", "prime minister", true},
		{"new crane", "container traffic", false},
	} {
		s := sentenceWith(t, x, c.sub)
		sp := spanOfSent(t, s, c.blank)
		if got := nameDescriptorBlank(s, sp); got != c.want {
			t.Errorf("%q in %q: %v, want %v", c.blank, s.text, got, c.want)
		}
	}
}

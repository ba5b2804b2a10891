package generate

import "testing"

func TestReaderExample(t *testing.T) {
	x := analyseText(t, "A robot face could make home gadgets easier to use, researchers at a Leeds lab say.\n\n"+
		"You might even be able to ask your fridge whether the milk has gone off before you leave the office. "+
		"But you could soon talk to your heating system as you would to a friend. "+
		"You can add dry straw to the heap when it smells. "+
		"The lab showed its robot face to 40 volunteers in March.")
	for _, c := range []struct {
		sub  string
		want bool
	}{
		{"You might even", true},
		{"But you could soon", true},
		{"You can add dry straw", false},
		{"The lab showed", false},
	} {
		s := sentenceWith(t, x, c.sub)
		if got := readerExample(s); got != c.want {
			t.Errorf("readerExample(%q) = %v, want %v", s.text, got, c.want)
		}
		if _, ok := x.contextEdits(s); c.want && ok {
			t.Errorf("%q reads alone", s.text)
		}
	}
}

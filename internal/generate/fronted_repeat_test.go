package generate

import "testing"

// TestFrontedRestates: a statement opening on a phrase that sums up
// another's fact repeats it; a fronted phrase of time, or one whose words
// the other sentence does not hold, does not.
func TestFrontedRestates(t *testing.T) {
	x, err := analyse([]string{
		"Nora Lind (1904 – 1994) was a Swedish stage director who worked mostly in London. After studying painting and then music, Lind began her career as a designer and then director in Hamburg, working for the Thalia Theatre.",
		"Born in Malmö, Lind first studied to become a painter, before changing course and enrolling to study music at the Malmö Academy. In 1931, Lind moved to London and joined the Old Vic. After the war, Lind directed operas in Paris and Vienna.",
	})
	if err != nil {
		t.Fatal(err)
	}
	after := sentenceWith(t, x, "After studying painting")
	born := sentenceWith(t, x, "Born in Malmö")
	moved := sentenceWith(t, x, "In 1931, Lind moved")
	war := sentenceWith(t, x, "After the war")
	if !x.frontedRestates(after, born) {
		t.Errorf("%q does not restate %q", after.text, born.text)
	}
	if x.frontedRestates(born, after) {
		t.Errorf("%q restates %q: its phrase names a birthplace the other does not", born.text, after.text)
	}
	for _, s := range []*sentence{moved, war} {
		if x.frontedRestates(s, after) || x.frontedRestates(s, born) {
			t.Errorf("%q taken for a restatement", s.text)
		}
	}
	// sameFact holds the two true statements for one fact.
	tx, ty := thinTrueItem(after, after.text), thinTrueItem(born, born.text)
	if !x.sameFact(tx, ty) {
		t.Error("sameFact: the two statements are not one fact")
	}
}

// TestSameStem: words of one stem match, others do not.
func TestSameStem(t *testing.T) {
	for _, c := range []struct {
		w, o string
		want bool
	}{
		{"studying", "studied", true},
		{"architecture", "architect", true},
		{"drama", "drama", true},
		{"painter", "painting", true},
		{"paint", "painting", true},
		{"study", "stadium", false},
		{"career", "carefully", false},
		{"music", "museum", false},
	} {
		if got := sameStem(c.w, c.o); got != c.want {
			t.Errorf("sameStem(%q, %q) = %v, want %v", c.w, c.o, got, c.want)
		}
	}
}

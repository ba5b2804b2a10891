package generate

import "testing"

// TestUnfinishedNotOnly: a "not only" whose second half is left to the
// next sentence needs it; one finished by "but", "also" or "as well"
// does not.
func TestUnfinishedNotOnly(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The harbour board has not only raised the fares this year.", true},
		{"The harbour board has not only raised the fares but cut the winter crossings.", false},
		{"The harbour board has not only raised the fares; it has also cut the winter crossings.", false},
		{"The harbour board has raised the fares, and cut the winter crossings as well.", false},
		{"Not only the fares rose this year.", true},
	} {
		x, err := analyse([]string{c.text})
		if err != nil {
			t.Fatal(err)
		}
		if got := unfinishedNotOnly(x.sents[0]); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
		if c.want && selfContained(x.sents[0]) {
			t.Errorf("%q reads alone", c.text)
		}
	}
}

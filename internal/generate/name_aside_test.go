package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

func TestWithoutNameAsides(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// A ruler's lead: pronunciation, other scripts and language
		// labels, a bracket nested inside, and the life dates.
		{"Aldric II ( /ˈældrɪk/; Old Norse: Aldríkr, Modern Norwegian: Aldrik (Norwegian pronunciation: [ˈɑldrɪk]); 3 May 1201 – 9 June 1263) was the fourth King of Vestmark, from _____ to his death in 1263.",
			"Aldric II was the fourth King of Vestmark, from _____ to his death in 1263."},
		// Another script and a transcription in square brackets.
		{"Pavel Orlov (Russian: Павел Орлов, pronounced [ˈpavʲɪl]; 2 May 1850 – 1911) was a Russian painter, a member of the group known as _____.",
			"Pavel Orlov was a Russian painter, a member of the group known as _____."},
		// A language's label alone.
		{"Jan Kowal (Polish: Jan Kowalski; 1870–1931) was a Polish engraver.", "Jan Kowal was a Polish engraver."},
		// The blank inside the bracket: its date part stays.
		{"Jan Kowal (Polish: Jan Kowalski; _____ – 1931) was a Polish engraver.", "Jan Kowal (_____ – 1931) was a Polish engraver."},
		// Brackets that are no name aside stay.
		{"The firm (founded 1990) made _____ in Leeds (West Yorkshire).", "The firm (founded 1990) made _____ in Leeds (West Yorkshire)."},
		{"The album (Music: Tom Reed) sold _____ copies.", "The album (Music: Tom Reed) sold _____ copies."},
	} {
		if got := withoutNameAsides(c.in); got != c.want {
			t.Errorf("withoutNameAsides(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
}

// The explanation still quotes the article's sentence whole.
func TestDropNameAsidesKeepsExplanation(t *testing.T) {
	s := "Jan Kowal (Polish: Jan Kowalski; 1870–1931) was a Polish _____."
	expl := "The article says: “Jan Kowal (Polish: Jan Kowalski; 1870–1931) was a Polish engraver.”"
	items := []item{
		{q: &quiz.Question{Prompt: "Fill in the blank: “" + s + "”", Explanation: expl}},
		{c: &quiz.Card{Front: s, Back: "engraver"}},
	}
	dropNameAsides(items)
	if got, want := items[0].q.Prompt, "Fill in the blank: “Jan Kowal was a Polish _____.”"; got != want {
		t.Errorf("prompt = %q, want %q", got, want)
	}
	if items[0].q.Explanation != expl {
		t.Errorf("explanation changed: %q", items[0].q.Explanation)
	}
	if got, want := items[1].c.Front, "Jan Kowal was a Polish _____."; got != want {
		t.Errorf("front = %q, want %q", got, want)
	}
}

package generate

import (
	"strings"
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
		// A unit's sign is no other script; a blank in an aside with
		// nothing else to keep keeps the bracket.
		{"Dust finer than 2.5 micrometres (2.5 μm) reaches _____.", "Dust finer than 2.5 micrometres (2.5 μm) reaches _____."},
		{"Ann Berg (Swedish: _____) was a painter.", "Ann Berg (Swedish: _____) was a painter."},
		// A bracket glued to the word after it stays.
		{"The code A (в1900)001 was _____.", "The code A (в1900)001 was _____."},
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

// Through Generate, a ruler's life whose lead bracket nests another: no
// stem, statement or front keeps the pronunciation or the names in
// other languages, and the lead is asked.
func TestGenerateDropsNameAsides(t *testing.T) {
	text := regnalLead + " He is known in the north as Aldric the Just for his book of laws. Aldric became the most feared ruler of the northern seas, presiding over the height of Vestmark's power.\n\n" +
		"In a break with custom, Aldric married a Danish princess. Late in life Aldric wrote down the laws of the realm in one book.\n\n" +
		"Aldric was born in Halden in 1201, the eldest son of the old king. At twelve, young Aldric was sent to the monastery school at Nidaros.\n\n" +
		"Upon succeeding his father in 1225, Aldric began a war against the Danes. In 1230 Aldric made peace with them at Bergen."
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	lead := 0
	for _, d := range append(res.Drafts, res.Held...) {
		f := ""
		if q := d.Question; q != nil {
			f = q.Prompt
		} else if c := d.Card; c != nil {
			f = c.Front
		}
		if strings.Contains(f, "Aldríkr") || strings.Contains(f, "pronunciation") || strings.Contains(f, "ˈ") {
			t.Errorf("item keeps the lead's name aside: %q", f)
		}
		if strings.Contains(f, "Aldric II was the fourth and longest-reigning King of Vestmark") {
			lead++
		}
	}
	if lead == 0 {
		t.Errorf("no item asks the lead's first sentence")
	}
}

// A true statement from a biography's lead quotes it without its
// bracket, the one nested inside it too (here a death date given two
// ways, which no life-dates pattern reads), so that the lead is not too
// long to ask.
func TestStatementTextNestedBracket(t *testing.T) {
	x := analyseText(t, regnalLead+regnalBody)
	got := x.statementText(x.paras[0].sents[0])
	if want := "Aldric II was the fourth and longest-reigning King of Vestmark, from 1225 to his death in 1263."; got != want {
		t.Errorf("statementText = %q, want %q", got, want)
	}
}

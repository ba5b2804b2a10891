package generate

import (
	"strings"
	"testing"
)

// TestPlaceOrOwnerBack: "there", "their" and "its" with nothing before
// them in the sentence to stand for lean on the sentence before and hold
// the sentence back; an existential "there", a plural, a pair of people
// or a group before "their", a thing before "its", and a subject after in
// the same clause leave it standing alone.
func TestPlaceOrOwnerBack(t *testing.T) {
	lead := "Marta Kell took a job at the Orlin Title Company, which printed cards for films."
	for _, c := range []struct {
		text string
		back bool
	}{
		// The failures' shape.
		{"While working there, Kell's talent for drawing became evident, and in 1931 she joined the Brand studio.", true},
		{"Despite a lack of formal training, Kell soon became head of their ink and paint department.", true},
		{"Kell soon ran its paint department and wrote songs.", true},
		// Existential "there", and "there" after a place of its own sentence.
		{"There was no formal training for the work, and Kell learnt it on the job.", false},
		{"Kell moved to Leeds in 1932 and worked there for ten years.", false},
		// "their" after a plural, two people, a group, or before the
		// subject of its clause.
		{"Kell and Dunn won seven awards for their cartoons.", false},
		{"When Dunn died in 1950, the widowed Kell was left to raise their three children.", false},
		{"The studio staff kept their jobs through the strike.", false},
		{"Following their marriage in 1936, the couple had two children.", false},
		// "its" after a thing, or before its clause's subject.
		{"The company sold its printing works in 1935.", false},
		{"At its peak in 1934, the studio employed forty artists.", false},
		// A quotation is the speaker's.
		{`Kell said: "I was happy there."`, false},
	} {
		x, err := analyse([]string{lead + " " + c.text})
		if err != nil {
			t.Fatal(err)
		}
		s := x.sents[len(x.sents)-1]
		if !strings.HasPrefix(c.text, strings.Fields(s.text)[0]) {
			t.Fatalf("sentence split: %q", s.text)
		}
		if got := x.placeOrOwnerBack(s); got != c.back {
			t.Errorf("placeOrOwnerBack(%q) = %v, want %v", s.text, got, c.back)
		}
		if c.back {
			if _, ok := x.contextEdits(s); ok {
				t.Errorf("%q: want the sentence held back", s.text)
			}
		}
	}
}

// TestDescribedPersonNamed: a report that names a person with an office
// in one sentence and goes on with a description of them in the next
// ("The Rowan Party member …", "The 61-year-old …") gets the name, without
// the office, for the description; where the sentence before does not
// open on the person, the sentence is held back.
func TestDescribedPersonNamed(t *testing.T) {
	for _, c := range []struct {
		paras []string
		want  string // the statement; "" for held back
	}{
		{[]string{"Euro MP Ann Rudd Dale has had a bucket of paint thrown over her by a protester in Leeds.",
			"The Rowan Party member was arriving for a radio show when the attacker ran from behind a wall."},
			"Ann Rudd Dale was arriving for a radio show when the attacker ran from behind a wall."},
		{[]string{"Ann Dale has resigned from her party after a row over its budget.",
			"The 61-year-old said she would stand as an independent at the next election."},
			"Ann Dale said she would stand as an independent at the next election."},
		{[]string{"A protester threw a bucket of paint over two guests of a radio show in Leeds.",
			"The Rowan Party member was arriving for the show when the attacker ran from behind a wall."},
			""},
	} {
		x, err := analyse(c.paras)
		if err != nil {
			t.Fatal(err)
		}
		s := x.sents[len(x.sents)-1]
		if _, ok := personDescription(s); !ok {
			t.Errorf("%q: description not read", s.text)
			continue
		}
		got := ""
		if edits, ok := x.contextEdits(s); ok {
			got, _ = applyEdits(s.text, edits)
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", s.text, got, c.want)
		}
	}
	// An office with a name after it, or a thing, is no description.
	x, err := analyse([]string{"Ann Dale left the party.", "The party member John Reed said he would stay.", "The party budget was cut."})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range x.sents[1:] {
		if d, ok := personDescription(s); ok {
			t.Errorf("%q: read %q as a description of a person", s.text, d)
		}
	}
}

// TestOwnerNamed: "their" or "its" standing for the one body the sentence
// before names by its name and kind takes that name; where the sentence
// before names two, or people who may be "they", the sentence is held
// back.
func TestOwnerNamed(t *testing.T) {
	for _, c := range []struct {
		prev string
		want string // the sentence with its edits; "" for held back
	}{
		{"In 1931 Kell joined the Brand and Orme animation studio, which had made the Lark cartoons.",
			"Despite a lack of formal training, Kell soon became head of the Brand and Orme animation studio’s ink and paint department."},
		{"In 1931 Kell left the Brand studio and joined the Orme studio.", ""},
		{"In 1931 Kell met the Orme brothers, and they hired her for the Lark studio.", ""},
	} {
		x, err := analyse([]string{c.prev + " Despite a lack of formal training, Kell soon became head of their ink and paint department."})
		if err != nil {
			t.Fatal(err)
		}
		s := x.sents[len(x.sents)-1]
		got := ""
		if edits, ok := x.contextEdits(s); ok {
			got, _ = applyEdits(s.text, edits)
		}
		if got != c.want {
			t.Errorf("after %q: got %q, want %q", c.prev, got, c.want)
		}
	}
}

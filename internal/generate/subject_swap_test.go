package generate

import "testing"

// A name the sentence opens on, with its verb, is what the sentence is
// about; another organisation the article makes the subject of a clause,
// with another verb, is one to swap for it.
func TestSubjectSwap(t *testing.T) {
	x, err := analyse([]string{
		"Harbour Textiles Ltd bought the old tannery in Leeds in 1921 and turned it into a spinning works.",
		"Two years later Northgate Woollens Ltd opened a rival works across the river from the tannery.",
		"The growth of both firms brought thousands of workers to the city, according to Harbour Textiles Ltd in its report.",
		"A strike at the works of Harbour Textiles Ltd closed the tannery for a month in 1926.",
	})
	if err != nil {
		t.Fatal(err)
	}
	span := func(sub, name string) (*sentence, *span) {
		s := sentenceWith(t, x, sub)
		for _, sp := range s.spans {
			if sp.text == name {
				return s, sp
			}
		}
		t.Fatalf("%q: no span %q", s.text, name)
		return nil, nil
	}
	s, sp := span("bought the old tannery", "Harbour Textiles Ltd")
	if v := subjectVerb(s, sp); v != "bought" {
		t.Errorf("subjectVerb(%q) = %q, want %q", s.text, v, "bought")
	}
	if !x.subjectRole(s, sp.kind, sp.sub, "northgate woollens ltd", "bought") {
		t.Errorf("Northgate Woollens Ltd, the subject of 'opened', not in a comparable role")
	}
	// The same verb said of the other firm: the swap would be true.
	if x.subjectRole(s, sp.kind, sp.sub, "northgate woollens ltd", "opened") {
		t.Errorf("subjectRole with the verb the article says of Northgate Woollens Ltd")
	}
	peers := x.subjectPeers(s, sp, "bought")
	if len(peers) != 1 || peers[0].key != "northgate woollens ltd" {
		t.Errorf("subjectPeers = %v, want Northgate Woollens Ltd alone", peers)
	}
	for _, tc := range []struct {
		x, y string
		want bool
	}{
		{"harbour textiles ltd", "northgate woollens ltd", false},
		{"harbour textiles ltd", "harbour textiles", true},
		{"htl", "harbour textiles ltd", true},
	} {
		if got := x.sameActor(tc.x, tc.y); got != tc.want {
			t.Errorf("sameActor(%q, %q) = %v, want %v", tc.x, tc.y, got, tc.want)
		}
	}
	// Not the subject: a name after a preposition, or one whose clause
	// reports what it said.
	s, sp = span("strike at the works", "Harbour Textiles Ltd")
	if v := subjectVerb(s, sp); v != "" {
		t.Errorf("subjectVerb(%q) = %q, want none", s.text, v)
	}
	s, sp = span("according to Harbour Textiles Ltd", "Harbour Textiles Ltd")
	if v := subjectVerb(s, sp); v != "" {
		t.Errorf("subjectVerb(%q) = %q, want none", s.text, v)
	}
}

// Initials and shared name words mark one actor under two names.
func TestInitialsOf(t *testing.T) {
	for _, tc := range []struct {
		short, long string
		want        bool
	}{
		{"hmc", "harbour mills company", true},
		{"nwu", "the northgate weavers union", true},
		{"bbc", "the board of building control", true},
		{"hm", "northgate weavers", false},
		{"harbour", "harbour mills", false},
	} {
		if got := initialsOf(tc.short, tc.long); got != tc.want {
			t.Errorf("initialsOf(%q, %q) = %v, want %v", tc.short, tc.long, got, tc.want)
		}
	}
}

// A swap of the subject for a peer is proposed; another name swap stays
// held back.
func TestSubjectSwapNotWeak(t *testing.T) {
	a := &article{}
	sp := &span{kind: kOrg, text: "Harbour Textiles Ltd"}
	if a.weakBuild(&item{sp: sp, rule: "truefalse-swap/subject-organisation"}) {
		t.Error("a subject swap held back as weak")
	}
	if !a.weakBuild(&item{sp: sp, rule: "truefalse-swap/organisation"}) {
		t.Error("a name swap in a side role not held back")
	}
}

// TestSubjectSwapThe: an organisation the article writes with "the",
// swapped in for one it writes without, takes its "the" (held-out set
// 229: "Conservative Party has gone back to …").
func TestSubjectSwapThe(t *testing.T) {
	x, err := analyse([]string{
		"Harbour Textiles Ltd bought the old tannery in Leeds in 1921 and turned it into a spinning works.",
		"Two years later the Northgate Woollens Company opened a rival works across the river from the tannery.",
		"The growth of both firms brought thousands of workers to the city, according to Harbour Textiles Ltd in its report.",
	})
	if err != nil {
		t.Fatal(err)
	}
	s := sentenceWith(t, x, "bought the old tannery")
	sw := x.nameSwap(trueItem(s))
	if sw == nil {
		t.Fatalf("no swap of %q", s.text)
	}
	want := "True or false? The Northgate Woollens Company bought the old tannery in Leeds in 1921 and turned it into a spinning works."
	if sw.q.Prompt != want {
		t.Errorf("swap %q, want %q", sw.q.Prompt, want)
	}
}

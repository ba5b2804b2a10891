package generate

import (
	"strings"
	"testing"
)

// leadFactBio is a short biography written for the tests: its lead tells
// what the subject is known for, how she is regarded and her best-known
// work in sentences on "She", "Today she" and "Her".
var leadFactBio = []string{
	"Ilse Varga (3 March 1911 – 9 May 1980) was a Hungarian sculptor and painter who worked mostly in Austria. She is best known for her bronze figures of dancers, most notably the Danube fountain in Linz. Her best-known work is a cycle of reliefs entitled The Four Seasons, which stands in the hall of the Linz town hall.",
	"Today she is regarded as one of the pioneers of modern Austrian sculpture. Varga was taught by her uncle, who is known for his portraits of miners.",
	"Varga was born in Győr, the second of four children of a tailor. Her teacher, Anton Hahn, is considered the founder of the Linz school of sculpture.",
}

// TestLeadFactCard: each lead fact about the subject gives its card, with
// the subject's name for the pronoun; a fact about someone else, or one
// the sentence states of a relative, gives none.
func TestLeadFactCard(t *testing.T) {
	x, err := analyse(leadFactBio)
	if err != nil {
		t.Fatal(err)
	}
	if _, short := x.biographySubject(); short != "Varga" {
		t.Fatalf("subject = %q, want Varga", short)
	}
	want := map[string][2]string{
		"She is best known":      {"What is Ilse Varga best known for?", "Her bronze figures of dancers, most notably the Danube fountain in Linz"},
		"Her best-known work":    {"Varga’s best-known work is a cycle of reliefs entitled _____, which stands in the hall of the Linz town hall.", "The Four Seasons"},
		"Today she is regarded":  {"Today Varga is regarded as one of the pioneers of _____.", "modern Austrian sculpture"},
		"Varga was taught":       {},
		"Her teacher, Anton":     {},
		"Varga was born in Győr": {},
	}
	checkCardTable(t, x, want, x.leadFactCard, func(front string) string { return strings.ReplaceAll(front, "'", "’") })
}

// checkCardTable drafts, for each sentence of x holding a key of want,
// the card draft gives, and checks it against the front and back wanted
// (front as norm reads it), or that there is none where want is empty.
func checkCardTable(t *testing.T, x *article, want map[string][2]string, draft func(*sentence) *item, norm func(string) string) {
	t.Helper()
	for sub, w := range want {
		it := draft(sentenceWith(t, x, sub))
		switch {
		case w[0] == "" && it != nil:
			t.Errorf("%q: drafted %q -> %q", sub, it.c.Front, it.c.Back)
		case w[0] != "" && it == nil:
			t.Errorf("%q: no card", sub)
		case w[0] != "" && (norm(it.c.Front) != w[0] || it.c.Back != w[1]):
			t.Errorf("%q: card %q -> %q, want %q -> %q", sub, it.c.Front, it.c.Back, w[0], w[1])
		}
	}
}

// TestLeadFactComplement: the fact ends at a second clause, and one of
// under two or over thirty words gives no card.
func TestLeadFactComplement(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"her portraits of miners; she also painted.", "her portraits of miners", true},
		{"his comedies, but he wrote tragedies too.", "his comedies", true},
		{"his operas, and he taught singing.", "his operas", true},
		{"realism.", "realism", false},
		{strings.Repeat("word ", 31), "", false},
	}
	for _, c := range cases {
		got, ok := leadComplement(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("leadComplement(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestLeadFactProposed: the one theme of a short biography whose other
// sentences tell its early life proposes a lead-fact card, and keeps
// every item it proposed without it.
func TestLeadFactProposed(t *testing.T) {
	res, err := Generate(strings.Join(leadFactBio, "\n\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range res.Course.Cards {
		if strings.Contains(c.Front, "Varga") && (strings.HasPrefix(c.Front, "What is Ilse Varga") || strings.Contains(c.Front, "_____")) && (c.Back == "The Four Seasons" || c.Back == "modern Austrian sculpture" || strings.HasPrefix(c.Back, "Her bronze figures")) {
			found = true
		}
	}
	if !found {
		for _, q := range res.Course.Questions {
			t.Log("Q", q.Prompt)
		}
		for _, c := range res.Course.Cards {
			t.Log("C", c.Front, "->", c.Back)
		}
		t.Error("no lead-fact card proposed")
	}
}

// TestLeadFactBecame: "became known for" asks what the subject became
// known for, after an opening phrase without a comma; a pronoun after
// "Although" is its own clause's subject and gives no card.
func TestLeadFactBecame(t *testing.T) {
	x, err := analyse([]string{
		"Emil Sorensen (4 June 1908 – 2 May 1990) was a Danish physicist who worked mostly in Copenhagen. In his later years he became widely known for his campaigns against nuclear testing.",
		"Although he was regarded as a shy teacher, Sorensen led the institute for twenty years.",
	})
	if err != nil {
		t.Fatal(err)
	}
	it := x.leadFactCard(sentenceWith(t, x, "In his later years"))
	if it == nil {
		t.Fatal("no card on \"In his later years he became widely known for …\"")
	}
	if want := "What did Emil Sorensen become widely known for?"; it.c.Front != want || it.c.Back != "His campaigns against nuclear testing" {
		t.Errorf("card %q -> %q, want %q -> %q", it.c.Front, it.c.Back, want, "His campaigns against nuclear testing")
	}
	if it := x.leadFactCard(sentenceWith(t, x, "Although he was regarded")); it != nil {
		t.Errorf("drafted %q -> %q from a subordinate clause", it.c.Front, it.c.Back)
	}
}

package generate

import (
	"strings"
	"testing"
)

// TestThinCard: the fourth card of a thin theme blanks a whole noun
// phrase the article repeats, on a sentence that reads alone, and not a
// list member, a phrase the front gives away, a name or a figure.
func TestThinCard(t *testing.T) {
	paras := []string{
		"The Lerne valley was flooded in 1994 when the river broke its banks after a week of storms.",
		"In 1995 the town council of Brelling built a flood barrier along the river at a cost of four million crowns. " +
			"Fishermen in Brelling sold eels, trout and salted pike to traders from the coast in the autumn months. " +
			"The harbour master of Brelling keeps the harbour basin free of silt with a small dredger.",
		"Since 1998 the flood barrier has held back the water in three winters of heavy rain.",
	}
	x, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	known := " " + key("Floods in the Lerne valley") + " " + key(paras[0]) + " "
	ok := map[string]bool{}
	seen := map[string]bool{}
	for _, s := range x.sents {
		for _, sp := range s.spans {
			c := x.blankable(s, sp)
			if c == nil {
				continue
			}
			c.score = 1
			seen[sp.key] = true
			ok[sp.key] = x.thinCardOK(c, known, key("Floods in the Lerne valley"))
		}
	}
	if !seen["flood barrier"] {
		t.Fatalf("no blank on the flood barrier; blanks: %v", seen)
	}
	if !ok["flood barrier"] {
		t.Errorf("the flood barrier, repeated in another paragraph, makes no card: %v", ok)
	}
	for k, v := range ok {
		switch k {
		case "flood barrier":
		default:
			if v {
				t.Errorf("%q makes a thin theme's card; only the repeated noun phrase should", k)
			}
		}
	}
}

func TestFrontGivesAway(t *testing.T) {
	for _, c := range []struct {
		rest, answer string
		want         bool
	}{
		{"The harbour master keeps the _____ free of silt.", "harbour basin", true},
		{"Tourists see the old site as a _____ of the town.", "historical landmark", false},
		{"The historic centre draws tourists to the _____.", "historical site", true},
		{"The council built a _____ along the river.", "flood barrier", false},
	} {
		if got := frontGivesAway(c.rest, c.answer); got != c.want {
			t.Errorf("frontGivesAway(%q, %q) = %v, want %v", c.rest, c.answer, got, c.want)
		}
	}
}

// TestThinCardRepeatedName: a name the article comes back to in another
// paragraph makes the fourth card; the article's own subject, a name
// said once and a member of a list of names do not.
func TestThinCardRepeatedName(t *testing.T) {
	paras := []string{
		"Marta Kessel (born 1950) is a Danish cellist who played for twenty years with the Aarhus Quartet.",
		"Kessel joined the Aarhus Quartet at nineteen, first playing on its 1971 recording of Haydn.",
		"She left the Aarhus Quartet in 1990 and taught in Copenhagen at the Royal Academy of Music.",
		"Kessel recorded with Anna Berg, Lars Holm and the Odense Trio during the following decade.",
	}
	x, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	rankSentences(x.sents)
	title := key("Marta Kessel")
	known := " " + title + " " + key(paras[0]) + " "
	ok := map[string]bool{}
	for _, s := range x.sents {
		for _, sp := range s.spans {
			c := x.blankable(s, sp)
			if c == nil {
				continue
			}
			c.score = 1
			ok[sp.key] = ok[sp.key] || x.thinCardOK(c, known, title)
		}
	}
	if !ok["aarhus quartet"] {
		t.Errorf("the quartet, named in three paragraphs, makes no card: %v", ok)
	}
	for _, k := range []string{"kessel", "marta kessel", "anna berg", "lars holm", "odense trio", "copenhagen"} {
		if ok[k] {
			t.Errorf("%q makes a thin theme's card: %v", k, ok)
		}
	}
}

func TestNameListed(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"Her works include The Long Road, Harbour Lights and Winter.", "The Long Road", true},
		{"She recorded with Anna Berg and Lars Holm in 1990.", "Lars Holm", true},
		{"She recorded with Anna Berg and Lars Holm in 1990.", "Anna Berg", true},
		{"She joined the Aarhus Quartet at nineteen.", "Aarhus Quartet", false},
		{"In 1990, the Aarhus Quartet toured Japan and Korea.", "Aarhus Quartet", false},
		{"The vote included a woman, Sacha Lind, and a boy.", "Sacha Lind", false},
	} {
		x, err := analyse([]string{c.text})
		if err != nil {
			t.Fatal(err)
		}
		s := x.sents[0]
		at := strings.Index(s.text, c.name)
		sp := &span{start: at, end: at + len(c.name)}
		if got := nameListed(s, sp); got != c.want {
			t.Errorf("nameListed(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

// TestThinCardNamed: a biography's sentence that opens on "She" gives
// the fourth card with the subject's name put in; a blank in a relative
// clause about someone else does not.
func TestThinCardNamed(t *testing.T) {
	paras := []string{
		"Marta Kessel (born 1950) is a Danish cellist and teacher, known for her recordings with the Aarhus Quartet.",
		"Kessel grew up in Ribe on the west coast of Denmark. She joined the Aarhus Quartet at nineteen and played the cello in its recordings of Haydn for twenty years.",
		"Kessel taught the cello at the Royal Academy of Music in Copenhagen for twenty years after she left the quartet in 1990.",
	}
	x, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	rankSentences(x.sents)
	title := key("Marta Kessel")
	known := " " + title + " " + key(paras[0]) + " "
	it := x.thinCardNamed(x.sents, nil, known, title)
	if it == nil {
		t.Fatal("no card on the sentence that opens on \"She\"")
	}
	kept := x.keepStandAlone([]item{*it})
	if len(kept) != 1 {
		t.Fatalf("the card %q does not read alone", it.c.Front)
	}
	if f := kept[0].c.Front; !strings.HasPrefix(f, "Kessel joined _____") || !strings.EqualFold(kept[0].c.Back, "the Aarhus Quartet") && !strings.EqualFold(kept[0].c.Back, "Aarhus Quartet") {
		t.Errorf("card %q → %q, want \"Kessel joined _____ …\" → the Aarhus Quartet", f, kept[0].c.Back)
	}
}

func TestInRelativeClause(t *testing.T) {
	for _, c := range []struct {
		text, at string
		want     bool
	}{
		{"Unlike his brother Imre, who worked at the exchange in Budapest, he painted.", "Budapest", true},
		{"The mayor, whose office was in Varo, resigned.", "Varo", true},
		{"The mayor, whose office was in Varo, resigned in Brelling.", "Brelling", false},
		{"She moved to Paris in 1925 and worked for a magazine.", "Paris", false},
	} {
		x, err := analyse([]string{c.text})
		if err != nil {
			t.Fatal(err)
		}
		s := x.sents[0]
		i := strings.Index(s.text, c.at)
		if got := inRelativeClause(s, &span{start: i, end: i + len(c.at)}); got != c.want {
			t.Errorf("inRelativeClause(%q, %q) = %v, want %v", c.text, c.at, got, c.want)
		}
	}
}

package generate

import (
	"strings"
	"testing"
)

// studyBio is a short biography written for the tests: its lead sentence
// runs over sixty words, and its education is told in the shapes
// biographies use, beside a list of schools and a relative's college.
var studyBio = []string{
	"Sir Tomas Edwin Reed (4 May 1850 – 2 June 1920) was an English engraver, printer, mapmaker and teacher best known for his coloured maps of the northern coast produced in partnership with the surveyor Anne Hale, of which the most famous include the Tyne chart, the Wear chart and one of the most widely copied sheets in the history of British printing, the Tees chart.",
	"Reed also wrote a handbook on engraving, a short guide for apprentices with his own drawings. His printing inspired other engravers, including Paul Moss and Jane Kerr. Reed's maps are still sold in the coastal towns.",
	"As a boy, Reed lived in Durham with his parents. He was educated at Hexham from the age of six, then Morpeth Grammar School, and then at Alnwick School, where he drew maps of the castle. He then attended Trinity College Dublin, graduating in 1871. Reed studied at the Royal Academy of Arts for two years. His brother Paul attended Leeds Grammar School. In 1875 Reed opened a print shop in Newcastle.",
}

// TestLongLeadSubject: a biography whose lead sentence runs over sixty
// words still has its subject, read from that sentence.
func TestLongLeadSubject(t *testing.T) {
	x, err := analyse(studyBio)
	if err != nil {
		t.Fatal(err)
	}
	if n := x.sents[0].nWords; n <= 60 {
		t.Fatalf("the lead has %d words, want over 60", n)
	}
	if _, short := x.biographySubject(); short != "Reed" {
		t.Fatalf("subject = %q, want Reed", short)
	}
}

// TestStudyCard: a sentence on the college or academy the subject
// attended gives a card asking which one, by the kind of institution;
// a list of schools, a place with no institution and a relative's school
// give none.
func TestStudyCard(t *testing.T) {
	x, err := analyse(studyBio)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{
		"He then attended Trinity":    {"Which college did Reed attend?", "Trinity College Dublin"},
		"Reed studied at the Royal":   {"At which academy did Reed study?", "Royal Academy of Arts"},
		"He was educated at Hexham":   {},
		"His brother Paul attended":   {},
		"In 1875 Reed opened a print": {},
	}
	checkCardTable(t, x, want, x.studyCard, func(front string) string { return front })
	// Two colleges the subject attended: "Which college" fits both.
	two := append(append([]string{}, studyBio[:2]...), studyBio[2]+" Reed later attended Balliol College, Oxford.")
	y, err := analyse(two)
	if err != nil {
		t.Fatal(err)
	}
	if it := y.studyCard(sentenceWith(t, y, "He then attended Trinity")); it != nil {
		t.Errorf("two colleges: drafted %q -> %q", it.c.Front, it.c.Back)
	}
}

// TestStudyTheme: a biography's theme under four items, whose other
// sentences are a list of schools and a relative's school, proposes the
// card on the college the subject attended.
func TestStudyTheme(t *testing.T) {
	thin := studyBio[0] + "\n\nHis printing inspired other engravers, including Paul Moss and Jane Kerr.\n\n" +
		"As a child, Reed travelled in France with his parents (they settled in Leeds in 1860). " +
		"He was educated at Hexham from the age of six, then Morpeth Grammar School, and then at Alnwick School, where he drew maps of the castle. " +
		"He then attended Trinity College Dublin, graduating in 1871. His brother Paul attended Leeds Grammar School."
	res, err := Generate(thin, Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range res.Course.Cards {
		if strings.HasPrefix(c.Front, "Which college did Reed") {
			found = true
			if c.Back != "Trinity College Dublin" {
				t.Errorf("card %q -> %q", c.Front, c.Back)
			}
		}
	}
	if !found {
		t.Error("no card on the college Reed attended is proposed")
	}
}

// TestCollabCard: the lead's "in partnership with the surveyor Anne Hale"
// gives the card asking which surveyor the subject worked with; a partner
// named with no calling, two partners, and a phrase after another person
// give none.
func TestCollabCard(t *testing.T) {
	x, err := analyse(studyBio)
	if err != nil {
		t.Fatal(err)
	}
	it := x.collabCard(x.sents[0])
	if it == nil || it.c.Front != "With which surveyor did Reed collaborate?" || it.c.Back != "Anne Hale" {
		t.Fatalf("lead: got %+v", it)
	}
	for _, lead := range []string{
		"Tomas Reed (4 May 1850 – 2 June 1920) was an English engraver best known for maps made in partnership with Anne Hale.",
		"Tomas Reed (4 May 1850 – 2 June 1920) was an English engraver best known for maps made in partnership with the surveyors Anne Hale and Paul Moss.",
		"Tomas Reed (4 May 1850 – 2 June 1920) was an English engraver who taught Paul Moss, known for maps made in collaboration with the surveyor Anne Hale.",
	} {
		y, err := analyse([]string{lead, "Reed drew maps. Reed sold maps in Leeds for years."})
		if err != nil {
			t.Fatal(err)
		}
		if _, short := y.biographySubject(); short != "Reed" {
			t.Fatalf("%q: subject %q", lead, short)
		}
		if it := y.collabCard(y.sents[0]); it != nil {
			t.Errorf("%q: drafted %q -> %q", lead, it.c.Front, it.c.Back)
		}
	}
}

// TestJoinCard: "In 1879 he joined the Coast Guard, a volunteer rescue
// service formed …" gives the card asking which volunteer rescue service
// the subject joined in 1879, after a sentence naming the subject late;
// a body with no description after it and a paragraph naming another
// person give none.
func TestJoinCard(t *testing.T) {
	bio := []string{
		studyBio[0],
		"After leaving the college, he meant to work as a printer, but the only place open to Reed was in a shop in York. " +
			"In 1879 he joined the Coast Guard, a volunteer rescue service formed for the northern coast, with which he served until 1890. " +
			"He joined the Durham Guild in 1880.",
		"Reed met the surveyor Paul Moss in Leeds. In 1882 he joined the Tyne Society, a club of mapmakers.",
	}
	x, err := analyse(bio)
	if err != nil {
		t.Fatal(err)
	}
	if _, short := x.biographySubject(); short != "Reed" {
		t.Fatalf("subject %q", short)
	}
	it := x.joinCard(sentenceWith(t, x, "joined the Coast Guard"))
	if it == nil || it.c.Front != "Which volunteer rescue service did Reed join in 1879?" || it.c.Back != "The Coast Guard" {
		t.Fatalf("Coast Guard: got %+v", it)
	}
	for _, sub := range []string{"joined the Durham Guild", "joined the Tyne Society"} {
		if it := x.joinCard(sentenceWith(t, x, sub)); it != nil {
			t.Errorf("%q: drafted %q -> %q", sub, it.c.Front, it.c.Back)
		}
	}
}

// joinSeed is a fuzz seed for joinCard and paraOnlySubject.
const joinSeed = "Tomas Reed (4 May 1850 – 2 June 1920) was an English engraver. Reed drew maps of the coast for many years.\n\n" +
	"After leaving school, he meant to print, but the only place open to Reed was in York. In 1879 he joined the Coast Guard, a volunteer rescue service formed for the coast. He then attended Leeds College, graduating in 1881."

package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A biography's lead with an aside on the birth before "was a" ("Kell,
// born Jakob Keller in Bern, Switzerland, was a …") still says what the
// subject was: its first theme is titled by the role, and the early life
// is left to the theme that tells the birth. A later theme that tells the
// family's moves is "<Subject>'s Family", not a shop or a town named
// once.
func TestFamilyTitleAndBornAside(t *testing.T) {
	x, err := analyse([]string{
		"Jacob Kell (1890–1961), born Jakob Keller in Bern, Switzerland, was a Swiss American film executive who ran the Kell Pictures studio in Chicago for thirty years. Kell's career spanned four decades.",
		"As head of production he worked with his brother Otto Kell on the studio's first sound films. He bought his brothers' shares in 1950 and ran the studio alone.",
		"Kell was feared by many of his employees, but he earned respect for his judgement of scripts and stars.",
		"Jacob Kell was born in Bern in 1890. His parents were farmers from the Emmental who spoke mainly German. He was the third son of Hans Keller, a carpenter, and his wife Anna.",
		"Hans Keller's decision to leave Switzerland in 1893 was inspired by a cousin's letters from Ohio. The family settled first in Toledo, where two more children were born. After three years the parents moved the household to Chicago. There the eldest brother opened a bakery in the market district. The father worked in the bakery until he bought a hardware store.",
		"Kell joined a travelling theatre company at seventeen and toured the Midwest as a singer. He directed his first short film in 1912 and founded the studio in 1918.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if !x.leadDefines() {
		t.Errorf("leadDefines: a lead with a birth aside before \"was a\" is taken for a narrative opening")
	}
	for _, c := range []struct {
		g           []int
		first, last bool
		want        string
	}{
		{[]int{1, 2, 3}, true, false, "Jacob Kell, Film Executive"},
		{[]int{4}, false, false, "Kell's Early Life"},
	} {
		if got := x.lifeStageTitle(c.g, c.first, c.last); got != c.want {
			t.Errorf("lifeStageTitle %v: got %q, want %q", c.g, got, c.want)
		}
	}
	for _, c := range []struct {
		g     []int
		first bool
		want  string
	}{
		{[]int{5}, false, "Kell's Family"},
		{[]int{6}, false, ""},                // his own career: no family
		{[]int{1, 2, 3}, true, ""},           // the lead is titled by the role
		{[]int{1, 2, 3, 4, 5, 6}, false, ""}, // the whole life
	} {
		if got := x.familyTitle(c.g, c.first); got != c.want {
			t.Errorf("familyTitle %v: got %q, want %q", c.g, got, c.want)
		}
	}
}

// A later theme that tells the subject's marriage is "<Subject>'s
// Marriage", not the spouse's name or the town of the wedding.
func TestMarriageTitle(t *testing.T) {
	x, err := analyse([]string{
		"Marta Lindqvist (1901–1980) was a Swedish engineer who designed the first tidal power station on the Baltic coast.",
		"Lindqvist studied engineering in Lund and designed her first turbine in 1924. She joined the state power board in 1930.",
		"In 1932 Lindqvist married the architect Paul Weller in Malmö. The wedding was held in the cathedral. Her husband was twelve years older than she was. The marriage ended in divorce in 1946. She designed turbines for two of his buildings.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := x.familyTitle([]int{3}, false); got != "Lindqvist's Marriage" {
		t.Errorf("marriage theme: got %q, want \"Lindqvist's Marriage\"", got)
	}
	if got := x.familyTitle([]int{2}, false); got != "" {
		t.Errorf("career theme: got %q, want none", got)
	}
}

// A thin theme merged into a neighbour is titled afresh: the merged
// paragraphs take the family title where they tell the family, and lose
// it where the family paragraph took a longer career paragraph.
func TestDescribeFamilyTitle(t *testing.T) {
	x, err := analyse([]string{
		"Jacob Kell (1890–1961), born Jakob Keller in Bern, Switzerland, was a Swiss American film executive who ran the Kell Pictures studio in Chicago for thirty years. Kell's career spanned four decades.",
		"As head of production he worked with Otto Lang on the studio's first sound films. He bought out Lang's share in 1950 and ran the studio alone.",
		"Hans Keller's decision to leave Switzerland in 1893 was inspired by a cousin's letters from Ohio. The family settled first in Toledo, where two more children were born. After three years the parents moved the household to Chicago.",
		"There the eldest brother opened a bakery in the market district. The father worked in the bakery until he bought a hardware store.",
		"Kell joined a travelling theatre company at seventeen and toured the Midwest as a singer. He directed his first short film in 1912 and founded the studio in 1918. The studio made forty films in its first decade. Its westerns were shown across the country. Kell hired the director Ruth Ames in 1921. She made the studio's first feature with sound. Kell sold the studio in 1955.",
	})
	if err != nil {
		t.Fatal(err)
	}
	others := []quiz.Theme{{Slug: "lead", Title: "Jacob Kell, Film Executive", Paragraphs: []int{1, 2}}}
	got := x.describe([]int{3, 4}, quiz.Theme{Slug: "bakery", Title: "Market District", Paragraphs: []int{4}}, others)
	if got.Title != "Kell's Family" {
		t.Errorf("family paragraphs merged: got %q, want \"Kell's Family\"", got.Title)
	}
	got = x.describe([]int{3, 4, 5}, quiz.Theme{Slug: "kells-family", Title: "Kell's Family", Paragraphs: []int{3, 4}}, others)
	if got.Title == "Kell's Family" {
		t.Errorf("a long career paragraph merged into the family theme: still titled %q", got.Title)
	}
}

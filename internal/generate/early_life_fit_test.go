package generate

import (
	"os"
	"strings"
	"testing"
)

// A biography whose lead (four paragraphs on a voyage, its outcome and
// its legacy) does not open by saying what the subject was, and says in
// passing that "details of Vale's early life are unclear", before two
// paragraphs on the birth and the family: the lead is no early life, and
// the theme on the voyage's outcome is not titled by an adjective and a
// noun of one sentence ("Old Spice Trade") where its paragraphs share a
// name. The text is our own, of the shape of a biography that was so
// titled.
func TestEarlyLifeTitleFitsItsParagraphs(t *testing.T) {
	b, err := os.ReadFile("testdata/own-navigator.txt")
	if err != nil {
		t.Fatal(err)
	}
	res := mustGenerate(t, string(b), Options{})
	if len(res.Course.Themes) < 3 {
		t.Fatalf("want three themes, got %d", len(res.Course.Themes))
	}
	for _, th := range res.Course.Themes {
		early := strings.HasSuffix(th.Title, "'s Early Life")
		if early && th.Paragraphs[0] < 5 {
			t.Errorf("theme %v titled %q: its paragraphs tell the voyage, the early life is told in paragraph 5", th.Paragraphs, th.Title)
		}
		if th.Title == "Old Spice Trade" || th.Title == "Definite Consensus" {
			t.Errorf("theme %v titled %q: an adjective and a noun of one sentence", th.Paragraphs, th.Title)
		}
	}
	last := res.Course.Themes[len(res.Course.Themes)-1]
	if last.Paragraphs[0] != 5 || !strings.HasPrefix(last.Title, "Vale's") {
		t.Errorf("last theme %v titled %q, want a title of Vale's early life or family over paragraphs 5-6", last.Paragraphs, last.Title)
	}
}

// tellsEarlyLife: paragraphs before the one that tells the birth are no
// early life, the birth paragraph is.
func TestTellsEarlyLife(t *testing.T) {
	x, err := analyse([]string{
		"Tomás Vale (c. 1470 – c. 1522), a Portuguese navigator, is regarded as the discoverer of Santa Cruz. While details of Vale's early life are unclear, he came from a minor noble house.",
		"Vale led a fleet of thirteen ships to India in 1501. Four of them were lost in a storm.",
		"Vale was born around 1470 in Belmonte. He was the second son of a knight who governed the town's castle.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if x.tellsEarlyLife([]int{1, 2}) {
		t.Errorf("the lead before the birth paragraph is taken for the early life")
	}
	if !x.tellsEarlyLife([]int{3}) {
		t.Errorf("the birth paragraph is not taken for the early life")
	}
	if got := x.possessiveTitle([]int{1, 2}, map[string]bool{}); got == "Vale's Early Life" {
		t.Errorf("possessiveTitle of the lead: got %q", got)
	}
}

// A theme from the birth paragraph on that goes on to tell the career
// (the firm, the studio) is no early life; one that tells the birth, the
// schooling and the studies is.
func TestMostlyEarly(t *testing.T) {
	x, err := analyse([]string{
		"Ada Lind (1841–1898) was an Italian photographer based in Yokohama. She ran the largest studio in the city.",
		"Lind was born in Vicenza. She moved to Japan in 1873.",
		"In Yokohama, Lind formed a partnership with a stationer. Their firm sold maps and guidebooks.",
		"Lind taught herself photography in 1883 and bought a studio in 1885. It employed fifteen colourists.",
		"A fire destroyed her negatives in 1886, and she toured the country to replace them.",
		"Her father was a teacher, and she went to a convent school in Padua. She studied drawing at the academy.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := x.lifeStageTitle([]int{2, 3, 4, 5}, false, false); got == "Lind's Early Life" {
		t.Errorf("lifeStageTitle over the birth and three paragraphs of the career: got %q", got)
	}
	if !x.mostlyEarly([]int{2, 6}) {
		t.Errorf("mostlyEarly: the birth and the schooling are not taken for the early life")
	}
}

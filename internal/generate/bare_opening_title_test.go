package generate

import "testing"

// A short report on a swimmer before a championship race, split in two:
// its opening was titled by the city of the race. The opening takes the
// headline; a title that names the matter stays, and so does every
// title under a heading that is a name, not a sentence.
const swimmerReport = "Anna Hughes faces the hardest race of her career at the world championships in Sydney on Saturday.\n\n" +
	"She failed to finish her last two finals, and critics have asked whether the 27-year-old can still win a medal. " +
	"Her coach Mark Ellis says she must trust the training that made her champion.\n\n" +
	"\"Anna has to forget the last two finals and swim her own race,\" Ellis said. " +
	"\"The pressure comes from outside, and she cannot control it.\"\n\n" +
	"Hughes called her decision to enter the race in Sydney a late one, but she has set herself clear goals. " +
	"Ellis warns her not to chase revenge for the finals she lost.\n\n" +
	"The pool in Sydney is known as one of the slowest in the world, with cold water that tires the arms.\n\n" +
	"Ellis says the cooler water will suit Hughes better than the heat that beat her last summer. " +
	"\"She recovers quickly, and she is fit,\" he said."

func TestBareOpeningTitleTakesHeadline(t *testing.T) {
	x := analyseText(t, swimmerReport)
	g := []int{1, 2, 3, 4}
	x.headline = "Hughes braces for Sydney final"
	for _, bare := range []string{"Sydney", "Anna Hughes", "Pressure", "Thing in Sydney"} {
		if got := x.bareOpeningTitle(g, bare, map[string]bool{}); got != x.headline {
			t.Errorf("bareOpeningTitle(%q) = %q, want the headline", bare, got)
		}
	}
	for _, kept := range []string{"Hughes's Comeback", "Championship Pressure"} {
		if got := x.bareOpeningTitle(g, kept, map[string]bool{}); got != kept {
			t.Errorf("bareOpeningTitle(%q) = %q, want it kept", kept, got)
		}
	}
	if got := x.bareOpeningTitle(g, "Sydney", map[string]bool{"hughes braces for sydney final": true}); got != "Sydney" {
		t.Errorf("bareOpeningTitle with the headline used = %q", got)
	}
	if got := x.bareOpeningTitle([]int{1, 2, 3, 4, 5, 6}, "Sydney", map[string]bool{}); got != "Sydney" {
		t.Errorf("bareOpeningTitle of the whole report = %q", got)
	}
	x.headline = "Anna Hughes"
	if got := x.bareOpeningTitle(g, "Sydney", map[string]bool{}); got != "Sydney" {
		t.Errorf("bareOpeningTitle under a name = %q", got)
	}
	x.headline = ""
	if got := x.bareOpeningTitle(g, "Sydney", map[string]bool{}); got != "Sydney" {
		t.Errorf("bareOpeningTitle without a headline = %q", got)
	}
}

func TestSentenceHeadline(t *testing.T) {
	for h, want := range map[string]bool{
		"Radcliffe tackles marathon tasks":   true,
		"Could rivalry overshadow election?": true,
		"Suleiman the Magnificent":           false,
		"2004: An Irish Athletics Year":      false,
		"Richard “Dick” Turpin":              false,
	} {
		if got := sentenceHeadline(h); got != want {
			t.Errorf("sentenceHeadline(%q) = %v, want %v", h, got, want)
		}
	}
}

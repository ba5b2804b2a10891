package generate

import "testing"

// A theme whose key noun the paragraphs say with one modifier each time
// ("fuel duty", "if fuel duty rises") is titled by the fuller phrase.
func TestModifiedNounTitle(t *testing.T) {
	paras := []string{
		"Fuel duty makes up a large share of the running costs for bus operators. The planned rise of two pence a litre has been put off twice by the Treasury.",
		"If fuel duty does rise again the operators say fares will go up. Several rural routes could close within a year, their association warned.",
		"The association keeps the matter in the trade papers. It says passengers rarely see how much of each fare goes on diesel.",
	}
	a, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	if got := a.modifiedNounTitle([]int{1, 2, 3}, "duty"); got != "Fuel Duty" {
		t.Errorf("modifiedNounTitle = %q, want %q", got, "Fuel Duty")
	}
	// Said once with the modifier: the noun alone stays.
	if got := a.modifiedNounTitle([]int{2, 3}, "duty"); got != "" {
		t.Errorf("modifiedNounTitle over one mention = %q, want none", got)
	}
	// A verb before the noun is no modifier: "we pay duty".
	b, err := analyse([]string{
		"We pay duty on every litre we sell. They pay duty on their stock as well.",
		"The shops say the duty is too high. Their trade body will write to the Treasury.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := b.modifiedNounTitle([]int{1, 2}, "duty"); got != "" {
		t.Errorf("modifiedNounTitle after a pronoun and verb = %q, want none", got)
	}
}

// A theme's title: "Fuel Duty", where the key phrase kept is "duty".
func TestModifiedNounThemeTitle(t *testing.T) {
	a, err := analyse([]string{
		"Fuel duty is a large part of the running costs for coach operators. We keep hearing about an increase of two pence per litre that the chancellor has put off again and again.",
		"If fuel duty does rise we will be dismayed. Several companies could go out of business within a year, the association warned.",
		"The association keeps the matter in the trade papers. It says passengers rarely see how much of each fare goes on diesel.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := a.title([]int{1, 2, 3}, map[string]bool{}, ""); got != "Fuel Duty" {
		t.Errorf("title = %q, want %q", got, "Fuel Duty")
	}
}

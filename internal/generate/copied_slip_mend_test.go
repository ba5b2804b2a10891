package generate

import (
	"strings"
	"testing"
)

// A lead ending on a reporting clause whose plural subject takes a verb
// in -s ("…, new tests shows.") and a modifier said twice ("early in the
// early 20th century") are mended in the statement that quotes them;
// the same slip inside a quotation, or one whose verb's plain form is
// not certain, is not.
func TestCopiedSlipMended(t *testing.T) {
	x := analyseText(t, "Prints made at home last longer than those bought in shops, new tests shows.\n\n"+
		"He first sailed south early in the early 20th century on a ship bound for the Ross Sea.\n\n"+
		"Rising prices pushes many families into debt every winter, a charity says.\n\n"+
		"\"New tests shows that home prints last longer,\" the editor of the magazine said.\n\n"+
		"Prints made at home last longer than those bought in shops, new tests show.")
	for sub, want := range map[string]edit{
		"Prints made at home last longer than those bought in shops, new tests shows": {"tests shows", "tests show"},
		"He first sailed":            {"early in the early", "early in the"},
		"Rising prices pushes":       {},
		"the editor of the magazine": {},
		"shops, new tests show.":     {},
	} {
		s := sentenceWith(t, x, sub)
		var got edit
		for _, e := range grammarEdits(s) {
			got = e
		}
		if got != want {
			t.Errorf("grammarEdits(%q) = %q, want %q", s.text, got, want)
		}
	}
	// The lead quoted as a true statement reads mended, and the
	// statement with a verb not mended is not quoted.
	res, err := Generate("Home prints outlast shop prints\n\n"+
		"Prints made at home last longer than those bought in shops, new tests shows.\n\n"+
		"The tests left 200 prints in sunlight for six months and measured how much their colours faded. "+
		"Home prints kept their colours better than the shop prints did, the testers found, although both faded in the end.", Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	mended := false
	for _, d := range append(res.Drafts, res.Held...) {
		if d.Question == nil {
			continue
		}
		if strings.Contains(d.Question.Prompt, "tests shows") {
			t.Errorf("the slip copied: %q", d.Question.Prompt)
		}
		if strings.Contains(d.Question.Prompt, "new tests show.") {
			mended = true
		}
	}
	if !mended {
		t.Errorf("no item quotes the lead mended")
	}
}

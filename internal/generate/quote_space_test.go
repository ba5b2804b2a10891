package generate

import (
	"strings"
	"testing"
)

// TestQuoteSpaceEdit: a word run into a quotation's opening mark takes its
// space back (straight and curly marks); a closing mark before a letter,
// an inch mark and a quotation already spaced are left.
func TestQuoteSpaceEdit(t *testing.T) {
	x := analyseText(t, "Harbour row\n\n"+
		"The mayor accused the two councillors of\"behaving like children\" at the meeting.\n\n"+
		"The mayor accused the harbour board of“wasting a whole summer” on the plan.\n\n"+
		"The harbour master said the quay was \"safe enough\" for small boats.\n\n"+
		"The new screens measure 15\" across and cost more than the old ones.")
	for sub, want := range map[string]edit{
		"behaving like children": {`of"behaving`, `of "behaving`},
		"wasting a whole summer": {`of“wasting`, `of “wasting`},
		"safe enough":            {},
		"measure 15":             {},
	} {
		s := sentenceWith(t, x, sub)
		got, _ := quoteSpaceEdit(s)
		if got != want {
			t.Errorf("quoteSpaceEdit(%q) = %q, want %q", s.text, got, want)
		}
	}
}

// TestQuoteSpaceReading: the sentence an item quotes reads with the
// space put back.
func TestQuoteSpaceReading(t *testing.T) {
	x, err := analyse([]string{
		"Opposition leader Tom Hale accused council leader Ann Reed and her deputy Jo Lane of\"squabbling like schoolboys\".",
	})
	if err != nil {
		t.Fatal(err)
	}
	text := x.sents[0].text
	got, ok := contextReading(t, x, text)
	if !ok {
		t.Fatalf("held back: %q", text)
	}
	if want := strings.Replace(text, `of"`, `of "`, 1); got != want {
		t.Errorf("%q\n reads %q\n want  %q", text, got, want)
	}
}

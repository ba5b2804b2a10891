package generate

import (
	"strings"
	"testing"
)

// TestBioPraise: a biography's "Reed is still regarded as an important
// figure in …" is held as incidental; "Reed is remembered as a pioneer
// of …" says what she did and is not.
func TestBioPraise(t *testing.T) {
	text := "Ann Reed (1880 – 1950) was an English engineer and the first head of the Leeds Tramways Board.\n\n" +
		"From 1910 Reed led the building of the city's first electric tram line, which opened in 1914. " +
		"She ran the board until 1940 and wrote two books on street railways. " +
		"Reed continues to be regarded as an important figure in English transport history. " +
		"Reed is remembered as a pioneer of electric street railways in the north of England."
	x := analyseText(t, text)
	if s := sentenceWith(t, x, "continues to be regarded"); !x.bioPraise(s) || !x.incidentalSentence(s) {
		t.Errorf("the vague praise is not held: %q", s.text)
	}
	if s := sentenceWith(t, x, "remembered as a pioneer"); x.bioPraise(s) {
		t.Errorf("held as vague praise: %q", s.text)
	}
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Drafts {
		if strings.Contains(d.Sentence, "regarded as an important figure") {
			t.Errorf("%s proposed on the vague praise: %s", d.Rule, promptOf(d))
		}
	}
}

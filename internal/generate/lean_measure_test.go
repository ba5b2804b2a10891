package generate

import "testing"

// "10 times that": an amount the sentence before gave. A demonstrative
// before a noun or a verb is left to the rules before; one that does not
// stand for an amount ("that" after a verb of saying) is no measure.
func TestDemonstrativeMeasureNeedsContext(t *testing.T) {
	x := analyseText(t, "Hauliers fear a rise in fuel duty.\n\n"+
		"A rise of two pence per litre costs a firm about £800 a year for each lorry it runs. "+
		"If you run 20 lorries the rise obviously costs 20 times that. "+
		"The firm spent twice that, the report said. "+
		"Hauliers said that the rise would put many small firms out of business.")
	for _, sub := range []string{"20 times that.", "twice that, the report"} {
		if !needsContext(sentenceWith(t, x, sub)) {
			t.Errorf("%q read as standing alone", sub)
		}
	}
	if needsContext(sentenceWith(t, x, "Hauliers said that the rise")) {
		t.Error("\"said that\" read as a measure of something before")
	}
}

package generate

import (
	"strings"
	"testing"
)

// A time inside a clause hung on the sentence mid-way ("after its
// independence in the 19th century", "which was founded in 1998") is a
// side detail no false statement swaps; the sentence's own time, a
// clause that opens the sentence, a clause a comma has ended and a
// relative clause after "is" are not.
func TestSideClauseTime(t *testing.T) {
	x := analyseText(t, "His good name was restored by the emperor Pedro after the country's independence in the 19th century.\n\n"+
		"The browser was made by a foundation which was started by a software firm in 1998.\n\n"+
		"He returned to Lisbon after 1501 and never sailed again.\n\n"+
		"After the war ended in 1945, the family moved to a farm near the coast.\n\n"+
		"He was reunited with her when he reached the city, and on September 15, 1838, the two were married.\n\n"+
		"The protocol is an international agreement which was drawn up in September 1987.\n\n"+
		"His first successes came in Germany, where conductors promoted his music from the late 1890s.")
	for sub, want := range map[string]bool{
		"His good name":         true,
		"The browser was made":  true,
		"He returned to Lisbon": false,
		"After the war ended":   false,
		"He was reunited":       false,
		"The protocol is":       false,
		"His first successes":   false,
	} {
		s := sentenceWith(t, x, sub)
		got := false
		for _, sp := range s.spans {
			got = got || sideClauseTime(s, sp)
		}
		if got != want {
			t.Errorf("sideClauseTime in %q = %v, want %v", s.text, got, want)
		}
	}
	// No false statement moves the century of the independence; the
	// year of the sentence's own event is swapped.
	y := analyseText(t, "Anselm Varo's good name was restored by the emperor Pedro after the country's independence in the 19th century.\n\n"+
		"The first version of the browser was released by the foundation in the 19th century.")
	for sub, want := range map[string]bool{"Anselm Varo's good name": false, "The first version": true} {
		s := sentenceWith(t, y, sub)
		var sp *span
		for _, o := range s.spans {
			if o.kind == kCentury {
				sp = o
			}
		}
		if sp == nil {
			t.Fatalf("no century in %q", s.text)
		}
		it := y.trueFalseSwap(&cand{s: s, sp: sp, dis: []option{{text: "18th century", key: key("18th century"), quality: 0.8, article: true}}, score: 0.6, dq: 0.8})
		if got := it != nil; got != want {
			t.Errorf("trueFalseSwap in %q drafted = %v, want %v", s.text, got, want)
		}
	}
}

// No draft, question or card, blanks or swaps the time of a clause hung
// on the sentence ("long before the arrival of steamships in the 1840s").
func TestSideClauseTimeDrafts(t *testing.T) {
	res, err := Generate("Anselm Varo\n\n"+
		"Anselm Varo was a Portuguese sea captain and map maker who charted the coast of the Cape Verde islands with four ships.\n\n"+
		"In drawing the first maps of the bay, Varo gave sailors a guide to its shoals long before the arrival of steamships in the 1840s. "+
		"His maps were copied by Dutch and English printers for more than a century.", Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range append(res.Drafts, res.Held...) {
		if !strings.Contains(d.Sentence, "1840s") {
			continue
		}
		if d.Answer == "1840s" || d.Answer == "the 1840s" {
			t.Errorf("a draft tests the side clause's time: %+v %+v", d.Question, d.Card)
		}
	}
}

package generate

import (
	"strings"
	"testing"
)

// A quotation mark standing alone is punctuation: no term holds one, and
// a phrase said once in quotation marks and once without is one term
// (the tagger took "“" for an adjective and "”" for a noun, which made
// the term "“bit rot”" and terms "“" and "”" of their own).
func TestQuotationMarksAreNoTerms(t *testing.T) {
	x, err := analyse([]string{
		"The harbour master warned of what he called “silt creep”, where the channel slowly fills with mud.",
		"Dredging is the only cure for silt creep, the harbour master said.",
		"He said \"silt creep\" had closed two harbours on the coast since 1990.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range x.keys {
		if strings.ContainsAny(k, "“”\"") {
			t.Errorf("term %q holds a quotation mark", k)
		}
	}
	for _, s := range x.sents {
		for _, tk := range s.toks {
			if strings.Trim(tk.text, "“”\"") == "" && tk.tag != "``" && tk.tag != "''" {
				t.Errorf("%q tagged %s in %q", tk.text, tk.tag, s.text)
			}
		}
	}
}

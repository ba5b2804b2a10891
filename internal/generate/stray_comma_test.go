package generate

import (
	"strings"
	"testing"
)

// TestStrayCommaEdit: a single comma between a subject closed by a
// participle phrase and its verb is dropped ("The notice issued on
// Friday, said …"); a comma paired with one before the participle, a
// speaker put after his words, a second participle of a list and a
// comma inside a quotation are left.
func TestStrayCommaEdit(t *testing.T) {
	x := analyseText(t, "Harbour rules tightened\n\n"+
		"The notice issued on Friday, said the harbour master could close the quay at any time.\n\n"+
		"The notice, issued on Friday, said the quay would stay open.\n\n"+
		"The council published its plan on Friday, said Ann Reed.\n\n"+
		"The bill debated in May, passed in June and became law in July.\n\n"+
		"\"The notice issued on Friday, says it all,\" Mr Hale said.\n\n"+
		"The man held by police, officers said, was released without charge.")
	for sub, want := range map[string]edit{
		"could close the quay":    {"Friday, said", "Friday said"},
		"would stay open":         {},
		"said Ann Reed":           {},
		"became law in July":      {},
		"says it all":             {},
		"released without charge": {},
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
}

// TestStrayCommaStatement: through Generate, the statement quoting the
// sentence reads without the stray comma.
func TestStrayCommaStatement(t *testing.T) {
	res, err := Generate("Quay closures allowed\n\n"+
		"Harbour masters may now close a quay in a storm without asking the council first, new rules say.\n\n"+
		"The rules follow a winter in which three boats sank at their moorings. "+
		"The notice issued on Friday, said the harbour master had a duty to warn every owner before a closure. "+
		"Owners who ignore a closure can be fined up to 500 pounds.", Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range res.Drafts {
		if !strings.Contains(d.Sentence, "had a duty to warn") {
			continue
		}
		p := promptOf(d)
		if strings.Contains(p, "Friday,") {
			t.Errorf("stray comma copied: %s", p)
		}
		if strings.Contains(p, "Friday said") {
			found = true
		}
	}
	if !found {
		for _, d := range res.Drafts {
			t.Logf("drafted: %s", promptOf(d))
		}
		t.Error("no item quotes the notice sentence mended")
	}
}

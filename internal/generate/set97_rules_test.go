package generate

import (
	"testing"
)

// An amount with a scale's letters ends its sentence ("… reaching
// $3.32bn. Facebook is also a minefield for brands." was one sentence:
// set 97, both judges).
func TestSplitAfterScale(t *testing.T) {
	a := analyseText(t, "And advertisers pay a lot for that. Facebook reported ad revenue was up 46%, reaching $3.32bn. Facebook is also a minefield for brands. It was priced at £1.8m. But, by 2012, it rose.")
	var got []string
	for _, s := range a.paras[0].sents {
		got = append(got, s.text)
	}
	want := []string{
		"And advertisers pay a lot for that.",
		"Facebook reported ad revenue was up 46%, reaching $3.32bn.",
		"Facebook is also a minefield for brands.",
		"It was priced at £1.8m.",
		"But, by 2012, it rose.",
	}
	if len(got) != len(want) {
		t.Fatalf("sentences %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, got[i], want[i])
		}
	}
}

package generate

import "testing"

// TestTheyWithin: a "they" inside a relative clause on a plural noun
// ("clerks who … files they were not cleared to open") has its
// antecedent in the sentence, which reads alone; a "they" after a verb of
// saying or fearing, one past a comma, one opening the sentence and a
// "them" do not.
func TestTheyWithin(t *testing.T) {
	x := analyseText(t, "Files law tightened\n\n"+
		"Ann Reed is expected to calm critics by saying clerks who opened files they were not cleared to open would face a year in jail.\n\n"+
		"She backed the plan because the police said they would help catch fraudsters.\n\n"+
		"Clerks who open such files, the minister said, know they break the law.\n\n"+
		"They will be fined up to 500 pounds.\n\n"+
		"The new fines worry some wardens who fear they could be too harsh.\n\n"+
		"The rules must ensure the fines reach the councils who are owed them.")
	for sub, want := range map[string]bool{
		"clerks who opened files": true,
		"the police said they":    false,
		"know they break the law": false,
		"They will be fined":      false,
	} {
		if got := selfContained(sentenceWith(t, x, sub)); got != want {
			t.Errorf("selfContained(%q) = %v, want %v", sub, got, want)
		}
	}
}

package quiz

import "testing"

func TestLearnerTitleDropsHeldSuffix(t *testing.T) {
	for in, want := range map[string]string{HeldTitle("Languages"): "Languages", "Languages": "Languages", HeldTitle(""): HeldTitle("")} {
		if got := LearnerTitle(in); got != want {
			t.Errorf("LearnerTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

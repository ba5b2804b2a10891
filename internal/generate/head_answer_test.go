package generate

import "testing"

// TestHeadForm: a place named by a distinctive word and a generic head
// accepts the distinctive word alone (a BBC politics report: "Archbishop
// Desmond Tutu has called for the release of the remaining inmates at
// Guantanamo Bay"), unless the article names something else by it or
// the word describes.
func TestHeadForm(t *testing.T) {
	x := analyseText(t, "Archbishop Desmond Tutu has called for the release of the remaining inmates at Guantanamo Bay and terror suspects detained without trial in the UK. "+
		"He said the detentions were unacceptable.\n\n"+
		"The prisoners were later moved to Belmarsh Prison in London. The Supreme Court in Washington heard the case, and lawyers met at Balliol College and at Balliol Hall.\n\n"+
		"Choe Bu (1454–1504) was a Korean official during the early Joseon Dynasty (1392–1910).")
	for _, tc := range []struct {
		key   string
		typed string
		want  bool
	}{
		{"guantanamo bay", "Guantanamo", true},
		{"belmarsh prison", "Belmarsh", true},
		{"supreme court", "Supreme", false},
		{"balliol college", "Balliol", false},
		{"joseon dynasty", "Joseon", true},
	} {
		sps := x.byKey[tc.key]
		if len(sps) == 0 {
			t.Errorf("%q not found; have %v", tc.key, x.keys)
			continue
		}
		got := x.answerForms(sps[0])
		if accepts(got, tc.typed) != tc.want {
			t.Errorf("%q: %q accepted = %v, want %v; accepted %q", tc.key, tc.typed, !tc.want, tc.want, got)
		}
	}
}

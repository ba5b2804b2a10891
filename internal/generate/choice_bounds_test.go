package generate

import "testing"

// A year blank in a sentence that gives the subject's dates: no option
// after the death nor before the birth the stem states.
func TestDateYearsBoundOptions(t *testing.T) {
	x := analyseText(t, "Tomas Lind (3 May 1850 – 9 June 1921) was a Swedish judge who became mayor of Lund in 1910 and a member of parliament later.")
	s := x.paras[0].sents[0]
	var sp *span
	for _, o := range s.spans {
		if o.text == "1910" {
			sp = o
		}
	}
	if sp == nil || sp.kind != kYear {
		t.Fatalf("no year span 1910 in %q", s.text)
	}
	for opt, want := range map[string]bool{"1905": true, "1920": true, "1922": false, "1925": false, "1840": false} {
		if got := numberOptionOK(s, sp, opt); got != want {
			t.Errorf("option %s: ok = %v, want %v", opt, got, want)
		}
	}
}

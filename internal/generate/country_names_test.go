package generate

import "testing"

// A blank over "the UK" or "the US" accepts the country's other names,
// each with its own article ("Britain", never "the Britain"), and not a
// name the article keeps apart from the answer's.
func TestCountryForms(t *testing.T) {
	for _, tc := range []struct {
		sents      []string
		key        string
		typed, not []string
	}{
		{[]string{
			"About 70,000 people in the UK use sign language every day, a deaf charity says.",
			"The charity wants phone firms to pay for the video calls its members make.",
		}, "uk", []string{"the UK", "UK", "Britain", "Great Britain", "the United Kingdom", "United Kingdom", "the U.K."},
			[]string{"the Britain", "the Great Britain", "England"}},
		// Northern Ireland named: Britain is not the whole UK.
		{[]string{
			"About 70,000 people in the UK use sign language every day, a deaf charity says.",
			"The charity has offices in Northern Ireland and in Wales.",
		}, "uk", []string{"the UK", "the United Kingdom"}, []string{"Britain", "Great Britain"}},
		{[]string{
			"Most of the new phones were sold in the US during the first year, the firm said.",
			"The firm plans to sell the phones in Japan next spring.",
		}, "us", []string{"the US", "America", "the United States", "United States", "the USA", "USA"},
			[]string{"the America", "Americas"}},
		// South America named: "America" is a continent.
		{[]string{
			"Most of the new phones were sold in the US during the first year, the firm said.",
			"The firm plans to sell the phones in South America next spring.",
		}, "us", []string{"the US", "the United States"}, []string{"America"}},
		{[]string{
			"Gordon Brown said Britain needed to take more action on debt relief this year.",
			"The plan will be discussed by finance ministers in London next week.",
		}, "britain", []string{"Britain", "Great Britain", "the UK", "UK", "the United Kingdom"}, []string{"the Britain"}},
	} {
		x, err := analyse(tc.sents)
		if err != nil {
			t.Fatal(err)
		}
		sps := x.byKey[tc.key]
		if len(sps) == 0 {
			t.Errorf("%q not found; have %v", tc.key, x.keys)
			continue
		}
		got := x.answerForms(sps[0])
		for _, s := range tc.typed {
			if !accepts(got, s) {
				t.Errorf("%q: %q refused; accepted %q", tc.sents[1], s, got)
			}
		}
		for _, s := range tc.not {
			if accepts(got, s) {
				t.Errorf("%q: %q accepted; accepted %q", tc.sents[1], s, got)
			}
		}
	}
}

// A town of one word ending in "s" is no plural: "Leeds" accepts neither
// "the Leeds" nor "Leed".
func TestTownInS(t *testing.T) {
	x, err := analyse([]string{
		"The plan was launched on Monday by a charity in Leeds with money from the council.",
		"The charity has 40 staff and works with deaf people across the north.",
	})
	if err != nil {
		t.Fatal(err)
	}
	sps := x.byKey["leeds"]
	if len(sps) == 0 {
		t.Fatalf("Leeds not found; have %v", x.keys)
	}
	got := x.answerForms(sps[0])
	if !accepts(got, "Leeds") {
		t.Errorf("Leeds refused; accepted %q", got)
	}
	for _, s := range []string{"the Leeds", "Leed"} {
		if accepts(got, s) {
			t.Errorf("%q accepted; accepted %q", s, got)
		}
	}
}

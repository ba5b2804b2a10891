package generate

import "testing"

func TestCurrencyOf(t *testing.T) {
	for in, want := range map[string]string{"£4.85": "£", "$499": "$", "40 euros": "euro", "€12m": "€", "12": ""} {
		if got := currencyOf(in); got != want {
			t.Errorf("currencyOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSameCurrencyBlank(t *testing.T) {
	x := analyseText(t, "The adult fare on the island ferry is now £6.20 for a single crossing, and £3.10 for children under twelve. "+
		"The ferry company expects the new boat to cost £4.5m in Britain and $2m more in Canada. "+
		"Fares rose 4% last year, against 2% the year before.")
	cases := []struct {
		sub, blank string
		want       bool
	}{
		{"The adult fare", "£3.10", true},
		{"The adult fare", "£6.20", true},
		{"The ferry company", "£4.5m", false},
		{"Fares rose", "4%", false},
	}
	for _, c := range cases {
		s := sentenceWith(t, x, c.sub)
		sp := cardSpanIn(t, s, c.blank)
		if got := sameCurrencyBlank(s, sp); got != c.want {
			t.Errorf("sameCurrencyBlank(%q) = %v, want %v", c.blank, got, c.want)
		}
	}
}

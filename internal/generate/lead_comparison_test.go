package generate

import (
	"strings"
	"testing"
)

// leadComparisonReport is a short business report written for this
// test, in the shape of a BBC business report: a lead whose comparison
// closes on its base ("from $278m year earlier").
const leadComparisonReport = `Paper sales lift Nordmill profit

Quarterly profits at Swedish paper maker Nordmill rose 48% to $412m (£220m) in the three months to June, from $278m year earlier.

The company, now the largest supplier of newsprint in northern Europe, gained from higher prices for packaging board and a weaker krona. Nordmill said second quarter sales grew 5% to $2.9bn from $2.76bn. Its results were helped by the sale of a forest holding in Finland, which offset a loss at its tissue arm.

Nordmill said on Tuesday that it would close two old mills in Norway. But its pulp business had a harder time, hit by falling demand from China. The firm said pulp earnings before one off items fell 12% as buyers ran down their stocks.

Nordmill's second quarter profits were a little above what analysts had forecast. Its tissue division lost $31m, after a fire at its main plant in Gothenburg stopped production for six weeks. For the first half of the year, Nordmill made a profit of $760m, up 31% on the same period last year, while sales rose 4% to $5.7bn.

Nordmill plans to cut 900 jobs over two years as part of a drive to lower its costs. It has already agreed to pay $40m to settle a dispute with Norwegian unions over the mill closures. The company said it could not yet say how much the cuts would cost, but expected the savings to reach $150m a year by 2008.
`

// TestLeadComparisonNotElliptic: the lead of a report has no sentence
// before it for a comparison to lean on; its closing "year earlier" no
// longer holds back every item on the lead, which now gives one.
func TestLeadComparisonNotElliptic(t *testing.T) {
	res, err := Generate(leadComparisonReport, Options{})
	if err != nil {
		t.Fatal(err)
	}
	const lead = "Quarterly profits at Swedish paper maker Nordmill"
	var got []string
	for _, q := range res.Course.Questions {
		if strings.Contains(q.Prompt, lead) {
			got = append(got, q.Prompt)
		}
	}
	for _, c := range res.Course.Cards {
		if strings.Contains(c.Front, lead) {
			got = append(got, c.Front)
		}
	}
	if len(got) == 0 {
		t.Fatalf("no proposed item on the lead")
	}
}

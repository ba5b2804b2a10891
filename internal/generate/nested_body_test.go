package generate

import (
	"strings"
	"testing"
)

// A report of the shape whose two false statements swapped "EU" and
// "EC": neither swap is plainly false.
const nestedBodyText = "New EU rules give rail travellers a refund when a train is more than an hour late.\n\n" +
	"The European Commission says the rules will apply to every operator, including the cheapest. " +
	"The Rail Operators Group (ROG) claims that neither operators nor travellers were consulted over the changes.\n\n" +
	"Operators fear that the refunds may cover exceptional conditions. " +
	"The EC has launched a campaign in stations to tell travellers about their new rights. " +
	"The EU decided to raise the refunds to stop operators from cancelling trains at short notice."

func TestNestedBody(t *testing.T) {
	x := analyseText(t, nestedBodyText)
	for _, c := range []struct {
		x, y string
		want bool
	}{
		{"eu", "ec", true},
		{"eu", "european commission", true},
		{"ec", "eu", true},
		{"ec", "rail operators group", false},
		{"rog", "eu", false},
	} {
		if got := x.nestedBody(c.x, c.y); got != c.want {
			t.Errorf("nestedBody(%q, %q) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
}

func TestNestedBodySwap(t *testing.T) {
	x := analyseText(t, nestedBodyText)
	tried := 0
	for _, c := range []struct{ sub, k string }{
		{"has launched a campaign", "ec"},
		{"decided to raise", "eu"},
	} {
		s, sp := spanIn(t, x, c.sub, c.k)
		cd := x.blankableRead(s, sp)
		if cd == nil {
			continue
		}
		tried++
		it := x.trueFalseSwap(cd)
		if it == nil {
			continue
		}
		p := it.q.Prompt
		if strings.Contains(p, "EU ") || strings.Contains(p, "EC ") || strings.Contains(p, "European Commission") {
			t.Errorf("a false statement swaps one part of a body for another: %s", p)
		}
	}
	if tried == 0 {
		t.Fatal("no body was a candidate")
	}
}

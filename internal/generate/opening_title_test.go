package generate

import (
	"strings"
	"testing"
)

// The opening theme of a column (its standfirst, the writer working
// anywhere, a friend's broken connection) was titled "Cable Modem", the
// modem of its third paragraph alone: it takes the headline. A title
// whose head word is in two of the opening's paragraphs ("Network
// Connection") stays, and so does every title without a given headline.
func TestOpeningTitleOfOneParagraphTakesHeadline(t *testing.T) {
	_, body, ok := strings.Cut(bylineColumn, "\n\n")
	if !ok {
		t.Fatal("no heading")
	}
	x := analyseText(t, body)
	g := []int{1, 2, 3}
	x.headline = "Learning to love broadband"
	if got := x.openingTitle(g, "Cable Modem", map[string]bool{}); got != "Learning to love broadband" {
		t.Errorf("openingTitle(Cable Modem) = %q, want the headline", got)
	}
	if got := x.openingTitle(g, "Network Connection", map[string]bool{}); got != "Network Connection" {
		t.Errorf("openingTitle(Network Connection) = %q", got)
	}
	if got := x.openingTitle(g[:2], "Office", map[string]bool{}); got != "Office" {
		t.Errorf("openingTitle of two paragraphs = %q", got)
	}
	x.headline = ""
	if got := x.openingTitle(g, "Cable Modem", map[string]bool{}); got != "Cable Modem" {
		t.Errorf("openingTitle without a headline = %q", got)
	}
}

package generate

import (
	"strings"
	"testing"
)

const r54Mowers = `Quiet mowers reach the shops

Electric mowers that make less noise than a dishwasher could soon be on sale in Britain.

The mowers use a small battery and a blade of light plastic. They cut a lawn of 200 square metres on one charge. At the recent Garden Machinery Expo in Leeds mowers with the new blades got their first public showing. Makers hope to sell them from the spring.

Councils want the mowers for their parks. A trial in Bristol found that the mowers cut as well as petrol ones.`

// A blank over the trade show where a product was first shown, named
// once after "At the recent", is held back; a show the article comes
// back to, or one that is the sentence's subject, keeps its blank.
func TestIncidentalVenueBlank(t *testing.T) {
	x := analyseText(t, r54Mowers)
	if !r53Marked(t, x, "first public showing", "garden machinery expo", "Garden Machinery Expo") {
		t.Errorf("a blank over the show where the mowers were first shown is not held back")
	}
	back := strings.Replace(r54Mowers, "Makers hope to sell them from the spring.", "Makers hope to sell them from the spring. The expo drew many buyers.", 1)
	if y := analyseText(t, back); r53Marked(t, y, "first public showing", "garden machinery expo", "Garden Machinery Expo") {
		t.Errorf("a blank over a show the article comes back to is held back")
	}
	subj := strings.Replace(r54Mowers, "At the recent Garden Machinery Expo in Leeds mowers with the new blades got their first public showing.", "The Garden Machinery Expo in Leeds gave mowers with the new blades their first public showing.", 1)
	if y := analyseText(t, subj); r53Marked(t, y, "first public showing", "garden machinery expo", "Garden Machinery Expo") {
		t.Errorf("a blank over a show that is the sentence's subject is held back")
	}
}

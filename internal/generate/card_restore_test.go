package generate

import (
	"strings"
	"testing"
)

// A card held for its blank stays held even where its theme then
// proposes three items: it is kept under the held-back drafts, and the
// theme's note tells the instructor it is short.
func TestHeldCardNotRestoredToThinTheme(t *testing.T) {
	text := "Harbour swimmers face a cold season\n\n" +
		"At the start of the spring, several harbour swimmers had genuine hopes of crossing the bay but come July, a tired and injured Mara Voss was the only swimmer left in the water. " +
		"Voss, the club's captain, swam the crossing alone in four hours. " +
		"She said the cold current had been the hardest part of the swim.\n\n" +
		"The harbour club was founded in 1972 by a group of fishermen. " +
		"It now has 140 members and a boathouse near the pier. " +
		"The club plans a second crossing in September, when the water is warmer."
	res := mustGenerate(t, text, Options{})
	for _, c := range res.Course.Cards {
		if strings.EqualFold(c.Back, "genuine hopes") {
			t.Fatalf("held card put back into a thin theme: %q", c.Front)
		}
	}
	held := false
	for _, d := range res.Held {
		if d.Card != nil && strings.EqualFold(d.Card.Back, "genuine hopes") {
			held = true
		}
	}
	if !held {
		t.Errorf("card over %q not among the held-back drafts", "genuine hopes")
	}
	if len(res.Notes) == 0 {
		t.Errorf("thin theme has no note")
	}
}

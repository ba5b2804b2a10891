package generate

import (
	"strings"
	"testing"
)

// An article about the river delta: a card that blanks "river delta"
// in "slowed the growth of the _____" asks what the whole article is
// about, and the frame gives it.
const topicCardText = "The river delta is a fan of silt and sand where the Arno meets the sea, and it has grown for three thousand years.\n\n" +
	"Farmers drained the marshes of the river delta in the 1800s and planted rice on the new fields. " +
	"Engineers built stone walls along the main channel in 1921 to stop the floods that reached the town each spring.\n\n" +
	"In 2016, dams upstream slowed the growth of the river delta for the first time in a century. " +
	"Scientists from the University of Pisa measured the loss of sand on the beaches every summer.\n\n" +
	"Unfortunately the river delta will not recover soon, as the dams will hold back silt for decades after they are built."

func TestTopicTermBlank(t *testing.T) {
	x := analyseText(t, topicCardText)
	s, sp := spanIn(t, x, "slowed the growth", "river delta")
	if !x.topicTermBlank(sp) {
		t.Error("the article's topic is taken for an answer to learn")
	}
	if s2, sp2 := spanIn(t, x, "stone walls", "stone walls"); x.topicTermBlank(sp2) {
		t.Errorf("a term said once in %q is taken for the topic", s2.text)
	}
	_ = s
	// Said three times in two paragraphs, a phrase is one step's matter.
	y := analyseText(t, "Start a compost heap in a dry corner of the garden.\n\n"+
		"Keep the kitchen scraps in a box. Put the kitchen scraps on the heap each week, and cover the kitchen scraps with leaves.\n\n"+
		"Turn the heap every month so that air reaches the middle.\n\n"+
		"Use the compost on the beds in spring.")
	if _, ysp := spanIn(t, y, "Keep the kitchen scraps", "kitchen scraps"); y.topicTermBlank(ysp) {
		t.Error("a phrase of two paragraphs is taken for the topic")
	}
}

// The science explainer's two cards on "ozone hole" ("… constrained the
// growth of the _____.", "Unfortunately the _____ will not immediately
// disappear …") are no longer drafted.
func TestTopicTermCardExplainer(t *testing.T) {
	res := mustGenerate(t, devArticle(t, "science-explainer.txt"), Options{})
	for _, d := range res.Drafts {
		if c := d.Card; c != nil && d.Proposed && strings.EqualFold(c.Back, "ozone hole") {
			t.Errorf("a card blanks the topic: %s", c.Front)
		}
	}
}

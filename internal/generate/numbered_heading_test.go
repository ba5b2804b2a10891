package generate

import "testing"

// A text of numbered sections pasted without its headline: its first
// line heads the first section, not the article, and is no course
// title; a text whose one numbered line stands alone keeps it.
func TestNumberedSectionsHaveNoHeading(t *testing.T) {
	sections := "1 Passing ferries\n\nThe ferry to Dunmore crosses the estuary twelve times a day in summer.\n\n" +
		"2 Silt and sand\n\nThe channel fills with silt every winter, and the council dredges it each spring.\n\n" +
		"3 The old slipway\n\nThe boats tie up at the old slipway on the north side of the harbour."
	if h, paras := splitArticle(sections); h != "" {
		t.Errorf("heading %q of numbered sections (paragraphs %q)", h, paras)
	}
	one := "1 Harbour Road\n\nThe ferry to Dunmore crosses the estuary twelve times a day in summer.\n\n" +
		"The channel fills with silt every winter, and the council dredges it each spring."
	if h, _ := splitArticle(one); h != "1 Harbour Road" {
		t.Errorf("heading %q, want the first line", h)
	}
}

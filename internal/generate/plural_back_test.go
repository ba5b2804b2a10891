package generate

import "testing"

// A plural pronoun after nothing but one person's name leans on the
// sentence before; after a plural noun, another noun or two people it
// does not.
func TestPluralAfterPersonOnly(t *testing.T) {
	x := analyseText(t, "Local councils in Wales face higher costs for schools and roads this year.\n\n"+
		"Ms Harding has offered them about £2.4bn over the next year.\n\n"+
		"Ms Harding told the councils they would receive about £2.4bn next year.\n\n"+
		"Ms Harding and Mr Price said they would meet the council leaders in March.")
	for sub, want := range map[string]bool{
		"has offered them":  true,
		"told the councils": false,
		"and Mr Price":      false,
	} {
		if got := needsContext(sentenceWith(t, x, sub)); got != want {
			t.Errorf("needsContext(%q) = %v, want %v", sentenceWith(t, x, sub).text, got, want)
		}
	}
}

package generate

import "testing"

func spanKindOf(t *testing.T, text, name string) (kind, bool) {
	t.Helper()
	a, err := analyse([]string{text})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range a.sents {
		for _, o := range s.spans {
			if o.text == name {
				return o.kind, true
			}
		}
	}
	return 0, false
}

// "Penny Little" (a BBC report on the hunting ban): the tagger opens a
// person at "Penny" and takes "Little" for a place; ", who" after the
// name, or "said", is said only of a person. A place before ", which"
// stays a place.
func TestPersonCueAfterASplitName(t *testing.T) {
	for text, name := range map[string]string{
		"But Penny Little, who watched the hunt in Kent, said she had seen foxes killed.": "Penny Little",
		"At the inquiry Penny Little said she had seen foxes killed.":                     "Penny Little",
	} {
		if k, ok := spanKindOf(t, text, name); !ok || k != kPerson {
			t.Errorf("%q in %q: kind %v (found %v), want a person", name, text, k, ok)
		}
	}
	if k, ok := spanKindOf(t, "The hunt met in Little Rock, which lies on the river.", "Little Rock"); ok && k == kPerson {
		t.Errorf("Little Rock taken for a person")
	}
}

package generate

import "testing"

// A name the model typed a place or a body is a person where the report
// also names it by its surname alone, or lists it with a person; the
// surname is then accepted for the full name.
func TestSurnamePeople(t *testing.T) {
	x, err := analyse([]string{
		"Cypriot hurdlers Andreas Pavlides and Eleni Markou have appeared before a tribunal in Nicosia which will decide if their bans should stand.",
		"Pavlides won 110m gold at the 2000 Sydney Olympics, while Markou won silver in the 100m. The hearing took place in Nicosia and Limassol last week.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"andreas pavlides", "eleni markou", "pavlides", "markou"} {
		ms := x.byKey[k]
		if len(ms) == 0 {
			t.Errorf("%q: no span", k)
			continue
		}
		if ms[0].kind != kPerson {
			t.Errorf("%q: kind %v (%s), want person", k, ms[0].kind, ms[0].rule)
		}
	}
	for _, k := range []string{"nicosia", "limassol"} {
		if ms := x.byKey[k]; len(ms) > 0 && ms[0].kind == kPerson {
			t.Errorf("%q: typed a person", k)
		}
	}
	if ms := x.byKey["andreas pavlides"]; len(ms) > 0 {
		forms := x.answerForms(ms[0])
		found := false
		for _, f := range forms {
			if f == "Pavlides" {
				found = true
			}
		}
		if !found {
			t.Errorf("answer forms %q lack the surname", forms)
		}
	}
}

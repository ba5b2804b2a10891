package generate

import "testing"

const initialBio = `Arthur J. Penrose (March 3, 1850 – May 9, 1920) was a Welsh surveyor who mapped the upland valleys of the north.

Penrose was born in Bangor, the son of a quarry clerk. He trained with a railway company and learnt to draw plans before he was twenty.

In 1881 Penrose opened his own office in Chester. His maps of the valleys were printed by the county and sold in every market town.

Penrose retired in 1912 and died at his home eight years later.`

// A middle initial stays inside the name: the biography is titled by
// the full name, and no span is half of it.
func TestMiddleInitialName(t *testing.T) {
	x := analyseText(t, initialBio)
	if got := x.bioTitle(); got != "Arthur J. Penrose" {
		t.Errorf("bioTitle = %q, want %q", got, "Arthur J. Penrose")
	}
	for _, s := range x.sents {
		for _, sp := range s.spans {
			if sp.text == "Arthur J" || sp.text == "J" {
				t.Errorf("span %q splits the name", sp.text)
			}
		}
	}
	res, err := Generate(initialBio, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Course.Course.Title != "Arthur J. Penrose" {
		t.Errorf("course title %q", res.Course.Course.Title)
	}
}

// The article's subject is the name its first sentence opens with.
func TestOpensWith(t *testing.T) {
	x := analyseText(t, initialBio)
	if !x.opensWith("arthur j penrose") {
		t.Error("the first sentence opens with Arthur J. Penrose")
	}
	if x.opensWith("bangor") || x.opensWith("penrose") {
		t.Error("only the opening name is the subject")
	}
}

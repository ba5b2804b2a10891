package generate

import "testing"

// A life told by surname, with the father's full name given twice: the
// course is the subject, named as the first sentence names her.
const bioText = "Maria Anna Lind (3 May 1850 – 9 June 1921) was a Swedish painter of the sea and of fishing boats.\n\n" +
	"Lind was the daughter of Johan Lind, a boat builder in a small harbour town. Johan Lind taught her to draw ships before she could read.\n\n" +
	"In 1872 Lind moved to Stockholm to study at the academy, where she was one of the first women admitted. Her teachers praised her light.\n\n" +
	"Lind's paintings of storms made her name in the 1880s, and Lind travelled to Paris and London to show them.\n\n" +
	"After her father's death, Lind returned to the coast. Johan Lind had left her the boatyard, which she turned into a studio.\n\n" +
	"Lind died in 1921. Her studio is now a museum of her work and of the harbour's boats."

func TestBioTitle(t *testing.T) {
	x := analyseText(t, bioText)
	if got, want := x.courseTitle(), "Maria Lind"; got != want {
		t.Errorf("course title = %q, want %q", got, want)
	}
}

func TestRelativeMention(t *testing.T) {
	x := analyseText(t, "Lind was the daughter of Johan Lind, a boat builder. Her brother, Karl Berg, sailed to Brazil. Anna Holm painted the harbour.")
	for _, c := range []struct {
		name string
		want bool
	}{{"Johan Lind", true}, {"Karl Berg", true}, {"Anna Holm", false}} {
		var sp *span
		for _, s := range x.sents {
			for _, o := range s.spans {
				if o.text == c.name {
					sp = o
				}
			}
		}
		if sp == nil {
			t.Fatalf("no span %q", c.name)
		}
		if got := relativeMention(sp); got != c.want {
			t.Errorf("relativeMention(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

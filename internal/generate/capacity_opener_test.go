package generate

import (
	"strings"
	"testing"
)

// "In the latter capacity", "In this role", "In that post" lean on the
// sentence that names the office: no item of any kind (statement, card,
// choice, blank), proposed or held back, is drafted on such a sentence,
// whether the subject is "he" or named. A guard: the rules already hold
// these back (needsContext reads "latter" and a demonstrative before a
// noun).
func TestCapacityOpenersHeldBack(t *testing.T) {
	text := "Sir Arthur Penrose Hale KCB FRS (4 May 1841 – 9 June 1922) was an English surveyor, explorer and author. " +
		"Hale was treasurer of the Royal Astronomical Society between 1870 and 1885, and later served as the society's president for a further ten years. " +
		"In the latter capacity he was mainly responsible for organising the British Eclipse Expedition of 1898 to Norway, and for starting the career of the astronomer Edward Lane.\n\n" +
		"Hale was born in Stamford in 1841 and joined the Ordnance Survey at the age of sixteen. " +
		"He was made chief surveyor of the Welsh district in 1869. In that post Hale mapped the coal valleys of Glamorgan for the first time. " +
		"He later became keeper of the map room of the British Museum. In this role Hale bought the great atlas collection of the Duke of Sutherland in 1880. " +
		"Hale wrote many books on the history of maps and was knighted in 1896 for his services to geography."
	res, err := Generate(text, Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range append(res.Drafts, res.Held...) {
		n++
		for _, o := range []string{"In the latter capacity", "In that post", "In this role"} {
			if strings.Contains(d.Sentence, o) {
				t.Errorf("%s drafted on %q: %s", d.Rule, o, promptOf(d))
			}
		}
	}
	if n == 0 {
		t.Fatal("nothing drafted")
	}
}

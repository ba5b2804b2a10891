package generate

import (
	"strconv"
	"testing"
)

// A biography's sentence that opens on a long phrase set off by a comma
// before its "she" is quoted as a true statement with the name put in.
func TestFrontedStatement(t *testing.T) {
	x, err := analyse([]string{
		"Marta Kessel (born 1950) is a Danish cellist and teacher, known for her recordings with the Aarhus Quartet.",
		"Kessel grew up in Ribe on the west coast of Denmark. Principal cellist of the Aarhus Quartet during the early 1970s, she recorded some of its best-known albums, including the Haydn quartets and the late Beethoven quartets.",
		"Kessel taught the cello at the Royal Academy of Music in Copenhagen for twenty years after she left the quartet in 1990.",
	})
	if err != nil {
		t.Fatal(err)
	}
	rankSentences(x.sents)
	used := map[string]bool{}
	tr := x.frontedStatement(x.sents, map[int]int{}, used, nil)
	if tr == nil {
		t.Fatal("no statement drafted from the sentence with a long phrase before \"she\"")
	}
	want := "True or false? Principal cellist of the Aarhus Quartet during the early 1970s, Kessel recorded some of its best-known albums, including the Haydn quartets and the late Beethoven quartets."
	if tr.q.Prompt != want {
		t.Errorf("prompt = %q, want %q", tr.q.Prompt, want)
	}
	// The other sentences read alone already or have no fronted phrase:
	// nothing else is drafted.
	used[strconv.Itoa(tr.sent.idx)+"|*"] = true
	if tr := x.frontedStatement(x.sents, map[int]int{}, used, nil); tr != nil {
		t.Errorf("drafted %q", tr.q.Prompt)
	}
}

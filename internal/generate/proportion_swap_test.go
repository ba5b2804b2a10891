package generate

import "testing"

// A count that is one side of a proportion ("Seven in ten islanders") is
// not swapped for another of the article's counts: "seven in six" is
// nonsense on its face, which blind judges rejected (held-out set 352).
// A count standing alone still is.
func TestProportionNotSwapped(t *testing.T) {
	x := analyseText(t, "The ferry firm runs six boats between the town and the island of Mirel. "+
		"Seven in ten islanders use the ferry every week. "+
		"The council received twelve complaints about the winter timetable. "+
		"The old pier has four berths for fishing boats.")
	swap := func(sub string) *item {
		s := sentenceWith(t, x, sub)
		return x.wordCountSwap(trueStatement(s))
	}
	if f := swap("Seven in ten"); f != nil {
		t.Errorf("a side of a proportion swapped: %q", f.q.Prompt)
	}
	if f := swap("twelve complaints"); f == nil {
		t.Error("a count standing alone not swapped")
	}
	for _, c := range []struct {
		stmt string
		want bool
	}{
		{"Seven in ten islanders use the ferry.", true},
		{"Three out of 4 boats are electric.", true},
		{"The firm runs six boats in winter.", false},
	} {
		for _, w := range []string{"ten", "Seven", "Three", "4", "six"} {
			at := indexWord(c.stmt, w)
			if at < 0 {
				continue
			}
			if got := proportionPart(c.stmt, at, at+len(w)); got != c.want {
				t.Errorf("proportionPart(%q, %q) = %v, want %v", c.stmt, w, got, c.want)
			}
		}
	}
}

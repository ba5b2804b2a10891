package generate

import "testing"

// A sentence quoted in an explanation keeps its own quotations as single
// quotation marks: a quotation closing it no longer reads “… ””.
func TestInnerQuotes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`The crowd gasped and cried in horror as the spire fell, Mr. Trimovillas said, adding, “Paris is beheaded.”`,
			`“The crowd gasped and cried in horror as the spire fell, Mr. Trimovillas said, adding, ‘Paris is beheaded.’”`},
		{`Games aimed at "casual players" are set to be even bigger in 2005.`,
			`“Games aimed at ‘casual players’ are set to be even bigger in 2005.”`},
		{`He said ("no") and left.`, `“He said (‘no’) and left.”`},
		{`Kane's work is still a valuable resource.`, `“Kane's work is still a valuable resource.”`},
	} {
		if got := quote(c.in); got != c.want {
			t.Errorf("quote(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

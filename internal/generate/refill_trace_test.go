package generate

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

var refillTrace = flag.String("refill-trace", "", "comma-separated article files: for each theme under four items, what the passes after the ranker held back and which candidates took their place")

// TestRefillTrace drafts each file given and, for every theme left under
// minProposed, prints the items a pass after the ranker held back (and
// which pass), every candidate refillHeld looked at and why it took it
// or not. Run it with
//
//	go test -run TestRefillTrace -v ./internal/generate -args -refill-trace FILE,FILE
func TestRefillTrace(t *testing.T) {
	if *refillTrace == "" {
		t.Skip()
	}
	for _, f := range strings.Split(*refillTrace, ",") {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res, err := Generate(string(b), Options{})
		if err != nil {
			t.Fatal(err)
		}
		heading, paras, sections := SplitSections(string(b))
		a, err := analyse(paras)
		if err != nil {
			t.Fatal(err)
		}
		a.headline = strings.TrimSpace(heading)
		a.course = res.Course.Course.Title
		a.sections = sections
		opts := Options{}.withDefaults()
		opts.courseTitle = res.Course.Course.Title
		fmt.Printf("\n#### %s  %q\n", f, res.Course.Course.Title)
		a.refillTrace = func(s string) { fmt.Println(s) }
		c := &quiz.Course{Course: res.Course.Course}
		a.draftItems(c, opts, res.Course.Themes, a.joinedParts(res.Course.Themes))
	}
}

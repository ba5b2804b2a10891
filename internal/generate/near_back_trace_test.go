package generate

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var nearBackFiles = flag.String("nearback", "", "comma-separated article files: print every phrase the near-back rule acts on")

// TestNearBackTrace prints, for each file of -nearback, every item phrase
// withNearBack names or holds back, over all drafts (-all).
func TestNearBackTrace(t *testing.T) {
	if *nearBackFiles == "" {
		t.Skip()
	}
	defer func() { nearBackTrace = nil }()
	for _, f := range strings.Split(*nearBackFiles, ",") {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		nearBackTrace = func(s *sentence, old, full string, hold bool) {
			k := fmt.Sprintf("%d|%s|%s|%v", s.idx, old, full, hold)
			if seen[k] {
				return
			}
			seen[k] = true
			what := "NAME " + full
			if hold {
				what = "HOLD"
			}
			fmt.Printf("%s\t%q\t%s\t%s\n", f, old, what, s.text)
		}
		if _, err := Generate(string(b), Options{All: true}); err != nil {
			t.Fatal(err)
		}
	}
}

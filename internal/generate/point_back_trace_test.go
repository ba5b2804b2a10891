package generate

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var pointBackFiles = flag.String("pointback", "", "comma-separated article files: print every item the point-back rule acts on")

// TestPointBackTrace prints, for each file of -pointback, every item
// withPointBack mends or holds back, over all drafts (-all).
func TestPointBackTrace(t *testing.T) {
	if *pointBackFiles == "" {
		t.Skip()
	}
	defer func() { pointBackTrace = nil }()
	for _, f := range strings.Split(*pointBackFiles, ",") {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		pointBackTrace = func(s *sentence, shown, old, full string, hold bool) {
			k := fmt.Sprintf("%s|%s|%s|%v", shown, old, full, hold)
			if seen[k] {
				return
			}
			seen[k] = true
			what := fmt.Sprintf("MEND %q", full)
			if hold {
				what = "HOLD"
			}
			fmt.Printf("%s\t%q\t%s\t%s\n", f, old, what, shown)
		}
		if _, err := Generate(string(b), Options{All: true}); err != nil {
			t.Fatal(err)
		}
	}
}

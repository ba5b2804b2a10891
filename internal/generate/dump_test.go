package generate

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var dump = flag.String("dump", "", "print the generated course for a testdata file")

// TestDump prints generated items for reading: go test -run TestDump -dump china-russia.txt
func TestDump(t *testing.T) {
	if *dump == "" {
		t.Skip("no -dump file")
	}
	b, err := os.ReadFile("testdata/" + *dump)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Generate(string(b), Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := res.Course
	fmt.Printf("COURSE %s / %s\n", c.Course.Slug, c.Course.Title)
	for _, th := range c.Themes {
		fmt.Printf("\nTHEME %s %q %v\n  summary: %s\n", th.Slug, th.Title, th.Paragraphs, th.Summary)
		for _, d := range res.Drafts {
			if d.Theme != th.Slug {
				continue
			}
			if q := d.Question; q != nil {
				fmt.Printf("  Q %s [%s %s %s %.2f] %s\n", q.ID, q.Type, q.Kind, d.Rule, d.Score, q.Prompt)
				var opts []string
				for _, o := range q.Options {
					m := ""
					if o.Correct {
						m = "*"
					}
					opts = append(opts, m+o.Text)
				}
				if len(opts) > 0 {
					fmt.Printf("      options: %s\n", strings.Join(opts, " | "))
				}
				if len(q.Answers) > 0 {
					fmt.Printf("      answers: %s\n", strings.Join(q.Answers, " | "))
				}
			} else {
				fmt.Printf("  C %s [%s %.2f] %s  =>  %s\n", d.Card.ID, d.Rule, d.Score, d.Card.Front, d.Card.Back)
			}
		}
	}
}

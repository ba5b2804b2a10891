package generate

import (
	"flag"
	"fmt"
	"os"
	"sort"
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

var dumpThemes = flag.Bool("themes", false, "print the themes of the development articles")

var measure = flag.Bool("measure", false, "print what each rule contributes on the testdata articles")

// TestMeasure prints, per article, the candidate answers each rule found or
// retyped, how the final kinds compare with the NER model's labels, and the
// items each rule produced: go test -run TestMeasure -measure
func TestMeasure(t *testing.T) {
	if !*measure {
		t.Skip("no -measure")
	}
	for _, name := range articles {
		text := mustRead(t, name)
		x := a(t, name)
		rules := map[string]int{}
		agree, disagree, nerMissed, nerOnly := 0, 0, 0, 0
		var fixes []string
		for _, s := range x.sents {
			for _, sp := range s.spans {
				rules[sp.kind.String()+"/"+sp.rule]++
				if !sp.kind.proper() {
					continue
				}
				var run []tok
				for _, tk := range s.toks {
					if tk.start >= sp.start && tk.end <= sp.end {
						run = append(run, tk)
					}
				}
				l := majorityLabel(run)
				want := map[string]kind{"PERSON": kPerson, "GPE": kPlace, "LOCATION": kPlace, "GSP": kPlace, "ORGANIZATION": kOrg, "FACILITY": kName}[l]
				switch {
				case l == "":
					nerMissed++
				case want == sp.kind:
					agree++
				default:
					disagree++
					fixes = append(fixes, fmt.Sprintf("%s:%s→%s", sp.text, l, sp.kind))
				}
				if sp.rule == "ner" {
					nerOnly++
				}
			}
		}
		res, err := Generate(text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		items := map[string]int{}
		for _, d := range res.Drafts {
			items[d.Rule]++
		}
		fmt.Printf("\n== %s: %d paragraphs, %d themes, %d questions, %d cards\n", name, len(res.Course.Paragraphs), len(res.Course.Themes), len(res.Course.Questions), len(res.Course.Cards))
		fmt.Printf("spans by kind/rule: %v\n", sorted(rules))
		fmt.Printf("proper names: NER label agrees %d, rules retyped %d, NER had no label %d, typed by NER label alone %d\n", agree, disagree, nerMissed, nerOnly)
		fmt.Printf("retyped: %s\n", strings.Join(fixes, "; "))
		fmt.Printf("items by rule: %v\n", sorted(items))
	}
}

func sorted(m map[string]int) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var b strings.Builder
	for _, k := range ks {
		fmt.Fprintf(&b, "%s=%d ", k, m[k])
	}
	return b.String()
}

package generate

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

var thinTrace = flag.String("thin-trace", "", "comma-separated article files: why each sentence of each theme gives no proposed item")

// TestThinTrace prints, theme by theme, each sentence with its centrality,
// what keeps it from a true statement quoted whole, and the drafts made
// from it; then the reasons counted over the sentences that give no
// proposed item in a theme under four: go test -run TestThinTrace -v ./internal/generate -args
// -thin-trace FILE,FILE
func TestThinTrace(t *testing.T) {
	if *thinTrace == "" {
		t.Skip()
	}
	reasons := map[string]int{}
	for _, f := range strings.Split(*thinTrace, ",") {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res, err := Generate(string(b), Options{})
		if err != nil {
			t.Fatal(err)
		}
		_, paras, _ := SplitSections(string(b))
		a, _ := analyse(paras)
		a.course = res.Course.Course.Title
		fmt.Printf("\n#### %s  %q\n", f, res.Course.Course.Title)
		for _, th := range res.Course.Themes {
			n := 0
			taken := map[string]string{}
			for _, d := range append(append([]Draft{}, res.Drafts...), res.Held...) {
				if d.Theme != th.Slug {
					continue
				}
				if d.Proposed {
					n++
				}
				st := "held:" + d.held
				if d.Proposed {
					st = "PROP"
				} else if d.held == "" {
					st = fmt.Sprintf("below(%.2f)", d.Score)
				}
				taken[d.Sentence] += " " + st + "/" + d.Rule
			}
			sents := a.sentencesOf(th.Paragraphs)
			rankSentences(sents)
			fmt.Printf("\n== %q ¶%v words=%d proposed=%d\n", th.Title, th.Paragraphs, a.words(th.Paragraphs), n)
			for _, s := range sents {
				var why []string
				if !s.usable() {
					why = append(why, "unusable")
				} else {
					if quotedSpeech(s) && !onlyShortQuotes(s) {
						why = append(why, "quote")
					}
					if a.statementWords(s) > 35 {
						why = append(why, "long")
					}
					if s.nWords < 10 {
						why = append(why, "short")
					}
					if len(s.spans) == 0 {
						why = append(why, "nospans")
					}
					if s.score < 0.35 {
						why = append(why, fmt.Sprintf("lowscore%.2f", s.score))
					} else if s.score < 0.5 && s.para.n != 1 {
						why = append(why, fmt.Sprintf("notbackbone%.2f", s.score))
					}
					if !selfContained(s) && !a.selfResolved(s) && a.subjectResolved(s) == "" {
						why = append(why, "context")
					}
					if _, ok := a.contextEdits(s); !ok {
						why = append(why, "noedit-"+contextRule(a, s))
					}
					if vagueSubject(s) {
						why = append(why, "vague")
					}
					if a.incidentalSentence(s) || a.shareMove(s) {
						why = append(why, "incidental")
					}
				}
				tk := taken[s.text]
				// Counted over the themes under four proposed items only.
				if !strings.Contains(tk, "PROP") && n < minProposed {
					for _, w := range why {
						w = strings.TrimRight(w, "0123456789.")
						reasons[w]++
					}
					if len(why) == 0 && tk == "" {
						reasons["NONE-unexplained"]++
					}
				}
				fmt.Printf("  [%.2f] %v %s :: %.90s\n", s.score, why, tk, s.text)
			}
		}
	}
	var ks []string
	for k := range reasons {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Printf("REASON %s %d\n", k, reasons[k])
	}
}

// contextRule names the first rule that finds sentence s leaning on the
// sentences before it (findContextEditsWith), for the trace above.
func contextRule(a *article, s *sentence) string {
	rules := []struct {
		name string
		hit  bool
	}{
		{"secondMention", a.secondMention(s)},
		{"epithetSubject", a.epithetSubject(s) && !a.describedResolves(s)},
		{"describedPersonBack", a.describedPersonBack(s)},
		{"meanwhileOpener", meanwhileOpener(s)},
		{"reportedByPronoun", reportedByPronoun(s)},
		{"ellipticComparative", ellipticComparative(s)},
		{"possessiveBack", a.possessiveBack(s)},
		{"shellNounBack", a.shellNounBack(s)},
		{"partitiveBack", partitiveBack(s)},
		{"pairBack", a.pairBack(s)},
		{"laterMention", a.laterMention(s)},
		{"relationalOpening", relationalOpening(s)},
		{"behindBack", a.behindBack(s)},
		{"placeOrOwnerBack", a.placeOrOwnerBack(s)},
		{"finiteAfterWith", finiteAfterWith(s)},
		{"readerExample", readerExample(s)},
		{"echoFragment", a.echoFragment(s)},
		{"reviewLeansBack", a.reviewLeansBack(s)},
		{"kindBack", a.kindBack(s)},
	}
	for _, r := range rules {
		if r.hit {
			return r.name
		}
	}
	return "edit"
}

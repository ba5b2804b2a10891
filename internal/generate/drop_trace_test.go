package generate

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// dropCause names the first reason a sentence gives no draft: the gate of
// usable, then of the blanks (blankable and the skips before it in
// themeItems), then of a true statement quoted whole (trueStatement's
// first line). It is a development aid: TestDropTrace prints it for the
// texts named in LECTERN_DROP_TEXTS.
func (a *article) dropCause(s *sentence, titleKey string) (cause string, blanks int) {
	switch {
	case s.byline:
		return "unusable/byline", 0
	case s.nWords < 6:
		return "unusable/short", 0
	case s.nWords > 60 || len(s.text) > maxSentenceBytes:
		return "unusable/long", 0
	case strings.HasSuffix(s.text, "?"):
		return "unusable/question", 0
	case !s.usable():
		return "unusable/other", 0
	}
	for _, sp := range s.spans {
		if sp.key == titleKey || a.speakerAnswer(s, sp, "") || inBrackets(s, sp) || a.namePart(s, sp) {
			continue
		}
		if c := a.blankable(s, sp); c != nil && c.score >= minScore {
			blanks++
			if os.Getenv("LECTERN_DROP_VERBOSE") != "" {
				fmt.Printf("  cand\t%s\t%s\tdis=%d\tdq=%.2f\tnoChoice=%v\tpoint=%v\tshort=%v\n", sp.text, sp.kind, len(c.dis), c.dq, c.noChoice, a.pointFigure(s, sp), shortable(sp))
			}
		}
	}
	switch {
	case imperative(s) || addressesReader(s) || writerSpeaks(s):
		cause = "true/imperative-or-writer"
	case quotedSpeech(s) && (!onlyShortQuotes(s) && !a.leadClaimQuote(s) || commentQuote(s)):
		cause = "true/quoted-speech"
		if attributedClaim(s) != "" {
			cause = "true/quoted-speech-claim"
		}
	case a.statementWords(s) > 35:
		cause = "true/over35"
	case s.nWords < 10:
		cause = "true/under10"
	case len(s.spans) == 0:
		cause = "true/no-spans"
	case s.score < 0.35:
		cause = "true/low-centrality"
	case !selfContained(s) && !a.selfResolved(s) && a.subjectResolved(s) == "":
		cause = "true/needs-context"
	default:
		cause = "true/ok-gate"
	}
	return cause, blanks
}

// TestDropTrace tabulates, for each text in LECTERN_DROP_TEXTS (a glob),
// why each sentence gives no draft even with All.
func TestDropTrace(t *testing.T) {
	glob := os.Getenv("LECTERN_DROP_TEXTS")
	if glob == "" {
		t.Skip("set LECTERN_DROP_TEXTS to a glob of texts")
	}
	files, _ := filepath.Glob(glob)
	total := map[string]int{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res, err := Generate(string(b), Options{All: true})
		if err != nil {
			continue
		}
		drafted := map[string]bool{}
		for _, d := range res.Drafts {
			drafted[d.Sentence] = true
		}
		_, paras, _ := SplitSections(string(b))
		a, err := analyse(paras)
		if err != nil {
			continue
		}
		opts := Options{}.withDefaults()
		opts.courseTitle = res.Course.Course.Title
		for _, th := range a.themes() {
			rankSentences(a.sentencesOf(th.Paragraphs))
			// Only the themes thin at the cut, which fillThemes merges.
			a.cutting = true
			its := a.themeItems(th, opts, nil)
			a.cutting = false
			if os.Getenv("LECTERN_DROP_THIN") != "" && a.countProposed(its) >= minProposed {
				continue
			}
			total["thin-themes"]++
			inItem := map[*sentence]string{}
			for _, it := range its {
				if it.proposed {
					inItem[it.sent] = "proposed"
				} else if inItem[it.sent] == "" {
					inItem[it.sent] = "held/" + it.rule
				}
			}
			for _, s := range a.sentencesOf(th.Paragraphs) {
				if c := inItem[s]; c != "" {
					if strings.HasPrefix(c, "held/") {
						c = "held"
					}
					total["cut:"+c]++
					if c == "proposed" {
						continue
					}
				}
				if drafted[s.text] {
					total["drafted"]++
					continue
				}
				c, n := a.dropCause(s, key(th.Title))
				if n > 0 {
					c = "blank-cands-unused"
				}
				total[c]++
				if os.Getenv("LECTERN_DROP_VERBOSE") != "" {
					fmt.Printf("%s\t%s\t%.2f\t%d\t%s\n", filepath.Base(f), c, s.score, s.nWords, s.text)
				}
			}
		}
	}
	var ks []string
	for k := range total {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return total[ks[i]] > total[ks[j]] })
	for _, k := range ks {
		fmt.Printf("TOTAL\t%s\t%d\n", k, total[k])
	}
}

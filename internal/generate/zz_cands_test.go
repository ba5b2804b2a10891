package generate

import (
	"fmt"
	"os"
	"testing"
)

func TestZZCands(t *testing.T) {
	f := os.Getenv("ZZF")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	x := analyseText(t, string(b))
	x.course = x.courseTitle()
	_, subject := x.mainSubjectKey()
	for _, th := range x.cutThemes() {
		fmt.Println("==", th.Title, th.Paragraphs)
		cs := x.titleCandidates(th.Paragraphs, subject)
		for i, c := range cs {
			if i >= 12 {
				break
			}
			fmt.Printf("   %.3f %-30q paras=%d said=%d mentions=%d kind=%v\n", c.score, c.text, len(c.paras), c.said, c.mentions, c.sp.kind)
		}
	}
}

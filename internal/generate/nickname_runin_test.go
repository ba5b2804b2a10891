package generate

import (
	"strings"
	"testing"
)

// harlanBio is a short biography of an invented captain whose lead runs
// his nickname into his name, as a source cleaned of its quotation marks
// does.
const harlanBio = `William Bill Harlan (March 2, 1790 – May 6, 1841) was an English sea captain and explorer who charted the western coast of Greenland. He is remembered for the first survey of the Disko Bay fjords.

Harlan went to sea at the age of fourteen aboard a coal ship. In 1812 he joined the whaler Resolve as second mate and rose to command her within four years.

In 1821 the Admiralty asked Harlan to lead a survey of the Greenland coast. Harlan sailed from Hull in April 1822 with the Resolve and the smaller Dart. After six weeks the ships reached an unknown stretch of coast north of Disko Bay, which Harlan named Stott Land.

Harlan returned to Hull in 1824 and published his charts the next year. The charts were used by whalers for half a century. Harlan died at Whitby in 1841.`

func TestRunInNickname(t *testing.T) {
	re, g, d := runInNickname(strings.SplitN(harlanBio, "\n", 2)[0])
	if re == nil || g != "William" || d != "Bill" {
		t.Fatalf("runInNickname: %v %q %q", re, g, d)
	}
	for in, want := range map[string]string{
		"True or false? William Bill Harlan was an English sea captain.":      "True or false? William “Bill” Harlan was an English sea captain.",
		"Fill in the blank: “William Bill Harlan (1790 – 1841) was a _____.”": "Fill in the blank: “William ‘Bill’ Harlan (1790 – 1841) was a _____.”",
		"Harlan met William Bill at the dock.":                                "Harlan met William Bill at the dock.",
	} {
		if got := quoteNickname(in, re, g, d); got != want {
			t.Errorf("quoteNickname(%q) = %q, want %q", in, got, want)
		}
	}
	// Two given names that are no name and its short form are left alone.
	if re, _, _ := runInNickname("John Henry Newman (1801 – 1890) was an English theologian."); re != nil {
		t.Error("John Henry taken for a name and its short form")
	}
}

// Through Generate, the lead's items and the titles write the nickname
// in quotation marks and never run it in.
func TestRunInNicknameGenerate(t *testing.T) {
	res, err := Generate(harlanBio, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := res.Course
	texts := []string{c.Course.Title}
	for _, th := range c.Themes {
		texts = append(texts, th.Title)
	}
	for _, q := range c.Questions {
		texts = append(texts, q.Prompt, q.Explanation)
		for _, o := range q.Options {
			texts = append(texts, o.Text)
		}
	}
	for _, cd := range c.Cards {
		texts = append(texts, cd.Front, cd.Back)
	}
	quoted := false
	for _, s := range texts {
		if strings.Contains(s, "William Bill") {
			t.Errorf("run-in nickname: %q", s)
		}
		if strings.Contains(s, "William “Bill” Harlan") || strings.Contains(s, "William ‘Bill’ Harlan") {
			quoted = true
		}
	}
	if !quoted {
		t.Errorf("no item writes the name in full: %q", texts)
	}
}

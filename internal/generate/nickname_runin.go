package generate

import (
	"regexp"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// A biography's lead gives a nickname inside the name, in quotation
// marks: James "Jim" Bowie. A source cleaned of its quotation marks runs
// the nickname in ("James Jim Bowie (1796 – 1836) was …"), and every
// item and title that copies the name reads like a slip. Where the lead
// opens on a given name directly followed by one of its common short
// forms and then more of the name, the short form is put back in
// quotation marks wherever an item or a title writes the name so: they
// say James “Jim” Bowie. The article's paragraphs are left as the source
// gave them, and read as they are.

// diminutives are the common short forms of given names.
var diminutives = map[string][]string{
	"James": {"Jim", "Jimmy", "Jamie"}, "William": {"Bill", "Billy", "Will", "Willie", "Willy"},
	"Robert": {"Bob", "Bobby", "Rob", "Robbie", "Bert"}, "Thomas": {"Tom", "Tommy"},
	"Richard": {"Dick", "Rick", "Ricky", "Dickie"}, "Edward": {"Ted", "Ned", "Eddie", "Ed", "Teddy"},
	"John": {"Jack", "Johnny"}, "Joseph": {"Joe", "Joey"}, "Charles": {"Charlie", "Chuck"},
	"Henry": {"Harry", "Hank"}, "Michael": {"Mike", "Mick", "Mickey"}, "Daniel": {"Dan", "Danny"},
	"Samuel": {"Sam", "Sammy"}, "Benjamin": {"Ben", "Benny"}, "Anthony": {"Tony"}, "Andrew": {"Andy"},
	"Alexander": {"Alex", "Sandy"}, "Frederick": {"Fred", "Freddie"}, "Stephen": {"Steve"}, "Steven": {"Steve"},
	"Lawrence": {"Larry"}, "Gerald": {"Jerry", "Gerry"}, "Albert": {"Al", "Bert"}, "Nicholas": {"Nick"},
	"Peter": {"Pete"}, "Timothy": {"Tim"}, "Theodore": {"Ted", "Teddy"}, "Walter": {"Walt"},
	"Francis": {"Frank"}, "Harold": {"Hal"}, "Matthew": {"Matt"}, "David": {"Dave", "Davy"},
	"Kenneth": {"Ken"}, "Ronald": {"Ron", "Ronnie"}, "Donald": {"Don"}, "Leonard": {"Len", "Lenny"},
	"Eugene": {"Gene"}, "Margaret": {"Peggy", "Maggie", "Meg"}, "Elizabeth": {"Beth", "Betty", "Liz", "Bess"},
	"Catherine": {"Kate", "Kitty"}, "Katherine": {"Kate", "Kitty"}, "Patricia": {"Pat"}, "Susan": {"Sue"},
}

// runInLeadRE: the lead's opening name, up to five capitalised words,
// then a bracket, a comma or "was"/"is".
var runInLeadRE = regexp.MustCompile(`^((?:[A-Z][\p{L}.'’-]*\s+){1,5}[A-Z][\p{L}'’-]*)\s*(?:\(|,|\s(?:was|is)\s)`)

// runInNickname finds, in a biography's lead (the first paragraph), a
// given name run into the name with its short form ("James Jim Bowie"):
// the pattern matching the given name and short form before more of the
// name, and the short form; nil where there is none.
func runInNickname(lead string) (*regexp.Regexp, string, string) {
	m := runInLeadRE.FindStringSubmatch(strings.TrimSpace(lead))
	if m == nil {
		return nil, "", ""
	}
	ws := strings.Fields(m[1])
	for i := 0; i+2 < len(ws); i++ {
		for _, d := range diminutives[ws[i]] {
			if ws[i+1] == d {
				return regexp.MustCompile(`\b` + ws[i] + `\s+` + d + `\s+[A-Z]`), ws[i], d
			}
		}
	}
	return nil, "", ""
}

// quoteNickname rewrites text where re finds the run-in name: the short
// form d after given name g is put in quotation marks, single ones
// inside a quotation ("Fill in the blank: “James ‘Jim’ Bowie …”"),
// double ones elsewhere.
func quoteNickname(text string, re *regexp.Regexp, g, d string) string {
	if re == nil {
		return text
	}
	var b strings.Builder
	last := 0
	for _, loc := range re.FindAllStringIndex(text, -1) {
		before := text[:loc[0]]
		open, shut := "“", "”"
		if strings.Count(before, "“") > strings.Count(before, "”") {
			open, shut = "‘", "’"
		}
		b.WriteString(text[last:loc[0]])
		b.WriteString(g + " " + open + d + shut + " ")
		last = loc[1] - 1 // the next name's capital stays
	}
	b.WriteString(text[last:])
	return b.String()
}

// quoteNicknames puts the lead's run-in short form in quotation marks in
// every item's prompt, options, answers' explanation and card (see
// above).
func (a *article) quoteNicknames(items []item) {
	if len(a.paras) == 0 {
		return
	}
	re, g, d := runInNickname(a.paras[0].text)
	if re == nil {
		return
	}
	for i := range items {
		if q := items[i].q; q != nil {
			q.Prompt = quoteNickname(q.Prompt, re, g, d)
			q.Explanation = quoteNickname(q.Explanation, re, g, d)
			for k := range q.Options {
				q.Options[k].Text = quoteNickname(q.Options[k].Text, re, g, d)
			}
		}
		if c := items[i].c; c != nil {
			c.Front = quoteNickname(c.Front, re, g, d)
			c.Back = quoteNickname(c.Back, re, g, d)
		}
	}
}

// quoteNicknameTitles does the same for the course's and its themes'
// titles.
func (a *article) quoteNicknameTitles(c *quiz.Course) {
	if len(a.paras) == 0 {
		return
	}
	re, g, d := runInNickname(a.paras[0].text)
	if re == nil {
		return
	}
	c.Course.Title = quoteNickname(c.Course.Title, re, g, d)
	for i := range c.Themes {
		c.Themes[i].Title = quoteNickname(c.Themes[i].Title, re, g, d)
	}
}

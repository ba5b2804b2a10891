package generate

import (
	"os"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// pastedArticle is an article as an instructor pastes it from a web page
// (testdata/pasted-harbour.txt): a heading, a heading line over a
// hard-wrapped paragraph, a quotation closing a paragraph, a bulleted list
// after a lead-in, a numbered list whose items are sentences, and HTML
// character references.
func pastedArticle(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/pasted-harbour.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A list stays a list: one line per item with its marker, after its
// lead-in, and a heading line over wrapped lines is a paragraph of its own.
func TestPastedArticleParagraphs(t *testing.T) {
	heading, paras := SplitArticle(pastedArticle(t))
	if heading != "The Harbour of Kessling" {
		t.Errorf("heading = %q", heading)
	}
	want := []string{
		"The harbour of Kessling was dug in 1742 by the merchants of the town, who wanted a port that did not freeze in winter. Its first pier was built of oak and filled with stones from the quarry at Marnow.",
		"Why the harbour silted",
		`The river Aln carried sand into the basin every spring, and by 1790 ships of more than two hundred tons could no longer enter at low tide. The harbour master Tobias Renn wrote to the council that the port would close within a generation. Renn ended his letter with a warning: "We are digging a hole in the sea, and the sea is filling it."`,
		"The council’s report of 1791 listed the causes of the silting:\n- the new mills upstream, which loosened the banks\n- the loss of the old sluice in the flood of 1788\n- the narrow mouth of the basin",
		"The engineer Clara Voss proposed a remedy in four steps:\n1. Workers built a second pier of granite to narrow the channel in 1793.\n2. The town rebuilt the sluice at the head of the basin in 1796.\n3. Keepers flushed the basin with river water at every spring tide.",
		"The work took eleven years and cost the town 40,000 thalers. Voss's piers still stand, and the Harbour & Dock Company keeps her drawings with a communiqué of the council thanking her.",
	}
	if !reflect.DeepEqual(paras, want) {
		t.Errorf("paragraphs =\n%q\nwant\n%q", paras, want)
	}
	// ListLine reads the lines back.
	for line, want := range map[string][2]string{
		"- the narrow mouth of the basin": {"-", "the narrow mouth of the basin"},
		"12. Keepers flushed the basin.":  {"12", "Keepers flushed the basin."},
		"The engineer proposed:":          {"", "The engineer proposed:"},
	} {
		if m, text := ListLine(line); m != want[0] || text != want[1] {
			t.Errorf("ListLine(%q) = %q, %q, want %q", line, m, text, want)
		}
	}
}

// No item runs two list items together or a lead-in into its list, none
// blanks a marker, none quotes a heading line, and an item that is a
// sentence of its own is drafted alone.
func TestPastedArticleDrafts(t *testing.T) {
	res, err := Generate(pastedArticle(t), Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	items := map[string]bool{
		"Workers built a second pier of granite to narrow the channel in 1793.": true,
		"The town rebuilt the sluice at the head of the basin in 1796.":         true,
		"Keepers flushed the basin with river water at every spring tide.":      true,
	}
	fromItem := 0
	for _, d := range append(res.Drafts, res.Held...) {
		s := d.Sentence
		if strings.ContainsAny(s, "\n") || strings.Contains(s, "steps: ") || strings.Contains(s, "silting: ") || strings.Contains(s, "Why the harbour") {
			t.Errorf("drafted from a run-on sentence: %q", s)
		}
		if strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "1. ") || strings.HasPrefix(s, "2. ") || d.Answer == "-" || d.Answer == "1." {
			t.Errorf("drafted from a list marker: %q (%q)", s, d.Answer)
		}
		if items[s] {
			fromItem++
		}
		if p := res.Course.Paragraphs[d.Paragraph-1].Text; p[d.SentenceStart:d.SentenceEnd] != s {
			t.Errorf("sentence %q is not at %d-%d of its paragraph", s, d.SentenceStart, d.SentenceEnd)
		}
	}
	if fromItem == 0 {
		t.Errorf("no item drafted from a numbered item that is a sentence")
	}
	for _, d := range res.Drafts {
		for _, text := range []string{d.Sentence, promptOf(d)} {
			if strings.Contains(text, "&#") || strings.Contains(text, "&rsquo;") || strings.Contains(text, "&amp;") {
				t.Errorf("character reference left in %q", text)
			}
		}
	}
}

// promptOf is what the learner reads of a draft.
func promptOf(d Draft) string {
	if d.Question != nil {
		return d.Question.Prompt
	}
	return d.Card.Front + " " + d.Card.Back
}

// Character references closed by a semicolon are decoded once; others,
// and an ampersand in a name, stay as written.
func TestDecodeReferences(t *testing.T) {
	for in, want := range map[string]string{
		"a communiqu&#233; of the council":    "a communiqué of the council",
		"Harbour &amp; Dock, Voss&rsquo;s":    "Harbour & Dock, Voss’s",
		"the sign &amp;lt; once":              "the sign &lt; once",
		"&#x41;T&T and R&D":                   "AT&T and R&D",
		"this&notit; and &nosuchname; stay":   "this&notit; and &nosuchname; stay",
		"no reference at all":                 "no reference at all",
		"&#0; and &#x110000; are not letters": "\uFFFD and \uFFFD are not letters",
	} {
		if got := decodeReferences(in); got != want {
			t.Errorf("decodeReferences(%q) = %q, want %q", in, got, want)
		}
	}
}

// A heading line over a hard-wrapped paragraph is split off only when the
// next line's first word would have fitted on it: a short first line that
// wrapping left because the next word is long, or one the next line
// continues in lower case, stays in its paragraph.
func TestHeadsWrappedLines(t *testing.T) {
	for text, want := range map[string][]string{
		"Why the harbour silted\nThe river Aln carried sand into the basin every spring, and by 1790\nships could no longer enter.\n\nNext paragraph here.": {
			"Why the harbour silted", "The river Aln carried sand into the basin every spring, and by 1790 ships could no longer enter.", "Next paragraph here."},
		"The council met in the spring\nof 1791 and voted for the new pier of granite at the mouth.\n\nNext paragraph here.": {
			"The council met in the spring of 1791 and voted for the new pier of granite at the mouth.", "Next paragraph here."},
		"The council met\nInternationalisation-minded merchants.\n\nNext paragraph here.": {
			"The council met Internationalisation-minded merchants.", "Next paragraph here."},
	} {
		if got := SplitParagraphs(text); !reflect.DeepEqual(got, want) {
			t.Errorf("SplitParagraphs(%q) =\n%q\nwant\n%q", text, got, want)
		}
	}
}

// A list broken by blank lines after each item is joined once, not again
// for each block that continues it: 20,000 one-item blocks (140 KB)
// allocated 5.5 GB when each block rebuilt the whole list.
func TestListOfManyBlocksJoinedOnce(t *testing.T) {
	text := strings.Repeat("- item\n\n", 20000)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	paras := SplitParagraphs(text)
	runtime.ReadMemStats(&after)
	if mb := (after.TotalAlloc - before.TotalAlloc) >> 20; mb > 64 {
		t.Errorf("splitting 140 KB allocated %d MB", mb)
	}
	if len(paras) != 1 || strings.Count(paras[0], "\n") != 19999 {
		t.Errorf("%d paragraphs, the first of %d lines", len(paras), strings.Count(paras[0], "\n")+1)
	}
}

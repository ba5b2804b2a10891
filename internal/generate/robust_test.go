package generate

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fill repeats f(0), f(1), … up to 100 KB.
func fill(f func(i int) string) string {
	var b strings.Builder
	for i := 0; b.Len() < 100<<10; i++ {
		b.WriteString(f(i))
	}
	return b.String()
}

// TestLongInputsStayBounded runs 100 KB inputs that once ran away: a run
// of quotation marks took 37 s in the tokenizer, a run of dashes 13 s and
// 13 GB, and a paragraph of 2,800 short sentences 1.2 GB in the sentence
// ranking. Each now takes about a second on an idle machine and a few
// hundred MB; the allocation limit catches a quadratic cost whatever the
// machine's load.
func TestLongInputsStayBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	names := []string{"Milton", "Pensacola", "Harper", "Scott"}
	cases := []struct{ name, text string }{
		{"one sentence", "Floods hit the coast.\n\n" + fill(func(i int) string { return "the river rose quickly near " + names[i%4] + " and crews opened shelters " }) + "end."},
		{"sentences of numbers", "Floods hit the coast.\n\n" + fill(func(i int) string {
			return fmt.Sprintf("The river in %s rose %d feet in %d. ", names[i%4], i, 1900+i%100)
		})},
		{"numbers", "The figures follow.\n\n" + fill(func(i int) string { return fmt.Sprint(i*37, " ") })},
		{"quotation marks", "Floods hit the coast.\n\nHe said " + fill(func(int) string { return "\"“‘(" }) + " it."},
		{"dashes", "Floods hit the coast.\n\nHe said " + fill(func(int) string { return "Rain—" }) + " it."},
		{"vertical tabs", "Floods hit the coast.\n\nHe said " + fill(func(int) string { return "\v" }) + " it rained."},
	}
	for _, c := range cases {
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		start := time.Now()
		_, err := Generate(c.text, Options{})
		var pe *PanicError
		if errors.As(err, &pe) {
			t.Fatalf("%s: %v\n%s", c.name, err, pe.Stack)
		}
		if _, err := ProposeThemes(SplitParagraphs(c.text)); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		took := time.Since(start)
		runtime.ReadMemStats(&m1)
		alloc := (m1.TotalAlloc - m0.TotalAlloc) >> 20
		t.Logf("%s: %v, %d MB allocated", c.name, took, alloc)
		// Allocation, not time, is the bound: it does not depend on how
		// busy the machine is. Time is in the log and in BenchmarkGenerate.
		if alloc > 1000 {
			t.Errorf("%s: %d MB allocated for 100 KB (took %v)", c.name, alloc, took)
		}
	}
}

// TestReadable checks the text the models read: runs cut and collapsed,
// every byte mapped back to the same byte of the paragraph.
func TestReadable(t *testing.T) {
	text := "  Rain\v\v\u2003fell " + strings.Repeat("é", 300) + " on Milton.  "
	src, at := readable(text)
	if len(at) != len(src)+1 || int(at[len(src)]) != len(text) {
		t.Fatalf("%d offsets for %d bytes", len(at), len(src))
	}
	for i := range len(src) {
		if src[i] != ' ' && src[i] != text[at[i]] {
			t.Fatalf("byte %d of %q is not byte %d of the text", i, src, at[i])
		}
	}
	if !utf8.ValidString(src) || strings.Contains(src, "  ") {
		t.Errorf("src %q: invalid UTF-8 or a run of spaces", src)
	}
	for _, w := range strings.Fields(src) {
		if len(w) > maxWordBytes {
			t.Errorf("a word of %d bytes is read", len(w))
		}
	}
	if !strings.HasSuffix(src, " on Milton. ") || !strings.HasPrefix(src, " Rain fell é") {
		t.Errorf("src = %q", src)
	}
}

// TestEveryGoroutineRecovers provokes a panic in a parsing goroutine, as
// only the hook can now, and gets it back as an error with its stack from
// every entry point.
func TestEveryGoroutineRecovers(t *testing.T) {
	TestHookParse = func(p string) {
		if strings.Contains(p, "Boom") {
			panic("boom")
		}
	}
	defer func() { TestHookParse = nil }()
	text := "Floods hit the coast of Florida on Monday.\n\nBoom went the thunder over the town of Milton at noon.\n\nCrews opened three shelters across the county by the morning."
	check := func(what string, err error) {
		t.Helper()
		var pe *PanicError
		if !errors.As(err, &pe) {
			t.Fatalf("%s: err = %v, want a *PanicError", what, err)
		}
		if pe.Value != "boom" || !strings.Contains(string(pe.Stack), "TestEveryGoroutineRecovers") {
			t.Errorf("%s: value %v, stack without the panicking hook:\n%s", what, pe.Value, pe.Stack)
		}
	}
	_, err := Generate(text, Options{})
	check("Generate", err)
	_, err = ProposeThemes(SplitParagraphs(text))
	check("ProposeThemes", err)
	if Themes(SplitParagraphs(text)) != nil {
		t.Error("Themes proposed themes for an article it failed on")
	}
	TestHookParse = nil
	res := mustGenerate(t, text, Options{})
	TestHookParse = func(p string) {
		if strings.Contains(p, "Boom") {
			panic("boom")
		}
	}
	_, err = DraftThemes(res.Course, []string{res.Course.Themes[0].Slug}, Options{})
	check("DraftThemes", err)
}

// TestSummaryOfTextWithoutSpaces: a summary is cut at a character
// boundary where there is no space to cut at.
func TestSummaryOfTextWithoutSpaces(t *testing.T) {
	for _, s := range []string{strings.Repeat("洪水が町を襲った", 30) + "。", "a" + strings.Repeat("é", 150)} {
		got := trimTo(s, 200)
		if !utf8.ValidString(got) || len(got) > 200+len("…") {
			t.Errorf("trimTo cut %q", got)
		}
	}
	themes, err := ProposeThemes([]string{strings.Repeat("洪水が町を襲った", 30) + "。"})
	if err != nil || len(themes) != 1 || !utf8.ValidString(themes[0].Summary) {
		t.Errorf("themes %+v, %v", themes, err)
	}
}

// TestOverlongAnswersAndSentences: a run of a hundred capitalised words
// was one name, offered as a 699-character option, and the whole course
// failed validation; a sentence of long words made prompts over the limit.
func TestOverlongAnswersAndSentences(t *testing.T) {
	tail := "\n\nMayor Ashton Hayward said the water in Pensacola rose four feet overnight.\n\n" +
		"Senator Bill Nelson asked for federal help for the state of Florida."
	long := strings.Repeat("Supercalifragilisticexpialidocious ", 55)
	for _, text := range []string{
		"Governor Rick Scott declared a state of emergency in Florida on Monday.\n\nThe visitors included " +
			strings.Repeat("Harper ", 100) + "and others from Pensacola." + tail,
		"Governor Rick Scott declared a state of emergency in Florida on Monday.\n\nThe river in Pensacola rose " +
			long + "in the night, Governor Rick Scott said." + tail,
	} {
		res, err := Generate(text, Options{})
		if err != nil {
			t.Fatalf("Generate: %v", err)
		}
		if len(res.Drafts) == 0 {
			t.Error("no drafts from the sentences that are fine")
		}
		for _, d := range res.Drafts {
			if len(d.Sentence) > maxSentenceBytes || len(d.Answer) > maxAnswerBytes {
				t.Errorf("draft from a %d-byte sentence, on a %d-byte answer", len(d.Sentence), len(d.Answer))
			}
		}
	}
}

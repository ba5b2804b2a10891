package formats

import (
	"bytes"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/lectern/lectern/internal/quiz"
)

// checkResult asserts what every successful parse promises: each question
// is valid with a unique ID and no paragraphs, each card has both sides.
func checkResult(t *testing.T, res *Result) {
	t.Helper()
	if res == nil {
		t.Fatal("nil result without an error")
	}
	ids := map[string]bool{}
	for _, q := range res.Questions {
		if ps := quiz.ValidateQuestion(q); len(ps) > 0 {
			t.Fatalf("invalid question returned: %+v: %v", q, ps)
		}
		if q.ID == "" || ids[q.ID] {
			t.Fatalf("question ID %q is empty or repeated", q.ID)
		}
		ids[q.ID] = true
		if len(q.Paragraphs) != 0 {
			t.Fatalf("question %q has paragraphs", q.ID)
		}
		if q.Theme != "" && !quiz.ValidSlug(q.Theme) {
			t.Fatalf("question %q has theme %q, not a slug", q.ID, q.Theme)
		}
		checkImages(t, q.Images, false)
		checkImages(t, quiz.OptionImages(q), false)
	}
	for _, c := range res.Cards {
		if strings.TrimSpace(c.Front) == "" || strings.TrimSpace(c.Back) == "" {
			t.Fatalf("card with an empty side: %+v", c)
		}
		if c.Theme != "" && !quiz.ValidSlug(c.Theme) {
			t.Fatalf("card theme %q is not a slug", c.Theme)
		}
	}
	for _, s := range res.Skipped {
		if s.Line < 1 || s.Reason == "" {
			t.Fatalf("bad skip %+v", s)
		}
	}
}

// checkImages asserts that every image read is one Lectern keeps: PNG,
// JPEG, GIF or WebP by its bytes, within the size limit, named without a
// directory.
func checkImages(t *testing.T, imgs []quiz.Image, card bool) {
	t.Helper()
	if ps := quiz.ValidateImages(imgs, card); len(ps) > 0 {
		t.Fatalf("images returned that Lectern does not keep: %v", ps)
	}
	for _, im := range imgs {
		if im.Data == nil || strings.ContainsAny(im.Name, "/\\") || quiz.SniffImage(im.Data) != im.Type {
			t.Fatalf("image %q (%s, %d bytes)", im.Name, im.Type, len(im.Data))
		}
	}
}

// FuzzReplaceImages: the <img> reader never panics, hands every image with
// a source to attach, and leaves no <img> in what it returns.
func FuzzReplaceImages(f *testing.F) {
	for _, s := range []string{
		`<p>Moodle <img src="@@PLUGINFILE@@/logo.jpg" alt="Moodle logo"> is</p>`,
		`<IMG SRC=a.png>`, `<img alt="x">`, `<img src="a b.png" alt='q"uote'/>`, `<img`, `<img src=">`, `x <y <img src=a>`, `<!-- <img src=c> -->`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		n := 0
		out := replaceImages(in, func(src, alt string) bool {
			if src == "" {
				t.Fatal("attach called without a source")
			}
			n++
			return n%2 == 0
		})
		z := html.NewTokenizer(strings.NewReader(out))
		for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
			if name, _ := z.TagName(); (tt == html.StartTagToken || tt == html.SelfClosingTagToken) && string(name) == "img" {
				t.Fatalf("an image is left as markup in %q", out)
			}
		}
		_ = imageSources(in)
	})
}

func checkError(t *testing.T, err error) {
	t.Helper()
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("error %v (%T) is not a parse error", err, err)
	}
	all := []*ParseError{pe}
	var pes ParseErrors
	if errors.As(err, &pes) {
		all = pes
	}
	for _, e := range all {
		if e.Line < 1 || e.Column < 0 || e.Msg == "" {
			t.Fatalf("bad parse error %+v", e)
		}
	}
}

// giftSeeds start the fuzz targets that read GIFT.
var giftSeeds = []string{
	"Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}",
	"Grant is {~buried =entombed ~living} in Grant's tomb.",
	"::t::[html]<p>Q</p>{=[plain]a#fb ~%50%b ~%-50%c####gen}",
	"A{T#w#r}\n\nB{FALSE}\n\nC{=x =%50%y}\n\nD{#3:1}\n\nE{#1..5 =%50%2}\n\nF{=a->b =c->d = -> e}",
	"$CATEGORY: $course$/top/Unit 1\n\n// [id:x-1]\nQ\\: \\{a\\} \\\\ \\n{~%100%a ~b}",
	"Essay{}\n\nDescription only\n\n{",
	"}{", "::", "::a::", "{#}", "{#~#x}", "{=->}", "Q{~}", "Q{T####}", "[html]<a href=\"x\">{=y ~z}",
	"Q{\n// c\n=a\n~b\n}", "Q{#-1..-2}", "Q{#1e400}", "Q{~a#b#c ~d}", "\uFDD0{=a ~b}",
	"N{#=%100%3:2 =%50%3:5 ~%0%*#feedback}", "N{#\n=9\n=%0%5#no\n=%-50%4\n=%0%*#x\n}", "N{#=%50%*#x =1 =%0%*#y}", "N{#=1 =%33.333333333%2 =%0.00000001%3}", "C{=x =%33.333333333%y}",
}

func FuzzParseGIFT(f *testing.F) {
	for _, s := range giftSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		res, err := ParseGIFT(strings.NewReader(in), Options{})
		if err != nil {
			checkError(t, err)
			return
		}
		checkResult(t, res)
		// What was read can be written and read back the same.
		var buf bytes.Buffer
		if err := WriteGIFT(&buf, res.Questions); err != nil {
			return // GIFT cannot express "->" in some places
		}
		again, err := ParseGIFT(&buf, Options{})
		if err != nil {
			t.Fatalf("re-reading written GIFT: %v\n%s", err, buf.String())
		}
		if !reflect.DeepEqual(again.Questions, res.Questions) {
			t.Fatalf("round trip changed questions:\n got %+v\nwant %+v\n%s", again.Questions, res.Questions, buf.String())
		}
	})
}

func FuzzParseAiken(f *testing.F) {
	for _, s := range []string{
		"Q?\nA) a\nB) b\nANSWER: B\n",
		"Q?\nA.a\nB.b\nC.c\nANSWER: c\n\nQ2\nA) x\nB) y\nANSWER: A",
		"A) x\nANSWER: A", "Q\nANSWER:", "Q\nA) a\nB) a\nANSWER: A", "Q\r\nA) a\r\nB) b\r\nANSWER: Z\r\n", "\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		res, err := ParseAiken(strings.NewReader(in), Options{})
		if err != nil {
			checkError(t, err)
			return
		}
		checkResult(t, res)
	})
}

func FuzzParseCSV(f *testing.F) {
	for _, s := range []string{
		"term,definition\na,b\n\"c, d\",\"e\nf\"\n",
		"#separator:tab\n#html:true\n#columns:Front\tBack\tTags\nx\t<b>y</b>\tt\n",
		"#deck column:1\nDeck::Sub,a,b\n", "a;b;c\n# c\nd;e\n", "\"unterminated,x", "a,\"b\"\"c\"d\n", "\uFEFFa\tb\r\n",
		"#separator:♥\na♥b", "tags:x y\na|b",
	} {
		f.Add(s, ',')
		f.Add(s, rune(0))
	}
	f.Add("a\tb", '\t')
	f.Fuzz(func(t *testing.T, in string, comma rune) {
		res, err := ParseCSV(strings.NewReader(in), comma, Options{})
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				return // a separator that cannot work is refused outright
			}
			checkError(t, err)
			return
		}
		checkResult(t, res)
		if comma == 0 || comma == ' ' {
			return
		}
		var buf bytes.Buffer
		if err := WriteCSV(&buf, res.Cards, comma); err != nil {
			return
		}
		again, err := ParseCSV(&buf, comma, Options{})
		if err != nil {
			t.Fatalf("re-reading written cards: %v\n%q", err, buf.String())
		}
		if len(again.Cards) != len(res.Cards) {
			t.Fatalf("round trip gave %d cards, want %d\n%q", len(again.Cards), len(res.Cards), buf.String())
		}
		for i := range again.Cards {
			again.Cards[i].Theme = res.Cards[i].Theme
		}
		if !reflect.DeepEqual(again.Cards, res.Cards) {
			t.Fatalf("round trip changed cards:\n got %+v\nwant %+v\n%q", again.Cards, res.Cards, buf.String())
		}
	})
}

// FuzzClozeOf: whatever a card's front and back, the cloze text the Anki
// writer makes of them (if any) reads back as that front and back, and
// nothing panics; a card that is plainly a cloze is found to be one.
func FuzzClozeOf(f *testing.F) {
	for _, s := range [][2]string{
		{"Paris is in [...].", "Paris is in France."},
		{"The Rhine rises in [country] and [...].", "The Rhine rises in Switzerland and flows north.\n\nIt is long."},
		{"[...] is not a gap", "no"},
		{"A {{c1::x}} [...] }}", "A {{c1::x}} y }}"},
		{"[...]", ""},
		{"a [b] c", "a [b] c"},
		{"<b>[...]</b> &amp;", "<b>bold</b> &amp;"},
		{"x  [...]  y", "x  z  y"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, front, back string) {
		text, extra, ok := clozeOf(front, back)
		if !ok {
			return
		}
		gotFront := fieldText(revealCloze(text, 1, true))
		gotBack := fieldText(revealCloze(text, 1, false))
		if e := fieldText(fieldHTML(extra)); e != "" {
			gotBack += "\n\n" + e
		}
		if gotFront != front || gotBack != back {
			t.Fatalf("cloze %q (extra %q) reads back as %q / %q, want %q / %q", text, extra, gotFront, gotBack, front, back)
		}
		if !slices.Contains(clozeOrdinals(text), 1) {
			t.Fatalf("cloze %q makes no card 1", text)
		}
	})
}

func TestClozeOfFindsClozes(t *testing.T) {
	if _, _, ok := clozeOf("Paris is in [...].", "Paris is in France."); !ok {
		t.Error("a plain cloze card is not found to be one")
	}
	if _, _, ok := clozeOf("Where is Paris?", "In France"); ok {
		t.Error("a Basic card is taken for a cloze")
	}
}

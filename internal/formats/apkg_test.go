package formats_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"image/color"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/ankitest"
	"github.com/lectern/lectern/internal/formats"
	"github.com/lectern/lectern/internal/quiz"
)

// ankiLayouts are the two layouts Anki exports packages in: schema 11
// (collection.anki2, as "Support older Anki versions" exports it) and
// schema 18 (collection.anki21b, zstd-compressed, Anki 2.1.50's default).
var ankiLayouts = []struct {
	name string
	pack func(testing.TB, ankitest.Collection, map[string][]byte) []byte
}{
	{"anki2", ankitest.Package},
	{"anki21b", ankitest.Package21b},
}

// eachLayout runs test on packages of each layout.
func eachLayout(t *testing.T, test func(t *testing.T, pack func(testing.TB, ankitest.Collection, map[string][]byte) []byte)) {
	for _, l := range ankiLayouts {
		t.Run(l.name, func(t *testing.T) { test(t, l.pack) })
	}
}

func TestParseAnkiSample(t *testing.T) {
	eachLayout(t, testParseAnkiSample)
}

func testParseAnkiSample(t *testing.T, pack func(testing.TB, ankitest.Collection, map[string][]byte) []byte) {
	danube := ankitest.PNG(t, 4, 3, color.RGBA{0, 0, 200, 255})
	data := pack(t, ankitest.Sample(), map[string][]byte{"danube.jpg": danube})
	if f, err := formats.FormatOf("deck.apkg", data); err != nil || f != formats.FormatAnki {
		t.Fatalf("FormatOf = %q, %v", f, err)
	}
	if f := formats.Detect(data); f != formats.FormatAnki {
		t.Fatalf("Detect = %q", f)
	}
	res, err := formats.ParseAnki(data, formats.Options{Theme: "rhine-and-borders"})
	if err != nil {
		t.Fatal(err)
	}
	type card struct{ Theme, Front, Back, Tags string }
	var got []card
	for _, c := range res.Cards {
		got = append(got, card{c.Theme, c.Front, c.Back, strings.Join(c.Tags, " ")})
	}
	want := []card{
		{"danube", "Where does the Danube end?", "In the Black Sea", "geo rivers"},
		{"danube", "Which river is this?", "The Danube & its delta", ""},
		{"rhine-and-borders", "Vienna", "Capital of Austria", "capitals"},
		{"rhine-and-borders", "Capital of Austria", "Vienna", "capitals"},
		{"rhine-and-borders", "Budapest", "Capital of Hungary", ""},
		{"rhine-and-borders", "Capital of Hungary", "Budapest", ""},
		{"rhine-and-borders", "Bratislava", "Capital of Slovakia", ""},
		{"danube", "The [...] flows through ten countries to the Black Sea.", "The Danube flows through ten countries to the Black Sea.\n\nIt is Europe's second-longest river.", "cloze"},
		{"danube", "The Danube flows through [how many?] countries to the Black Sea.", "The Danube flows through ten countries to the Black Sea.\n\nIt is Europe's second-longest river.", "cloze"},
		{"danube", "The Danube flows through ten countries to the [...].", "The Danube flows through ten countries to the Black Sea.\n\nIt is Europe's second-longest river.", "cloze"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("cards:\n got %q\nwant %q", got, want)
	}
	var skipped []string
	for _, s := range res.Skipped {
		skipped = append(skipped, s.String())
	}
	wantSkipped := []string{
		`2 notes of note type "Image Occlusion" not imported: its card "Card 1" does not show a field on the front and another on the back`,
	}
	if !reflect.DeepEqual(skipped, wantSkipped) {
		t.Errorf("skipped:\n got %q\nwant %q", skipped, wantSkipped)
	}
	if want := []string{"Rivers::Danube"}; !reflect.DeepEqual(res.Categories, want) {
		t.Errorf("categories = %q, want %q", res.Categories, want)
	}
	if res.MediaFiles != 1 {
		t.Errorf("media files = %d, want 1", res.MediaFiles)
	}
	// The image on the front of "Which river is this?", its type sniffed
	// from its bytes (a PNG named .jpg), its alt text its name.
	for i, c := range res.Cards {
		want := 0
		if i == 1 {
			want = 1
		}
		if len(c.Images) != want {
			t.Errorf("card %q has %d images, want %d", c.Front, len(c.Images), want)
		}
	}
	if im := res.Cards[1].Images; len(im) == 1 && (im[0].Side != quiz.SideFront || im[0].Name != "danube.jpg" || im[0].Alt != "danube.jpg" ||
		im[0].Type != "image/png" || !bytes.Equal(im[0].Data, danube)) {
		t.Errorf("image %s %s %q %s", im[0].Side, im[0].Name, im[0].Alt, im[0].Type)
	}
	// The review log gives the first card's ratings, a day apart, in order.
	if len(res.History) != len(res.Cards) {
		t.Fatalf("history of %d cards, want %d", len(res.History), len(res.Cards))
	}
	var ratings []int
	for i, r := range res.History[0] {
		ratings = append(ratings, r.Rating)
		if i > 0 && r.At.Sub(res.History[0][i-1].At) != 24*time.Hour {
			t.Errorf("review %d at %v, not a day after the one before", i, r.At)
		}
	}
	if !reflect.DeepEqual(ratings, []int{3, 3, 1, 3}) {
		t.Errorf("ratings %v, want [3 3 1 3]", ratings)
	}
	for i, h := range res.History[1:] {
		if len(h) != 0 {
			t.Errorf("card %d has a history %v", i+1, h)
		}
	}
}

// TestParseAnkiByStructure: note types are read by their kind and
// templates, not their names: a renamed, translated "Basic (and reversed
// card)" still gives two cards, and a "type in the answer" card puts the
// typed field on the back.
func TestParseAnkiByStructure(t *testing.T) {
	eachLayout(t, testParseAnkiByStructure)
}

func testParseAnkiByStructure(t *testing.T, pack func(testing.TB, ankitest.Collection, map[string][]byte) []byte) {
	rev := ankitest.Reversed(1)
	rev.Name, rev.Fields = "Einfach (mit umgekehrter Karte)", []string{"Vorderseite", "Rückseite"}
	rev.Templates[0].Qfmt, rev.Templates[0].Afmt = "{{Vorderseite}}", "{{FrontSide}}<hr id=answer>{{Rückseite}}"
	rev.Templates[1].Qfmt, rev.Templates[1].Afmt = "{{Rückseite}}", "{{FrontSide}}<hr id=answer>{{Vorderseite}}"
	typed := ankitest.Model{ID: 2, Name: "Basic (type in the answer)", Fields: []string{"Front", "Back"},
		Templates: []ankitest.Template{{Name: "Card 1", Qfmt: "{{Front}}\n\n{{type:Back}}", Afmt: "{{Front}}<hr id=answer>{{type:Back}}"}}}
	cl := ankitest.Cloze(3)
	cl.Name = "Lückentext"
	data := pack(t, ankitest.Collection{
		Models: []ankitest.Model{rev, typed, cl},
		Decks:  map[int64]string{1: "Default"},
		Notes: []ankitest.Note{
			{ID: 1, Model: 1, Fields: []string{"Hund", "dog"}, Cards: []int{0, 1}},
			{ID: 2, Model: 2, Fields: []string{"2 + 2", "4"}, Cards: []int{0}},
			{ID: 3, Model: 3, Fields: []string{"{{c1::Berlin}} ist die Hauptstadt.", ""}, Cards: []int{0}},
		},
	}, nil)
	res, err := formats.ParseAnki(data, formats.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range res.Cards {
		got = append(got, c.Front+" → "+c.Back)
	}
	want := []string{"Hund → dog", "dog → Hund", "2 + 2 → 4", "[...] ist die Hauptstadt. → Berlin ist die Hauptstadt."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if len(res.Skipped) != 0 {
		t.Errorf("skipped %v", res.Skipped)
	}
}

// TestParseAnkiHTML: field HTML becomes plain text, never markup.
func TestParseAnkiHTML(t *testing.T) {
	eachLayout(t, testParseAnkiHTML)
}

func testParseAnkiHTML(t *testing.T, pack func(testing.TB, ankitest.Collection, map[string][]byte) []byte) {
	data := pack(t, ankitest.Collection{
		Models: []ankitest.Model{ankitest.Basic(1)},
		Decks:  map[int64]string{1: "Default"},
		Notes: []ankitest.Note{
			{ID: 1, Model: 1, Fields: []string{`<div>Line one</div><div>Line two<br>three</div><script>alert(1)</script>`, `x &lt;b&gt; y [sound:a.mp3]`}, Cards: []int{0}},
		},
	}, nil)
	res, err := formats.ParseAnki(data, formats.Options{Theme: "t"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Cards) != 1 {
		t.Fatalf("cards = %+v", res.Cards)
	}
	if got, want := res.Cards[0].Front, "Line one\nLine two\nthree"; got != want {
		t.Errorf("front = %q, want %q", got, want)
	}
	if got, want := res.Cards[0].Back, "x <b> y"; got != want {
		t.Errorf("back = %q, want %q", got, want)
	}
	if len(res.Skipped) != 1 || !strings.Contains(res.Skipped[0].Reason, "1 sound not imported") {
		t.Errorf("skipped = %v", res.Skipped)
	}
}

func TestParseAnkiBadPackages(t *testing.T) {
	sample := ankitest.Build(t, ankitest.Sample())
	sample18 := ankitest.Build18(t, ankitest.Sample())
	bomb := ankitest.Bomb(t, formats.MaxAnkiCollection)
	// A note type whose template settings are not a protobuf message: a
	// length that runs past the end.
	badTemplate := ankitest.Build18(t, ankitest.Sample())
	badTemplate = []byte(strings.Replace(string(badTemplate), "\x0a\x09{{Front}}", "\x0a\x7f{{Front}}", 1))
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"not a zip", []byte("PK\x03\x04 this is not really a zip"), "not a zip archive"},
		{"corrupt zip", ankitest.Package(t, ankitest.Sample(), nil)[:600], "not a zip archive"},
		{"no collection", ankitest.Zip(t, "media", "{}", "0", "x"), "holds no Anki collection"},
		{"newer format, truncated", ankitest.Zip(t, "collection.anki21b", "\x28\xb5\x2f\xfd", "collection.anki2", sample), "collection.anki21b in this package is damaged"},
		{"newer format, not compressed", ankitest.Zip(t, "collection.anki21b", sample18, "collection.anki2", sample), "not zstd-compressed"},
		{"newer format, half", ankitest.Zip(t, "collection.anki21b", ankitest.Zstd(t, sample18[:len(sample18)/2])), "cannot be read"},
		{"newer format, bad template", ankitest.Zip(t, "collection.anki21b", ankitest.Zstd(t, badTemplate)), `The card "Card 1" of note type`},
		{"newer format, zstd bomb", ankitest.Bomb21b(t, formats.MaxAnkiCollection), "collection.anki21b in this package unpacks to more than 64 MiB"},
		{"not sqlite", ankitest.Zip(t, "collection.anki2", "hello"), "not an SQLite database"},
		{"damaged sqlite", ankitest.Zip(t, "collection.anki2", sample[:len(sample)/2]), "cannot be read"},
		{"zip bomb", bomb, "unpacks to more than 64 MiB"},
		{"claims to unpack to a lot", ankitest.Claiming(t, 10, 100<<20), "would unpack to more than 512 MiB"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := formats.ParseAnki(c.data, formats.Options{})
			var pe *formats.PackageError
			if !errors.As(err, &pe) {
				t.Fatalf("got %v, %v; want a PackageError", res, err)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q does not say %q", err, c.want)
			}
		})
	}
}

// TestParseAnkiLayoutByTables: a collection is read by its tables, not
// the name of its file, and a media map that cannot be read counts no
// media but refuses nothing.
func TestParseAnkiLayoutByTables(t *testing.T) {
	sample11, sample18 := ankitest.Build(t, ankitest.Sample()), ankitest.Build18(t, ankitest.Sample())
	cases := []struct {
		name  string
		data  []byte
		media int
	}{
		{"schema 18 as collection.anki21", ankitest.Zip(t, "collection.anki21", sample18, "media", "{\"0\": \"a.png\"}"), 1},
		{"schema 11 compressed as collection.anki21b", ankitest.Zip(t, "collection.anki21b", ankitest.Zstd(t, sample11), "media", ankitest.Zstd(t, ankitest.MediaEntries([]string{"a.png", "b.mp3"}, []int{1, 2}))), 2},
		{"a damaged media map", ankitest.Zip(t, "collection.anki21b", ankitest.Zstd(t, sample18), "media", ankitest.Zstd(t, []byte{0x0a, 0x7f})), 0},
		{"media map not compressed", ankitest.Zip(t, "collection.anki21b", ankitest.Zstd(t, sample18), "media", ankitest.MediaEntries([]string{"a.png"}, []int{1})), 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := formats.ParseAnki(c.data, formats.Options{Theme: "t"})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Cards) != 10 {
				t.Errorf("%d cards, want 10", len(res.Cards))
			}
			if want := []string{"Rivers::Danube"}; !reflect.DeepEqual(res.Categories, want) {
				t.Errorf("categories = %q, want %q", res.Categories, want)
			}
			if res.MediaFiles != c.media {
				t.Errorf("media files = %d, want %d", res.MediaFiles, c.media)
			}
		})
	}
}

// TestParseAnkiEntryCount: a package of too many files is refused before
// any is read.
func TestParseAnkiEntryCount(t *testing.T) {
	files := []any{"collection.anki2", ankitest.Build(t, ankitest.Sample())}
	for i := range formats.MaxAnkiEntries {
		files = append(files, "m"+strconv.Itoa(i), "")
	}
	_, err := formats.ParseAnki(ankitest.Zip(t, files...), formats.Options{})
	if err == nil || !strings.Contains(err.Error(), "holds 20001 files") {
		t.Fatalf("err = %v", err)
	}
}

// TestAnkiClozeCases runs the cloze cases from Anki's own tests.
func TestAnkiClozeCases(t *testing.T) {
	path := filepath.Join(formats.FixtureDir(), "anki", "01-cloze.cases.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("fixture missing in CI: %v", err)
		}
		t.Skipf("fixture absent: %v", err)
	}
	var cases struct {
		Numbers []struct {
			Text     string `json:"text"`
			Ordinals []int  `json:"ordinals"`
		} `json:"cloze_numbers"`
		Reveal []struct {
			Text     string `json:"text"`
			Ord      int    `json:"ord"`
			Question bool   `json:"question"`
			Plain    string `json:"plain"`
		} `json:"reveal"`
		Strip []struct {
			Text string `json:"text"`
			Out  string `json:"out"`
		} `json:"strip_clozes"`
	}
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases.Numbers) == 0 || len(cases.Reveal) == 0 {
		t.Fatal("no cases read")
	}
	for _, c := range cases.Numbers {
		got := formats.ClozeOrdinals(c.Text)
		if len(got) == 0 && len(c.Ordinals) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, c.Ordinals) {
			t.Errorf("ordinals of %q = %v, want %v", c.Text, got, c.Ordinals)
		}
	}
	for _, c := range cases.Reveal {
		if got := formats.RevealCloze(c.Text, c.Ord, c.Question); got != c.Plain {
			t.Errorf("reveal(%q, %d, question=%v) = %q, want %q", c.Text, c.Ord, c.Question, got, c.Plain)
		}
	}
	for _, c := range cases.Strip {
		if got := formats.RevealCloze(c.Text, 0, false); got != c.Out {
			t.Errorf("strip(%q) = %q, want %q", c.Text, got, c.Out)
		}
	}
}

// FuzzParseAnki: whatever the bytes, the reader returns a result whose
// cards have both sides and slug themes, or an error; it never panics.
// The seeds are small packages, valid and broken, made here.
func FuzzParseAnki(f *testing.F) {
	small := ankitest.Collection{
		Models: []ankitest.Model{ankitest.Basic(1), ankitest.Cloze(2)},
		Decks:  map[int64]string{1: "Default", 2: "A::B c"},
		Notes: []ankitest.Note{
			{ID: 1, Model: 1, Tags: []string{"t"}, Fields: []string{"a<br>b", "c &amp; d"}, Cards: []int{0}, Deck: 2},
			{ID: 2, Model: 2, Fields: []string{"{{c1::x::h}} {{c2::y {{c3::z}}}}", "e"}, Cards: []int{0, 1, 2, 5}},
		},
	}
	pkg := ankitest.Package(f, small, map[string][]byte{"i.png": []byte("png")})
	coll := ankitest.Build(f, small)
	f.Add(pkg)
	f.Add(pkg[:len(pkg)/2])
	f.Add(ankitest.Zip(f, "collection.anki21", coll))
	f.Add(ankitest.Zip(f, "collection.anki2", coll[:4096]))
	f.Add(ankitest.Zip(f, "media", "{}"))
	f.Add(ankitest.Zip(f, "collection.anki21b", "x"))
	pkg21b := ankitest.Package21b(f, small, map[string][]byte{"i.png": []byte("png")})
	coll18 := ankitest.Build18(f, small)
	f.Add(pkg21b)
	f.Add(pkg21b[:len(pkg21b)/2])
	f.Add(ankitest.Zip(f, "collection.anki21b", ankitest.Zstd(f, coll18)))
	f.Add(ankitest.Zip(f, "collection.anki21", coll18))
	f.Add(ankitest.Zip(f, "collection.anki21b", ankitest.Zstd(f, coll18[:4096])))
	f.Add(ankitest.Zip(f, "collection.anki2", coll, "media", ankitest.Zstd(f, ankitest.MediaEntries([]string{"a.png"}, []int{3}))))
	withImage := small
	withImage.Notes = append([]ankitest.Note{{ID: 3, Model: 1, Fields: []string{`f <img src="p.png">`, `b <img src="s.svg"><img src="missing.gif">`}, Cards: []int{0}}}, small.Notes...)
	png := ankitest.PNG(f, 1, 1, color.RGBA{1, 2, 3, 255})
	f.Add(ankitest.Package(f, withImage, map[string][]byte{"p.png": png, "s.svg": []byte("<svg onload=x></svg>")}))
	f.Add(ankitest.Package21b(f, withImage, map[string][]byte{"p.png": png}))
	f.Add([]byte("PK\x03\x04"))
	// A package Lectern wrote: Basic and Cloze notes, decks, tags, an image.
	var written bytes.Buffer
	if err := formats.WriteAnki(&written, &quiz.Course{
		Course: quiz.CourseInfo{Slug: "s", Title: "S"},
		Themes: []quiz.Theme{{Slug: "t", Title: "T"}},
		Cards: []quiz.Card{
			{Theme: "t", Front: "Paris is in [...].", Back: "Paris is in France.", Tags: []string{"geo"}},
			{Theme: "t", Front: "Flag?", Back: "This", Images: []quiz.Image{{Side: quiz.SideBack, Name: "p.png", Data: png}}},
		},
	}, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		f.Fatal(err)
	}
	f.Add(written.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := formats.ParseAnki(data, formats.Options{Theme: "t"})
		if err != nil {
			return
		}
		for _, c := range res.Cards {
			if strings.TrimSpace(c.Front) == "" || strings.TrimSpace(c.Back) == "" {
				t.Fatalf("card with an empty side: %+v", c)
			}
			if !quiz.ValidSlug(c.Theme) {
				t.Fatalf("card theme %q is not a slug", c.Theme)
			}
			if ps := quiz.ValidateImages(c.Images, true); len(ps) > 0 {
				t.Fatalf("card images Lectern does not keep: %v", ps)
			}
		}
	})
}

// FuzzCloze: the cloze parser never panics, and the answer side keeps
// every character of a text without cloze markers.
func FuzzCloze(f *testing.F) {
	for _, s := range []string{"{{c1::a}}", "{{c1,2::a::b}} {{c3::x {{c4::y}}}}", "}} {{c", "{{c1::open", "{{c0::z}}", "plain"} {
		f.Add(s, 1)
	}
	f.Fuzz(func(t *testing.T, text string, ord int) {
		for _, o := range formats.ClozeOrdinals(text) {
			if o <= 0 {
				t.Fatalf("ordinal %d from %q", o, text)
			}
		}
		_ = formats.RevealCloze(text, ord, true)
		if !strings.Contains(text, "{{c") && !strings.Contains(text, "}}") {
			if got := formats.RevealCloze(text, ord, false); got != text {
				t.Fatalf("reveal(%q) = %q", text, got)
			}
		}
	})
}

// FuzzAnkiNote: note types and fields of any content give cards with
// both sides and slug themes, or an error; never a panic. It runs the
// conversion without SQLite, so it explores far more inputs a second.
func FuzzAnkiNote(f *testing.F) {
	basic := `{"1":{"name":"Basic","type":0,"flds":[{"name":"Front","ord":0},{"name":"Back","ord":1}],"tmpls":[{"name":"Card 1","ord":0,"qfmt":"{{Front}}","afmt":"{{FrontSide}}<hr id=answer>{{Back}}"},{"name":"Card 2","ord":1,"qfmt":"{{#Back}}{{Back}}{{/Back}}","afmt":"{{type:Front}}"}]}}`
	cloze := `{"1":{"name":"Cloze","type":1,"flds":[{"name":"Text","ord":0},{"name":"Extra","ord":1}],"tmpls":[{"name":"Cloze","ord":0,"qfmt":"{{cloze:Text}}","afmt":"{{cloze:Text}}<br>{{Extra}}"}]}}`
	f.Add(basic, "a<br>b\x1fc &amp; <img src=x.png> [sound:y.mp3]", " t1 t2 ", uint8(0))
	f.Add(basic, "x\x1fy", "", uint8(1))
	f.Add(cloze, "{{c1::a::h}} {{c2::b {{c3::c}}}}\x1fextra", "", uint8(2))
	f.Add(cloze, "{{c1,2::a}} }} {{c", "", uint8(5))
	f.Add(`{"1":{"type":7}}`, "", "", uint8(0))
	f.Fuzz(func(t *testing.T, models, flds, tags string, ord uint8) {
		res, err := formats.ConvertNote(models, flds, tags, []int{int(ord % 8), int(ord / 8)}, formats.Options{Theme: "t"})
		if err != nil {
			var pe *formats.PackageError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a PackageError", err)
			}
			return
		}
		for _, c := range res.Cards {
			if strings.TrimSpace(c.Front) == "" || strings.TrimSpace(c.Back) == "" {
				t.Fatalf("card with an empty side: %+v", c)
			}
			if !quiz.ValidSlug(c.Theme) {
				t.Fatalf("card theme %q is not a slug", c.Theme)
			}
		}
	})
}

// BenchmarkParseAnki reads a package of 5,000 Basic notes, the most one
// import takes.
func BenchmarkParseAnki(b *testing.B) {
	for _, l := range ankiLayouts {
		b.Run(l.name, func(b *testing.B) { benchmarkParseAnki(b, l.pack) })
	}
}

func benchmarkParseAnki(b *testing.B, pack func(testing.TB, ankitest.Collection, map[string][]byte) []byte) {
	c := ankitest.Collection{Models: []ankitest.Model{ankitest.Basic(1)}, Decks: map[int64]string{1: "Default"}}
	for i := range quiz.MaxImportItems {
		c.Notes = append(c.Notes, ankitest.Note{ID: int64(i + 1), Model: 1, Tags: []string{"t"},
			Fields: []string{"Question <b>number</b> " + strconv.Itoa(i), "Answer<br>" + strconv.Itoa(i)}, Cards: []int{0}})
	}
	data := pack(b, c, nil)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		res, err := formats.ParseAnki(data, formats.Options{Theme: "t"})
		if err != nil || len(res.Cards) != quiz.MaxImportItems {
			b.Fatal(err)
		}
	}
}

package formats_test

import (
	"archive/zip"
	"bytes"
	"crypto/sha1"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"image/color"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/ankitest"
	"github.com/lectern/lectern/internal/formats"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/quizzes"
)

var writeTime = time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)

// writeAnki writes c as a package.
func writeAnki(t testing.TB, c *quiz.Course) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := formats.WriteAnki(&buf, c, writeTime); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// cardFields is what an Anki package holds of a card, as ParseAnki reads
// it back.
type cardFields struct {
	Theme, Front, Back string
	Tags               []string
	Images             []imageFields
}

type imageFields struct{ Side, Name, Alt, Hash string }

func fieldsOf(c quiz.Card) cardFields {
	f := cardFields{Theme: c.Theme, Front: c.Front, Back: c.Back, Tags: c.Tags}
	for _, im := range c.Images {
		f.Images = append(f.Images, imageFields{im.Side, im.Name, im.Alt, im.Hash})
	}
	return f
}

// wantCards is what a package written from c should read back as: its
// written cards, then a card per question (prompt and answer, the
// question's images on the front, its tags).
func wantCards(c *quiz.Course) []cardFields {
	var out []cardFields
	for _, cd := range c.Cards {
		out = append(out, fieldsOf(cd))
	}
	for i, qc := range formats.QuestionCards(c.Questions) {
		q := c.Questions[i]
		qc.Tags = q.Tags
		for _, im := range q.Images {
			im.Side = quiz.SideFront
			qc.Images = append(qc.Images, im)
		}
		out = append(out, fieldsOf(qc))
	}
	return out
}

// readBack parses a written package, failing on anything left out.
func readBack(t *testing.T, data []byte) []cardFields {
	t.Helper()
	res, err := formats.ParseAnki(data, formats.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Skipped) > 0 {
		t.Errorf("reading the package back left out %v", res.Skipped)
	}
	var out []cardFields
	for _, cd := range res.Cards {
		out = append(out, fieldsOf(cd))
	}
	return out
}

func compareCards(t *testing.T, got, want []cardFields) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("read back %d cards, want %d", len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		g, w := got[i], want[i]
		if len(g.Tags) == 0 {
			g.Tags = nil
		}
		if len(w.Tags) == 0 {
			w.Tags = nil
		}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("card %d:\n got  %+v\n want %+v", i, g, w)
		}
	}
}

func png(t testing.TB, c color.RGBA) []byte { return ankitest.PNG(t, 3, 2, c) }

func mustImage(t testing.TB, side, name, alt string, data []byte) quiz.Image {
	t.Helper()
	im, err := quiz.NewImage(name, alt, data)
	if err != nil {
		t.Fatal(err)
	}
	im.Side = side
	return im
}

// TestWriteAnkiRoundTrip writes every kind of card Lectern holds and reads
// the package back with Lectern's own reader.
func TestWriteAnkiRoundTrip(t *testing.T) {
	red, blue := png(t, color.RGBA{200, 0, 0, 255}), png(t, color.RGBA{0, 0, 200, 255})
	c := &quiz.Course{
		Course: quiz.CourseInfo{Slug: "rivers", Title: "Rivers of Europe"},
		Themes: []quiz.Theme{{Slug: "danube", Title: "Danube"}, {Slug: "rhine-the-border-river", Title: "Rhine: the border river"}, {Slug: "odd", Title: "Not the slug"}},
		Cards: []quiz.Card{
			{ID: "c1", Theme: "danube", Front: "Where does the Danube rise?", Back: "In the Black Forest", Tags: []string{"geo", "rivers"}},
			{ID: "c2", Theme: "danube", Front: "The Danube flows into the [...].", Back: "The Danube flows into the Black Sea."},
			{ID: "c3", Theme: "rhine-the-border-river", Front: "The Rhine rises in [country] and [...].", Back: "The Rhine rises in Switzerland and flows north.\n\nIt is 1,230 km long."},
			{ID: "c4", Theme: "odd", Front: "Which flag?", Back: "This one, with <b> & \"quotes\"\nand a second line",
				Images: []quiz.Image{mustImage(t, quiz.SideFront, "flag.png", "A red flag", red), mustImage(t, quiz.SideBack, "flag.png", "", blue)}},
			{ID: "c5", Front: "No theme [here]", Back: "It goes to the Default deck", Tags: []string{"two words"}},
			{ID: "c6", Theme: "danube", Front: "A {{c1::brace}} [...] in the text", Back: "A {{c1::brace}} shown in the text"},
			{ID: "c7", Theme: "rhine-the-border-river", Front: "Spaces  kept   inside", Back: "[...] is not a gap here"},
		},
		Questions: []quiz.Question{
			{ID: "q1", Theme: "danube", Type: quiz.Single, Kind: quiz.Fact, Prompt: "Which sea?", Tags: []string{"moodle"},
				Options: []quiz.Option{{Text: "Black Sea", Correct: true}, {Text: "North Sea"}},
				Images:  []quiz.Image{mustImage(t, "", "map.png", "A map", red)}},
			{ID: "q2", Theme: "rhine-the-border-river", Type: quiz.TrueFalse, Kind: quiz.Fact, Prompt: "The Rhine is longer than the Danube.",
				Options: []quiz.Option{{Text: "True"}, {Text: "False", Correct: true}}},
			{ID: "q3", Theme: "rhine-the-border-river", Type: quiz.Numeric, Kind: quiz.Fact, Prompt: "How long is the Rhine, in km?",
				Numeric: []quiz.NumericAnswer{{Value: 1230, Tolerance: 10}}},
			{ID: "q4", Theme: "rhine-the-border-river", Type: quiz.Matching, Kind: quiz.Fact, Prompt: "Match river and sea.",
				Pairs: []quiz.Pair{{Left: "Rhine", Right: "North Sea"}, {Left: "Danube", Right: "Black Sea"}}},
		},
	}
	data := writeAnki(t, c)
	want := wantCards(c)
	// Anki's tags hold no spaces.
	want[4].Tags = []string{"two_words"}
	// Anki's media files share one folder: a second file of the same name
	// is renamed after its hash.
	want[3].Images[1].Name = want[3].Images[1].Hash[:12] + "-flag.png"
	compareCards(t, readBack(t, data), want)

	// The cloze cards are Cloze notes, the others Basic ones; each theme
	// is a deck under the course's.
	col := openCollection(t, data)
	kinds := map[string]int{}
	rows, err := col.Query(`SELECT m, count(*) FROM (SELECT CASE WHEN flds LIKE '%{{c1::%' THEN 'cloze' ELSE 'basic' END AS m FROM notes) GROUP BY m`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var m string
		var n int
		if err := rows.Scan(&m, &n); err != nil {
			t.Fatal(err)
		}
		kinds[m] = n
	}
	rows.Close()
	if kinds["cloze"] != 3 || kinds["basic"] != 8 {
		t.Errorf("notes by kind = %v, want 3 cloze and 8 basic", kinds)
	}
	var decksJSON string
	if err := col.QueryRow(`SELECT decks FROM col`).Scan(&decksJSON); err != nil {
		t.Fatal(err)
	}
	var decks map[string]struct{ Name string }
	if err := json.Unmarshal([]byte(decksJSON), &decks); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range decks {
		names = append(names, d.Name)
	}
	for _, want := range []string{"Default", "Rivers of Europe", "Rivers of Europe::Danube", "Rivers of Europe::Rhine: the border river", "Rivers of Europe::odd"} {
		if !strings.Contains("\x00"+strings.Join(names, "\x00")+"\x00", "\x00"+want+"\x00") {
			t.Errorf("decks %q lack %q", names, want)
		}
	}

	// The same course written twice gives the same notes (guids), so that
	// Anki updates them instead of adding them again.
	again := openCollection(t, writeAnki(t, c))
	if g1, g2 := guids(t, col), guids(t, again); !reflect.DeepEqual(g1, g2) || len(g1) != 11 {
		t.Errorf("guids differ between two exports, or repeat: %v, %v", g1, g2)
	}
}

func guids(t *testing.T, db *sql.DB) []string {
	t.Helper()
	rows, err := db.Query(`SELECT DISTINCT guid FROM notes ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var g string
		if err := rows.Scan(&g); err != nil {
			t.Fatal(err)
		}
		out = append(out, g)
	}
	return out
}

// openCollection opens the collection of a written package, checking the
// package holds what Anki reads: collection.anki2 and the media map, every
// file it names present.
func openCollection(t *testing.T, data []byte) *sql.DB {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		files[f.Name] = b
	}
	var media map[string]string
	if err := json.Unmarshal(files["media"], &media); err != nil {
		t.Fatalf("media map: %v (%q)", err, files["media"])
	}
	for entry, name := range media {
		if _, err := strconv.Atoi(entry); err != nil || files[entry] == nil {
			t.Errorf("media map names %q for %q, which the package does not hold as a numbered file", entry, name)
		}
	}
	path := filepath.Join(t.TempDir(), "collection.anki2")
	if err := os.WriteFile(path, files["collection.anki2"], 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestWriteAnkiSchema checks what Anki needs of a schema-11 collection that
// Lectern's own reader does not look at: the version, every note's sort
// field and checksum as Anki computes them (sfld: the first field with
// HTML stripped, an image's file name kept; csum: the number the first 8
// hex digits of that text's SHA-1 make), a card per note in a deck that
// exists, of a note type that exists, new and due in order.
func TestWriteAnkiSchema(t *testing.T) {
	red := png(t, color.RGBA{200, 0, 0, 255})
	c := &quiz.Course{
		Course: quiz.CourseInfo{Slug: "s", Title: "S"},
		Themes: []quiz.Theme{{Slug: "t", Title: "T"}},
		Cards: []quiz.Card{
			{Theme: "t", Front: "Fish & chips <i>", Back: "a"},
			{Theme: "t", Front: "Look:", Back: "b", Images: []quiz.Image{mustImage(t, quiz.SideFront, "my pic.png", "", red)}},
			{Theme: "t", Front: "Paris is in [...].", Back: "Paris is in France."},
		},
	}
	col := openCollection(t, writeAnki(t, c))
	var ver int
	var models, decks string
	if err := col.QueryRow(`SELECT ver, models, decks FROM col WHERE id = 1`).Scan(&ver, &models, &decks); err != nil {
		t.Fatal(err)
	}
	if ver != 11 {
		t.Errorf("col.ver = %d, want 11", ver)
	}
	var ms map[string]struct {
		ID    int64 `json:"id"`
		Type  int   `json:"type"`
		Sortf *int  `json:"sortf"`
		Flds  []struct {
			Name string `json:"name"`
		} `json:"flds"`
		Tmpls []struct {
			Qfmt, Afmt string
		} `json:"tmpls"`
		Req json.RawMessage `json:"req"`
	}
	if err := json.Unmarshal([]byte(models), &ms); err != nil {
		t.Fatal(err)
	}
	var ds map[string]json.RawMessage
	if err := json.Unmarshal([]byte(decks), &ds); err != nil {
		t.Fatal(err)
	}
	for id, m := range ms {
		if strconv.FormatInt(m.ID, 10) != id || m.Sortf == nil || len(m.Flds) != 2 || len(m.Tmpls) != 1 {
			t.Errorf("note type %s = %+v", id, m)
		}
		if m.Type == 0 && len(m.Req) == 0 {
			t.Errorf("standard note type %s has no req", id)
		}
	}
	tagRE := regexp.MustCompile(`<[^>]*>`)
	imgRE := regexp.MustCompile(`<img[^>]*src="([^"]*)"[^>]*>`)
	rows, err := col.Query(`SELECT n.id, n.mid, n.flds, n.sfld, n.csum, c.did, c.type, c.queue, c.due, c.ord
		FROM notes n JOIN cards c ON c.nid = n.id ORDER BY c.due`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var id, mid, csum, did int64
		var flds, sfld string
		var typ, queue, due, ord int
		if err := rows.Scan(&id, &mid, &flds, &sfld, &csum, &did, &typ, &queue, &due, &ord); err != nil {
			t.Fatal(err)
		}
		n++
		first := strings.Split(flds, "\x1f")[0]
		stripped := imgRE.ReplaceAllString(first, " $1 ")
		stripped = tagRE.ReplaceAllString(stripped, "")
		stripped = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'", "&nbsp;", " ").Replace(stripped)
		if sfld != stripped {
			t.Errorf("note %d: sfld %q, want %q", id, sfld, stripped)
		}
		sum := sha1.Sum([]byte(stripped))
		want, _ := strconv.ParseInt(hex.EncodeToString(sum[:])[:8], 16, 64)
		if csum != want {
			t.Errorf("note %d: csum %d, want %d", id, csum, want)
		}
		if ms[strconv.FormatInt(mid, 10)].Flds == nil {
			t.Errorf("note %d: note type %d is not in col.models", id, mid)
		}
		if ds[strconv.FormatInt(did, 10)] == nil {
			t.Errorf("card of note %d: deck %d is not in col.decks", id, did)
		}
		if typ != 0 || queue != 0 || due != n || ord != 0 {
			t.Errorf("card of note %d: type %d queue %d due %d ord %d, want a new card due %d", id, typ, queue, due, ord, n)
		}
	}
	if n != 3 {
		t.Errorf("%d notes with their card, want 3", n)
	}
	var sfld string
	if err := col.QueryRow(`SELECT sfld FROM notes WHERE flds LIKE 'Look:%'`).Scan(&sfld); err != nil {
		t.Fatal(err)
	}
	if sfld != "Look: my%20pic.png " {
		t.Errorf("sfld of the note with an image = %q, want its file name kept", sfld)
	}
}

// TestWriteAnkiFirstCourse writes the built-in course and reads it back:
// every written card and every question keeps its front, back, theme,
// tags and images.
func TestWriteAnkiFirstCourse(t *testing.T) {
	cs, err := quizzes.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	c := cs[0]
	got := readBack(t, writeAnki(t, c))
	compareCards(t, got, wantCards(c))
	if len(got) != len(c.Cards)+len(c.Questions) {
		t.Errorf("read back %d cards from %d cards and %d questions", len(got), len(c.Cards), len(c.Questions))
	}
}

// TestWriteAnkiMoodleFixtures writes the questions of each Moodle XML
// fixture, their images included, and reads them back.
func TestWriteAnkiMoodleFixtures(t *testing.T) {
	files := fixtureGlob(t, "moodle-xml/*.xml")
	images := 0
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			res, err := formats.ParseMoodleXML(f, formats.Options{Theme: "imported"})
			if err != nil {
				t.Skipf("the fixture is refused: %v", err)
			}
			c := &quiz.Course{Course: quiz.CourseInfo{Slug: "m", Title: "Moodle"}, Questions: res.Questions, Cards: res.Cards}
			for _, q := range res.Questions {
				images += len(q.Images)
			}
			compareCards(t, readBack(t, writeAnki(t, c)), wantCards(c))
		})
	}
	if images == 0 {
		t.Error("no fixture question had an image: the images went untested")
	}
}

// TestWriteAnkiAnkiFixtures reads Anki's own cloze cases and the Anki text
// fixtures as cards, writes them as a package and reads it back.
func TestWriteAnkiAnkiFixtures(t *testing.T) {
	var c quiz.Course
	c.Course = quiz.CourseInfo{Slug: "anki", Title: "Anki"}
	// Anki's cloze cases, each a Cloze note in a package, read as cards.
	raw, err := os.ReadFile(fixtureGlob(t, "anki/01-cloze.cases.json")[0])
	if err != nil {
		t.Fatal(err)
	}
	var cases struct {
		Reveal []struct {
			Text string `json:"text"`
		} `json:"reveal"`
		Numbers []struct {
			Text string `json:"text"`
		} `json:"cloze_numbers"`
	}
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	coll := ankitest.Collection{Models: []ankitest.Model{ankitest.Cloze(1)}, Decks: map[int64]string{1: "Default"}}
	seen := map[string]bool{}
	for i, r := range append(cases.Reveal, cases.Numbers...) {
		if seen[r.Text] {
			continue
		}
		seen[r.Text] = true
		var ords []int
		for _, o := range formats.ClozeOrdinals(r.Text) {
			ords = append(ords, o-1)
		}
		coll.Notes = append(coll.Notes, ankitest.Note{ID: int64(i + 1), Model: 1, Fields: []string{r.Text, "extra " + strconv.Itoa(i)}, Cards: ords, Tags: []string{"case"}})
	}
	res, err := formats.ParseAnki(ankitest.Package(t, coll, nil), formats.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Cards) < 5 {
		t.Fatalf("only %d cloze cards read from the cases", len(res.Cards))
	}
	c.Cards = append(c.Cards, res.Cards...)
	seen = map[string]bool{}
	for _, cd := range res.Cards {
		seen[quiz.Normalize(cd.Front)] = true
	}
	// The text fixtures, read as Anki imports them.
	for _, path := range fixtureGlob(t, "anki/0[3-7]-manual-*.txt") {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		r, err := formats.ParseCSV(f, 0, formats.Options{})
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for _, cd := range r.Cards {
			// A front met before would be left out on reading, as Anki's
			// duplicates are.
			if !seen[quiz.Normalize(cd.Front)] {
				seen[quiz.Normalize(cd.Front)] = true
				c.Cards = append(c.Cards, cd)
			}
		}
	}
	data := writeAnki(t, &c)
	compareCards(t, readBack(t, data), wantCards(&c))
	// Each cloze card read from Anki goes back as a Cloze note.
	col := openCollection(t, data)
	var clozes int
	if err := col.QueryRow(`SELECT count(*) FROM notes WHERE mid = (SELECT mid FROM notes WHERE flds LIKE '%{{c1::%' LIMIT 1)`).Scan(&clozes); err != nil {
		t.Fatal(err)
	}
	if clozes != len(res.Cards) {
		t.Errorf("%d Cloze notes written for %d cloze cards", clozes, len(res.Cards))
	}
}

// fixtureGlob returns the shared fixtures matching pattern: skipped where
// they are absent, failing under CI=true.
func fixtureGlob(t *testing.T, pattern string) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(formats.FixtureDir(), pattern))
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no fixtures match %s in %s", pattern, formats.FixtureDir())
		}
		t.Skipf("no fixtures match %s in %s (set LECTERN_FIXTURES)", pattern, formats.FixtureDir())
	}
	return files
}

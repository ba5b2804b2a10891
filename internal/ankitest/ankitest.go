// Package ankitest builds Anki packages (.apkg) for tests, in the two
// layouts Anki writes. Schema 11 (rslib/src/storage/schema11.sql), which
// Anki exports as collection.anki2 or, with "Support older Anki versions",
// collection.anki21: the col, notes, cards, revlog and graves tables, note
// types and decks as JSON in col, fields joined by U+001F, and the whole
// zipped with a JSON media map. Schema 18, which Anki 2.1.50 and later
// export by default as collection.anki21b: the same notes, cards and
// revlog, with note types, fields, card templates and decks in tables of
// their own (settings as protobuf messages), the database compressed with
// zstd, and the media map a zstd-compressed protobuf message.
package ankitest

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"database/sql"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
	"google.golang.org/protobuf/encoding/protowire"
	_ "modernc.org/sqlite"
)

// The schema-11 tables, as Anki creates them.
const schema = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null,
  left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
`

// schema18 adds the tables Anki's schema 15 to 18 upgrades create
// (rslib/src/storage/upgrades/schema15_upgrade.sql and after); col keeps
// its columns, with empty models and decks.
const schema18 = `
CREATE TABLE deck_config (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE nocase, mtime_secs integer NOT NULL,
  usn integer NOT NULL, config blob NOT NULL);
CREATE TABLE config (KEY text NOT NULL PRIMARY KEY, usn integer NOT NULL, mtime_secs integer NOT NULL, val blob NOT NULL) without rowid;
CREATE TABLE fields (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE nocase, config blob NOT NULL,
  PRIMARY KEY (ntid, ord)) without rowid;
CREATE UNIQUE INDEX idx_fields_name_ntid ON fields (name, ntid);
CREATE TABLE templates (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE nocase, mtime_secs integer NOT NULL,
  usn integer NOT NULL, config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
CREATE UNIQUE INDEX idx_templates_name_ntid ON templates (name, ntid);
CREATE TABLE notetypes (id integer NOT NULL PRIMARY KEY, name text NOT NULL COLLATE nocase, mtime_secs integer NOT NULL,
  usn integer NOT NULL, config blob NOT NULL);
CREATE UNIQUE INDEX idx_notetypes_name ON notetypes (name);
CREATE TABLE decks (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE nocase, mtime_secs integer NOT NULL,
  usn integer NOT NULL, common blob NOT NULL, kind blob NOT NULL);
CREATE UNIQUE INDEX idx_decks_name ON decks (name);
CREATE TABLE tags (tag text NOT NULL PRIMARY KEY COLLATE nocase, usn integer NOT NULL, collapsed boolean NOT NULL,
  config blob NULL) without rowid;
`

// Template is a card template: its question and answer formats.
type Template struct{ Name, Qfmt, Afmt string }

// Model is a note type.
type Model struct {
	ID        int64
	Name      string
	Type      int // 0 standard, 1 cloze
	Fields    []string
	Templates []Template
}

// Basic is Anki's stock "Basic" note type.
func Basic(id int64) Model {
	return Model{ID: id, Name: "Basic", Fields: []string{"Front", "Back"},
		Templates: []Template{{"Card 1", "{{Front}}", "{{FrontSide}}<hr id=answer>{{Back}}"}}}
}

// Reversed is Anki's "Basic (and reversed card)".
func Reversed(id int64) Model {
	return Model{ID: id, Name: "Basic (and reversed card)", Fields: []string{"Front", "Back"},
		Templates: []Template{
			{Name: "Card 1", Qfmt: "{{Front}}", Afmt: "{{FrontSide}}<hr id=answer>{{Back}}"},
			{Name: "Card 2", Qfmt: "{{Back}}", Afmt: "{{FrontSide}}<hr id=answer>{{Front}}"},
		}}
}

// OptionalReversed is Anki's "Basic (optional reversed card)".
func OptionalReversed(id int64) Model {
	return Model{ID: id, Name: "Basic (optional reversed card)", Fields: []string{"Front", "Back", "Add Reverse"},
		Templates: []Template{
			{Name: "Card 1", Qfmt: "{{Front}}", Afmt: "{{FrontSide}}<hr id=answer>{{Back}}"},
			{Name: "Card 2", Qfmt: "{{#Add Reverse}}{{Back}}{{/Add Reverse}}", Afmt: "{{FrontSide}}<hr id=answer>{{Front}}"},
		}}
}

// Cloze is Anki's "Cloze".
func Cloze(id int64) Model {
	return Model{ID: id, Name: "Cloze", Type: 1, Fields: []string{"Text", "Back Extra"},
		Templates: []Template{{"Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>{{Back Extra}}"}}}
}

// Note is a note with its cards: Cards lists the template ordinals (for a
// cloze note, deletion number minus one) that have a card, each in Deck.
type Note struct {
	ID     int64
	Model  int64
	Tags   []string
	Fields []string
	Cards  []int
	Deck   int64
	// Reviews are the ratings (1 to 4) given to the note's first card, a
	// day apart, recorded in revlog.
	Reviews []int
}

// Collection describes a collection.
type Collection struct {
	Models []Model
	Decks  map[int64]string
	Notes  []Note
}

// Build writes the collection as a schema-11 SQLite database and returns
// its bytes.
func Build(t testing.TB, c Collection) []byte {
	t.Helper()
	return build(t, c, 11)
}

// Build18 writes the collection as a schema-18 SQLite database (not
// compressed) and returns its bytes.
func Build18(t testing.TB, c Collection) []byte {
	t.Helper()
	return build(t, c, 18)
}

func build(t testing.TB, c Collection, ver int) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "collection.anki2")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(schema); err != nil {
		t.Fatal(err)
	}
	if ver == 18 {
		if _, err := db.Exec(schema18); err != nil {
			t.Fatal(err)
		}
		writeNoteTypes18(t, db, c)
		if _, err := db.Exec(`INSERT INTO col VALUES (1, 1700000000, 1700000000000, 1700000000000, 18, 0, 0, 0, '', '', '', '', '')`); err != nil {
			t.Fatal(err)
		}
	} else {
		writeNoteTypes11(t, db, c)
	}
	// One transaction: a file of thousands of notes is written at once.
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	cardID := int64(1700000000000)
	for _, n := range c.Notes {
		flds := strings.Join(n.Fields, "\x1f")
		tags := ""
		if len(n.Tags) > 0 {
			tags = " " + strings.Join(n.Tags, " ") + " "
		}
		if _, err := tx.Exec(`INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, ?, 0, 0, '')`, n.ID, fmt.Sprintf("g%d", n.ID), n.Model, tags, flds, n.Fields[0]); err != nil {
			t.Fatal(err)
		}
		deck := n.Deck
		if deck == 0 {
			deck = 1
		}
		for i, ord := range n.Cards {
			cardID++
			if _, err := tx.Exec(`INSERT INTO cards VALUES (?, ?, ?, ?, 0, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')`, cardID, n.ID, deck, ord, cardID); err != nil {
				t.Fatal(err)
			}
			if i > 0 {
				continue
			}
			at := int64(1700000000000)
			for _, r := range n.Reviews {
				at += 86400000
				if _, err := tx.Exec(`INSERT INTO revlog VALUES (?, ?, 0, ?, 1, 0, 2500, 6000, 1)`, at, cardID, r); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// writeNoteTypes11 writes the note types and decks as JSON in col.
func writeNoteTypes11(t testing.TB, db *sql.DB, c Collection) {
	t.Helper()
	models := map[string]any{}
	for _, m := range c.Models {
		var flds, tmpls []map[string]any
		for i, f := range m.Fields {
			flds = append(flds, map[string]any{"name": f, "ord": i, "sticky": false, "rtl": false, "font": "Arial", "size": 20})
		}
		for i, tm := range m.Templates {
			tmpls = append(tmpls, map[string]any{"name": tm.Name, "ord": i, "qfmt": tm.Qfmt, "afmt": tm.Afmt, "did": nil, "bqfmt": "", "bafmt": ""})
		}
		models[fmt.Sprint(m.ID)] = map[string]any{"id": m.ID, "name": m.Name, "type": m.Type, "mod": 0, "usn": 0,
			"sortf": 0, "did": 1, "tmpls": tmpls, "flds": flds, "css": ".card {}", "latexPre": "", "latexPost": "", "tags": []string{}, "vers": []int{}}
	}
	decks := map[string]any{}
	for id, name := range c.Decks {
		decks[fmt.Sprint(id)] = map[string]any{"id": id, "name": name, "mod": 0, "usn": 0, "dyn": 0, "conf": 1, "desc": ""}
	}
	mj, _ := json.Marshal(models)
	dj, _ := json.Marshal(decks)
	if _, err := db.Exec(`INSERT INTO col VALUES (1, 1700000000, 1700000000000, 1700000000000, 11, 0, 0, 0, '{}', ?, ?, '{}', '{}')`, string(mj), string(dj)); err != nil {
		t.Fatal(err)
	}
}

// writeNoteTypes18 writes the note types, their fields and templates, and
// the decks in the tables of schema 18, with their settings as the
// protobuf messages of Anki's proto/anki/notetypes.proto and decks.proto
// (only the fields a reader needs, and a few others as Anki sets them).
func writeNoteTypes18(t testing.TB, db *sql.DB, c Collection) {
	t.Helper()
	for _, m := range c.Models {
		// Notetype.Config: kind (1; left out when 0, as proto3 does),
		// sort_field_idx (2), css (3).
		var config []byte
		if m.Type != 0 {
			config = protowire.AppendTag(config, 1, protowire.VarintType)
			config = protowire.AppendVarint(config, uint64(m.Type))
		}
		config = protowire.AppendTag(config, 3, protowire.BytesType)
		config = protowire.AppendString(config, ".card {}")
		if _, err := db.Exec(`INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)`, m.ID, m.Name, config); err != nil {
			t.Fatal(err)
		}
		for i, f := range m.Fields {
			// Notetype.Field.Config: font_name (3), font_size (4).
			var fc []byte
			fc = protowire.AppendTag(fc, 3, protowire.BytesType)
			fc = protowire.AppendString(fc, "Arial")
			fc = protowire.AppendTag(fc, 4, protowire.VarintType)
			fc = protowire.AppendVarint(fc, 20)
			if _, err := db.Exec(`INSERT INTO fields VALUES (?, ?, ?, ?)`, m.ID, i, f, fc); err != nil {
				t.Fatal(err)
			}
		}
		for i, tm := range m.Templates {
			// Notetype.Template.Config: q_format (1), a_format (2).
			var tc []byte
			tc = protowire.AppendTag(tc, 1, protowire.BytesType)
			tc = protowire.AppendString(tc, tm.Qfmt)
			tc = protowire.AppendTag(tc, 2, protowire.BytesType)
			tc = protowire.AppendString(tc, tm.Afmt)
			if _, err := db.Exec(`INSERT INTO templates VALUES (?, ?, ?, 0, 0, ?)`, m.ID, i, tm.Name, tc); err != nil {
				t.Fatal(err)
			}
		}
	}
	for id, name := range c.Decks {
		// Deck.kind: normal (1), a Deck.Normal whose config_id (1) is 1.
		kind := protowire.AppendTag(nil, 1, protowire.BytesType)
		kind = protowire.AppendBytes(kind, protowire.AppendVarint(protowire.AppendTag(nil, 1, protowire.VarintType), 1))
		if _, err := db.Exec(`INSERT INTO decks VALUES (?, ?, 0, 0, ?, ?)`, id, strings.ReplaceAll(name, "::", "\x1f"), []byte{}, kind); err != nil {
			t.Fatal(err)
		}
	}
}

// Zstd compresses data as Anki does its newer packages' entries.
func Zstd(t testing.TB, data []byte) []byte {
	t.Helper()
	enc, err := zstd.NewWriter(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer enc.Close()
	return enc.EncodeAll(data, nil)
}

// MediaEntries encodes a media map as the newer packages hold it, before
// compression: a MediaEntries message (proto/anki/import_export.proto)
// with one entries field (1) per file, each with its name (1) and size (2);
// the file numbered i in the archive is the i-th entry.
func MediaEntries(names []string, sizes []int) []byte {
	var b []byte
	for i, name := range names {
		var e []byte
		e = protowire.AppendTag(e, 1, protowire.BytesType)
		e = protowire.AppendString(e, name)
		e = protowire.AppendTag(e, 2, protowire.VarintType)
		e = protowire.AppendVarint(e, uint64(sizes[i]))
		b = protowire.AppendTag(b, 1, protowire.BytesType)
		b = protowire.AppendBytes(b, e)
	}
	return b
}

// Stub is the collection.anki2 that a newer package holds beside
// collection.anki21b: one Basic note asking to update Anki.
func Stub(t testing.TB) []byte {
	t.Helper()
	return Build(t, Collection{
		Models: []Model{Basic(1)},
		Decks:  map[int64]string{1: "Default"},
		Notes: []Note{{ID: 1, Model: 1, Cards: []int{0},
			Fields: []string{"Please update to the latest Anki version, then import the .colpkg/.apkg file again.", ""}}},
	})
}

// Package21b builds an .apkg as Anki 2.1.50 and later export it by
// default: a meta entry (PackageMetadata, version 3), the stub
// collection.anki2, the collection as schema 18 compressed with zstd in
// collection.anki21b, the media files numbered as Anki numbers them, each
// compressed, and the media map as a compressed MediaEntries message.
func Package21b(t testing.TB, c Collection, media map[string][]byte) []byte {
	t.Helper()
	meta := protowire.AppendVarint(protowire.AppendTag(nil, 1, protowire.VarintType), 3)
	files := []any{"meta", meta, "collection.anki2", Stub(t), "collection.anki21b", Zstd(t, Build18(t, c))}
	var names []string
	var sizes []int
	for name, data := range media {
		files = append(files, fmt.Sprint(len(names)), Zstd(t, data))
		names = append(names, name)
		sizes = append(sizes, len(data))
	}
	files = append(files, "media", Zstd(t, MediaEntries(names, sizes)))
	return Zip(t, files...)
}

// Zip packs files into a zip archive, in the order given (name, content,
// name, content, …).
func Zip(t testing.TB, files ...any) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(files); i += 2 {
		w, err := zw.Create(files[i].(string))
		if err != nil {
			t.Fatal(err)
		}
		var data []byte
		switch v := files[i+1].(type) {
		case []byte:
			data = v
		case string:
			data = []byte(v)
		}
		if _, err := w.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Package builds an .apkg: the collection as collection.anki2, the media
// map, and the media files numbered as Anki numbers them.
func Package(t testing.TB, c Collection, media map[string][]byte) []byte {
	t.Helper()
	files := []any{"collection.anki2", Build(t, c)}
	mediaMap := map[string]string{}
	i := 0
	for name, data := range media {
		key := fmt.Sprint(i)
		mediaMap[key] = name
		files = append(files, key, data)
		i++
	}
	mj, _ := json.Marshal(mediaMap)
	files = append(files, "media", mj)
	return Zip(t, files...)
}

// Sample is a small deck with every case a reader meets: Basic notes with
// tags and an image, a reversed note, an optional reversed note with and
// without its reverse, a cloze note with several deletions and a hint, a
// note type Lectern cannot read, and decks that map to the themes of
// quiztest.Course (danube) or to none (Default).
func Sample() Collection {
	occlusion := Model{ID: 5, Name: "Image Occlusion", Fields: []string{"Image", "Header"},
		Templates: []Template{{"Card 1", "{{#Image}}{{Image}}{{/Image}}", "{{FrontSide}}"}}}
	return Collection{
		Models: []Model{Basic(1), Reversed(2), OptionalReversed(3), Cloze(4), occlusion},
		Decks:  map[int64]string{1: "Default", 10: "Rivers::Danube"},
		Notes: []Note{
			{ID: 100, Model: 1, Tags: []string{"geo", "rivers"}, Fields: []string{"Where does the Danube end?", "In the <b>Black Sea</b>"}, Cards: []int{0}, Deck: 10, Reviews: []int{3, 3, 1, 3}},
			{ID: 101, Model: 1, Fields: []string{"Which river is this?<br><img src=\"danube.jpg\">", "The Danube &amp; its delta"}, Cards: []int{0}, Deck: 10},
			{ID: 102, Model: 2, Tags: []string{"capitals"}, Fields: []string{"Vienna", "Capital of Austria"}, Cards: []int{0, 1}},
			{ID: 103, Model: 3, Fields: []string{"Budapest", "Capital of Hungary", "y"}, Cards: []int{0, 1}},
			{ID: 104, Model: 3, Fields: []string{"Bratislava", "Capital of Slovakia", ""}, Cards: []int{0}},
			{ID: 105, Model: 4, Tags: []string{"cloze"}, Fields: []string{"The {{c1::Danube}} flows through {{c2::ten::how many?}} countries to the {{c3::Black Sea}}.", "It is Europe's second-longest river."}, Cards: []int{0, 1, 2}, Deck: 10},
			{ID: 106, Model: 5, Fields: []string{"<img src=\"map.png\">", "Map"}, Cards: []int{0}},
			{ID: 107, Model: 5, Fields: []string{"<img src=\"map2.png\">", "Map 2"}, Cards: []int{0}},
		},
	}
}

// Bomb returns a zip archive whose collection.anki2 is the SQLite header
// followed by n zero bytes: a few kilobytes that unpack to n.
func Bomb(t testing.TB, n int64) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestSpeed)
	})
	w, err := zw.Create("collection.anki2")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.WriteString(w, "SQLite format 3\x00"); err != nil {
		t.Fatal(err)
	}
	if _, err := io.CopyN(w, zeros{}, n); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Bomb21b returns a zip archive whose collection.anki21b is the SQLite
// header followed by n zero bytes, compressed with zstd: a few kilobytes
// that unpack to n.
func Bomb21b(t testing.TB, n int64) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc, err := zstd.NewWriter(&buf, zstd.WithEncoderConcurrency(1))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.WriteString(enc, "SQLite format 3\x00"); err != nil {
		t.Fatal(err)
	}
	if _, err := io.CopyN(enc, zeros{}, n); err != nil {
		t.Fatal(err)
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	return Zip(t, "collection.anki21b", buf.Bytes())
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// Claiming returns a zip archive of count small files, each of which
// claims in its header to unpack to size bytes.
func Claiming(t testing.TB, count int, size uint64) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := range count {
		w, err := zw.CreateRaw(&zip.FileHeader{Name: fmt.Sprint(i), Method: zip.Store, CompressedSize64: 1, UncompressedSize64: size})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte{0}); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// PNG returns a small PNG image (w×h pixels of one colour), for packages
// with media.
func PNG(t testing.TB, w, h int, c color.RGBA) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.SetRGBA(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

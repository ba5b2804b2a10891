package formats

import (
	"archive/zip"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/klauspost/compress/zstd"
	"google.golang.org/protobuf/encoding/protowire"

	"github.com/lectern/lectern/internal/quiz"

	// The SQLite driver reads the collection inside a package.
	_ "modernc.org/sqlite"
)

// Anki packages: an .apkg (a deck) or .colpkg (a whole collection) is a
// zip archive holding the collection as an SQLite database, named
// collection.anki2 (Anki 2.0), collection.anki21 (Anki 2.1, or a newer Anki
// exporting with "Support older Anki versions"), or collection.anki21b
// (zstd-compressed, Anki 2.1.50 and later by default), and a "media" file
// mapping the numbered media entries to file names. Lectern reads both
// layouts of the collection: schema 11 (collection.anki2 and .anki21),
// with note types and decks as JSON in the col table, and schema 18
// (collection.anki21b), with note types in the notetypes, fields and
// templates tables, their settings as protobuf messages, and decks in the
// decks table. In both, notes hold their fields separated by U+001F and
// cards hold one row per card. A package in the newer layout also holds a
// stub collection.anki2 that only asks to update Anki, and its media map is
// a zstd-compressed protobuf message instead of JSON.

// Limits on what a package may hold; its own sizes are not trusted.
const (
	// MaxAnkiEntries is the most files a package may hold (media included).
	MaxAnkiEntries = 20000
	// MaxAnkiUnpacked is the most all of a package's files may unpack to,
	// by their own account.
	MaxAnkiUnpacked = 512 << 20
	// MaxAnkiCollection is the largest collection database read.
	MaxAnkiCollection = 64 << 20
	// maxAnkiMediaMap is the largest media map read.
	maxAnkiMediaMap = 4 << 20
	// maxAnkiNotes and maxAnkiCards bound the rows read from a collection.
	maxAnkiNotes = 4 * quiz.MaxImportItems
	maxAnkiCards = 8 * quiz.MaxImportItems
)

// PackageError is a problem with an Anki package as a whole: it is not a
// zip, holds no collection, is too large once unpacked, or is in a layout
// Lectern does not read. Its message says what to do.
type PackageError struct{ Msg string }

func (e *PackageError) Error() string { return e.Msg }

func packageErr(format string, args ...any) error {
	return &PackageError{Msg: fmt.Sprintf(format, args...)}
}

// exportHint says how to export a package Lectern reads.
const exportHint = `in Anki, choose File › Export, "Anki Deck Package (.apkg)" or "Anki Collection Package (.colpkg)"`

// ankiModel is a note type as schema 11 stores it in col.models; the
// tables of schema 18 are read into the same shape.
type ankiModel struct {
	Name  string         `json:"name"`
	Type  int            `json:"type"` // 0 standard, 1 cloze
	Flds  []ankiField    `json:"flds"`
	Tmpls []ankiTemplate `json:"tmpls"`
}

// ankiField is a field of a note type.
type ankiField struct {
	Name string `json:"name"`
	Ord  int    `json:"ord"`
}

// ankiTemplate is a card template of a note type.
type ankiTemplate struct {
	Name string `json:"name"`
	Ord  int    `json:"ord"`
	Qfmt string `json:"qfmt"`
	Afmt string `json:"afmt"`
}

// noteKind is how Lectern turns a note type's cards into flashcards.
type noteKind struct {
	name string
	// cloze is the index of the cloze field; -1 for a standard note type.
	cloze int
	// extra are the fields shown after a cloze's answer.
	extra []int
	// front and back are the fields of each standard template, by ord.
	front, back map[int][]int
	// why says why the note type cannot be imported; "" when it can.
	why string
}

var fieldRefRE = regexp.MustCompile(`\{\{([^{}]+)\}\}`)

// specialFields are template references that are not note fields.
var specialFields = map[string]bool{
	"FrontSide": true, "Tags": true, "Type": true, "Deck": true, "Subdeck": true,
	"Card": true, "CardFlag": true, "CardID": true,
}

// templateFields returns the indexes of the fields a template shows, in
// order of first use, leaving out conditionals ({{#F}}, {{^F}}, {{/F}})
// and special fields. With answer false, {{type:F}} is left out: the
// answer typed in is the back of the card. cloze lists the fields used
// with the cloze filter.
func templateFields(tmpl string, names map[string]int, answer bool) (fields, cloze []int) {
	seen := map[int]bool{}
	for _, m := range fieldRefRE.FindAllStringSubmatch(tmpl, -1) {
		ref := strings.TrimSpace(m[1])
		if ref == "" || strings.ContainsAny(ref[:1], "#^/!") {
			continue
		}
		parts := strings.Split(ref, ":")
		name := strings.TrimSpace(parts[len(parts)-1])
		filters := parts[:len(parts)-1]
		i, ok := names[name]
		if !ok || specialFields[name] {
			continue
		}
		isCloze, isType := false, false
		for _, f := range filters {
			switch strings.TrimSpace(f) {
			case "cloze":
				isCloze = true
			case "type":
				isType = true
			}
		}
		if isCloze {
			cloze = append(cloze, i)
		}
		if isType && !answer {
			continue
		}
		if !seen[i] {
			seen[i] = true
			fields = append(fields, i)
		}
	}
	return fields, cloze
}

// classify decides how a note type's cards become flashcards, from its
// type and its templates (never its name, which users rename and
// translate).
func classify(m ankiModel) noteKind {
	k := noteKind{name: m.Name, cloze: -1, front: map[int][]int{}, back: map[int][]int{}}
	names := map[string]int{}
	for i, f := range m.Flds {
		names[f.Name] = i
	}
	switch m.Type {
	case 1:
		for _, t := range m.Tmpls {
			q, cz := templateFields(t.Qfmt, names, false)
			if len(cz) == 0 {
				continue
			}
			k.cloze = cz[0]
			a, _ := templateFields(t.Afmt, names, true)
			for _, i := range a {
				if !slices.Contains(q, i) && i != k.cloze {
					k.extra = append(k.extra, i)
				}
			}
			break
		}
		if k.cloze < 0 {
			k.why = "a cloze note type whose template shows no {{cloze:…}} field"
		}
	case 0:
		if len(m.Tmpls) == 0 {
			k.why = "it has no card templates"
		}
		for _, t := range m.Tmpls {
			q, _ := templateFields(t.Qfmt, names, false)
			a, _ := templateFields(t.Afmt, names, true)
			var back []int
			for _, i := range a {
				if !slices.Contains(q, i) {
					back = append(back, i)
				}
			}
			if len(q) == 0 || len(back) == 0 {
				k.why = fmt.Sprintf("its card %q does not show a field on the front and another on the back", t.Name)
				break
			}
			k.front[t.Ord], k.back[t.Ord] = q, back
		}
	default:
		k.why = fmt.Sprintf("its kind (%d) is neither standard nor cloze", m.Type)
	}
	return k
}

// ParseAnki reads an Anki package (.apkg or .colpkg): every card of a
// standard note type becomes a flashcard (front: the fields its template
// shows on the question side; back: those the answer side adds), so a
// "reversed card" note gives two; every cloze card becomes a flashcard
// whose front hides its deletions ("[...]", or "[hint]") and whose back is
// the whole text, then the fields shown after it (Back Extra). Field HTML
// becomes plain text. Notes of a type Lectern cannot read, images, sounds,
// and cards whose front repeats an earlier one are left out and listed in
// Result.Skipped (with line 0). Each card's theme is the slug of its deck's
// last part, else opts.Theme; its tags are the note's.
func ParseAnki(data []byte, opts Options) (*Result, error) {
	opts, err := opts.check()
	if err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, packageErr("This is not an Anki package: it is not a zip archive, or it is damaged. Export it again from Anki (%s).", exportHint)
	}
	if len(zr.File) > MaxAnkiEntries {
		return nil, packageErr("This package holds %d files, more than the %d Lectern reads: export the deck without its media.", len(zr.File), MaxAnkiEntries)
	}
	var total uint64
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > MaxAnkiUnpacked {
			return nil, packageErr("This package would unpack to more than %s, more than Lectern reads: export the deck without its media.", sizeText(MaxAnkiUnpacked))
		}
		files[f.Name] = f
	}
	// A package from Anki 2.1.50 or later holds the collection as
	// collection.anki21b beside a stub collection.anki2: the former is
	// the real one.
	var db []byte
	if f := files["collection.anki21b"]; f != nil {
		db, err = readZstdEntry(f, MaxAnkiCollection)
	} else {
		coll := files["collection.anki21"]
		if coll == nil {
			coll = files["collection.anki2"]
		}
		if coll == nil {
			return nil, packageErr("This zip archive holds no Anki collection (collection.anki21b, collection.anki21 or collection.anki2): it is not an Anki package. Export it from Anki (%s).", exportHint)
		}
		db, err = readZipEntry(coll, MaxAnkiCollection)
	}
	if err != nil {
		return nil, err
	}
	res, err := readCollection(db, opts)
	if err != nil {
		return nil, err
	}
	media := map[string]*zip.File{}
	if mf := files["media"]; mf != nil {
		names := mediaNames(mf)
		res.MediaFiles = len(names)
		for entry, name := range names {
			if f := files[entry]; f != nil {
				media[name] = f
			}
		}
	}
	attachMedia(res, media)
	return res, nil
}

// attachMedia reads the image each card names from the package's media
// files: an image missing from the package, too large, or of a type Lectern
// does not show (SVG among them) is left out of the card, and counted.
func attachMedia(res *Result, media map[string]*zip.File) {
	read := map[string][]byte{}
	missing, bad := 0, 0
	for i := range res.Cards {
		cd := &res.Cards[i]
		var kept []quiz.Image
		for _, im := range cd.Images {
			data, ok := read[im.Name]
			if !ok {
				if f := media[im.Name]; f != nil {
					if raw, err := readZipEntry(f, quiz.MaxImageBytes*2); err == nil {
						if bytes.HasPrefix(raw, zstdMagic) {
							raw, err = unzstd(raw, f.Name, quiz.MaxImageBytes*2)
						}
						if err == nil {
							data = raw
						}
					}
				}
				read[im.Name] = data
			}
			if data == nil {
				missing++
				continue
			}
			if len(kept) == quiz.MaxImages {
				bad++
				continue
			}
			img, ok := res.addImage(0, fmt.Sprintf("card %q", cd.Front), im.Name, im.Alt, data)
			if !ok {
				continue
			}
			img.Side = im.Side
			kept = append(kept, img)
		}
		cd.Images = kept
	}
	if missing > 0 {
		res.skip(0, "%s not imported: the package does not hold %s (export the deck with its media)", plural(missing, "image"), map[bool]string{true: "it", false: "them"}[missing == 1])
	}
	if bad > 0 {
		res.skip(0, "%s not imported: a card keeps at most %d images", plural(bad, "image"), quiz.MaxImages)
	}
}

// imageSources returns the images of an Anki field, in order: each
// <img>'s src as Name and its alt text as Alt.
func imageSources(field string) []quiz.Image {
	var out []quiz.Image
	replaceImages(field, func(src, alt string) bool {
		if src != "" && !strings.Contains(src, "://") {
			if u, err := url.PathUnescape(src); err == nil {
				src = u
			}
			out = append(out, quiz.Image{Name: src, Alt: alt})
		}
		return true
	})
	return out
}

// zstdMagic opens every zstd frame.
var zstdMagic = []byte{0x28, 0xb5, 0x2f, 0xfd}

// readZstdEntry reads one zstd-compressed entry of the archive, refusing
// more than limit bytes, compressed or not, whatever the entry or the
// frames say of their sizes.
func readZstdEntry(f *zip.File, limit int64) ([]byte, error) {
	raw, err := readZipEntry(f, limit)
	if err != nil {
		return nil, err
	}
	return unzstd(raw, f.Name, limit)
}

// unzstd decompresses the entry name, refusing more than limit bytes.
func unzstd(raw []byte, name string, limit int64) ([]byte, error) {
	if !bytes.HasPrefix(raw, zstdMagic) {
		return nil, packageErr("%s in this package is not zstd-compressed: export it again from Anki (%s).", name, exportHint)
	}
	// One goroutine, and a window no larger than the limit: a frame
	// cannot make the decoder reserve more memory than it may return.
	dec, err := zstd.NewReader(bytes.NewReader(raw), zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(uint64(limit)+1), zstd.WithDecoderMaxWindow(uint64(min(limit, zstd.MaxWindowSize))))
	if err != nil {
		return nil, err
	}
	defer dec.Close()
	data, err := io.ReadAll(io.LimitReader(dec, limit+1))
	if int64(len(data)) > limit {
		return nil, packageErr("%s in this package unpacks to more than %s, more than Lectern reads.", name, sizeText(limit))
	}
	if err != nil {
		return nil, packageErr("%s in this package is damaged (%v): export it again from Anki.", name, err)
	}
	return data, nil
}

// mediaNames returns the media map of a package: archive entry → file
// name. The map is a JSON object in the older layout ({"0": "paris.jpg"}),
// a zstd-compressed protobuf MediaEntries message in the newer (one
// entries field, number 1, per file, its name in field 1; the i-th entry
// is the archive's file "i", unless it names its own number in field
// 255, legacy_zip_filename). A map
// that cannot be read names none.
func mediaNames(f *zip.File) map[string]string {
	raw, err := readZipEntry(f, maxAnkiMediaMap)
	if err != nil {
		return nil
	}
	if bytes.HasPrefix(raw, zstdMagic) {
		raw, err = unzstd(raw, f.Name, maxAnkiMediaMap)
		if err != nil {
			return nil
		}
		out := map[string]string{}
		n := 0
		if protoEach(raw, func(num protowire.Number, typ protowire.Type, v []byte, _ uint64) {
			if num != 1 || typ != protowire.BytesType {
				return
			}
			entry, name := fmt.Sprint(n), ""
			n++
			_ = protoEach(v, func(num protowire.Number, typ protowire.Type, v []byte, n uint64) {
				switch {
				case num == 1 && typ == protowire.BytesType:
					name = string(v)
				case num == 255 && typ == protowire.VarintType:
					entry = fmt.Sprint(n)
				}
			})
			if name != "" {
				out[entry] = name
			}
		}) != nil {
			return nil
		}
		return out
	}
	var media map[string]string
	if json.Unmarshal(raw, &media) != nil {
		return nil
	}
	return media
}

// readZipEntry reads one entry of the archive, refusing more than limit
// bytes whatever the entry says of its size.
func readZipEntry(f *zip.File, limit int64) ([]byte, error) {
	if f.UncompressedSize64 > uint64(limit) {
		return nil, packageErr("%s in this package unpacks to more than %s, more than Lectern reads.", f.Name, sizeText(limit))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, packageErr("%s in this package cannot be read (%v): export it again from Anki.", f.Name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if int64(len(data)) > limit {
		return nil, packageErr("%s in this package unpacks to more than %s, more than Lectern reads.", f.Name, sizeText(limit))
	}
	if err != nil {
		return nil, packageErr("%s in this package is damaged (%v): export it again from Anki.", f.Name, err)
	}
	return data, nil
}

func sizeText(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", n>>10)
}

// readCollection writes the collection to a temporary file and reads it
// with SQLite, read-only.
func readCollection(data []byte, opts Options) (*Result, error) {
	if !bytes.HasPrefix(data, []byte("SQLite format 3\x00")) {
		return nil, packageErr("The collection in this package is not an SQLite database: export it again from Anki (%s).", exportHint)
	}
	dir, err := os.MkdirTemp("", "lectern-apkg-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "collection.db")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		return nil, err
	}
	// mode=ro and query_only: nothing in the file is ever written;
	// trusted_schema off: views and triggers in it run no functions.
	dsn := "file:" + path + "?mode=ro&_pragma=query_only(1)&_pragma=trusted_schema(0)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	res, err := readNotes(context.Background(), db, opts)
	if err != nil {
		var pe *PackageError
		if errors.As(err, &pe) {
			return nil, err
		}
		return nil, packageErr("The collection in this package cannot be read (%v): export it again from Anki (%s).", err, exportHint)
	}
	return res, nil
}

// ankiCard is one row of the cards table.
type ankiCard struct {
	id, did, odid int64
	ord           int
}

// AnkiReview is one rating of a card in an Anki collection's review log.
type AnkiReview struct {
	At     time.Time
	Rating int // 1 again, 2 hard, 3 good, 4 easy
}

// maxAnkiReviews bounds the review log entries read.
const maxAnkiReviews = 200000

func readNotes(ctx context.Context, db *sql.DB, opts Options) (*Result, error) {
	models, decks, err := readNoteTypes(ctx, db)
	if err != nil {
		return nil, err
	}
	cards := map[int64][]ankiCard{}
	rows, err := db.QueryContext(ctx, "SELECT id, nid, did, odid, ord FROM cards ORDER BY nid, ord, id LIMIT ?", maxAnkiCards+1)
	if err != nil {
		return nil, err
	}
	n := 0
	for rows.Next() {
		var nid int64
		var c ankiCard
		if err := rows.Scan(&c.id, &nid, &c.did, &c.odid, &c.ord); err != nil {
			rows.Close()
			return nil, err
		}
		if n++; n > maxAnkiCards {
			rows.Close()
			return nil, packageErr("This collection holds more than %d cards; Lectern imports at most %d from one file: export a smaller deck.", maxAnkiCards, quiz.MaxImportItems)
		}
		cards[nid] = append(cards[nid], c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	var notes []ankiNote
	rows, err = db.QueryContext(ctx, "SELECT id, CAST(mid AS TEXT), tags, flds FROM notes ORDER BY id LIMIT ?", maxAnkiNotes+1)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var nt ankiNote
		if err := rows.Scan(&nt.id, &nt.mid, &nt.tags, &nt.flds); err != nil {
			return nil, err
		}
		if len(notes) == maxAnkiNotes {
			return nil, packageErr("This collection holds more than %d notes; Lectern imports at most %d cards from one file: export a smaller deck.", maxAnkiNotes, quiz.MaxImportItems)
		}
		notes = append(notes, nt)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	res, err := convertNotes(models, decks, notes, cards, opts)
	if err != nil {
		return nil, err
	}
	return res, readReviews(ctx, db, res)
}

// readReviews fills res.History from the review log: the ratings of each
// card, oldest first. Entries that rate nothing (a manual reschedule, a
// card set due) are left out. A collection without a review log has none.
func readReviews(ctx context.Context, db *sql.DB, res *Result) error {
	index := map[int64]int{}
	for i, id := range res.ankiIDs {
		index[id] = i
	}
	rows, err := db.QueryContext(ctx, "SELECT id, cid, ease FROM revlog WHERE ease BETWEEN 1 AND 4 AND type BETWEEN 0 AND 3 ORDER BY id LIMIT ?", maxAnkiReviews)
	if err != nil {
		// A deck exported without scheduling may have no review log.
		return nil
	}
	defer rows.Close()
	for rows.Next() {
		var ms, cid int64
		var ease int
		if err := rows.Scan(&ms, &cid, &ease); err != nil {
			return err
		}
		i, ok := index[cid]
		if !ok {
			continue
		}
		if res.History == nil {
			res.History = make([][]AnkiReview, len(res.Cards))
		}
		res.History[i] = append(res.History[i], AnkiReview{At: time.UnixMilli(ms).UTC(), Rating: ease})
	}
	return rows.Err()
}

// ankiNote is one row of the notes table.
type ankiNote struct {
	id              int64
	mid, tags, flds string
}

// convertNotes turns the notes of a collection, its note types and deck
// names (by id) and its cards (by note) into flashcards.
func convertNotes(models map[string]ankiModel, decks map[string]string, notes []ankiNote, cards map[int64][]ankiCard, opts Options) (*Result, error) {
	kinds := map[string]noteKind{}
	for id, m := range models {
		kinds[id] = classify(m)
	}

	res := &Result{}
	fronts := map[string]bool{}
	unknown := map[string]int{}
	unknownWhy := map[string]string{}
	sounds, noCards, emptySide, repeats := 0, 0, 0, 0
	for _, nt := range notes {
		nid, mid, tags, flds := nt.id, nt.mid, nt.tags, nt.flds
		k, ok := kinds[mid]
		if !ok || k.why != "" {
			name := "(missing)"
			why := "the collection does not describe it"
			if ok {
				name, why = k.name, k.why
			}
			unknown[name]++
			unknownWhy[name] = why
			continue
		}
		fields := strings.Split(flds, "\x1f")
		for _, f := range fields {
			sounds += len(soundRE.FindAllStringIndex(f, -1))
		}
		// fieldImages are the images of the fields is, on a side.
		fieldImages := func(side string, is ...int) []quiz.Image {
			var out []quiz.Image
			for _, i := range is {
				if i >= 0 && i < len(fields) {
					for _, im := range imageSources(fields[i]) {
						im.Side = side
						out = append(out, im)
					}
				}
			}
			return out
		}
		text := func(i int) string {
			if i < 0 || i >= len(fields) {
				return ""
			}
			return fieldText(fields[i])
		}
		join := func(is []int) string {
			var parts []string
			for _, i := range is {
				if t := text(i); t != "" {
					parts = append(parts, t)
				}
			}
			return strings.Join(parts, "\n")
		}
		noteTags := strings.Fields(tags)
		cs := cards[nid]
		if len(cs) == 0 {
			noCards++
			continue
		}
		for _, c := range cs {
			var front, back string
			var imgs []quiz.Image
			if k.cloze >= 0 {
				imgs = append(fieldImages(quiz.SideFront, k.cloze), fieldImages(quiz.SideBack, k.extra...)...)
				raw := ""
				if k.cloze < len(fields) {
					raw = fields[k.cloze]
				}
				if slices.Contains(clozeOrdinals(raw), c.ord+1) {
					front = fieldText(revealCloze(raw, c.ord+1, true))
					back = fieldText(revealCloze(raw, c.ord+1, false))
				}
				// Else no deletion numbered c.ord+1 is left: Anki shows an
				// empty card.
				if extra := join(k.extra); extra != "" && back != "" {
					back += "\n\n" + extra
				}
			} else {
				front, back = join(k.front[c.ord]), join(k.back[c.ord])
				imgs = append(fieldImages(quiz.SideFront, k.front[c.ord]...), fieldImages(quiz.SideBack, k.back[c.ord]...)...)
			}
			if front == "" || back == "" {
				emptySide++
				continue
			}
			key := quiz.Normalize(front)
			if fronts[key] {
				repeats++
				continue
			}
			fronts[key] = true
			did := c.did
			if c.odid != 0 {
				// A card in a filtered deck belongs to its home deck.
				did = c.odid
			}
			deck := ""
			if did != 1 {
				// Deck 1 is Anki's Default: where cards go when no deck
				// was chosen, so the theme chosen at import applies.
				deck = decks[fmt.Sprint(did)]
			}
			if deck != "" {
				res.addCategory(deck)
			}
			res.Cards = append(res.Cards, quiz.Card{ID: fmt.Sprintf("anki-%d", c.id), Theme: deckSlug(deck, opts.Theme), Front: front, Back: back, Tags: noteTags, Images: imgs})
			res.ankiIDs = append(res.ankiIDs, c.id)
		}
	}
	names := make([]string, 0, len(unknown))
	for name := range unknown {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		res.skip(0, "%s of note type %q not imported: %s", plural(unknown[name], "note"), name, unknownWhy[name])
	}
	if sounds > 0 {
		res.skip(0, "%s not imported (Lectern's cards hold text only)", plural(sounds, "sound"))
	}
	if emptySide > 0 {
		res.skip(0, "%s left out: a side is empty once images and sounds are taken out, or the cloze deletion it asks for is gone", plural(emptySide, "card"))
	}
	if repeats > 0 {
		res.skip(0, "%s left out: the front repeats that of an earlier card", plural(repeats, "card"))
	}
	if noCards > 0 {
		res.skip(0, "%s with no cards in the collection left out", plural(noCards, "note"))
	}
	return res, nil
}

func plural(n int, one string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %ss", n, one)
}

var (
	divEndRE = regexp.MustCompile(`(?i)</div\s*>`)
	soundRE  = regexp.MustCompile(`\[sound:[^\]]*\]`)
)

// fieldText turns an Anki field (HTML) into plain text: sound references
// dropped, tags stripped, entities decoded, <br> and blocks ending lines.
// Anki's editor writes each line after the first as a <div>: the closing
// tags are dropped so that a line ends once, not twice.
func fieldText(s string) string {
	s = soundRE.ReplaceAllString(s, "")
	s = divEndRE.ReplaceAllString(s, "")
	return htmlToText(s)
}

package formats

import (
	"archive/zip"
	"context"
	"crypto/sha1"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// Writing Anki packages. WriteAnki writes the older layout every Anki
// since 2.1 imports (schema 11, rslib/src/storage/schema11.sql in Anki's
// sources): a zip holding collection.anki2, an SQLite database with the
// col, notes, cards, revlog and graves tables, the note types and decks as
// JSON in col; the media files numbered 0, 1, … and a "media" file that
// maps each number to its file name as JSON.
//
// A written card becomes a note of Lectern's Cloze note type when it is
// one (its front hides text as "[...]" or "[hint]" that its back shows,
// as ParseAnki reads a cloze card), else of its Basic note type (Front
// and Back). Every question becomes a Basic note too: its prompt on the
// front (a true/false statement asks "True or false:"), its correct
// answer(s) on the back, as QuestionCards makes them; Anki has no note
// type that asks a question with options. Nothing is left out. Images go
// with the field of their side (a question's with its prompt) as <img>,
// their files in the package; tags are the note's (a space in a tag, which
// Anki cannot hold, becomes "_"). Each theme is a deck, named
// "Course title::Theme title" (the theme's slug where its title would not
// slug back to it), so that ParseAnki places every card in its theme
// again; a card with no theme goes to Anki's Default deck.

// Note type and deck ids of the package. Anki matches note types by id
// on import and keeps one per id, so a second package from Lectern reuses
// the note types the first brought.
const (
	ankiBasicID  = 1712000000001
	ankiClozeID  = 1712000000002
	ankiDefault  = 1 // Anki's Default deck
	ankiBasicCSS = ".card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }"
)

// ankiNoteOut is a note to write.
type ankiNoteOut struct {
	model  int64
	fields []string
	tags   []string
	deck   int64
	guid   string
}

// WriteAnki writes the course's written cards and questions as an Anki
// package (.apkg) to w. now dates the collection and numbers its notes
// and cards (Anki's ids are creation times in milliseconds).
func WriteAnki(w io.Writer, c *quiz.Course, now time.Time) error {
	media := newAnkiMedia()
	titles := map[string]string{}
	for _, t := range c.Themes {
		titles[t.Slug] = t.Title
	}
	decks := newAnkiDecks(c.Course.Title, titles, now)

	var notes []ankiNoteOut
	guid := func(kind, id, front string) string {
		return ankiGUID(c.Course.Slug + "\x00" + kind + "\x00" + id + "\x00" + front)
	}
	for _, cd := range c.Cards {
		front, back := quiz.ImagesOn(cd.Images, quiz.SideFront), quiz.ImagesOn(cd.Images, quiz.SideBack)
		n := ankiNoteOut{tags: ankiTags(cd.Tags), deck: decks.id(cd.Theme), guid: guid("card", cd.ID, cd.Front)}
		if text, extra, ok := clozeOf(cd.Front, cd.Back); ok {
			n.model = ankiClozeID
			n.fields = []string{text + media.tags(front), fieldHTML(extra) + media.tags(back)}
		} else {
			n.model = ankiBasicID
			n.fields = []string{fieldHTML(cd.Front) + media.tags(front), fieldHTML(cd.Back) + media.tags(back)}
		}
		notes = append(notes, n)
	}
	for i, qc := range QuestionCards(c.Questions) {
		q := c.Questions[i]
		notes = append(notes, ankiNoteOut{
			model:  ankiBasicID,
			fields: []string{fieldHTML(qc.Front) + media.tags(q.Images), fieldHTML(qc.Back)},
			tags:   ankiTags(q.Tags),
			deck:   decks.id(q.Theme),
			guid:   guid("question", q.ID, qc.Front),
		})
	}

	db, err := writeAnkiCollection(notes, decks, now)
	if err != nil {
		return err
	}
	zw := zip.NewWriter(w)
	put := func(name string, data []byte) error {
		f, err := zw.Create(name)
		if err != nil {
			return err
		}
		_, err = f.Write(data)
		return err
	}
	if err := put("collection.anki2", db); err != nil {
		return err
	}
	names := map[string]string{}
	for i, im := range media.files {
		entry := fmt.Sprint(i)
		names[entry] = im.Name
		if err := put(entry, im.Data); err != nil {
			return err
		}
	}
	mj, err := json.Marshal(names)
	if err != nil {
		return err
	}
	if err := put("media", mj); err != nil {
		return err
	}
	return zw.Close()
}

// fieldHTML turns plain text into an Anki field: HTML special characters
// escaped, line ends as <br>, and a run of spaces kept with &nbsp;.
func fieldHTML(s string) string {
	s = html.EscapeString(s)
	s = strings.ReplaceAll(s, "\n", "<br>")
	for strings.Contains(s, "  ") {
		s = strings.ReplaceAll(s, "  ", " &nbsp;")
	}
	return s
}

// ankiTags makes tags Anki can hold: no spaces inside one.
func ankiTags(tags []string) []string {
	var out []string
	for _, t := range tags {
		if t = strings.Join(strings.Fields(t), "_"); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// ankiGUID makes a note's guid from what identifies it, so that the same
// course exported twice gives the same guids and Anki updates its notes
// instead of adding them again. Anki's own guids are 64 random bits in
// base 91; these are 64 bits of a SHA-1 in the same alphabet.
func ankiGUID(key string) string {
	const table = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~"
	sum := sha1.Sum([]byte(key))
	n := binary.BigEndian.Uint64(sum[:8])
	var b []byte
	for n > 0 {
		b = append(b, table[n%91])
		n /= 91
	}
	if len(b) == 0 {
		b = append(b, table[0])
	}
	return string(b)
}

// ankiMedia collects the images of a package, each file once.
type ankiMedia struct {
	files  []quiz.Image
	byHash map[string]string // image hash and name → file name in the package
	used   map[string]bool   // file names given
}

func newAnkiMedia() *ankiMedia {
	return &ankiMedia{byHash: map[string]string{}, used: map[string]bool{}}
}

// tags returns the <img> tags of imgs, adding their files to the package.
// An image without its bytes (none were loaded) is left out.
func (m *ankiMedia) tags(imgs []quiz.Image) string {
	var b strings.Builder
	for _, im := range imgs {
		if len(im.Data) == 0 {
			continue
		}
		name := m.add(im)
		fmt.Fprintf(&b, `<img src="%s" alt="%s">`, html.EscapeString(url.PathEscape(name)), html.EscapeString(im.Alt))
	}
	return b.String()
}

// add returns the file name of an image in the package: its own name
// unless another image took it, then its name after the start of its hash.
func (m *ankiMedia) add(im quiz.Image) string {
	hash := im.Hash
	if hash == "" {
		sum := sha1.Sum(im.Data)
		hash = fmt.Sprintf("%x", sum)
	}
	name := quiz.ImageName(im.Name)
	key := hash + "/" + name
	if given, ok := m.byHash[key]; ok {
		return given
	}
	if m.used[name] {
		name = hash[:12] + "-" + name
	}
	m.used[name] = true
	m.byHash[key] = name
	im.Name = name
	m.files = append(m.files, im)
	return name
}

// ankiDecks gives each theme a deck.
type ankiDecks struct {
	course string
	titles map[string]string
	next   int64
	ids    map[string]int64
	names  map[int64]string
}

func newAnkiDecks(course string, titles map[string]string, now time.Time) *ankiDecks {
	return &ankiDecks{course: strings.TrimSpace(strings.ReplaceAll(course, "::", ":")), titles: titles,
		next: now.UnixMilli(), ids: map[string]int64{}, names: map[int64]string{}}
}

// id returns the deck of a theme, making it (and its course's parent deck)
// the first time.
func (d *ankiDecks) id(theme string) int64 {
	if theme == "" {
		return ankiDefault
	}
	if id, ok := d.ids[theme]; ok {
		return id
	}
	name := strings.TrimSpace(strings.ReplaceAll(d.titles[theme], "::", ":"))
	if quiz.Slugify(name, quiz.MaxSlug) != theme {
		name = theme
	}
	if d.course != "" {
		if _, ok := d.ids["\x00course"]; !ok {
			d.next++
			d.ids["\x00course"] = d.next
			d.names[d.next] = d.course
		}
		name = d.course + "::" + name
	}
	d.next++
	d.ids[theme] = d.next
	d.names[d.next] = name
	return d.next
}

// gapRE finds the "[...]" or "[hint]" a cloze card's front shows for a
// deletion.
var gapRE = regexp.MustCompile(`\[[^\[\]\n]*\]`)

// clozeOf returns the cloze text (as an Anki field) and the text shown
// after it of a card whose front hides what its back shows, as ParseAnki
// reads a cloze card: front "Paris is in [...]." and back "Paris is in
// France." give "Paris is in {{c1::France}}.". It tries the "[...]" gaps
// first, then every bracketed text as a hint, and keeps an answer only
// when reading it back gives the card's front and back exactly.
func clozeOf(front, back string) (text, extra string, ok bool) {
	if !strings.Contains(front, "[") {
		return "", "", false
	}
	for _, onlyDots := range []bool{true, false} {
		gaps := gapRE.FindAllStringIndex(front, -1)
		if onlyDots {
			kept := gaps[:0:0]
			for _, g := range gaps {
				if front[g[0]:g[1]] == "[...]" {
					kept = append(kept, g)
				}
			}
			gaps = kept
		}
		if len(gaps) == 0 {
			continue
		}
		var pat strings.Builder
		pat.WriteString(`(?s)^`)
		last := 0
		for _, g := range gaps {
			pat.WriteString(regexp.QuoteMeta(front[last:g[0]]))
			pat.WriteString(`(.*?)`)
			last = g[1]
		}
		pat.WriteString(regexp.QuoteMeta(front[last:]))
		pat.WriteString(`(?:\n\n(.*))?$`)
		re, err := regexp.Compile(pat.String())
		if err != nil {
			continue
		}
		m := re.FindStringSubmatch(back)
		if m == nil {
			continue
		}
		var b strings.Builder
		last = 0
		for i, g := range gaps {
			b.WriteString(fieldHTML(front[last:g[0]]))
			b.WriteString("{{c1::")
			b.WriteString(fieldHTML(m[i+1]))
			if hint := front[g[0]+1 : g[1]-1]; hint != "..." {
				b.WriteString("::")
				b.WriteString(fieldHTML(hint))
			}
			b.WriteString("}}")
			last = g[1]
		}
		b.WriteString(fieldHTML(front[last:]))
		text, extra = b.String(), m[len(m)-1]
		// What ParseAnki would read from these fields.
		gotFront := fieldText(revealCloze(text, 1, true))
		gotBack := fieldText(revealCloze(text, 1, false))
		if e := fieldText(fieldHTML(extra)); e != "" {
			gotBack += "\n\n" + e
		}
		if gotFront == front && gotBack == back {
			return text, extra, true
		}
	}
	return "", "", false
}

// The schema-11 tables and indexes, as Anki creates them
// (rslib/src/storage/schema11.sql).
const ankiSchema11 = `
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
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
`

// writeAnkiCollection writes the notes, one new card each, into a
// schema-11 collection in a temporary file and returns its bytes.
func writeAnkiCollection(notes []ankiNoteOut, decks *ankiDecks, now time.Time) ([]byte, error) {
	dir, err := os.MkdirTemp("", "lectern-apkg-out-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "collection.anki2")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, ankiSchema11); err != nil {
		return nil, fmt.Errorf("formats: write Anki collection: %w", err)
	}
	models, deckJSON, conf, dconf, err := ankiColJSON(decks, now, len(notes))
	if err != nil {
		return nil, err
	}
	secs, ms := now.Unix(), now.UnixMilli()
	day := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC).Unix()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')`,
		day, ms, ms, conf, models, deckJSON, dconf); err != nil {
		return nil, fmt.Errorf("formats: write Anki collection: %w", err)
	}
	for i, n := range notes {
		id := ms + int64(i)
		sfld := ankiStrip(n.fields[0])
		tags := ""
		if len(n.tags) > 0 {
			tags = " " + strings.Join(n.tags, " ") + " "
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')`,
			id, n.guid, n.model, secs, tags, strings.Join(n.fields, "\x1f"), sfld, ankiChecksum(sfld)); err != nil {
			return nil, fmt.Errorf("formats: write Anki note: %w", err)
		}
		// A new card: type and queue 0, due its position among new cards.
		if _, err := tx.ExecContext(ctx, `INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')`,
			id, id, n.deck, secs, i+1); err != nil {
			return nil, fmt.Errorf("formats: write Anki card: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	if err := db.Close(); err != nil {
		return nil, err
	}
	return os.ReadFile(path)
}

// ankiColJSON returns the JSON of col's models, decks, conf and dconf,
// with the keys Anki writes for each.
func ankiColJSON(decks *ankiDecks, now time.Time, notes int) (models, deckJSON, conf, dconf string, err error) {
	secs := now.Unix()
	field := func(name string, ord int) map[string]any {
		return map[string]any{"name": name, "ord": ord, "sticky": false, "rtl": false, "font": "Arial", "size": 20, "media": []string{}}
	}
	tmpl := func(name, q, a string) map[string]any {
		return map[string]any{"name": name, "ord": 0, "qfmt": q, "afmt": a, "did": nil, "bqfmt": "", "bafmt": ""}
	}
	model := func(id int64, name string, typ int, flds []map[string]any, tmpls []map[string]any) map[string]any {
		m := map[string]any{"id": id, "name": name, "type": typ, "mod": secs, "usn": -1, "sortf": 0, "did": ankiDefault,
			"tmpls": tmpls, "flds": flds, "css": ankiBasicCSS, "tags": []string{}, "vers": []int{},
			"latexPre":  "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
			"latexPost": "\\end{document}", "latexsvg": false}
		if typ == 0 {
			// The fields a card needs to be made: card 0 needs field 0.
			m["req"] = []any{[]any{0, "any", []int{0}}}
		}
		return m
	}
	ms := map[string]any{
		fmt.Sprint(ankiBasicID): model(ankiBasicID, "Basic (Lectern)", 0,
			[]map[string]any{field("Front", 0), field("Back", 1)},
			[]map[string]any{tmpl("Card 1", "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}")}),
		fmt.Sprint(ankiClozeID): model(ankiClozeID, "Cloze (Lectern)", 1,
			[]map[string]any{field("Text", 0), field("Back Extra", 1)},
			[]map[string]any{tmpl("Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}")}),
	}
	deck := func(id int64, name string) map[string]any {
		return map[string]any{"id": id, "name": name, "mod": secs, "usn": -1, "desc": "", "dyn": 0, "conf": 1,
			"collapsed": false, "browserCollapsed": false, "extendNew": 0, "extendRev": 0,
			"newToday": []int{0, 0}, "revToday": []int{0, 0}, "lrnToday": []int{0, 0}, "timeToday": []int{0, 0}}
	}
	ds := map[string]any{fmt.Sprint(ankiDefault): deck(ankiDefault, "Default")}
	for id, name := range decks.names {
		ds[fmt.Sprint(id)] = deck(id, name)
	}
	cf := map[string]any{"activeDecks": []int{ankiDefault}, "curDeck": ankiDefault, "newSpread": 0, "collapseTime": 1200,
		"timeLim": 0, "estTimes": true, "dueCounts": true, "curModel": fmt.Sprint(ankiBasicID), "nextPos": notes + 1,
		"sortType": "noteFld", "sortBackwards": false, "addToCur": true}
	dc := map[string]any{"1": map[string]any{"id": 1, "name": "Default", "mod": 0, "usn": 0, "maxTaken": 60, "autoplay": true,
		"timer": 0, "replayq": true, "dyn": false,
		"new":   map[string]any{"delays": []int{1, 10}, "ints": []int{1, 4, 0}, "initialFactor": 2500, "order": 1, "perDay": 20, "bury": false, "separate": true},
		"rev":   map[string]any{"perDay": 200, "ease4": 1.3, "fuzz": 0.05, "ivlFct": 1, "maxIvl": 36500, "bury": false, "hardFactor": 1.2, "minSpace": 1},
		"lapse": map[string]any{"delays": []int{10}, "mult": 0, "minInt": 1, "leechFails": 8, "leechAction": 1}}}
	var out [4][]byte
	for i, v := range []any{ms, ds, cf, dc} {
		if out[i], err = json.Marshal(v); err != nil {
			return "", "", "", "", err
		}
	}
	return string(out[0]), string(out[1]), string(out[2]), string(out[3]), nil
}

var (
	ankiImgRE = regexp.MustCompile(`(?i)<img[^>]*?src=["']?([^"'\s>]+)["']?[^>]*>`)
	ankiTagRE = regexp.MustCompile(`(?s)<!--.*?-->|<[^>]*>`)
)

// ankiStrip is Anki's strip_html_preserving_media_filenames
// (rslib/src/text.rs): an image tag becomes its file name with a space
// either side, other tags are dropped, &nbsp; is a space and character
// references are decoded. The notes' sort field (sfld) holds the first
// field so stripped, and their checksum (csum) is taken from it.
func ankiStrip(field string) string {
	s := ankiImgRE.ReplaceAllString(field, " ${1} ")
	s = ankiTagRE.ReplaceAllString(s, "")
	s = strings.ReplaceAll(s, "&nbsp;", " ")
	return html.UnescapeString(s)
}

// ankiChecksum is a note's csum: the first 32 bits of the SHA-1 of its
// stripped first field, as a number (Anki's field_checksum).
func ankiChecksum(stripped string) int64 {
	sum := sha1.Sum([]byte(stripped))
	return int64(binary.BigEndian.Uint32(sum[:4]))
}

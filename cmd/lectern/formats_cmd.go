package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/lectern/lectern/internal/formats"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/srs"
	"github.com/lectern/lectern/internal/store"
	"github.com/lectern/lectern/internal/study"
	"github.com/lectern/lectern/quizzes"
)

// defaultMaxImport is the largest file import and convert read, unless
// --max-size or LECTERN_MAX_IMPORT_BYTES says otherwise.
const defaultMaxImport = 5 << 20

const importUsage = `Usage: lectern import FILE --course SLUG [flags]

Adds the questions and flashcards of FILE to an existing course: a new
question set (--set, by default the file's name) in every theme that
receives questions, a flashcard for every question, and the written cards
in their theme's deck. FILE is Moodle GIFT, Moodle XML, Aiken, Quizlet/Anki text (CSV
or TSV), an Anki package (.apkg or .colpkg) or Lectern's question-set
JSON; the format comes from the file's extension or content, or from
--from.

An Anki package gives a written card for every card of its Basic,
reversed, optional reversed, type-in and cloze notes (a cloze card hides
its deletion as [...] or [hint]), with the note's tags; field HTML becomes
plain text. Images, sounds and notes of other types are left out and
counted. Both of Anki's package layouts are read: collection.anki21b
(Anki 2.1.50 and later) and the older collection.anki21 or .anki2.
With --with-history EMAIL, the package's review log is replayed, rating by
rating at the times Anki recorded, as that account's reviews of the
imported cards, so that their FSRS schedule carries on in Lectern.

A question or card goes to the course theme its GIFT category, Anki deck
or JSON theme names, else to --theme; without --theme such an item is an
error. Questions and cards that cite no paragraph cite all of their
theme's paragraphs. An id already used in the course gets a "-2", "-3", …
suffix (reported); a prompt or card front already in the course is
refused, so the same file cannot be imported twice.

A JSON file's course and paragraphs are ignored when the course exists
(its paragraph numbers are kept only when the file is of that same course:
the same slug and the same paragraph texts). When no course has the slug
(--course, else the file's own), the JSON file creates the whole course,
published, with the file's article, themes, questions and cards; --theme,
--set and --publish do not apply.

A file may hold at most 5,000 questions and cards together; split a
larger one. Nothing is written when the file has a syntax error (reported
as FILE:LINE:COLUMN: reason), when any question is refused, when it holds
too many items, or with --dry-run. Items the file holds that Lectern
cannot represent are left out and listed with their line.

Flags:
`

const convertUsage = `Usage: lectern convert FILE [--to json|gift|xml|csv|tsv|apkg] [flags]

Prints FILE (GIFT, Moodle XML, Aiken, CSV/TSV flashcards, an Anki package or question-set JSON) in
another format and writes nothing. JSON output is the question-set format
with the questions and cards only; its course slug and title come from the
file's name. An Anki package (--to apkg, best sent to a file with >) holds
the flashcards, and every question as a Basic card (prompt, then answer). Syntax errors are reported as FILE:LINE:COLUMN: reason, and
items left out on standard error.

Flags:
`

// importFile is a question-set file read in any supported format.
type importFile struct {
	name   string
	format formats.Format
	// course is the whole file when it is question-set JSON.
	course *quiz.Course
	res    *formats.Result
}

// parseArgs parses flags placed before or after the positional arguments
// and returns the latter.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// maxSizeFlag registers --max-size with its default from the environment.
func maxSizeFlag(fs *flag.FlagSet, getenv func(string) string) (*int64, error) {
	def := int64(defaultMaxImport)
	if v := getenv("LECTERN_MAX_IMPORT_BYTES"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("LECTERN_MAX_IMPORT_BYTES=%q is not a positive number of bytes", v)
		}
		def = n
	}
	return fs.Int64("max-size", def, "largest file accepted, in bytes (env LECTERN_MAX_IMPORT_BYTES)"), nil
}

// readLimited reads the file at path, refusing one larger than limit bytes.
func readLimited(path string, limit int64) ([]byte, error) {
	if limit <= 0 {
		return nil, fmt.Errorf("--max-size must be a positive number of bytes, not %d", limit)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	tooBig := func(size string) error {
		return fmt.Errorf("%s is %s, larger than the limit of %d bytes (%s); raise it with --max-size or LECTERN_MAX_IMPORT_BYTES",
			path, size, limit, humanBytes(limit))
	}
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() > limit {
		return nil, tooBig(fmt.Sprintf("%d bytes", st.Size()))
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, tooBig("more than that")
	}
	return data, nil
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// readImportFile reads and parses a question-set file. Syntax errors are
// printed to stderr as FILE:LINE:COLUMN: reason lines, and the error
// returned says how many there were.
func readImportFile(path, from string, limit int64, stderr io.Writer) (*importFile, error) {
	data, err := readLimited(path, limit)
	if err != nil {
		return nil, err
	}
	f := &importFile{name: path}
	if from != "" {
		f.format = formats.Format(strings.ToLower(from))
		switch f.format {
		case formats.FormatJSON, formats.FormatGIFT, formats.FormatAiken, formats.FormatCSV, formats.FormatTSV, formats.FormatAnki, formats.FormatMoodleXML:
		case "moodlexml", "moodle":
			f.format = formats.FormatMoodleXML
		default:
			return nil, fmt.Errorf("--from %q: expected gift, aiken, csv, tsv, xml (Moodle XML), json or apkg", from)
		}
	} else if f.format, err = formats.FormatOf(path, data); err != nil {
		return nil, fmt.Errorf("%w; name it with --from gift|aiken|csv|tsv|xml|json|apkg", err)
	}
	if f.format == formats.FormatJSON {
		c, err := quizzes.Decode(data)
		if err != nil {
			return nil, reportErrors(stderr, path, []fileError{jsonError(data, err)})
		}
		f.course = c
		f.res = &formats.Result{Questions: c.Questions, Cards: c.Cards}
		return f, nil
	}
	f.res, err = formats.Parse(f.format, bytes.NewReader(data), formats.Options{})
	if err != nil {
		var pes formats.ParseErrors
		var pe *formats.ParseError
		var pke *formats.PackageError
		switch {
		case errors.As(err, &pes):
		case errors.As(err, &pe):
			pes = formats.ParseErrors{pe}
		case errors.As(err, &pke):
			return nil, reportErrors(stderr, path, []fileError{{Msg: pke.Msg}})
		default:
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		var fes []fileError
		for _, pe := range pes {
			fes = append(fes, fileError{pe.Line, pe.Column, pe.Msg})
		}
		return nil, reportErrors(stderr, path, fes)
	}
	return f, nil
}

// fileError is an error at a place in a file; Line 0 means the whole file.
type fileError struct {
	Line, Column int
	Msg          string
}

// reportErrors prints errs as FILE:LINE:COLUMN: reason and returns an error
// counting them.
func reportErrors(stderr io.Writer, path string, errs []fileError) error {
	for _, e := range errs {
		switch {
		case e.Line == 0:
			fmt.Fprintf(stderr, "%s: %s\n", path, e.Msg)
		case e.Column == 0:
			fmt.Fprintf(stderr, "%s:%d: %s\n", path, e.Line, e.Msg)
		default:
			fmt.Fprintf(stderr, "%s:%d:%d: %s\n", path, e.Line, e.Column, e.Msg)
		}
	}
	return fmt.Errorf("%s: %d error(s); nothing was written", path, len(errs))
}

// jsonError places a question-set JSON decoding error in the file when the
// error says where.
func jsonError(data []byte, err error) fileError {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	}
	if off < 0 {
		return fileError{Msg: err.Error()}
	}
	line, col := 1, 1
	for _, r := range string(data[:min(int(off), len(data))]) {
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return fileError{line, col, err.Error()}
}

// importCommand runs `lectern import`.
func importCommand(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", envOr(getenv, "LECTERN_DB", "lectern.db"), "SQLite database file (env LECTERN_DB)")
	slug := fs.String("course", "", "slug of the course to add to (a JSON file's own when empty)")
	theme := fs.String("theme", "", "slug of the theme for questions and cards whose category is not a theme of the course")
	title := fs.String("set", "", "title of the new question set (default: the file's name)")
	publish := fs.Bool("publish", false, "publish the new sets at once (default: drafts, left out of quizzes)")
	dryRun := fs.Bool("dry-run", false, "check everything and print what would be imported, writing nothing (the database is opened read-only and must exist)")
	from := fs.String("from", "", "the file's format, gift|aiken|csv|tsv|xml|json|apkg (default: from its name or content; xml is Moodle XML)")
	history := fs.String("with-history", "", "for an Anki package: replay its review log as this account's (EMAIL) reviews of the imported cards")
	maxSize, err := maxSizeFlag(fs, getenv)
	if err != nil {
		return err
	}
	fs.Usage = func() { fmt.Fprint(stderr, importUsage); fs.PrintDefaults() }
	pos, err := parseArgs(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return errors.New("import: give exactly one FILE")
	}
	path := pos[0]
	f, err := readImportFile(path, *from, *maxSize, stderr)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	if *slug == "" {
		if f.course == nil {
			return errors.New("import: --course is required")
		}
		*slug = f.course.Course.Slug
	}
	if *title == "" {
		*title = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	if *history != "" && f.format != formats.FormatAnki {
		return errors.New("import: --with-history reads an Anki package's review log; this file is not one")
	}

	var db *store.DB
	if *dryRun {
		// A dry run only reads: it creates, migrates and seeds nothing.
		db, err = openReadOnly(ctx, *dbPath)
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
	} else {
		log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
		if db, err = openStore(ctx, *dbPath, log); err != nil {
			return err
		}
	}
	defer db.Close()

	if f.course != nil {
		if _, err := db.FindCourse(ctx, *slug); quiz.KindOf(err) == quiz.ENotFound {
			return importWholeCourse(ctx, db, f, *slug, *dryRun, stdout)
		} else if err != nil {
			return err
		}
	}
	var learner *quiz.Account
	if *history != "" {
		// The account is checked before anything is written.
		if learner, err = db.FindAccount(ctx, *history); err != nil {
			return fmt.Errorf("import: --with-history %s: %s", *history, quiz.MessageOf(err))
		}
	}
	file := quiz.ParsedFile{Questions: f.res.Questions, QuestionLines: f.res.QuestionLines, Held: f.res.QuestionHeld, Cards: f.res.Cards, Course: f.course}
	rep, err := db.ImportFile(ctx, file, quiz.ImportSet{
		Course:  *slug,
		Theme:   *theme,
		Title:   *title,
		Publish: *publish,
		DryRun:  *dryRun,
	})
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	printReport(stdout, rep)
	printSkipped(stdout, path, f.res.Skipped)
	if learner != nil && !*dryRun {
		cards, reviews, err := seedHistory(ctx, db, learner, *slug, f.res, rep)
		if err != nil {
			return fmt.Errorf("import: --with-history: %w", err)
		}
		fmt.Fprintf(stdout, "Replayed %d review(s) of %d card(s) as %s's\n", reviews, cards, learner.Email)
	}
	return nil
}

// seedHistory replays an Anki package's review log as the learner's
// reviews of the cards just imported: each card's ratings, oldest first,
// go through the learner's FSRS scheduler (study.Rate) at the time Anki
// recorded them, and are stored as if the learner had given them in
// Lectern. It returns how many cards and reviews it recorded.
func seedHistory(ctx context.Context, db *store.DB, learner *quiz.Account, slug string, res *formats.Result, rep *quiz.ImportReport) (int, int, error) {
	if len(res.History) == 0 {
		return 0, 0, nil
	}
	c, err := db.FindCourse(ctx, slug)
	if err != nil {
		return 0, 0, err
	}
	// The stored card of each imported one, by its id (renamed if taken).
	renamed := map[string]string{}
	for _, r := range rep.Renamed {
		if r.What == "card" {
			renamed[r.From] = r.To
		}
	}
	stored := map[string]int64{}
	for _, t := range c.Themes {
		cards, err := db.ThemeCards(ctx, t.ID)
		if err != nil {
			return 0, 0, err
		}
		for _, wc := range cards {
			stored[wc.Card.ID] = wc.ID
		}
	}
	settings, err := db.FindSettings(ctx, learner.ID)
	if err != nil {
		return 0, 0, err
	}
	nCards, nReviews := 0, 0
	for i, history := range res.History {
		if len(history) == 0 || i >= len(res.Cards) {
			continue
		}
		uid := res.Cards[i].ID
		if to, ok := renamed[uid]; ok {
			uid = to
		}
		id, ok := stored[uid]
		if !ok {
			continue
		}
		card := &quiz.StudyCard{ID: id, CourseID: c.ID}
		for _, r := range history {
			rev, err := study.Rate(settings, card, srs.Rating(r.Rating), r.At)
			if err != nil {
				return nCards, nReviews, err
			}
			rev.UserID = learner.ID
			if _, err := db.RecordReview(ctx, rev); err != nil {
				return nCards, nReviews, err
			}
			after := rev.After
			card.State = &after
			nReviews++
		}
		nCards++
	}
	return nCards, nReviews, nil
}

// importWholeCourse creates a course from a question-set JSON file.
func importWholeCourse(ctx context.Context, db *store.DB, f *importFile, slug string, dryRun bool, stdout io.Writer) error {
	c := *f.course
	c.Course.Slug = slug
	if err := quiz.CheckImportSize(len(c.Questions), len(c.Cards)); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	verb := "Created"
	if dryRun {
		if err := quiz.Validate(&c); err != nil {
			return fmt.Errorf("import: %w", err)
		}
		verb = "Dry run, nothing written: would create"
	} else if _, err := db.ImportCourse(ctx, &c, 0); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	fmt.Fprintf(stdout, "%s course %s (%q), published: %d paragraphs, %d themes\n", verb, slug, c.Course.Title, len(c.Paragraphs), len(c.Themes))
	fmt.Fprintf(stdout, "  %s\n", questionCount(len(c.Questions), countTypes(c.Questions)))
	fmt.Fprintf(stdout, "  %d cards: %d from the questions, %d written\n", len(c.Questions)+len(c.Cards), len(c.Questions), len(c.Cards))
	return nil
}

func countTypes(qs []quiz.Question) map[quiz.QuestionType]int {
	m := map[quiz.QuestionType]int{}
	for _, q := range qs {
		m[q.Type]++
	}
	return m
}

// questionCount says "12 questions: 5 single, 7 truefalse".
func questionCount(n int, byType map[quiz.QuestionType]int) string {
	s := fmt.Sprintf("%d question(s)", n)
	var parts []string
	for _, t := range quiz.QuestionTypes {
		if byType[t] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", byType[t], t))
		}
	}
	if len(parts) > 0 {
		s += ": " + strings.Join(parts, ", ")
	}
	return s
}

func printReport(w io.Writer, rep *quiz.ImportReport) {
	status := "as drafts (left out of quizzes until published)"
	if rep.Published {
		status = "published"
	}
	if rep.DryRun {
		fmt.Fprintf(w, "Dry run, nothing written: would import into course %s, %s\n", rep.Course, status)
	} else {
		fmt.Fprintf(w, "Imported into course %s, %s\n", rep.Course, status)
	}
	fmt.Fprintf(w, "  %s\n", questionCount(rep.Questions, rep.ByType))
	fmt.Fprintf(w, "  %d card(s): %d from the questions, %d written\n", rep.QuestionCards+rep.Cards, rep.QuestionCards, rep.Cards)
	for _, s := range rep.Sets {
		held := ""
		if s.Held {
			held = " (kept a draft)"
		}
		fmt.Fprintf(w, "  set %q in theme %s%s: %d question(s), %d written card(s)\n", s.Title, s.Theme, held, s.Questions, s.Cards)
	}
	for _, r := range rep.Renamed {
		fmt.Fprintf(w, "  %s id %q was taken in the course: imported as %q\n", r.What, r.From, r.To)
	}
	if len(rep.Held) > 0 {
		fmt.Fprintf(w, "Held as a draft, for you to check and publish, %d question(s):\n", len(rep.Held))
		for _, h := range rep.Held {
			fmt.Fprintf(w, "  %s (question %q): %s\n", h.Where, h.ID, h.Reason)
		}
	}
	if len(rep.Duplicates) > 0 {
		nq := 0
		for _, d := range rep.Duplicates {
			if d.What == "question" {
				nq++
			}
		}
		fmt.Fprintf(w, "Skipped %d question(s) and %d written card(s) already in this course:\n", nq, len(rep.Duplicates)-nq)
		for _, d := range rep.Duplicates {
			fmt.Fprintf(w, "  %s\n", d)
		}
	}
}

func printSkipped(w io.Writer, path string, skipped []formats.Skip) {
	if len(skipped) == 0 {
		return
	}
	fmt.Fprintf(w, "Left out %d item(s) Lectern cannot represent:\n", len(skipped))
	for _, s := range skipped {
		if s.Line == 0 {
			fmt.Fprintf(w, "  %s: %s\n", path, s.Reason)
			continue
		}
		fmt.Fprintf(w, "  %s:%d: %s\n", path, s.Line, s.Reason)
	}
}

// convertCommand runs `lectern convert`.
func convertCommand(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	fs.SetOutput(stderr)
	to := fs.String("to", "json", "output format: json, gift, xml (Moodle XML), csv, tsv or apkg (an Anki package)")
	from := fs.String("from", "", "the file's format, gift|aiken|csv|tsv|xml|json|apkg (default: from its name or content; xml is Moodle XML)")
	maxSize, err := maxSizeFlag(fs, getenv)
	if err != nil {
		return err
	}
	fs.Usage = func() { fmt.Fprint(stderr, convertUsage); fs.PrintDefaults() }
	pos, err := parseArgs(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return errors.New("convert: give exactly one FILE")
	}
	switch *to {
	case "json", "gift", "xml", "csv", "tsv", "apkg":
	default:
		return fmt.Errorf("convert: unknown output format %q (json, gift, xml, csv, tsv or apkg)", *to)
	}
	path := pos[0]
	f, err := readImportFile(path, *from, *maxSize, stderr)
	if err != nil {
		return fmt.Errorf("convert: %w", err)
	}
	for _, s := range f.res.Skipped {
		if s.Line == 0 {
			fmt.Fprintf(stderr, "%s: left out: %s\n", path, s.Reason)
			continue
		}
		fmt.Fprintf(stderr, "%s:%d: left out: %s\n", path, s.Line, s.Reason)
	}
	c := f.course
	if c == nil {
		base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		slug := quiz.Slugify(base, quiz.MaxSlug)
		if slug == "" {
			slug = "imported"
		}
		c = &quiz.Course{
			Course:     quiz.CourseInfo{Slug: slug, Title: base},
			Paragraphs: []quiz.Paragraph{},
			Themes:     []quiz.Theme{},
			Questions:  f.res.Questions,
			Cards:      f.res.Cards,
		}
		if c.Questions == nil {
			c.Questions = []quiz.Question{}
		}
	}
	if err := writeCourse(stdout, c, *to); err != nil {
		return fmt.Errorf("convert: %w", err)
	}
	warnLostImages(stderr, path, c, *to)
	if (*to == "gift" || *to == "xml") && len(c.Cards) > 0 {
		fmt.Fprintf(stderr, "%s: %d written card(s) left out: %s holds questions only (JSON, CSV, TSV and Anki packages hold cards)\n", path, len(c.Cards), map[string]string{"gift": "GIFT", "xml": "Moodle XML"}[*to])
	}
	return nil
}

// warnLostImages says how many images a format could not hold.
func warnLostImages(stderr io.Writer, what string, c *quiz.Course, format string) {
	if n := formats.LostImages(c, formats.Format(format)); n > 0 {
		fmt.Fprintf(stderr, "%s: %d image(s) left out: %s cannot hold them (Moodle XML keeps a question's images, JSON and Anki packages every image)\n", what, n, strings.ToUpper(format))
	}
}

// writeCourse writes a course in an export format: the question-set JSON,
// GIFT or Moodle XML (every question, a category per theme), CSV/TSV flashcards (the
// written cards, then a card per question), or an Anki package (the
// written cards, then a Basic card per question).
func writeCourse(w io.Writer, c *quiz.Course, format string) error {
	if format == "apkg" {
		return formats.WriteAnki(w, c, time.Now())
	}
	if format == "json" {
		out, err := quizzes.Encode(c)
		if err != nil {
			return err
		}
		_, err = w.Write(out)
		return err
	}
	return formats.WriteCourse(w, c, formats.Format(format))
}

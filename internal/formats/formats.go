package formats

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/lectern/lectern/internal/quiz"
)

// Format names a question-set file format.
type Format string

// The formats. JSON is Lectern's own question-set format, decoded by
// quizzes.Decode; this package only recognises it.
const (
	FormatJSON  Format = "json"
	FormatGIFT  Format = "gift"
	FormatAiken Format = "aiken"
	FormatCSV   Format = "csv"
	FormatTSV   Format = "tsv"
	// FormatAnki is an Anki package, .apkg or .colpkg.
	FormatAnki Format = "apkg"
	// FormatMoodleXML is Moodle's XML question format (a <quiz>).
	FormatMoodleXML Format = "xml"
)

// ErrUnknownFormat is returned (wrapped) when a file's format cannot be told.
var ErrUnknownFormat = errors.New("unknown question-set format")

// FormatFromName returns the format a file name's extension stands for:
// .json, .gift, .aiken, .csv, .tsv. A .txt file may hold GIFT (Moodle
// exports GIFT as .txt), Aiken or Anki/Quizlet text, so .txt and unknown
// extensions return an error wrapping ErrUnknownFormat; use FormatOf to look
// at the content too.
func FormatFromName(filename string) (Format, error) {
	switch strings.ToLower(filepath.Ext(filename)) {
	case ".json":
		return FormatJSON, nil
	case ".gift":
		return FormatGIFT, nil
	case ".aiken":
		return FormatAiken, nil
	case ".csv":
		return FormatCSV, nil
	case ".tsv", ".tab":
		return FormatTSV, nil
	case ".apkg", ".colpkg":
		return FormatAnki, nil
	case ".xml":
		return FormatMoodleXML, nil
	case ".txt":
		return "", fmt.Errorf("%w: %q: a .txt file may hold GIFT, Aiken or flashcard text", ErrUnknownFormat, filename)
	}
	return "", fmt.Errorf("%w: %q: expected .json, .gift, .txt, .aiken, .csv, .tsv, .xml, .apkg or .colpkg", ErrUnknownFormat, filename)
}

// FormatOf returns the format of a file from its name, and from its content
// when the extension does not say (.txt or none).
func FormatOf(filename string, data []byte) (Format, error) {
	if f, err := FormatFromName(filename); err == nil {
		return f, nil
	}
	if f := Detect(data); f != "" {
		return f, nil
	}
	return "", fmt.Errorf("%w: %q", ErrUnknownFormat, filename)
}

var (
	aikenAnswerRE = regexp.MustCompile(`(?m)^[ \t]*ANSWER:[ \t]*[A-Za-z]`)
	aikenOptionRE = regexp.MustCompile(`(?m)^[ \t]*[A-Z][).]`)
	giftBlockRE   = regexp.MustCompile(`\{[^{}]*[=~#}][^{}]*\}|\{\s*(T|F|TRUE|FALSE)\s*\}`)
	moodleXMLRE   = regexp.MustCompile(`<quiz[\s>]`)
	ankiHeaderRE  = regexp.MustCompile(`^#(separator|html|columns|tags|deck|notetype|guid column|deck column|notetype column|tags column):`)
)

// Detect guesses the format of a file from its content, or returns "" when
// it cannot tell. Lectern JSON starts with "{"; Moodle XML with "<" and
// has a <quiz> element near the start; Anki headers (#separator:)
// mean flashcard text; Aiken has "ANSWER: X" lines after lettered options;
// GIFT has answer blocks in braces or $CATEGORY lines; otherwise lines with
// tabs are TSV and lines with commas or semicolons are CSV.
func Detect(data []byte) Format {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		// A zip archive: the one kind Lectern reads is an Anki package.
		return FormatAnki
	}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return ""
	}
	if trimmed[0] == '{' && bytes.Contains(trimmed, []byte(`"questions"`)) {
		return FormatJSON
	}
	if trimmed[0] == '<' && moodleXMLRE.Match(trimmed[:min(len(trimmed), 4096)]) {
		return FormatMoodleXML
	}
	if ankiHeaderRE.Match(trimmed) {
		if sep, ok := ankiSeparator(string(firstLineAfter(trimmed, "#separator:"))); ok && sep == '\t' {
			return FormatTSV
		}
		return FormatCSV
	}
	if aikenAnswerRE.Match(data) && aikenOptionRE.Match(data) {
		return FormatAiken
	}
	if giftBlockRE.Match(data) || bytes.Contains(data, []byte("$CATEGORY:")) {
		return FormatGIFT
	}
	if bytes.Contains(data, []byte("\t")) {
		return FormatTSV
	}
	if bytes.ContainsAny(data, ",;") {
		return FormatCSV
	}
	return ""
}

// firstLineAfter returns the rest of the line after the first occurrence of
// prefix at the start of a line, or nil.
func firstLineAfter(data []byte, prefix string) []byte {
	for line := range bytes.SplitSeq(data, []byte("\n")) {
		if rest, ok := bytes.CutPrefix(line, []byte(prefix)); ok {
			return bytes.TrimRight(rest, "\r")
		}
	}
	return nil
}

// Options are the defaults a parser gives what it reads.
type Options struct {
	// Theme is the theme slug given to questions and cards that no GIFT
	// category or Anki deck places elsewhere. It may be empty, leaving the
	// importer to assign themes.
	Theme string
	// DefaultKind is the kind given to every question; quiz.Fact if empty.
	DefaultKind quiz.Kind
}

func (o Options) check() (Options, error) {
	if o.DefaultKind == "" {
		o.DefaultKind = quiz.Fact
	}
	switch o.DefaultKind {
	case quiz.Fact, quiz.Attribution, quiz.Interpretation, quiz.Outlook:
	default:
		return o, fmt.Errorf("formats: kind %q is not one of fact, attribution, interpretation, outlook", o.DefaultKind)
	}
	if o.Theme != "" && !quiz.ValidSlug(o.Theme) {
		return o, fmt.Errorf("formats: theme %q is not a slug", o.Theme)
	}
	return o, nil
}

// Result is what a parser read. Questions have IDs, types, kinds, prompts,
// answers, explanations and themes; Paragraphs are left empty for the
// importer to assign.
type Result struct {
	Questions []quiz.Question
	// QuestionLines holds, for the formats that know it, the line where
	// each of Questions starts (1-based); nil otherwise.
	QuestionLines []int
	// QuestionHeld holds, for the formats that know it, why each of
	// Questions must be held back as a draft ("" for none): a Moodle
	// question whose text depends on audio or other media Lectern leaves
	// out. Nil when none is.
	QuestionHeld []string
	Cards        []quiz.Card
	// Skipped lists well-formed items, or parts of items, that Lectern
	// cannot represent and left out, e.g. a GIFT essay question or a
	// partial-credit answer.
	Skipped []Skip
	// Categories lists the GIFT $CATEGORY paths or Anki decks met, in order
	// of first appearance.
	Categories []string
	// MediaFiles counts the media files an Anki package's media map names.
	MediaFiles int
	// Images counts the images kept (a question's or a card's).
	Images     int
	imageBytes int
	// History holds, for an Anki package, the ratings each card was given
	// (by the index of the card in Cards), oldest first; nil when the
	// package has no review log.
	History [][]AnkiReview
	// ankiIDs are the Anki card ids of Cards.
	ankiIDs []int64
	// Titles holds GIFT question titles that were not usable as IDs, by the
	// ID the question was given instead.
	Titles map[string]string
}

// Skip reports something in the input that was left out. Line is 0 when
// the input has no lines (an Anki package).
type Skip struct {
	Line   int
	Reason string
}

func (s Skip) String() string {
	if s.Line == 0 {
		return s.Reason
	}
	return fmt.Sprintf("line %d: %s", s.Line, s.Reason)
}

// ParseError is a syntax error at a place in the input. Column counts
// characters from 1; it is 0 when the error concerns a whole line.
type ParseError struct {
	Line, Column int
	Msg          string
}

func (e *ParseError) Error() string {
	if e.Column > 0 {
		return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Msg)
	}
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

// ParseErrors is returned when a file has more than one syntax error; it
// lists them in file order (at most maxErrors).
type ParseErrors []*ParseError

func (es ParseErrors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap lets errors.As find the individual *ParseError values.
func (es ParseErrors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// maxErrors bounds how many syntax errors one file reports.
const maxErrors = 20

// errorList collects syntax errors.
type errorList struct{ errs ParseErrors }

func (l *errorList) add(line, col int, format string, args ...any) {
	if len(l.errs) < maxErrors {
		l.errs = append(l.errs, &ParseError{Line: line, Column: col, Msg: fmt.Sprintf(format, args...)})
	}
}

func (l *errorList) err() error {
	switch len(l.errs) {
	case 0:
		return nil
	case 1:
		return l.errs[0]
	}
	sort.SliceStable(l.errs, func(i, j int) bool { return l.errs[i].Line < l.errs[j].Line })
	return l.errs
}

// Parse reads a file in format f. JSON is not handled here (see
// quizzes.Decode).
func Parse(f Format, r io.Reader, opts Options) (*Result, error) {
	switch f {
	case FormatGIFT:
		return ParseGIFT(r, opts)
	case FormatAiken:
		return ParseAiken(r, opts)
	case FormatCSV:
		return ParseCSV(r, ',', opts)
	case FormatTSV:
		return ParseCSV(r, '\t', opts)
	case FormatAnki:
		data, err := io.ReadAll(r)
		if err != nil {
			return nil, err
		}
		return ParseAnki(data, opts)
	case FormatMoodleXML:
		return ParseMoodleXML(r, opts)
	}
	return nil, fmt.Errorf("%w: formats cannot parse %q", ErrUnknownFormat, f)
}

// readText reads all of r as UTF-8 text: a byte-order mark is dropped and
// CRLF and CR line ends become LF. Invalid UTF-8 is a *ParseError naming the
// line.
func readText(r io.Reader) (string, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return "", err
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(data) {
		line := 1
		for len(data) > 0 {
			c, size := utf8.DecodeRune(data)
			if c == utf8.RuneError && size == 1 {
				return "", &ParseError{Line: line, Msg: "the file is not UTF-8 text; save it as UTF-8"}
			}
			if c == '\n' {
				line++
			}
			data = data[size:]
		}
	}
	s := string(data)
	if strings.Contains(s, "\r") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s, nil
}

var usableIDRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$`)

// questionName keeps a question's name from another tool, its runs of
// space made one and cut to quiz.MaxName bytes on a rune boundary.
func questionName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > quiz.MaxName {
		s = s[:quiz.MaxName]
		for len(s) > 0 && !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	return s
}

// usableID reports whether a GIFT title or [id:] can serve as a question ID
// as it is: letters, digits, '.', '_' and '-', no spaces, at most 64 long.
func usableID(s string) bool { return usableIDRE.MatchString(s) }

// idAssigner hands out unique question IDs.
type idAssigner struct {
	used map[string]bool
	next map[string]int // the next suffix to try for a repeated ID
}

// assign gives each question its wanted ID when usable and free (a repeat
// gets a "-2", "-3" suffix), and q1, q2, … (by position) otherwise.
func (a *idAssigner) assign(qs []quiz.Question, wanted []string) {
	if a.used == nil {
		a.used, a.next = map[string]bool{}, map[string]int{}
	}
	for i, w := range wanted {
		if w == "" {
			continue
		}
		id := w
		if a.used[id] {
			// Carry on from the last suffix given: a file that repeats
			// one title thousands of times stays linear.
			n := max(2, a.next[w])
			for id = fmt.Sprintf("%s-%d", w, n); a.used[id]; n++ {
				id = fmt.Sprintf("%s-%d", w, n+1)
			}
			a.next[w] = n + 1
		}
		a.used[id] = true
		qs[i].ID = id
	}
	n := 0
	for i := range qs {
		if qs[i].ID != "" {
			continue
		}
		n = max(n, i)
		for {
			n++
			if id := fmt.Sprintf("q%d", n); !a.used[id] {
				a.used[id] = true
				qs[i].ID = id
				break
			}
		}
	}
}

// addCategory records a category once, in order.
func (r *Result) addCategory(c string) {
	for _, x := range r.Categories {
		if x == c {
			return
		}
	}
	r.Categories = append(r.Categories, c)
}

func (r *Result) skip(line int, format string, args ...any) {
	r.Skipped = append(r.Skipped, Skip{Line: line, Reason: fmt.Sprintf(format, args...)})
}

// problemsText joins validation problems for a Skip reason.
func problemsText(ps []quiz.Problem) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.String()
	}
	return strings.Join(parts, "; ")
}

// quote shortens s for a message.
func quote(s string) string {
	if utf8.RuneCountInString(s) > 40 {
		r := []rune(s)
		s = string(r[:37]) + "…"
	}
	return fmt.Sprintf("%q", s)
}

// addImage checks an image read from a file and counts it against
// quiz.MaxImportImageBytes for the whole file; an image Lectern cannot keep
// is listed in Skipped, with what it is.
func (r *Result) addImage(line int, label, name, alt string, data []byte) (quiz.Image, bool) {
	im, err := quiz.NewImage(name, alt, data)
	if err != nil {
		r.skip(line, "%s: %s; left out", label, quiz.MessageOf(err))
		return quiz.Image{}, false
	}
	if r.imageBytes+len(data) > quiz.MaxImportImageBytes {
		r.skip(line, "%s: image %s left out: the file's images pass %d MB together", label, quote(im.Name), quiz.MaxImportImageBytes>>20)
		return quiz.Image{}, false
	}
	r.imageBytes += len(data)
	r.Images++
	return im, true
}

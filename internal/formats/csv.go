package formats

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/lectern/lectern/internal/quiz"
)

// Flashcard text, as Quizlet and Anki write it: one card per record, the
// term (front) and definition (back) separated by one character, usually a
// tab or a comma. Fields may be quoted with "…", which lets them hold the
// separator and newlines, with "" for a literal quote; quotes inside an
// unquoted field are ordinary characters (Quizlet does not quote). Lines
// starting with # are comments, and Anki's "#key:value" header lines at the
// top of the file are read: separator, html, columns, deck, and the
// notetype/deck/tags/guid column numbers. encoding/csv splits the records;
// this file reads the header and the columns.

// ankiSeparator reads the value of a #separator: header.
func ankiSeparator(v string) (rune, bool) {
	switch strings.ToLower(v) {
	case "comma":
		return ',', true
	case "semicolon":
		return ';', true
	case "tab":
		return '\t', true
	case "space":
		return ' ', true
	case "pipe":
		return '|', true
	case "colon":
		return ':', true
	}
	if r, size := utf8.DecodeRuneInString(v); size == len(v) && size > 0 && strings.ContainsRune(",;\t |:", r) {
		return r, true
	}
	return 0, false
}

// guessSeparator picks the separator the way Anki does: the first of tab,
// pipe, semicolon, colon, comma that occurs in the first 8 KiB of data,
// else a space.
func guessSeparator(data string) rune {
	if len(data) > 8<<10 {
		data = data[:8<<10]
	}
	for _, r := range "\t|;:," {
		if strings.ContainsRune(data, r) {
			return r
		}
	}
	return ' '
}

func separatorName(r rune) string {
	switch r {
	case '\t':
		return "a tab"
	case ' ':
		return "a space"
	}
	return strconv.QuoteRune(r)
}

type csvRecord struct {
	line   int
	fields []string
}

// readRecords splits data, which starts on line first of the file, into
// records with encoding/csv: fields separated by sep, quoted with "…" and
// "" for a quote inside, quotes inside an unquoted field taken as text
// (LazyQuotes: Quizlet does not quote), # comment lines skipped, and any
// number of fields to a record. A quoted field ends at a quote followed by
// the separator or the end of a line: in "a"b, as encoding/csv reads it,
// the middle quote is text and the field goes on.
func readRecords(data string, first int, sep rune) ([]csvRecord, error) {
	cr := csv.NewReader(strings.NewReader(data))
	cr.Comma, cr.Comment, cr.LazyQuotes, cr.FieldsPerRecord = sep, '#', true, -1
	var recs []csvRecord
	for {
		fields, err := cr.Read()
		if err == io.EOF {
			return recs, nil
		}
		if err != nil {
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		// With LazyQuotes, encoding/csv ends a quoted field still open at
		// the end of the file instead of refusing it: a file cut short is
		// refused here, naming the line the quote opened on.
		if cr.InputOffset() == int64(len(data)) {
			if opened, ok := unclosedQuote(data, cr, len(fields)-1); ok {
				return nil, &ParseError{Line: first + opened - 1, Msg: "quoted field is not closed (a \" opened on this line has no closing \")"}
			}
		}
		// encoding/csv skips empty lines only; a line of spaces is no
		// record either (a quoted empty field is one).
		if len(fields) == 1 && strings.TrimSpace(fields[0]) == "" && !quotedField(data, cr, 0) {
			continue
		}
		recs = append(recs, csvRecord{line: first + line - 1, fields: fields})
	}
}

// unclosedQuote reports whether field i of the record cr just read, which
// ended at the end of data, is a quoted field with no closing quote, and
// the line it opened on. A closed one ends in an odd run of quotes: "" is
// a quote inside the field.
func unclosedQuote(data string, cr *csv.Reader, i int) (line int, open bool) {
	if !quotedField(data, cr, i) {
		return 0, false
	}
	off := fieldOffset(data, cr, i)
	line, _ = cr.FieldPos(i)
	body := strings.TrimRight(data[off+1:], "\n")
	run := len(body) - len(strings.TrimRight(body, `"`))
	return line, run%2 == 0
}

// quotedField reports whether field i of the record cr just read is
// quoted.
func quotedField(data string, cr *csv.Reader, i int) bool {
	off := fieldOffset(data, cr, i)
	return off < len(data) && data[off] == '"'
}

// fieldOffset is the byte offset in data where field i of the record cr
// just read starts.
func fieldOffset(data string, cr *csv.Reader, i int) int {
	line, col := cr.FieldPos(i)
	off := 0
	for range line - 1 {
		off += strings.IndexByte(data[off:], '\n') + 1
	}
	return off + col - 1
}

// csvHeader is what the #key:value lines at the head of an Anki file say.
type csvHeader struct {
	sep                                    rune
	html                                   int // 0 unknown, 1 true, -1 false
	columns                                []string
	deck                                   string
	deckCol, notetypeCol, tagsCol, guidCol int
}

// readHeader reads the header lines at the start of text (an old-style
// "tags:" first line, then "#key:value" lines) and returns the offset and
// line number where the data starts.
func readHeader(text string) (h csvHeader, off, line int) {
	line = 1
	first := true
	columnsRaw := ""
	for off < len(text) {
		end := strings.IndexByte(text[off:], '\n')
		l := text[off:]
		if end >= 0 {
			l = text[off : off+end]
		}
		if first && strings.HasPrefix(l, "tags:") {
			// Old Anki syntax: global tags on the first line.
		} else if !strings.HasPrefix(l, "#") {
			break
		} else if key, val, ok := strings.Cut(l[1:], ":"); ok {
			switch strings.ToLower(key) {
			case "separator":
				if r, ok := ankiSeparator(val); ok {
					h.sep = r
				}
			case "html":
				switch strings.ToLower(strings.TrimSpace(val)) {
				case "true":
					h.html = 1
				case "false":
					h.html = -1
				}
			case "columns":
				columnsRaw = val
			case "deck":
				h.deck = strings.TrimSpace(val)
			case "deck column":
				h.deckCol, _ = strconv.Atoi(strings.TrimSpace(val))
			case "notetype column":
				h.notetypeCol, _ = strconv.Atoi(strings.TrimSpace(val))
			case "tags column":
				h.tagsCol, _ = strconv.Atoi(strings.TrimSpace(val))
			case "guid column":
				h.guidCol, _ = strconv.Atoi(strings.TrimSpace(val))
			}
		}
		first = false
		line++
		if end < 0 {
			off = len(text)
		} else {
			off += end + 1
		}
	}
	if columnsRaw != "" {
		sep := h.sep
		if sep == 0 {
			sep = guessSeparator(columnsRaw)
		}
		h.columns = strings.Split(columnsRaw, string(sep))
	}
	return h, off, line
}

var frontNames = map[string]bool{"front": true, "term": true, "question": true, "word": true, "prompt": true}
var backNames = map[string]bool{"back": true, "definition": true, "answer": true, "meaning": true}

// labelColumns finds the front and back columns among column labels.
func labelColumns(labels []string) (front, back int, ok bool) {
	front, back = -1, -1
	for i, l := range labels {
		l = strings.ToLower(strings.TrimSpace(l))
		if frontNames[l] && front < 0 {
			front = i
		} else if backNames[l] && back < 0 {
			back = i
		}
	}
	return front, back, front >= 0 && back >= 0
}

// ParseCSV reads flashcards, one per record: term (front) and definition
// (back), as Quizlet and Anki export them. comma is the separator; 0 means
// guess it as Anki does. An Anki "#separator:" header overrides comma, since
// the file knows better than its extension. A first row naming the columns
// (term,definition or front,back) is skipped; extra columns are ignored, and
// an Anki deck column sets the card's theme. Fields that are HTML (Anki
// "#html:true", or when any field looks like HTML) are reduced to text. A
// field that is a single quote before a formula character ('=1+1, '-5), as
// WriteCSV writes it, loses that quote (UnneutraliseFormula). An empty term
// or definition is an error naming the line.
func ParseCSV(r io.Reader, comma rune, opts Options) (*Result, error) {
	opts, err := opts.check()
	if err != nil {
		return nil, err
	}
	text, err := readText(r)
	if err != nil {
		return nil, err
	}
	h, off, line := readHeader(text)
	sep := h.sep
	if sep == 0 {
		sep = comma
	}
	if sep == 0 {
		sep = guessSeparator(text[off:])
	}
	if sep == '"' || sep == '\n' || sep == '#' || !utf8.ValidRune(sep) {
		return nil, fmt.Errorf("formats: %q cannot separate fields", sep)
	}
	recs, err := readRecords(text[off:], line, sep)
	if err != nil {
		return nil, err
	}

	front, back := -1, -1
	if f, b, ok := labelColumns(h.columns); ok {
		front, back = f, b
	} else if len(recs) > 0 {
		if f, b, ok := labelColumns(recs[0].fields); ok {
			front, back = f, b
			recs = recs[1:]
		}
	}
	if front < 0 {
		// The first two columns that are not Anki's notetype, deck, tags or
		// guid columns.
		for i := 0; i < 64 && back < 0; i++ {
			switch i + 1 {
			case h.deckCol, h.notetypeCol, h.tagsCol, h.guidCol:
				continue
			}
			if front < 0 {
				front = i
			} else {
				back = i
			}
		}
	}

	isHTML := h.html > 0
	if h.html == 0 {
	guess:
		for _, rec := range recs {
			for _, f := range rec.fields {
				if looksLikeHTML(f) {
					isHTML = true
					break guess
				}
			}
		}
	}
	clean := func(s string) string {
		if isHTML {
			s = htmlToText(s)
		} else {
			s = strings.TrimSpace(s)
		}
		// A quote that WriteCSV put before a formula character.
		return UnneutraliseFormula(s)
	}

	res := &Result{}
	if h.deck != "" {
		res.addCategory(h.deck)
	}
	deckTheme := deckSlug(h.deck, opts.Theme)
	for _, rec := range recs {
		field := func(i int) string {
			if i < len(rec.fields) {
				return clean(rec.fields[i])
			}
			return ""
		}
		term, def := field(front), field(back)
		if len(rec.fields) < 2 {
			return nil, &ParseError{Line: rec.line, Msg: fmt.Sprintf("expected a term and a definition separated by %s", separatorName(sep))}
		}
		if term == "" {
			return nil, &ParseError{Line: rec.line, Msg: "the term is empty"}
		}
		if def == "" {
			return nil, &ParseError{Line: rec.line, Msg: "the definition is empty"}
		}
		theme := deckTheme
		if h.deckCol > 0 && h.deckCol <= len(rec.fields) {
			if d := strings.TrimSpace(rec.fields[h.deckCol-1]); d != "" {
				res.addCategory(d)
				theme = deckSlug(d, deckTheme)
			}
		}
		res.Cards = append(res.Cards, quiz.Card{Theme: theme, Front: term, Back: def})
	}
	return res, nil
}

// deckSlug slugs the last part of an Anki deck name ("Spanish::Verbs"), or
// returns def.
func deckSlug(deck, def string) string {
	if deck == "" {
		return def
	}
	parts := strings.Split(deck, "::")
	if s := quiz.Slugify(parts[len(parts)-1], quiz.MaxSlug); s != "" {
		return s
	}
	return def
}

// formulaStart holds the characters that make a spreadsheet read a cell
// as a formula (OWASP's CSV injection list): =, +, -, @, a tab and a
// carriage return; and a line feed, which is what a carriage return
// becomes when Lectern reads a file.
const formulaStart = "=+-@\t\r\n"

// NeutraliseFormula returns s as a CSV cell that no spreadsheet runs: a
// text starting with a formula character gets a single quote in front, as
// OWASP advises. A text that already starts with quotes followed by a
// formula character gets one more, so that UnneutraliseFormula gives back
// every text exactly.
func NeutraliseFormula(s string) string {
	if rest := strings.TrimLeft(s, "'"); rest != "" && strings.IndexByte(formulaStart, rest[0]) >= 0 {
		return "'" + s
	}
	return s
}

// UnneutraliseFormula undoes NeutraliseFormula: a cell that is a single
// quote, then any further quotes, then a formula character loses its first
// quote. Any other cell is returned as it is.
func UnneutraliseFormula(s string) string {
	if !strings.HasPrefix(s, "'") {
		return s
	}
	if rest := strings.TrimLeft(s, "'"); rest != "" && strings.IndexByte(formulaStart, rest[0]) >= 0 {
		return s[1:]
	}
	return s
}

// WriteCSV writes cards as term/definition records separated by comma
// (',' for CSV, '\t' for Quizlet and Anki text). A field starting with a
// formula character (=, +, -, @, a tab or a carriage return) gets a single
// quote in front (NeutraliseFormula), so that a spreadsheet shows it as
// text instead of running it; ParseCSV takes the quote off again. Fields
// holding the separator, a quote, a newline, or starting with '#' are
// quoted. When a card's text looks like HTML, an Anki "#html:false" header
// line comes first so that it is not read as markup.
func WriteCSV(w io.Writer, cards []quiz.Card, comma rune) error {
	if comma == 0 || comma == '"' || comma == '\n' || comma == '\r' || comma == '#' || !utf8.ValidRune(comma) {
		return fmt.Errorf("formats: %q cannot separate fields", comma)
	}
	bw := bufio.NewWriter(w)
	field := func(s string) {
		s = NeutraliseFormula(s)
		if strings.ContainsRune(s, comma) || strings.ContainsAny(s, "\"\n\r") || strings.HasPrefix(s, "#") {
			bw.WriteByte('"')
			bw.WriteString(strings.ReplaceAll(s, `"`, `""`))
			bw.WriteByte('"')
			return
		}
		bw.WriteString(s)
	}
	for _, c := range cards {
		if looksLikeHTML(c.Front) || looksLikeHTML(c.Back) {
			// Anki (and ParseCSV) would take such text for HTML.
			bw.WriteString("#html:false\n")
			break
		}
	}
	for _, c := range cards {
		field(c.Front)
		bw.WriteRune(comma)
		field(c.Back)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// QuestionCards turns questions into flashcards for export: the prompt on
// the front (a true/false statement asks "True or false:" once), a choice
// question's options under it, one a line in alphabetical order, and the
// correct answer(s) on the back, joined with "; ", and under a true/false
// question's verdict the fact, one a line (quiz.StatementFacts).
func QuestionCards(qs []quiz.Question) []quiz.Card {
	cards := make([]quiz.Card, 0, len(qs))
	for _, q := range qs {
		front := quiz.CardFront(q)
		// A choice question's options (a matching question's left-hand
		// items) go under its prompt, in an order that says nothing of
		// which are right: without them the card asks what it cannot.
		for _, l := range quiz.CardLines(q) {
			front += "\n• " + l
		}
		cards = append(cards, quiz.Card{
			ID:         q.ID,
			Theme:      q.Theme,
			Front:      front,
			Back:       strings.Join(append([]string{strings.Join(quiz.CorrectText(q), "; ")}, quiz.StatementFacts(q)...), "\n"),
			Paragraphs: q.Paragraphs,
		})
	}
	return cards
}

package formats

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/lectern/lectern/internal/quiz"
)

// MaxMoodleXML bounds the Moodle XML a parser reads, whatever the caller's
// own limit: embedded images make these files larger than other formats.
const MaxMoodleXML = 32 << 20

// Moodle XML, as Moodle's question/format/xml reads and writes it: a <quiz>
// of <question type="…"> elements. A "category" pseudo-question switches
// the category of the questions after it.

type mxText struct {
	Format string   `xml:"format,attr"`
	Text   string   `xml:"text"`
	Files  []mxFile `xml:"file"`
}

type mxFile struct {
	Name     string `xml:"name,attr"`
	Encoding string `xml:"encoding,attr"`
	Data     string `xml:",chardata"`
}

type mxAnswer struct {
	Fraction  string   `xml:"fraction,attr"`
	Format    string   `xml:"format,attr"`
	Text      string   `xml:"text"`
	Feedback  mxText   `xml:"feedback"`
	Tolerance string   `xml:"tolerance"`
	Files     []mxFile `xml:"file"`
}

type mxSub struct {
	Format string   `xml:"format,attr"`
	Text   string   `xml:"text"`
	Files  []mxFile `xml:"file"`
	Answer struct {
		Text string `xml:"text"`
	} `xml:"answer"`
}

type mxUnit struct {
	Multiplier string `xml:"multiplier"`
	Name       string `xml:"unit_name"`
}

type mxQuestion struct {
	Type            string     `xml:"type,attr"`
	Name            mxText     `xml:"name"`
	QuestionText    mxText     `xml:"questiontext"`
	GeneralFeedback mxText     `xml:"generalfeedback"`
	Category        mxText     `xml:"category"`
	IDNumber        string     `xml:"idnumber"`
	Single          string     `xml:"single"`
	UseCase         string     `xml:"usecase"`
	Answers         []mxAnswer `xml:"answer"`
	Subquestions    []mxSub    `xml:"subquestion"`
	Units           []mxUnit   `xml:"units>unit"`
	Tags            []string   `xml:"tags>tag>text"`
	Image           string     `xml:"image"`
	ImageBase64     string     `xml:"image_base64"`
}

// ParseMoodleXML reads a Moodle XML question file. Multiple choice (single
// and multiple), true/false, short answer, matching and numerical questions
// become quiz.Questions with their names (as IDs where usable), texts,
// general and per-answer feedback, fractions and tags; a category switches
// the theme as a GIFT $CATEGORY does. HTML text is reduced to plain text
// (an image becomes its alt text in brackets, as Moodle's own import shows
// it). Descriptions, essays, cloze and other types, embedded images and
// what Lectern cannot hold are listed in Result.Skipped with their line.
// Each question's line is in Result.QuestionLines; a question whose text
// depends on media Lectern leaves out (audio, video, a linked file, an
// image it cannot keep) is read, and Result.QuestionHeld says why it must
// be held back as a draft.
// Malformed XML, or XML that is not a <quiz>, is a *ParseError. Entities
// other than XML's five are not expanded: a document that declares its own
// is refused.
func ParseMoodleXML(r io.Reader, opts Options) (*Result, error) {
	opts, err := opts.check()
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxMoodleXML+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxMoodleXML {
		return nil, &ParseError{Line: 1, Msg: fmt.Sprintf("the file is larger than %d MB", MaxMoodleXML>>20)}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	// lineAt counts lines up to an offset, carrying on from the last
	// offset asked about: offsets only grow as the decoder reads.
	lastOff, lastLine := 0, 1
	lineAt := func(off int64) int {
		o := max(0, min(int(off), len(data)))
		if o < lastOff {
			lastOff, lastLine = 0, 1
		}
		lastLine += bytes.Count(data[lastOff:o], []byte("\n"))
		lastOff = o
		return lastLine
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	d.CharsetReader = func(charset string, in io.Reader) (io.Reader, error) {
		if strings.EqualFold(charset, "utf-8") {
			return in, nil
		}
		return nil, fmt.Errorf("the file is in %s; save it as UTF-8", charset)
	}
	p := &mxParser{opts: opts, res: &Result{}, theme: opts.Theme}
	syntax := func(err error) error {
		line := lineAt(d.InputOffset())
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			line = se.Line
			msg := se.Msg
			if strings.Contains(msg, "entity") {
				msg += " (a Moodle XML file uses only XML's own entities; declared entities are not expanded)"
			}
			return &ParseError{Line: line, Msg: "not well-formed XML: " + msg}
		}
		return &ParseError{Line: line, Msg: "not well-formed XML: " + err.Error()}
	}
	seenQuiz := false
	depth := 0
	for {
		start := d.InputOffset()
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, syntax(err)
		}
		switch t := tok.(type) {
		case xml.Directive:
			if bytes.Contains(t, []byte("ENTITY")) {
				return nil, &ParseError{Line: lineAt(start), Msg: "the file declares entities, which a Moodle XML file never does; refused"}
			}
		case xml.StartElement:
			depth++
			if depth == 1 {
				if t.Name.Local != "quiz" {
					return nil, &ParseError{Line: lineAt(start), Msg: fmt.Sprintf("not a Moodle XML file: the document is <%s>, not <quiz>", t.Name.Local)}
				}
				seenQuiz = true
				continue
			}
			if depth == 2 && t.Name.Local == "question" {
				var q mxQuestion
				if err := d.DecodeElement(&q, &t); err != nil {
					return nil, syntax(err)
				}
				depth--
				p.question(q, lineAt(start))
				continue
			}
			if err := d.Skip(); err != nil {
				return nil, syntax(err)
			}
			depth--
		case xml.EndElement:
			depth--
		}
	}
	if !seenQuiz {
		return nil, &ParseError{Line: 1, Msg: "not a Moodle XML file: no <quiz> element"}
	}
	var ids idAssigner
	ids.assign(p.res.Questions, p.wanted)
	p.res.QuestionLines = p.lines
	if slices.ContainsFunc(p.held, func(s string) bool { return s != "" }) {
		p.res.QuestionHeld = p.held
	}
	for i, t := range p.titles {
		if t != "" && t != p.res.Questions[i].ID {
			if p.res.Titles == nil {
				p.res.Titles = map[string]string{}
			}
			p.res.Titles[p.res.Questions[i].ID] = t
			p.res.Questions[i].Name = questionName(t)
		}
	}
	return p.res, nil
}

type mxParser struct {
	opts           Options
	res            *Result
	theme          string
	wanted, titles []string
	lines          []int
	held           []string
	// lost collects the images the last stem could not keep.
	lost []string
}

// mxFormat maps a Moodle text format to the GIFT parser's.
func mxFormat(f string, def textFormat) textFormat {
	switch f {
	case "html":
		return fmtHTML
	case "plain_text":
		return fmtPlain
	case "markdown":
		return fmtMarkdown
	case "moodle_auto_format":
		return fmtMoodle
	}
	return def
}

// mxRender turns a Moodle text into Lectern's plain text: HTML is reduced
// to text (images to their alt text in brackets), other formats are kept
// as written, trimmed.
func mxRender(s string, f textFormat) string {
	return mxRenderImages(s, f, nil)
}

// mxRenderImages is mxRender, with attach called for each <img>: an image
// it attaches (returns true for) leaves the text; any other becomes its
// alt text in brackets.
func mxRenderImages(s string, f textFormat, attach func(src, alt string) bool) string {
	s = strings.TrimSpace(s)
	switch {
	case f == fmtHTML, f == fmtMoodle && (looksLikeHTML(s) || strings.Contains(strings.ToLower(s), "<img")):
		return htmlToText(replaceImages(s, attach))
	}
	return s
}

// replaceImages replaces each <img> of an HTML fragment by its alt text in
// brackets, escaped, so that htmlToText keeps it as text; or, when attach
// (if not nil) takes the image, by nothing.
func replaceImages(s string, attach func(src, alt string) bool) string {
	if !strings.Contains(strings.ToLower(s), "<img") {
		return s
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			b.Write(z.Raw())
			return b.String()
		}
		raw := string(z.Raw())
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			name, hasAttr := z.TagName()
			if string(name) == "img" {
				alt, src := "", ""
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					switch string(k) {
					case "alt":
						alt = strings.TrimSpace(string(v))
					case "src":
						src = strings.TrimSpace(string(v))
					}
				}
				if attach != nil && src != "" && attach(src, alt) {
					// A space, so that the words either side stay apart.
					b.WriteByte(' ')
					continue
				}
				if alt != "" {
					b.WriteString(html.EscapeString("[" + alt + "]"))
				}
				continue
			}
		}
		b.WriteString(raw)
	}
}

// fraction reads a Moodle fraction attribute, a percentage ("50",
// "-33.33333"), as a fraction of the marks.
func mxFraction(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, true
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v / 100, true
}

func (p *mxParser) files(line int, fs []mxFile) {
	for _, f := range fs {
		size := len(strings.TrimSpace(f.Data))
		if b, ok := mxDecodeFile(f); ok {
			size = len(b)
		}
		p.res.skip(line, "embedded file %s (%d bytes) not imported: Lectern keeps only the images a question's text, general feedback or choice options show", quote(f.Name), size)
	}
}

// mxDecodeFile returns the bytes of a base64 <file>.
func mxDecodeFile(f mxFile) ([]byte, bool) {
	if !strings.EqualFold(f.Encoding, "base64") {
		return nil, false
	}
	b, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(f.Data), ""))
	return b, err == nil
}

// stem reads a question text: its images, found by their
// @@PLUGINFILE@@/name among the text's embedded files, become the
// question's Images, and leave the text; an image Lectern cannot keep (no
// such file, not PNG, JPEG, GIF or WebP, too large) stays as its alt text
// in brackets, and is listed. Embedded files no image shows are listed.
func (p *mxParser) stem(line int, label string, t mxText, f textFormat) (string, []quiz.Image) {
	files := map[string]mxFile{}
	for _, fl := range t.Files {
		files[fl.Name] = fl
	}
	used := map[string]bool{}
	var imgs []quiz.Image
	attach := func(src, alt string) bool {
		name, ok := strings.CutPrefix(src, "@@PLUGINFILE@@/")
		if !ok {
			p.res.skip(line, "%s: image %s is not embedded in the file; its alt text is kept", label, quote(src))
			p.lost = append(p.lost, "image "+quote(src))
			return false
		}
		if u, err := url.PathUnescape(name); err == nil {
			name = u
		}
		fl, ok := files[name]
		if !ok {
			fl, ok = files[path.Base(name)]
		}
		if !ok {
			p.res.skip(line, "%s: image %s is not among the file's embedded files; its alt text is kept", label, quote(name))
			p.lost = append(p.lost, "image "+quote(name))
			return false
		}
		used[fl.Name] = true
		if len(imgs) == quiz.MaxImages {
			p.res.skip(line, "%s: image %s left out: a question keeps at most %d images", label, quote(name), quiz.MaxImages)
			p.lost = append(p.lost, "image "+quote(name))
			return false
		}
		im, ok := p.image(line, label, fl.Name, alt, fl)
		if !ok {
			p.lost = append(p.lost, "image "+quote(name))
			return false
		}
		imgs = append(imgs, im)
		return true
	}
	text := mxRenderImages(t.Text, f, attach)
	for _, fl := range t.Files {
		if !used[fl.Name] {
			p.files(line, []mxFile{fl})
		}
	}
	return text, imgs
}

// image decodes and checks one embedded image, counting it against the
// file's total.
func (p *mxParser) image(line int, label, name, alt string, fl mxFile) (quiz.Image, bool) {
	data, ok := mxDecodeFile(fl)
	if !ok {
		p.res.skip(line, "%s: image %s is not base64; left out", label, quote(name))
		return quiz.Image{}, false
	}
	return p.res.addImage(line, label, name, alt, data)
}

func (p *mxParser) question(m mxQuestion, line int) {
	typ := strings.ToLower(strings.TrimSpace(m.Type))
	if typ == "category" {
		path := strings.TrimSpace(m.Category.Text)
		if path == "" {
			return
		}
		p.res.addCategory(path)
		p.theme = p.opts.Theme
		if slug := categorySlug(path); slug != "" {
			p.theme = slug
		}
		return
	}
	name := strings.TrimSpace(htmlToText(m.Name.Text))
	label := typ + " question"
	if name != "" {
		label = fmt.Sprintf("%s question %s", typ, quote(name))
	}
	switch typ {
	case "multichoice", "truefalse", "shortanswer", "matching", "match", "numerical":
	case "description":
		p.res.skip(line, "description %s is not a question; skipped", quote(name))
		return
	case "essay", "cloze", "multianswer", "calculated", "calculatedsimple", "calculatedmulti", "ddwtos", "gapselect",
		"ddimageortext", "ddmarker", "randomsamatch", "random", "ordering":
		p.res.skip(line, "%s: this type is not supported; skipped", label)
		return
	default:
		p.res.skip(line, "%s: this type is not supported; skipped", label)
		return
	}
	qf := mxFormat(m.QuestionText.Format, fmtMoodle)
	q := quiz.Question{
		Theme: p.theme,
		Kind:  p.opts.DefaultKind,
	}
	for _, t := range m.Tags {
		t = strings.TrimSpace(t)
		switch {
		case t == "":
		case utf8.RuneCountInString(t) > quiz.MaxTag || len(q.Tags) == quiz.MaxTags:
			p.res.skip(line, "%s: tag %s left out (a question keeps at most %d tags of at most %d characters)", label, quote(t), quiz.MaxTags, quiz.MaxTag)
		default:
			q.Tags = append(q.Tags, t)
		}
	}
	p.lost = nil
	q.Prompt, q.Images = p.stem(line, label, m.QuestionText, qf)
	held := mxHeld(append(p.lost, mxMedia(m.QuestionText.Text)...))
	q.Explanation, q.FeedbackImages = p.stem(line, label+" general feedback", m.GeneralFeedback, mxFormat(m.GeneralFeedback.Format, qf))
	if name := strings.TrimSpace(m.Image); name != "" {
		// Moodle 1.9's <image>, with its bytes in <image_base64>.
		if strings.TrimSpace(m.ImageBase64) == "" {
			p.res.skip(line, "image %s not imported: the file does not hold it", quote(name))
		} else if im, ok := p.image(line, label, name, "", mxFile{Name: name, Encoding: "base64", Data: m.ImageBase64}); ok && len(q.Images) < quiz.MaxImages {
			q.Images = append(q.Images, im)
		}
	}
	// An answer's feedback keeps its images, as the general feedback does.
	optionFeedback := func(a mxAnswer) (string, []quiz.Image) {
		return p.stem(line, label+" feedback", a.Feedback, mxFormat(a.Feedback.Format, qf))
	}
	answerText := func(a mxAnswer) string {
		p.files(line, a.Files)
		return mxRender(a.Text, mxFormat(a.Format, qf))
	}
	bad := false
	fractionOf := func(a mxAnswer) float64 {
		f, ok := mxFraction(a.Fraction)
		if !ok {
			p.res.skip(line, "%s skipped: fraction %q is not a number", label, a.Fraction)
			bad = true
			return 0
		}
		x, allowed := quiz.AllowedFraction(f)
		if !allowed {
			p.res.skip(line, "%s skipped: grade %s is not one of Moodle's grades", label, quiz.PercentText(f))
			bad = true
			return f
		}
		return x // the grade itself, not 33.33333 ÷ 100
	}
	switch typ {
	case "multichoice":
		single := true
		switch strings.ToLower(strings.TrimSpace(m.Single)) {
		case "false", "0":
			single = false
		}
		q.Type = quiz.Single
		if !single {
			q.Type = quiz.Multiple
		}
		for _, a := range m.Answers {
			f := fractionOf(a)
			if bad {
				return
			}
			o := quiz.Option{Fraction: f, Correct: f > 0}
			o.Feedback, o.FeedbackImages = optionFeedback(a)
			o.Text, o.Image = p.answerWithImage(line, label, a, qf)
			if single {
				o.Correct = quiz.Full(f)
			}
			q.Options = append(q.Options, o)
		}
		quiz.CanonicalFractions(&q)
	case "truefalse":
		q.Type = quiz.TrueFalse
		q.Options = []quiz.Option{{Text: "True"}, {Text: "False"}}
		for _, a := range m.Answers {
			f := fractionOf(a)
			if bad {
				return
			}
			k := -1
			switch strings.ToLower(answerText(a)) {
			case "true":
				k = 0
			case "false":
				k = 1
			}
			if k < 0 {
				p.res.skip(line, "%s skipped: a true/false answer is %q", label, a.Text)
				return
			}
			q.Options[k].Correct = quiz.Full(f)
			q.Options[k].Feedback, q.Options[k].FeedbackImages = optionFeedback(a)
		}
	case "shortanswer":
		q.Type = quiz.Short
		if s := strings.TrimSpace(m.UseCase); s == "1" || strings.EqualFold(s, "true") {
			p.res.skip(line, "%s: case-sensitive matching is not supported; answers are compared ignoring case", label)
		}
		for _, a := range m.Answers {
			f := fractionOf(a)
			if bad {
				return
			}
			text := strings.TrimSpace(a.Text)
			if mxFormat(a.Format, fmtPlain) == fmtHTML {
				text = answerText(a)
			}
			fb, fbImgs := optionFeedback(a)
			switch {
			case text == quiz.CatchAll:
				if f != 0 {
					p.res.skip(line, "%s: the catch-all answer * carries feedback, not marks; its %s left out", label, quiz.PercentText(f))
				}
				q.Marked = append(q.Marked, quiz.ShortAnswer{Text: quiz.CatchAll, Feedback: fb, FeedbackImages: fbImgs})
			case strings.Contains(text, "*"):
				p.res.skip(line, "%s: wildcard answer %s is not supported; left out", label, quote(text))
			case f < 0:
				p.res.skip(line, "%s: answer %s carries a negative mark (%s), which a short answer cannot; left out", label, quote(text), quiz.PercentText(f))
			case quiz.Full(f) && fb == "" && len(fbImgs) == 0:
				q.Answers = append(q.Answers, text)
			default:
				q.Marked = append(q.Marked, quiz.ShortAnswer{Text: text, Fraction: min(f, 1), Feedback: fb, FeedbackImages: fbImgs})
			}
		}
	case "matching", "match":
		q.Type = quiz.Matching
		for _, s := range m.Subquestions {
			p.files(line, s.Files)
			left := mxRender(s.Text, mxFormat(s.Format, qf))
			right := strings.TrimSpace(s.Answer.Text)
			if left == "" {
				if right != "" {
					p.res.skip(line, "%s: extra right item %s (a pair with no left item) is not supported; left out", label, quote(right))
				}
				continue
			}
			q.Pairs = append(q.Pairs, quiz.Pair{Left: left, Right: right})
		}
	case "numerical":
		q.Type = quiz.Numeric
		anyFB := ""
		var anyImgs []quiz.Image
		for _, a := range m.Answers {
			f, ok := mxFraction(a.Fraction)
			if !ok {
				p.res.skip(line, "%s skipped: fraction %q is not a number", label, a.Fraction)
				return
			}
			text := strings.TrimSpace(a.Text)
			fb, fbImgs := optionFeedback(a)
			if text == "*" {
				// Moodle's catch-all: any other number gets this
				// feedback, and no marks.
				if f != 0 {
					p.res.skip(line, "%s: the catch-all answer * carries feedback, not marks; its %s left out", label, quiz.PercentText(f))
				}
				if fb != "" || len(fbImgs) > 0 {
					anyFB, anyImgs = fb, fbImgs
				}
				continue
			}
			v, ok1 := parseNumber(text)
			tol := 0.0
			ok2 := true
			if t := strings.TrimSpace(a.Tolerance); t != "" {
				tol, ok2 = parseNumber(t)
			}
			if !ok1 || !ok2 {
				p.res.skip(line, "%s skipped: %s is not a number", label, quote(text))
				return
			}
			if f < 0 {
				p.res.skip(line, "%s: numerical answer %s carries a negative mark (%s), which a numerical answer cannot; left out", label, quote(text), quiz.PercentText(f))
				continue
			}
			// Moodle writes a third as 33.33333%: read it as the
			// fraction Lectern offers.
			if a, ok := quiz.AllowedFraction(f); ok {
				f = a
			}
			q.Numeric = append(q.Numeric, quiz.NumericAnswer{Value: v, Tolerance: math.Abs(tol), Fraction: quiz.NumericFraction(min(f, 1)), Feedback: fb, FeedbackImages: fbImgs})
		}
		if anyFB != "" || len(anyImgs) > 0 {
			q.Numeric = append(q.Numeric, quiz.NumericAnswer{Any: true, Feedback: anyFB, FeedbackImages: anyImgs})
		}
		// A single unit that multiplies by 1 is named in the prompt;
		// conversions between units are not supported.
		var units []string
		for _, u := range m.Units {
			if n := strings.TrimSpace(u.Name); n != "" {
				mult, ok := parseNumber(u.Multiplier)
				if strings.TrimSpace(u.Multiplier) == "" {
					mult, ok = 1, true
				}
				if !ok || mult != 1 {
					p.res.skip(line, "%s: unit %s (× %s) is not supported; left out", label, quote(n), strings.TrimSpace(u.Multiplier))
					continue
				}
				units = append(units, n)
			}
		}
		if len(units) == 1 {
			q.Prompt += " (in " + units[0] + ")"
		} else if len(units) > 1 {
			p.res.skip(line, "%s: several units (%s) are not supported; left out", label, strings.Join(units, ", "))
		}
	}
	if ps := quiz.ValidateQuestion(q); len(ps) > 0 {
		p.res.skip(line, "%s skipped: %s", label, problemsText(ps))
		return
	}
	id := strings.TrimSpace(m.IDNumber)
	wanted := ""
	switch {
	case usableID(id):
		wanted = id
	case usableID(name):
		wanted = name
	case name != "":
		// "Moodle acronym (False)" becomes moodle-acronym-false.
		wanted = quiz.Slugify(name, quiz.MaxSlug)
	}
	title := name
	if title == "" {
		title = id
	}
	if held != "" {
		p.res.skip(line, "%s: %s; an import holds it back as a draft", label, held)
	}
	p.res.Questions = append(p.res.Questions, q)
	p.wanted = append(p.wanted, wanted)
	p.titles = append(p.titles, title)
	p.lines = append(p.lines, line)
	p.held = append(p.held, held)
}

// mxHeld says why a question whose text lost media is held back, or ""
// when it lost none.
func mxHeld(lost []string) string {
	lost = slices.Compact(lost)
	if len(lost) == 0 {
		return ""
	}
	what := lost[0]
	if n := len(lost); n > 1 {
		what = strings.Join(lost[:n-1], ", ") + " and " + lost[n-1]
	}
	return "its text depends on " + what + ", which Lectern leaves out"
}

// Media Lectern does not keep, told by the extension.
var (
	mxAudio   = []string{".mp3", ".m4a", ".ogg", ".oga", ".opus", ".wav", ".aac", ".flac", ".weba"}
	mxVideo   = []string{".mp4", ".m4v", ".webm", ".ogv", ".mov", ".avi", ".mkv", ".flv"}
	mxPicture = []string{".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp"}
)

// mxMedia lists the media other than images that an HTML text plays or
// links to, which Lectern leaves out: <audio>, <video>, their <source>s,
// <embed>, <object> and <iframe>, and links to sound or video files or to
// the file's own embedded files (Moodle's @@PLUGINFILE@@), each as "audio
// \"name\"", "video \"name\"" or "file \"name\"".
func mxMedia(s string) []string {
	ls := strings.ToLower(s)
	if !strings.Contains(ls, "<a") && !strings.Contains(ls, "<audio") && !strings.Contains(ls, "<video") &&
		!strings.Contains(ls, "<embed") && !strings.Contains(ls, "<object") && !strings.Contains(ls, "<iframe") && !strings.Contains(ls, "<source") {
		return nil
	}
	var out []string
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		tag := string(name)
		attrs := map[string]string{}
		for hasAttr {
			var k, v []byte
			k, v, hasAttr = z.TagAttr()
			attrs[string(k)] = strings.TrimSpace(string(v))
		}
		var src string
		switch tag {
		case "a":
			src = attrs["href"]
		case "audio", "video", "source", "embed", "iframe", "track":
			src = attrs["src"]
		case "object":
			src = attrs["data"]
		default:
			continue
		}
		file := src
		if rest, ok := strings.CutPrefix(src, "@@PLUGINFILE@@/"); ok {
			file = rest
			if u, err := url.PathUnescape(file); err == nil {
				file = u
			}
		}
		ext := strings.ToLower(path.Ext(strings.SplitN(file, "?", 2)[0]))
		kind := ""
		switch {
		case slices.Contains(mxAudio, ext):
			kind = "audio"
		case slices.Contains(mxVideo, ext):
			kind = "video"
		case tag == "audio", tag == "video":
			kind = tag
		case tag == "a" && file == src:
			// A link to a web page is a link, not media left out.
			continue
		case slices.Contains(mxPicture, ext):
			kind = "image"
		default:
			kind = "file"
		}
		if src == "" {
			// <audio><source src=…></audio>: the source names it.
			continue
		}
		out = append(out, kind+" "+quote(path.Base(file)))
	}
}

// WriteMoodleXML writes questions as a Moodle XML <quiz>: a category
// whenever the theme changes ($course$/top/theme), then each question with
// its ID as name and idnumber, its texts as plain text, the explanation as
// general feedback, answers with their fractions and feedback, and tags.
// A numeric range min..max is written as its middle ± half its width,
// which Moodle grades the same.
func WriteMoodleXML(w io.Writer, qs []quiz.Question) error {
	var b bytes.Buffer
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n")
	theme := "\x00"
	for _, q := range qs {
		if q.Theme != theme {
			path := "$course$/top"
			if q.Theme != "" {
				path += "/" + strings.ReplaceAll(q.Theme, "/", "//")
			}
			b.WriteString("  <question type=\"category\">\n    <category>\n      <text>" + xmlEscape(path) + "</text>\n    </category>\n  </question>\n")
			theme = q.Theme
		}
		if err := mxWriteQuestion(&b, q); err != nil {
			return fmt.Errorf("formats: question %q: %w", q.ID, err)
		}
	}
	b.WriteString("</quiz>\n")
	_, err := w.Write(b.Bytes())
	return err
}

func xmlEscape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// mxPercent writes a fraction as a Moodle fraction attribute.
func mxPercent(f float64) string { return strings.TrimSuffix(quiz.PercentText(f), "%") }

func mxWriteText(b *bytes.Buffer, indent, tag, text string) {
	fmt.Fprintf(b, "%s<%s format=\"plain_text\">\n%s  <text>%s</text>\n%s</%s>\n", indent, tag, indent, xmlEscape(text), indent, tag)
}

// mxWriteStem writes the question text: plain text, or, with images, HTML
// (the text escaped, its lines kept) followed by each image as an <img>
// referring to its embedded <file>, as Moodle writes them.
func mxWriteStem(b *bytes.Buffer, q quiz.Question) error {
	return mxWriteTextImages(b, "    ", "questiontext", q.Prompt, q.Images)
}

// mxWriteTextImages writes a text element (question text, general
// feedback, an answer's feedback): plain text, or, with images, HTML (the
// text escaped, its lines kept) followed by each image as an <img>
// referring to its <file>, embedded in the same element.
func mxWriteTextImages(b *bytes.Buffer, indent, tag, text string, imgs []quiz.Image) error {
	if len(imgs) == 0 {
		mxWriteText(b, indent, tag, text)
		return nil
	}
	var h strings.Builder
	if text != "" {
		h.WriteString("<p>")
		h.WriteString(strings.ReplaceAll(html.EscapeString(text), "\n", "<br>"))
		h.WriteString("</p>")
	}
	names := map[string]string{} // file name → hash
	var files strings.Builder
	for i, im := range imgs {
		if len(im.Data) == 0 {
			return fmt.Errorf("image %q has no data to write", im.Name)
		}
		name := quiz.ImageName(im.Name)
		if prev, ok := names[name]; ok && prev != im.Hash {
			name = fmt.Sprintf("%d-%s", i+1, name)
		}
		if _, ok := names[name]; !ok {
			names[name] = im.Hash
			fmt.Fprintf(&files, "%s  <file name=\"%s\" path=\"/\" encoding=\"base64\">%s</file>\n", indent, xmlEscape(name), base64.StdEncoding.EncodeToString(im.Data))
		}
		fmt.Fprintf(&h, "<p><img src=\"@@PLUGINFILE@@/%s\" alt=\"%s\"></p>", html.EscapeString(url.PathEscape(name)), html.EscapeString(im.Alt))
	}
	fmt.Fprintf(b, "%s<%s format=\"html\">\n%s  <text>%s</text>\n%s%s</%s>\n", indent, tag, indent, xmlEscape(h.String()), files.String(), indent, tag)
	return nil
}

func mxWriteAnswer(b *bytes.Buffer, fraction float64, text, feedback string, imgs []quiz.Image, extra string) error {
	fmt.Fprintf(b, "    <answer fraction=\"%s\" format=\"plain_text\">\n      <text>%s</text>\n", mxPercent(fraction), xmlEscape(text))
	b.WriteString(extra)
	if err := mxWriteTextImages(b, "      ", "feedback", feedback, imgs); err != nil {
		return err
	}
	b.WriteString("    </answer>\n")
	return nil
}

func mxWriteQuestion(b *bytes.Buffer, q quiz.Question) error {
	typ := map[quiz.QuestionType]string{
		quiz.Single: "multichoice", quiz.Multiple: "multichoice", quiz.TrueFalse: "truefalse",
		quiz.Short: "shortanswer", quiz.Matching: "matching", quiz.Numeric: "numerical",
	}[q.Type]
	if typ == "" {
		return fmt.Errorf("no Moodle XML type for question type %q", q.Type)
	}
	if !utf8.ValidString(q.Prompt + q.Explanation) {
		return errors.New("text is not UTF-8")
	}
	if err := moodleMarks(q); err != nil {
		return err
	}
	name := q.ID
	if q.Name != "" {
		name = q.Name
	}
	fmt.Fprintf(b, "  <question type=\"%s\">\n    <name>\n      <text>%s</text>\n    </name>\n", typ, xmlEscape(name))
	if err := mxWriteStem(b, q); err != nil {
		return err
	}
	if err := mxWriteTextImages(b, "    ", "generalfeedback", q.Explanation, q.FeedbackImages); err != nil {
		return err
	}
	b.WriteString("    <defaultgrade>1</defaultgrade>\n    <penalty>0</penalty>\n    <hidden>0</hidden>\n")
	fmt.Fprintf(b, "    <idnumber>%s</idnumber>\n", xmlEscape(q.ID))
	switch q.Type {
	case quiz.Single, quiz.Multiple:
		fmt.Fprintf(b, "    <single>%t</single>\n    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n", q.Type == quiz.Single)
		for i, m := range quiz.Marks(q) {
			if err := mxWriteOptionAnswer(b, m, q.Options[i]); err != nil {
				return err
			}
		}
	case quiz.TrueFalse:
		for i, o := range q.Options {
			f := 0.0
			if o.Correct {
				f = 1
			}
			fmt.Fprintf(b, "    <answer fraction=\"%s\" format=\"plain_text\">\n      <text>%s</text>\n", mxPercent(f), []string{"true", "false"}[min(i, 1)])
			if err := mxWriteTextImages(b, "      ", "feedback", o.Feedback, o.FeedbackImages); err != nil {
				return err
			}
			b.WriteString("    </answer>\n")
		}
	case quiz.Short:
		b.WriteString("    <usecase>0</usecase>\n")
		for _, a := range q.Answers {
			if err := mxWriteAnswer(b, 1, a, "", nil, ""); err != nil {
				return err
			}
		}
		for _, a := range q.Marked {
			if err := mxWriteAnswer(b, a.Fraction, a.Text, a.Feedback, a.FeedbackImages, ""); err != nil {
				return err
			}
		}
	case quiz.Matching:
		b.WriteString("    <shuffleanswers>true</shuffleanswers>\n")
		for _, p := range q.Pairs {
			fmt.Fprintf(b, "    <subquestion format=\"plain_text\">\n      <text>%s</text>\n      <answer>\n        <text>%s</text>\n      </answer>\n    </subquestion>\n",
				xmlEscape(p.Left), xmlEscape(p.Right))
		}
	case quiz.Numeric:
		for _, n := range q.Numeric {
			if n.Any {
				continue
			}
			v, tol := n.Value, n.Tolerance
			if n.Min < n.Max {
				v, tol = (n.Min+n.Max)/2, (n.Max-n.Min)/2
			}
			if err := mxWriteAnswer(b, n.Mark(), formatNumber(v), n.Feedback, n.FeedbackImages, "      <tolerance>"+formatNumber(tol)+"</tolerance>\n"); err != nil {
				return err
			}
		}
		// The catch-all last, as Moodle checks the answers in order.
		for _, n := range q.Numeric {
			if n.Any && (n.Feedback != "" || len(n.FeedbackImages) > 0) {
				if err := mxWriteAnswer(b, 0, "*", n.Feedback, n.FeedbackImages, "      <tolerance>0</tolerance>\n"); err != nil {
					return err
				}
			}
		}
	}
	if len(q.Tags) > 0 {
		b.WriteString("    <tags>\n")
		for _, t := range q.Tags {
			fmt.Fprintf(b, "      <tag><text>%s</text></tag>\n", xmlEscape(t))
		}
		b.WriteString("    </tags>\n")
	}
	b.WriteString("  </question>\n")
	return nil
}

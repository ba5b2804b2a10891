package formats

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// giftEscaper escapes GIFT's special characters as Moodle's exporter does.
var giftEscaper = strings.NewReplacer(
	`\`, `\\`, "~", `\~`, "=", `\=`, "#", `\#`, "{", `\{`, "}", `\}`, ":", `\:`, "\n", `\n`, "\r", "",
)

func escapeGIFT(s string) string { return giftEscaper.Replace(s) }

// giftText writes a text that inherits format f. Lectern texts are plain, so
// a text that a GIFT reader would take for markup (HTML tags in the default
// format, a leading [format] marker, a leading //) gets a [plain] marker.
func giftText(s string, f textFormat) string {
	_, marked := splitFormat(s, fmtMoodle)
	if marked != fmtMoodle || strings.HasPrefix(s, "[moodle]") || strings.HasPrefix(s, "//") ||
		(f == fmtMoodle && looksLikeHTML(s)) {
		return "[plain]" + escapeGIFT(s)
	}
	return escapeGIFT(s)
}

// giftPercent writes a fraction as a Moodle weight, e.g. 50, -33.33333.
func giftPercent(f float64) string {
	return strings.TrimSuffix(quiz.PercentText(f), "%")
}

func formatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// WriteGIFT writes questions in Moodle GIFT: a "$CATEGORY:" line whenever
// the theme changes, "::id::" titles, answers with per-answer feedback, and
// the explanation as general feedback ("####"). Multiple-response questions
// are written with Moodle weights: each correct option 100/n %, each wrong
// one -100/n %, which grades as Lectern does. A prompt containing one "_____"
// blank with text after it is written in missing-word form. Text is escaped
// and newlines written as \n. It fails on what GIFT cannot express: a
// matching left item or short answer containing "->".
func WriteGIFT(w io.Writer, qs []quiz.Question) error {
	bw := bufio.NewWriter(w)
	theme := ""
	for _, q := range qs {
		if q.Theme != theme {
			path := "$course$/top"
			if q.Theme != "" {
				path += "/" + strings.ReplaceAll(q.Theme, "/", "//")
			}
			fmt.Fprintf(bw, "$CATEGORY: %s\n\n", path)
			theme = q.Theme
		}
		s, err := giftQuestion(q)
		if err != nil {
			return fmt.Errorf("formats: question %q: %w", q.ID, err)
		}
		if imgs := append(append(append([]quiz.Image(nil), q.Images...), quiz.OptionImages(q)...), quiz.FeedbackImagesOf(q)...); len(imgs) > 0 {
			// GIFT has no place for an image, in the question, beside an
			// option or in feedback: say so where it was.
			fmt.Fprintf(bw, "// GIFT cannot hold images: %s left out (export as Moodle XML or JSON to keep them)\n", imageList(imgs))
		}
		bw.WriteString(s)
		bw.WriteString("\n\n")
	}
	return bw.Flush()
}

func giftQuestion(q quiz.Question) (string, error) {
	if err := moodleMarks(q); err != nil {
		return "", err
	}
	var head strings.Builder
	switch {
	case q.Name != "":
		// The name as given, spaces and all; the ID follows as Moodle's
		// idnumber so that it survives too.
		head.WriteString("// [id:" + q.ID + "]\n::" + escapeGIFT(q.Name) + "::")
	case q.ID != "":
		head.WriteString("::" + escapeGIFT(q.ID) + "::")
	}
	qf := fmtMoodle
	prompt := q.Prompt
	before, after, missing := "", "", false
	if strings.Count(prompt, "_____") == 1 {
		b, a, _ := strings.Cut(prompt, "_____")
		if strings.TrimSpace(a) != "" {
			before, after, missing = b, a, true
		}
	}
	if missing {
		// The marker, if any, goes at the very start of the text.
		p := giftText(before+"x"+after, qf)
		if strings.HasPrefix(p, "[plain]") {
			qf = fmtPlain
			head.WriteString("[plain]")
		}
		head.WriteString(escapeGIFT(before))
	} else {
		p := giftText(prompt, qf)
		if strings.HasPrefix(p, "[plain]") {
			qf = fmtPlain
		}
		head.WriteString(p)
	}

	var b strings.Builder
	b.WriteString("{")
	if err := giftAnswers(&b, q, qf); err != nil {
		return "", err
	}
	if q.Explanation != "" {
		if q.Type == quiz.TrueFalse {
			b.WriteString("####" + giftText(q.Explanation, qf))
		} else {
			b.WriteString("\t####" + giftText(q.Explanation, qf) + "\n")
		}
	}
	b.WriteString("}")

	if missing {
		return head.String() + b.String() + escapeGIFT(after), nil
	}
	return head.String() + b.String(), nil
}

// giftAnswers writes the answers of q inside its braces, in format qf.
func giftAnswers(b *strings.Builder, q quiz.Question, qf textFormat) error {
	switch q.Type {
	case quiz.Single:
		// Answers all marked "=" make a short-answer question in GIFT, so
		// where every option is correct, those after the first are
		// written "~%100%" as Moodle does.
		allCorrect := !slices.ContainsFunc(q.Options, func(o quiz.Option) bool { return !o.Correct })
		b.WriteString("\n")
		for i, o := range q.Options {
			mark := "~"
			switch {
			case o.Fraction != 0 && !o.Correct:
				mark = "~%" + giftPercent(o.Fraction) + "%"
			case o.Correct && allCorrect && i > 0:
				mark = "~%100%"
			case o.Correct:
				mark = "="
				if strings.HasPrefix(o.Text, "%") {
					// Keep a leading % from being read as a weight.
					mark += "%100%"
				}
			case strings.HasPrefix(o.Text, "%"):
				mark += "%0%"
			}
			b.WriteString("\t" + mark + giftText(o.Text, qf) + giftFeedback(o.Feedback, qf) + "\n")
		}
	case quiz.Multiple:
		// Moodle weights: each option's fraction, by default 100/n % for
		// each of the n correct options and -100/n % for each wrong one,
		// which grades as Lectern does.
		b.WriteString("\n")
		for i, m := range quiz.Marks(q) {
			o := q.Options[i]
			b.WriteString("\t~%" + giftPercent(m) + "%" + giftText(o.Text, qf) + giftFeedback(o.Feedback, qf) + "\n")
		}
	case quiz.TrueFalse:
		if len(q.Options) != 2 {
			return errors.New("a true/false question needs the options True and False")
		}
		answer, right, wrong := "TRUE", q.Options[0].Feedback, q.Options[1].Feedback
		if q.Options[1].Correct {
			answer, right, wrong = "FALSE", q.Options[1].Feedback, q.Options[0].Feedback
		}
		b.WriteString(answer)
		switch {
		case wrong != "":
			b.WriteString("#" + giftText(wrong, qf))
		case right != "":
			b.WriteString("#")
		}
		if right != "" {
			b.WriteString("#" + giftText(right, qf))
		}
	case quiz.Short:
		b.WriteString("\n")
		for _, a := range q.Answers {
			if strings.Contains(a, "->") {
				return fmt.Errorf("GIFT cannot express the short answer %q: it contains ->", a)
			}
			mark := "="
			if strings.HasPrefix(a, "%") {
				mark += "%100%"
			}
			b.WriteString("\t" + mark + giftText(a, qf) + "\n")
		}
		for _, m := range q.Marked {
			if strings.Contains(m.Text+m.Feedback, "->") {
				return fmt.Errorf("GIFT cannot express the short answer %q: it or its feedback contains ->", m.Text)
			}
			text := giftText(m.Text, qf)
			if m.Text == quiz.CatchAll {
				text = "*"
			}
			b.WriteString("\t=%" + giftPercent(m.Fraction) + "%" + text + giftFeedback(m.Feedback, qf) + "\n")
		}
	case quiz.Matching:
		b.WriteString("\n")
		for _, p := range q.Pairs {
			if strings.Contains(p.Left, "->") {
				return fmt.Errorf("GIFT cannot express the matching item %q: it contains ->", p.Left)
			}
			b.WriteString("\t=" + giftText(p.Left, qf) + " -> " + escapeGIFT(p.Right) + "\n")
		}
	case quiz.Numeric:
		b.WriteString("#\n")
		catchAll := ""
		for _, n := range q.Numeric {
			if n.Any {
				catchAll = n.Feedback
				continue
			}
			var v string
			switch {
			case n.Min < n.Max:
				v = formatNumber(n.Min) + ".." + formatNumber(n.Max)
			case n.Tolerance != 0:
				v = formatNumber(n.Value) + ":" + formatNumber(n.Tolerance)
			default:
				v = formatNumber(n.Value)
			}
			mark := "="
			if n.Fraction != nil {
				mark += "%" + giftPercent(*n.Fraction) + "%"
			}
			b.WriteString("\t" + mark + v + giftFeedback(n.Feedback, qf) + "\n")
		}
		// Moodle writes its catch-all as ~#feedback after the answers.
		if catchAll != "" {
			b.WriteString("\t~" + giftFeedback(catchAll, qf) + "\n")
		}
	default:
		return fmt.Errorf("GIFT cannot express question type %q", q.Type)
	}
	return nil
}

func giftFeedback(fb string, f textFormat) string {
	if fb == "" {
		return ""
	}
	return "#" + giftText(fb, f)
}

// imageList names images for a message: "logo.jpg, map.png".
func imageList(imgs []quiz.Image) string {
	names := make([]string, len(imgs))
	for i, im := range imgs {
		names[i] = strings.ReplaceAll(im.Name, "\n", " ")
	}
	return strings.Join(names, ", ")
}

// LostImages counts the images of a course that format f cannot hold:
// every image in GIFT, Aiken and CSV or TSV; none in Moodle XML (a
// question's), JSON and Anki packages. A written card's images are lost in
// every format but JSON and Anki packages.
func LostImages(c *quiz.Course, f Format) int {
	n := 0
	for _, cd := range c.Cards {
		n += len(cd.Images)
	}
	switch f {
	case FormatJSON, FormatAnki:
		return 0
	case FormatMoodleXML:
		return n
	}
	for _, q := range c.Questions {
		n += len(q.Images) + len(quiz.FeedbackImagesOf(q))
	}
	return n
}

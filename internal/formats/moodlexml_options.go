package formats

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"html"
	"net/url"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// answerWithImage reads a multiple-choice <answer>: its text and the image
// it shows, embedded as a <file> and referred to by @@PLUGINFILE@@, as the
// question text's are. An option keeps one image; any other is listed and
// stays as its alt text. An answer that is an image alone takes the
// image's alt text as its text.
func (p *mxParser) answerWithImage(line int, label string, a mxAnswer, qf textFormat) (string, *quiz.Image) {
	text, imgs := p.stem(line, label, mxText{Format: a.Format, Text: a.Text, Files: a.Files}, mxFormat(a.Format, qf))
	if len(imgs) == 0 {
		return text, nil
	}
	for _, im := range imgs[1:] {
		p.res.skip(line, "%s: image %s left out: an option keeps one image", label, quote(im.Name))
	}
	im := imgs[0]
	if strings.TrimSpace(text) == "" {
		text = im.Alt
	}
	return text, &im
}

// mxWriteOptionAnswer writes a multiple-choice option as an <answer>: plain
// text, or, with an image, HTML (the text escaped) with the image as an
// <img> referring to its embedded <file>, as Moodle writes them.
func mxWriteOptionAnswer(b *bytes.Buffer, fraction float64, o quiz.Option) error {
	if o.Image == nil {
		fmt.Fprintf(b, "    <answer fraction=\"%s\" format=\"plain_text\">\n      <text>%s</text>\n", mxPercent(fraction), xmlEscape(o.Text))
		if err := mxWriteTextImages(b, "      ", "feedback", o.Feedback, o.FeedbackImages); err != nil {
			return err
		}
		b.WriteString("    </answer>\n")
		return nil
	}
	im := o.Image
	if len(im.Data) == 0 {
		return fmt.Errorf("image %q has no data to write", im.Name)
	}
	name := quiz.ImageName(im.Name)
	h := "<p>" + html.EscapeString(o.Text) + "</p>" +
		fmt.Sprintf("<p><img src=\"@@PLUGINFILE@@/%s\" alt=\"%s\"></p>", html.EscapeString(url.PathEscape(name)), html.EscapeString(im.Alt))
	fmt.Fprintf(b, "    <answer fraction=\"%s\" format=\"html\">\n      <text>%s</text>\n", mxPercent(fraction), xmlEscape(h))
	fmt.Fprintf(b, "      <file name=\"%s\" path=\"/\" encoding=\"base64\">%s</file>\n", xmlEscape(name), base64.StdEncoding.EncodeToString(im.Data))
	if err := mxWriteTextImages(b, "      ", "feedback", o.Feedback, o.FeedbackImages); err != nil {
		return err
	}
	b.WriteString("    </answer>\n")
	return nil
}

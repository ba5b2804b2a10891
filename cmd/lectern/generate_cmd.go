package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/lectern/lectern/internal/generate"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/quizzes"
)

// generateCommand runs `lectern generate ARTICLE [--title T] [--json] [--all]`:
// it drafts themes, questions and cards from an article and prints the
// ones it proposes, writing nothing; --all adds those its ranker held
// back. Without --json it prints a readable summary with each item's
// score and source sentence.
func generateCommand(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("generate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	title := fs.String("title", "", "the course's title (default: the article's heading, or its strongest key phrase)")
	asJSON := fs.Bool("json", false, "print the drafts in the question-set JSON format")
	all := fs.Bool("all", false, "also print the drafts held back under the ranker's threshold")
	maxSize, err := maxSizeFlag(fs, getenv)
	if err != nil {
		return err
	}
	var file string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil
			}
			return err
		}
		args = fs.Args()
		if len(args) > 0 {
			if file != "" {
				return errors.New("generate: give one article")
			}
			file, args = args[0], args[1:]
		}
	}
	if file == "" {
		return errors.New("generate: usage: lectern generate ARTICLE [--title T] [--json] [--all]")
	}
	data, err := readLimited(file, *maxSize)
	if err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	// As JSON, every item goes in the course; as text, the held-back ones
	// are listed apart.
	res, err := generate.Generate(string(data), generate.Options{Title: *title, All: *all && *asJSON})
	if err != nil {
		return fmt.Errorf("generate %s: %s", file, quiz.MessageOf(err))
	}
	if *asJSON {
		out, err := quizzes.Encode(res.Course)
		if err != nil {
			return err
		}
		// The question-set format has no place for notes: they go to
		// standard error, one per line, so the JSON stays importable.
		for _, n := range res.Notes {
			fmt.Fprintf(stderr, "note: %s\n", n.Text)
		}
		_, err = stdout.Write(out)
		return err
	}
	c := res.Course
	fmt.Fprintf(stdout, "%s: %d paragraphs, %d themes, %d questions, %d cards proposed, %d held back (drafts; nothing written)\n",
		c.Course.Title, len(c.Paragraphs), len(c.Themes), len(c.Questions), len(c.Cards), len(res.Held))
	for _, t := range c.Themes {
		fmt.Fprintf(stdout, "\n## %s (¶ %s)\n", t.Title, strings.Trim(strings.Join(strings.Fields(fmt.Sprint(t.Paragraphs)), ", "), "[]"))
		for _, n := range res.Notes {
			if n.Theme == t.Slug {
				fmt.Fprintf(stdout, "note: %s\n", n.Text)
			}
		}
		printDrafts(stdout, res.Drafts, t.Slug)
		if *all {
			fmt.Fprintf(stdout, "\n  held back:\n")
			printDrafts(stdout, res.Held, t.Slug)
		}
	}
	return nil
}

// printDrafts prints a theme's drafts, best first, with their scores.
func printDrafts(w io.Writer, drafts []generate.Draft, theme string) {
	for _, d := range drafts {
		if d.Theme != theme {
			continue
		}
		switch {
		case d.Question != nil:
			fmt.Fprintf(w, "- [%s %.2f] %s\n    answer: %s\n    from ¶%d: %s\n", d.Question.Type, d.Score, d.Question.Prompt,
				strings.Join(quiz.CorrectText(*d.Question), "; "), d.Paragraph, d.Sentence)
		case d.Card != nil:
			fmt.Fprintf(w, "- [card %.2f] %s\n    back: %s\n", d.Score, d.Card.Front, d.Card.Back)
		}
	}
}

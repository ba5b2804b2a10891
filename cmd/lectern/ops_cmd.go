package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/lectern/lectern/internal/loadgen"
	"github.com/lectern/lectern/internal/store"
)

// backupCommand copies the database, consistently, while a server may be
// using it: lectern backup [-db FILE] DEST.
func backupCommand(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", envOr(getenv, "LECTERN_DB", "lectern.db"), "the database to copy (env LECTERN_DB)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: lectern backup [-db lectern.db] FILE\n\nWrites a consistent copy of the database to FILE, which must not exist,\nwhile the server may be running. To restore, stop the server and put the\ncopy in the database's place.")
		fs.PrintDefaults()
	}
	if err := parseInterspersed(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errors.New("backup: name one file to write")
	}
	dest := fs.Arg(0)
	start := time.Now()
	if err := store.Backup(ctx, *dbPath, dest); err != nil {
		if errors.Is(err, store.ErrBackupExists) {
			return fmt.Errorf("%s exists already: a backup never overwrites a file; choose a new name", dest)
		}
		if errors.Is(err, store.ErrNoDatabase) {
			return fmt.Errorf("database %s does not exist: check -db or LECTERN_DB", *dbPath)
		}
		return err
	}
	fmt.Fprintf(stdout, "backed up %s to %s in %s\n", *dbPath, dest, time.Since(start).Round(time.Millisecond))
	return nil
}

// parseInterspersed parses flags placed before or after the arguments.
func parseInterspersed(fs *flag.FlagSet, args []string) error {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
	return fs.Parse(append([]string{"--"}, rest...))
}

// loadtestCommand simulates learners against a running server through its
// real pages and forms, and prints each route's figures.
func loadtestCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	base := fs.String("url", "http://127.0.0.1:8080", "the server's address, or several servers' on one database, comma-separated: learner i keeps to the (i mod count)th")
	n := fs.Int("learners", 100, "simulated learners, each with its own session, none waiting between requests")
	d := fs.Duration("d", 60*time.Second, "how long to run")
	course := fs.String("course", "china-russia", "the course's slug")
	cpuProfile := fs.String("cpuprofile", "", "write the load generator's own CPU profile to this file, for go tool pprof")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: lectern loadtest -url URL[,URL…] -learners N -d DURATION\n\nEach learner starts a quiz, answers every question, reads the feedback\nand reviews flashcards, through the real forms, with no think time.\nThe server must admit that many new learners from this address:\nserve it with -visitor-burst N or more. With several URLs (servers on\none database), the learners are dealt out in turn and each keeps to its\nserver.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *n < 1 || *d <= 0 {
		return errors.New("loadtest: -learners and -d must be positive")
	}
	bases, err := loadURLs(*base)
	if err != nil {
		return err
	}
	stop, err := startCPUProfile(*cpuProfile)
	if err != nil {
		return err
	}
	defer stop()
	fmt.Fprintf(stdout, "%d learners for %s against %s\n", *n, *d, strings.Join(bases, ", "))
	res := loadgen.Load(ctx, bases, *course, *n, *d)
	res.Stats.Print(stdout, res.Elapsed)
	secs := res.Elapsed.Seconds()
	fmt.Fprintf(stdout, "acknowledged: %d answers (%.0f/s), %d ratings (%.0f/s) in %.1f s\n",
		res.Answers, float64(res.Answers)/secs, res.Ratings, float64(res.Ratings)/secs, secs)
	// Little's law: each learner has one request out or is reading a
	// page, so learners / request rate is the mean time round the loop;
	// the part that is not the response time is the learners' own.
	if reqs := res.Stats.Requests(); reqs > 0 {
		fmt.Fprintf(stdout, "%d learners / %.0f requests/s = %.1f ms a request round the loop; %.1f requests per acknowledged answer\n",
			*n, float64(reqs)/secs, float64(*n)*1000*secs/float64(reqs), float64(reqs)/float64(max(res.Answers, 1)))
	}
	if e := res.Stats.Errors(); e > 0 {
		return fmt.Errorf("loadtest: %d requests failed", e)
	}
	return nil
}

// loadURLs reads loadtest's -url: one server's address or several,
// comma-separated.
func loadURLs(s string) ([]string, error) {
	var out []string
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		u, err := url.Parse(part)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("loadtest: -url %q is not a URL (give http://host:port, or several, comma-separated)", part)
		}
		out = append(out, strings.TrimRight(part, "/"))
	}
	return out, nil
}

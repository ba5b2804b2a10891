package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"text/tabwriter"
	"time"

	"github.com/lectern/lectern/internal/store"
)

// migrateDBCommand copies a whole SQLite installation into an empty
// PostgreSQL database and verifies the copy:
// lectern migrate-db --from FILE --to postgres://…
func migrateDBCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("migrate-db", flag.ContinueOnError)
	fs.SetOutput(stderr)
	from := fs.String("from", "", "the SQLite database file to copy (only read)")
	to := fs.String("to", "", "the empty PostgreSQL database to copy it into: a postgres:// URL")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: lectern migrate-db --from lectern.db --to postgres://USER@HOST/DB\n\nCopies every table of the SQLite file into the PostgreSQL database,\nwhich must exist and be empty: its schema is brought to this Lectern's,\nthe rows are copied in one transaction, and each table is then compared\nwith the file by row count and checksum. When anything differs, nothing\nis kept. Stop the server and back the file up first.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *from == "" || *to == "" || fs.NArg() > 0 {
		fs.Usage()
		return errors.New("migrate-db: give --from FILE and --to postgres://…")
	}
	if store.IsPostgresURL(*from) {
		return errors.New("migrate-db: --from must be a SQLite file; --to takes the postgres:// URL")
	}
	if !store.IsPostgresURL(*to) {
		return fmt.Errorf("migrate-db: --to %q is not a postgres:// URL", *to)
	}
	where := describePG(*to)
	start := time.Now()
	checks, err := store.MoveToPostgres(ctx, *from, *to)
	if len(checks) > 0 && (err == nil || errors.Is(err, store.ErrMoveMismatch)) {
		printChecks(stdout, checks)
	}
	if err != nil {
		if errors.Is(err, store.ErrNoDatabase) {
			return fmt.Errorf("migrate-db: %s does not exist: check --from", *from)
		}
		return fmt.Errorf("migrate-db: %w", err)
	}
	var rows int64
	for _, c := range checks {
		rows += c.SourceRows
	}
	fmt.Fprintf(stdout, "copied %d tables, %d rows, from %s to %s in %s: every table's rows and checksum match\n",
		len(checks), rows, *from, where, time.Since(start).Round(time.Millisecond))
	fmt.Fprintf(stdout, "start Lectern on it with: lectern serve -db 'postgres://…' (the URL given to --to)\n")
	return nil
}

// printChecks prints each table's rows and checksums on both sides.
func printChecks(w io.Writer, checks []store.TableCheck) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "table\tSQLite rows\tPostgreSQL rows\tSQLite SHA-256\tPostgreSQL SHA-256\t\t")
	for _, c := range checks {
		verdict := "same"
		if !c.OK() {
			verdict = "DIFFERENT"
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%s\t\n", c.Table, c.SourceRows, c.TargetRows, short(c.SourceSum), short(c.TargetSum), verdict)
	}
	tw.Flush()
}

func short(sum string) string {
	if len(sum) > 16 {
		return sum[:16]
	}
	return sum
}

// describePG names a PostgreSQL database by its host and name, without the
// password the URL may hold.
func describePG(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "PostgreSQL"
	}
	return fmt.Sprintf("PostgreSQL database %s on %s", u.Path[min(1, len(u.Path)):], u.Host)
}

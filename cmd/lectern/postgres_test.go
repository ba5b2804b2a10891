package main

import (
	"context"
	"io"
	"strings"
	"testing"
)

// Until the store's whole test suite passes on PostgreSQL, a postgres://
// database is refused, by flag or environment, with a message saying so,
// and nothing is opened.
func TestPostgresNotYet(t *testing.T) {
	const url = "postgres://lectern@127.0.0.1:1/lectern"
	env := func(k string) string {
		if k == "LECTERN_DB" {
			return url
		}
		return ""
	}
	none := func(string) string { return "" }
	for _, tc := range []struct {
		name   string
		args   []string
		getenv func(string) string
	}{
		{"serve -db", []string{"serve", "-addr", "127.0.0.1:0", "-db", url}, none},
		{"serve LECTERN_DB", []string{"serve", "-addr", "127.0.0.1:0"}, env},
		{"user add", []string{"user", "add", "--email", "a@school.example", "--role", "admin", "-db", url}, none},
		{"export", []string{"export", "-db", url}, none},
		{"backup", []string{"backup", "-db", url, t.TempDir() + "/copy.db"}, none},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := run(context.Background(), tc.args, tc.getenv, strings.NewReader("a long pass phrase here\n"), io.Discard, io.Discard)
			if err == nil || !strings.Contains(err.Error(), "PostgreSQL") {
				t.Fatalf("err = %v, want a refusal naming PostgreSQL", err)
			}
		})
	}
}

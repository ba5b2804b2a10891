package main

import (
	"bufio"
	"context"
	"time"

	"errors"
	"flag"
	"fmt"
	"github.com/lectern/lectern/handlers"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/lectern/lectern/internal/auth"
	"github.com/lectern/lectern/internal/quiz"
)

// userCommand runs `lectern user add --email E --role R`: it creates an
// account with the password read from standard input (one line), so that a
// script can pipe it and it never shows in a process list.
func userCommand(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "reset" {
		return userResetCommand(ctx, args[1:], getenv, stdout, stderr)
	}
	if len(args) == 0 || args[0] != "add" {
		return errors.New("user: usage: lectern user add --email EMAIL --role learner|instructor|admin < password\n       lectern user reset --email EMAIL [--url http://host:port]")
	}
	fs := flag.NewFlagSet("user add", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", envOr(getenv, "LECTERN_DB", "lectern.db"), "SQLite database file (env LECTERN_DB)")
	email := fs.String("email", "", "the account's email address")
	role := fs.String("role", quiz.RoleInstructor, "learner, instructor or admin")
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	switch *role {
	case quiz.RoleLearner, quiz.RoleInstructor, quiz.RoleAdmin:
	default:
		return fmt.Errorf("user add: --role must be learner, instructor or admin, not %q", *role)
	}
	addr := strings.TrimSpace(*email)
	if addr == "" || !strings.Contains(addr, "@") {
		return errors.New("user add: --email must be an email address")
	}
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("user add: reading the password: %w", err)
	}
	password := strings.TrimRight(line, "\r\n")
	if msg := auth.CheckPolicy(password, addr); msg != "" {
		return fmt.Errorf("user add: password refused: %s", msg)
	}
	hash, err := auth.Hash(password)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	db, err := openStore(ctx, *dbPath, log)
	if err != nil {
		return err
	}
	defer db.Close()
	id, err := db.CreateUser(ctx, addr, hash, *role)
	if err != nil {
		return fmt.Errorf("user add: %w", err)
	}
	fmt.Fprintf(stdout, "Created %s account %s (id %d).\n", *role, addr, id)
	return nil
}

// userResetCommand runs `lectern user reset --email E`: it prints a
// one-time link with which the account's owner sets a new password, for an
// administrator who cannot sign in to make one on the Accounts page.
func userResetCommand(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("user reset", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", envOr(getenv, "LECTERN_DB", "lectern.db"), "SQLite database file (env LECTERN_DB)")
	email := fs.String("email", "", "the account's email address")
	base := fs.String("url", "http://localhost:8080", "the address learners use to reach this Lectern")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	// A reset link is for an account that exists: a missing file is an
	// error naming it, not a new empty database.
	if _, err := os.Stat(*dbPath); err != nil {
		return fmt.Errorf("user reset: no database at %s (name it with -db or LECTERN_DB)", *dbPath)
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	db, err := openStore(ctx, *dbPath, log)
	if err != nil {
		return err
	}
	defer db.Close()
	acct, err := db.FindAccount(ctx, strings.TrimSpace(*email))
	if err != nil {
		return fmt.Errorf("user reset: no account with the email %q", *email)
	}
	token, hash, err := handlers.NewResetToken()
	if err != nil {
		return err
	}
	if err := db.CreatePasswordReset(ctx, acct.ID, hash, time.Now().Add(handlers.ResetLinkTTL)); err != nil {
		return fmt.Errorf("user reset: %w", err)
	}
	fmt.Fprintf(stdout, "Reset link for %s (works once, for three days):\n%s/reset/%s\n", acct.Email, strings.TrimRight(*base, "/"), token)
	return nil
}

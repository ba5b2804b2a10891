package quiz

import (
	"errors"
	"fmt"
)

// ErrorKind classifies an error for the one place that turns errors into
// responses.
type ErrorKind string

// The error kinds.
const (
	ENotFound     ErrorKind = "not_found"
	EInvalid      ErrorKind = "invalid"
	EUnauthorized ErrorKind = "unauthorized"
	EForbidden    ErrorKind = "forbidden"
	EConflict     ErrorKind = "conflict"
	EInternal     ErrorKind = "internal"
)

// Error is an error with a kind and a message safe to show a user.
type Error struct {
	Kind    ErrorKind
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %s", e.Kind, e.Message) }

// Errorf returns an *Error of the given kind.
func Errorf(kind ErrorKind, format string, args ...any) *Error {
	return &Error{Kind: kind, Message: fmt.Sprintf(format, args...)}
}

// KindOf returns the kind of err, EInternal when it has none.
func KindOf(err error) ErrorKind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return EInternal
}

// MessageOf returns the user-facing message of err, or a generic one.
func MessageOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "Something went wrong on our side. Please try again."
}

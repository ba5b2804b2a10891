package quiz

import "time"

// User is a learner, instructor or admin. Anonymous learners have no email.
type User struct {
	ID          int64
	Email       string
	Role        string
	DisplayName string
	CreatedAt   time.Time
}

// Anonymous reports whether the user has no account yet.
func (u *User) Anonymous() bool { return u.Email == "" }

// Roles.
const (
	RoleLearner    = "learner"
	RoleInstructor = "instructor"
	RoleAdmin      = "admin"
)

// Account is a user with an email, and the hash of their password.
type Account struct {
	User
	PasswordHash string
}

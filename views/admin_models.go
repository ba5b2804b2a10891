package views

// AccountRowVM is an account in the admin's list.
type AccountRowVM struct {
	ID      int64
	Email   string
	Role    string
	Created string
	Self    bool
}

// AccountsVM is the admin's accounts page: the list, the invitation form
// as typed, and the one-time password of a new account, shown once.
type AccountsVM struct {
	Page         Page
	Accounts     []AccountRowVM
	Email        string
	Role         string
	Errors       map[string]string
	InvitedEmail string
	TempPassword string
	Notice       string
	// ResetLink is a password reset link just made for ResetEmail, shown once.
	ResetLink, ResetEmail string
	// ResetFor is the account whose reset link page this is; with no
	// ResetLink, the page offers to make one.
	ResetFor int64
}

// ResetVM is the new-password form of a reset link.
type ResetVM struct {
	Page   Page
	Email  string
	Action string
	Errors map[string]string
}

// EmailVM is the change-email form.
type EmailVM struct {
	Page    Page
	Current string
	Email   string
	Saved   bool
	Errors  map[string]string
}

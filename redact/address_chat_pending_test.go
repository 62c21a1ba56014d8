package redact

// addressChatPending holds the probes the detector does not pass yet:
// known gaps, which TestAddressChatProbes asserts are still missed, so
// that a change that closes one shows it.
var addressChatPending = map[string]bool{}

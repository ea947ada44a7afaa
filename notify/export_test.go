package notify

// Blocked exposes the address filter to the external tests.
var Blocked = blocked

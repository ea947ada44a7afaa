package notify

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"syscall"
	"time"

	"tiendo"
)

// ErrBlockedAddress is returned when a webhook would connect to a
// loopback, private, link-local or otherwise internal address.
var ErrBlockedAddress = fmt.Errorf("notify: địa chỉ nội bộ bị chặn")

// safeDialer returns a dialer that checks the address actually dialled,
// after DNS resolution, in the socket's Control hook: a hostname that
// resolves (or re-resolves, DNS rebinding) to an internal address is
// refused at connect time, whatever the URL said.
func safeDialer(allowPrivate bool) *net.Dialer {
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if allowPrivate {
		return d
	}
	d.Control = func(network, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return fmt.Errorf("%w: %s", ErrBlockedAddress, address)
		}
		if tiendo.InternalAddr(ap.Addr()) {
			return fmt.Errorf("%w: %s", ErrBlockedAddress, ap.Addr())
		}
		return nil
	}
	return d
}

// dialContext is the DialContext of the webhook transport.
func dialContext(allowPrivate bool) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return safeDialer(allowPrivate).DialContext
}

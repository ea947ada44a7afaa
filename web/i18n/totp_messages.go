package i18n

// Messages of the second factor (TOTP): the account's own page, the second
// sign-in step and the administrator's reset; Catalogue (i18n.go) joins
// them.
var totpMessages = map[string]map[string]string{
	"vi": {
		"totp.title": "Xác thực hai bước", "totp.link": "Xác thực hai bước",
		"totp.intro": "Sau mật khẩu, Tiến Độ hỏi thêm mã 6 chữ số từ ứng dụng xác thực trên điện thoại (Google Authenticator, Microsoft Authenticator, FreeOTP…).",
		"totp.on":    "Đang bật.", "totp.on_help": "Mất điện thoại? Hãy đề nghị quản trị viên đặt lại xác thực hai bước cho tài khoản.",
		"totp.off": "Chưa bật.", "totp.begin": "Bật xác thực hai bước",
		"totp.enrol": "Thêm tài khoản vào ứng dụng", "totp.scan": "Quét mã QR bằng ứng dụng, hoặc nhập khóa bí mật dưới đây; rồi nhập mã ứng dụng hiện để xác nhận.",
		"totp.qr_alt": "Mã QR để thêm vào ứng dụng xác thực", "totp.secret": "Khóa bí mật:", "totp.uri": "Địa chỉ otpauth:",
		"totp.code": "Mã xác thực", "totp.code_hint": "6 chữ số đang hiện trong ứng dụng xác thực.",
		"totp.confirm": "Xác nhận và bật", "totp.step_title": "Nhập mã xác thực", "totp.verify": "Xác nhận",
		"totp.restart":        "Đăng nhập lại",
		"notice.totp-enabled": "Đã bật xác thực hai bước.", "notice.totp-reset": "Đã đặt lại xác thực hai bước; tài khoản đăng nhập bằng mật khẩu cho tới khi bật lại.",
		"account.totp": "Xác thực hai bước", "account.totp_on": "Đang bật.", "account.totp_off": "Chưa bật.",
		"account.totp_reset": "Đặt lại xác thực hai bước", "account.totp_reset_help": "Dùng khi người dùng mất điện thoại: tài khoản đăng nhập bằng mật khẩu cho tới khi bật lại.",
	},
	"en": {
		"totp.title": "Two-step verification", "totp.link": "Two-step verification",
		"totp.intro": "After the password, Tiến Độ also asks for a 6-digit code from an authenticator app on your phone (Google Authenticator, Microsoft Authenticator, FreeOTP…).",
		"totp.on":    "On.", "totp.on_help": "Lost your phone? Ask an administrator to reset two-step verification for your account.",
		"totp.off": "Off.", "totp.begin": "Turn on two-step verification",
		"totp.enrol": "Add the account to your app", "totp.scan": "Scan the QR code with the app, or type the secret key below; then enter the code the app shows to confirm.",
		"totp.qr_alt": "QR code to add to an authenticator app", "totp.secret": "Secret key:", "totp.uri": "otpauth address:",
		"totp.code": "Verification code", "totp.code_hint": "The 6 digits your authenticator app shows.",
		"totp.confirm": "Confirm and turn on", "totp.step_title": "Enter the verification code", "totp.verify": "Verify",
		"totp.restart":        "Sign in again",
		"notice.totp-enabled": "Two-step verification is on.", "notice.totp-reset": "Two-step verification reset; the account signs in with its password until it turns it on again.",
		"account.totp": "Two-step verification", "account.totp_on": "On.", "account.totp_off": "Off.",
		"account.totp_reset": "Reset two-step verification", "account.totp_reset_help": "For a lost phone: the account signs in with its password until it turns it on again.",
	},
}

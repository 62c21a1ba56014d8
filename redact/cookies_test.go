package redact

import (
	"testing"
)

// TestSessionCookies checks session cookies in cookie headers, as the
// logs set of session 31 (BB) pasted them from HTTP dumps and curl
// commands; other cookies, short or plain values and a cookie word in
// prose stay out.
func TestSessionCookies(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeAPIKey, []textValue{
		{"Cookie: sessionid=SOJFHZVUH8Tj6NxKnoQJmqmSNnXtWEJH; currency=EUR", "SOJFHZVUH8Tj6NxKnoQJmqmSNnXtWEJH"},
		{"HTTP/2 200\nSet-Cookie: sid=adgZ6vifYHAkmPttrTHUKnOQCxiV78PP; Path=/; HttpOnly", "adgZ6vifYHAkmPttrTHUKnOQCxiV78PP"},
		{"Cookie: laravel_session=uo1P317ojOUi_zBxyzt512OwtUWkXXXxhgoO68YPm9eJ; cookie_consent=1", "uo1P317ojOUi_zBxyzt512OwtUWkXXXxhgoO68YPm9eJ"},
		{"curl -H 'Cookie: PHPSESSID=9c7e1f2a3b4d5e6f7a8b9c0d1e2f3a4b' https://shop.example/cart", "9c7e1f2a3b4d5e6f7a8b9c0d1e2f3a4b"},
		{"Set-Cookie: sessionid=8f14e45fceea167a5a36dedd4bea2543; Path=/; HttpOnly; Secure", "8f14e45fceea167a5a36dedd4bea2543"},
		{"Cookie: _shop_session=s%3AfhWVFjjmOuEbVEMy_qWWjhhf.EmJMTi2Ws3pSqba5LXK6L; currency=EUR", "s%3AfhWVFjjmOuEbVEMy_qWWjhhf.EmJMTi2Ws3pSqba5LXK6L"},
	}, []string{
		"Cookie: _ga=GA1.2.1234567890.1700000000; theme=dark",
		"cookie: session=expired_long_time_ago",
		"Set-Cookie: session=1; Path=/",
		"the cookie banner says: sessionid=whatever",
		"Cookie: tracking_id=SOJFHZVUH8Tj6NxKnoQJmqmSNnXtWEJH",
	})
}

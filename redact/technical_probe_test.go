package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Technical text pasted into support chats: stack traces, logs, HTTP
// dumps, commands, versions, hashes and IDs. The noise must stay
// unflagged; the PII and secrets inside it must still be found.

// technicalClean are lines with nothing to find.
var technicalClean = []string{
	`Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null`,
	`	at com.example.Service.process(Service.java:123)`,
	`	at com.example.OrderController.handleRequest(OrderController.java:87)`,
	`	at org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:883)`,
	`Caused by: org.hibernate.exception.ConstraintViolationException: could not execute statement`,
	`Traceback (most recent call last):`,
	`  File "/usr/lib/python3.11/site-packages/requests/api.py", line 59, in request`,
	`  File "/home/deploy/app/views.py", line 214, in create_order`,
	`KeyError: 'customer_id'`,
	`goroutine 1 [running]:`,
	`main.(*Server).handle(0xc000126000, {0x7f3a2c1e8b40, 0xc0001a4000})`,
	`	/home/runner/work/app/server.go:142 +0x1f4`,
	`panic: runtime error: invalid memory address or nil pointer dereference`,
	`[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x4a3b2f]`,
	`TypeError: Cannot read properties of undefined (reading 'map')`,
	`    at ProductList (webpack-internal:///./src/components/ProductList.jsx:42:18)`,
	`    at renderWithHooks (react-dom.development.js:16305:18)`,
	`Uncaught ReferenceError: process is not defined at Object.<anonymous> (bundle.js:2:1543)`,
	`2024-03-14T10:22:31.123Z INFO [main] Started Application in 4.321 seconds (JVM running for 5.012)`,
	`2024-03-14 10:22:31,456 WARN  [http-nio-8080-exec-3] o.h.engine.jdbc.spi.SqlExceptionHelper : SQL Error: 1062, SQLState: 23000`,
	`2024-03-14 10:22:31.789 ERROR 12345 --- [nio-8080-exec-1] c.e.demo.PaymentService : Payment failed for order 987654321`,
	`[2024-03-14 10:22:31] production.ERROR: SQLSTATE[23505]: Unique violation: 7 ERROR: duplicate key value violates unique constraint "users_email_unique"`,
	`Mar 14 10:22:31 web01 kernel: [123456.789012] Out of memory: Killed process 4321 (java) total-vm:8123456kB, anon-rss:4123456kB`,
	`{"level":"info","time":"2024-03-14T10:22:31Z","request_id":"7f3b9c2e-1a4d-4e8f-9b6a-2c5d8e1f3a7b","duration_ms":143,"status":200}`,
	`{"timestamp":"2024-03-14T10:22:31.123Z","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7","msg":"ok"}`,
	`POST /api/v2/customers/cus_9s6XKzkNRiz8i3/invoices HTTP/2 422 took 312ms size 1.2KB`,
	`Error 0x80070005: Access is denied.`,
	`ORA-12154: TNS:could not resolve the connect identifier specified`,
	`ERROR:  duplicate key value violates unique constraint "orders_pkey" DETAIL:  Key (id)=(4711) already exists. SQLSTATE 23505`,
	`C:\Users\Public\AppData\Local\Temp\setup_v3.2.1.log`,
	`C:\Program Files\Microsoft Office\root\Office16\WINWORD.EXE crashed with code 0xc0000005`,
	`Faulting module path: C:\Windows\System32\ntdll.dll, version 10.0.19041.3636`,
	`pod/web-7d9f8b6c5d-x2k4p   0/1   CrashLoopBackOff   12 (3m ago)   41m`,
	`Back-off restarting failed container nginx in pod frontend-6c8b9d7f4-qwz9r_default(3f2a1b4c-5d6e-7f80-91a2-b3c4d5e6f708)`,
	`docker run -d -p 8080:80 --name shop-api -e NODE_ENV=production shop/api:v2.14.3-rc.1`,
	`commit 3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e`,
	`Merge: a1b2c3d e4f5a6b`,
	`version v2.14.3-rc.1+build.5678 released on 2024-03-01`,
	`npm ERR! peer dep missing: @angular/core@17.1.0, required by @ngrx/store@17.0.1`,
	`pip install Django==4.2.11 psycopg2-binary==2.9.9 celery[redis]>=5.3.6`,
	`Installed: kernel-5.14.0-362.8.1.el9_3.x86_64 openssl-3.0.7-25.el9.x86_64`,
	`md5: d41d8cd98f00b204e9800998ecf8427e sha1: da39a3ee5e6b4b0d3255bfef95601890afd80709`,
	`sha256sum: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  release.tar.gz`,
	`chip serial: A4C3-9F21-7B0E-55D1 revision 4`,
	`data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==`,
	`-----BEGIN CERTIFICATE----- MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTESMBAGA1UEChMJQmFsdGltb3Jl -----END CERTIFICATE-----`,
	`ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA2xGfYpNq8kR3L5mZcW9sT0uE1iH2oP4dJ6gF7yX8nB3vK5aM9cQ1wE2rT4yU6iO8pA0sD2fG4hJ6kL8zX0cV2bN4mQ deploy@ci-runner`,
	`cron: 0 */6 * * 1-5 /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1`,
	`UPDATE orders SET status = 'shipped', updated_at = NOW() WHERE order_id IN (1001, 1002, 1003);`,
	`{"order_id": 5551234, "amount": 49.99, "currency": "EUR", "sku": "WDG-2024-BLU", "qty": 3}`,
	`X-Request-Id: 5f8a9b2c-3d4e-4f60-8a7b-9c0d1e2f3a4b`,
	`Content-Length: 1048576 bytes, Cache-Control: max-age=31536000`,
	`HTTP/1.1 503 Service Unavailable Retry-After: 120`,
	`Memory usage: 1536 MiB / 4096 MiB (37.5%), CPU 2.35 cores, uptime 12d 4h 31m`,
	`kafka.consumer offset=18446744 partition=7 lag=12345 topic=orders.created.v1`,
	`Checksum mismatch: expected 1234567890123456 got 9876543210987654`,
	`Invoice INV-2024-000123 could not be generated`,
	`Stripe error: No such customer: 'cus_NffrFeUfNV2Hib'; request-id: req_6Xx1Q9aZk2Pq`,
	`AWS error: AccessDenied for arn:aws:iam::123456789012:user/deploy-bot on s3:PutObject`,
	`Exit code 137 (OOMKilled) after 3600s; container id 4f1c2e9a8b7d`,
	`node v20.11.1 npm 10.2.4 OS Darwin 23.3.0 arm64`,
	`Windows 11 Pro 23H2 build 22631.3296, Office Version 2402 (Build 17328.20184)`,
	`kubectl get pods -n payments -l app=checkout --field-selector status.phase=Running`,
	`WARN  deprecated inflight@1.0.6: This module is not supported, and leaks memory.`,
	`Hibernate: select u1_0.id,u1_0.email from users u1_0 where u1_0.id=?`,
	`at java.base/java.lang.Thread.run(Thread.java:1583)`,
	`  File "/opt/venv/lib/python3.12/site-packages/django/db/backends/utils.py", line 89, in _execute`,
	"System.InvalidOperationException: Sequence contains no elements at System.Linq.Enumerable.First[TSource](IEnumerable`1 source)",
	`   at Acme.Billing.InvoiceService.Generate(Int32 customerId) in D:\src\Acme.Billing\InvoiceService.cs:line 57`,
	`Warning: Unknown: Failed to write session data (files). Please verify that the current setting of session.save_path is correct (/var/lib/php/sessions) in Unknown on line 0`,
	`Fatal error: Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/index.php:12`,
	`SyntaxError: Unexpected token < in JSON at position 0`,
	`Segmentation fault (core dumped) at 0x00007ffd5e8c2a10`,
	`libc.so.6 version GLIBC_2.34 not found (required by /usr/bin/myapp)`,
	`Error: listen EADDRINUSE: address already in use :::3000`,
	`errno=ECONNRESET syscall=read code=-104 port 6379 host redis-master.cache.svc.cluster.local`,
	`The uploaded file exceeds 52428800 bytes (50 MB); upload id 8d3c2f1a-0b9e-4c7d-a6f5-e4d3c2b1a098`,
	`Order #A7-552-3190 stuck in state PENDING_REVIEW since 2024-02-29T23:59:59+01:00`,
	`epoch=1710411751 elapsed=1710411751123 nanos=1710411751123456789`,
	`Request took 4153212345 ns; heap 2147483648 bytes; gc pause 0.0042s`,
	`listening on ports 8080 8443 9090 9100 and 3000`,
	`Error code 2147942405 (0x80070005) returned by installer`,
	`event_id=4625 logon_type=3 status=0xC000006D sub_status=0xC0000064`,
	`[pid 4021] write(1, "hello\n", 6) = 6`,
	`git checkout -b feature/JIRA-4521-fix-login && git push origin HEAD`,
	`Step 5/12 : RUN apt-get update && apt-get install -y libpq-dev=15.6-0+deb12u1`,
	`Successfully built 7d2e9f4a1b3c and tagged shop/api:latest`,
	`Total: 1.23 GiB, 45,678 files, 3,210 directories, elapsed 00:01:23.456`,
	`java -Xmx2048m -Xms512m -XX:MaxMetaspaceSize=256m -jar app-1.4.7-SNAPSHOT.jar --server.port=8081`,
	`at sun.reflect.NativeMethodAccessorImpl.invoke0(Native Method)`,
	`at io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:569)`,
	`at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.Next(State& next, Scope& scope, Object& state, Boolean& isCompleted)`,
	`    at async Promise.all (index 3)`,
	`    at Module._compile (node:internal/modules/cjs/loader:1256:14)`,
	`File "<frozen importlib._bootstrap>", line 1204, in _gcd_import`,
	`django.db.utils.IntegrityError: duplicate key value violates unique constraint "accounts_user_username_key" DETAIL: Key (username)=(mary.jones) already exists.`,
	`ValueError: invalid literal for int() with base 10: '12-34-5678'`,
	`AssertionError: expected 200 but got 500 in test_checkout_flow (tests.test_orders.CheckoutTests)`,
	`RuntimeWarning: coroutine 'Client.send' was never awaited`,
	`sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) FATAL:  password authentication failed for user "billing_ro"`,
	`WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken`,
	`Deprecation warning: moment construction falls back to js Date(). Arguments: [0] _isAMomentObject: true, _i: 03/14/2024`,
	`I0314 10:22:31.123456   12345 controller.go:123] Reconciling Deployment default/checkout-api generation=42`,
	`helm upgrade --install shop ./charts/shop --set image.tag=2.14.3 --namespace prod`,
	`terraform: aws_instance.web[0]: Still creating... [2m30s elapsed] (i-0a1b2c3d4e5f67890)`,
	`Plan: 3 to add, 1 to change, 0 to destroy.`,
	`Error: creating EC2 Instance: InvalidAMIID.NotFound: The image id '[ami-0c55b159cbfafe1f0]' does not exist`,
	`redis> SET session:4f9a2c user:1042 EX 3600`,
	`ERROR 1045 (28000): Access denied for user 'app'@'localhost' (using password: YES)`,
	`UUID 550e8400-e29b-41d4-a716-446655440000 not found in index`,
	`PostgreSQL 15.6 (Debian 15.6-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit`,
	`Python 3.11.8 (main, Feb 7 2024, 05:53:27) [GCC 12.2.0] on linux`,
	`Microsoft Windows [Version 10.0.22631.3296]`,
	`OpenSSL 3.0.13 30 Jan 2024 (Library: OpenSSL 3.0.13 30 Jan 2024)`,
	`Chrome 122.0.6261.112 (Official Build) (64-bit) on macOS Sonoma 14.3.1`,
	`Samsung Galaxy S23 Ultra SM-S918B Android 14 One UI 6.0 build UP1A.231005.007`,
	`iPhone15,2 iOS 17.3.1 (21D61) app version 4.12.0 (4120)`,
	`Lighthouse score: Performance 87, Accessibility 92, Best Practices 100, SEO 91`,
	`pytest tests/ -k "not slow" --maxfail=2 -x -vv --cov=app --cov-report=term-missing`,
	`Ran 142 tests in 12.345s FAILED (failures=3, errors=1, skipped=7)`,
	`Jest: Tests: 2 failed, 118 passed, 120 total; Snapshots: 0 total; Time: 8.123 s`,
	`webpack 5.90.3 compiled with 2 warnings in 4523 ms`,
	`Module not found: Error: Can't resolve 'lodash/debounce' in '/Users/dev/projects/shop/src/utils'`,
	`ld: symbol(s) not found for architecture arm64`,
	`clang: error: linker command failed with exit code 1 (use -v to see invocation)`,
	`Xcode Version 15.2 (15C500b), Simulator iPhone 15 Pro (17.2)`,
	`gradle: Could not resolve com.google.android.material:material:1.11.0`,
	`Maven: [ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile (default-compile) on project billing-service`,
	"rustc 1.76.0 (07dca489a 2024-02-04) error[E0382]: borrow of moved value: `config`",
	"thread 'main' panicked at 'called `Option::unwrap()` on a `None` value', src/main.rs:42:37",
	`Exception: System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'sa'. ClientConnectionId:a3f1b2c4-d5e6-47f8-9a0b-1c2d3e4f5a6b Error Number:18456,State:1,Class:14`,
	`Run-time error '1004': Method 'Range' of object '_Global' failed`,
	`VBA macro at Sheet1!A1:C200 raised #REF! in cell D17`,
	`license key: XXXX-XXXX-XXXX-XXXX (redacted), product id 00330-80000-00000-AA123`,
	`Serial Number: C02XK1JHJG5H, Model Identifier: MacBookPro18,3`,
	`BIOS Version: 1.18.0, Service Tag: 7XK2M33, Express Service Code: 162 523 741 91`,
}

func TestTechnicalProbeClean(t *testing.T) {
	d := defaultDetector(t)
	for _, line := range technicalClean {
		assert.Empty(t, foundAs(t, d, line), "%q", line)
	}
}

// TestTechnicalProbeFound checks that the PII and secrets inside
// technical text are found, exactly, and nothing else of their type.
func TestTechnicalProbeFound(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ, want string }{
		{"user=jane.doe@example.com action=login result=failure attempts=3", "EMAIL_ADDRESS", "jane.doe@example.com"},
		{"client_ip=203.0.113.7 method=POST path=/login status=401 latency=23ms", "IP_ADDRESS", "203.0.113.7"},
		{"Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "JWT",
			"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"},
		{"DATABASE_URL=postgres://admin:S3cr3t!@db.internal:5432/app", "PASSWORD", "S3cr3t!"},
		{"spring.datasource.password=hunter2x", "PASSWORD", "hunter2x"},
		// A password's hash can be tried against words offline (since
		// session 32; before, this line was listed as clean).
		{"Hash: $2b$12$KIXQJ1t1L9oT5v7u3hXnMe0kYh2eQp7Wn8zR4cU6vB1aD3fG5hJ7K", "PASSWORD", "$2b$12$KIXQJ1t1L9oT5v7u3hXnMe0kYh2eQp7Wn8zR4cU6vB1aD3fG5hJ7K"},
		// A command's user option carries a password as URL credentials do.
		{"curl -u admin:Pa55w0rd! https://api.example.com/v1", "PASSWORD", "Pa55w0rd!"},
		{"curl --user='deploy:S3cr3t-Key' https://example.com", "PASSWORD", "S3cr3t-Key"},
		{"git log -u origin:main", "PASSWORD", ""},
		{"mongodb+srv://svc_user:Tr0ub4dor%263@cluster0.ab1cd.mongodb.net/prod", "PASSWORD", "Tr0ub4dor%263"},
		{"From: John Smith <john.smith@example.com>", "PERSON", "John Smith"},
		{`Reply-To: "Alice Johnson" <alice.j@example.net>`, "PERSON", "Alice Johnson"},
		{"at com.acme.payments.StripeGateway.charge(StripeGateway.java:211) for customer Anna Schmidt", "PERSON", "Anna Schmidt"},
		{"Ticket #48213 opened by Sarah Connor (sarah.connor@example.com), priority P2", "PERSON", "Sarah Connor"},
		{"Debug info: client ip=10.240.175.166 version=v5.13.30 user=jd@example.com Landerico B Hidalgo", "PERSON", "Landerico B Hidalgo"},
		{`INSERT INTO customers (customer_name, phone, email) VALUES ('Jane Doe', '+1 415 555 0132', 'jd@example.com');`, "PHONE_NUMBER", "+1 415 555 0132"},
		{`{"customer_name": "Maria Gonzalez", "phone": "+44 20 7946 0958", "email": "maria.g@example.org"}`, "PERSON", "Maria Gonzalez"},
		{`{"customer_name": "Maria Gonzalez", "phone": "+44 20 7946 0958", "email": "maria.g@example.org"}`, "PHONE_NUMBER", "+44 20 7946 0958"},
		{`"dob": "1985-07-23", "name": "Robert Miller"`, "DATE_OF_BIRTH", "1985-07-23"},
		{`shipping_address="221B Baker Street, London NW1 6XE"`, "STREET_ADDRESS", "221B Baker Street, London NW1 6XE"},
		{"Payment gateway response: card=4111111111111111 exp=12/27 status=DECLINED", "CREDIT_CARD", "4111111111111111"},
		// A Luhn-valid number with a card's prefix is reported even in
		// SQL: an ID column may hold a card number, and a miss leaks it.
		{"SELECT * FROM users WHERE id = 4532015112830366;", "CREDIT_CARD", "4532015112830366"},
		{"export GITHUB_TOKEN=ghp_1234567890abcdefghijABCDEFGHIJ123456", "GITHUB_TOKEN", "ghp_1234567890abcdefghijABCDEFGHIJ123456"},
		{"Caused by: java.sql.SQLException: Access denied for user 'root'@'172.17.0.1' (using password: YES)", "IP_ADDRESS", "172.17.0.1"},
		{"MongoServerError: E11000 duplicate key error collection: shop.users dup key: { email: \"jane.doe@example.com\" }", "EMAIL_ADDRESS", "jane.doe@example.com"},
		// Noise beside the PII above.
		{"Request took 4153212345 ns; heap 2147483648 bytes; gc pause 0.0042s", "UK_NHS", ""},
		{`django.db.utils.IntegrityError: duplicate key value violates unique constraint DETAIL: Key (username)=(mary.jones) already exists.`, "API_KEY", ""},
		{"iPhone15,2 iOS 17.3.1 (21D61) app version 4.12.0 (4120)", "TR_LICENSE_PLATE", ""},
		{"thread 'main' panicked at 'called `Option::unwrap()` on a `None` value', src/main.rs:42:37", "URL", ""},
		{"Plaka numarası 06 A 123 olarak kayıtlı", "TR_LICENSE_PLATE", "06 A 123"},
	} {
		wantValue(t, d, c.text, c.typ, c.want, "%q", c.text)
	}
}

// TestTechnicalProbeSoft checks names, places and firms in technical
// text: labels, headers, log messages and products are none.
func TestTechnicalProbeSoft(t *testing.T) {
	checkSoftCases(t, []softCase{
		{text: "2024-03-14T10:22:31.123Z INFO [main] Started Application in 4.321 seconds (JVM running for 5.012)", none: []string{"PERSON"}},
		{text: `"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"`, none: []string{"PERSON"}},
		{text: "I0314 10:22:31.123456   12345 controller.go:123] Reconciling Deployment default/checkout-api generation=42", none: []string{"PERSON"}},
		{text: "Image: registry.example.com/shop/api@sha256:9b2a6f1c3e8d", none: []string{"PERSON"}},
		{text: "Merge: a1b2c3d e4f5a6b", none: []string{"PERSON"}},
		{text: "Hash: $2b$12$KIXQJ1t1L9oT5v7u3hXnMe0kYh2eQp7Wn8zR4cU6vB1aD3fG5hJ7K", none: []string{"PERSON"}},
		{text: "Hibernate: select u1_0.id,u1_0.email from users u1_0 where u1_0.id=?", none: []string{"PERSON"}},
		{text: "Jest: Tests: 2 failed, 118 passed, 120 total", none: []string{"PERSON"}},
		{text: "Maven: [ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile", none: []string{"PERSON"}},
		{text: "Exception: System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'sa'.", none: []string{"PERSON"}},
		{text: "X-Request-Id: 5f8a9b2c-3d4e-4f60-8a7b-9c0d1e2f3a4b", none: []string{"PERSON"}},
		{text: "Content-Length: 1048576 bytes, Cache-Control: max-age=31536000", none: []string{"PERSON"}},
		{text: "Set-Cookie: sessionid=8f14e45fceea167a5a36dedd4bea2543; Path=/; HttpOnly; Secure", none: []string{"PERSON"}},
		{text: "HTTP/1.1 503 Service Unavailable Retry-After: 120", none: []string{"PERSON"}},
		{text: "node v20.11.1 npm 10.2.4 OS Darwin 23.3.0 arm64", none: []string{"PERSON"}},
		{text: "RequestId: 4b2a9e6f Duration: 1234.56 ms Max Memory Used: 87 MB", none: []string{TypePerson}},
		{text: "Subnet: 192.168.1.0/24", none: []string{"PERSON"}},
		// A value with a unit of measure: a setting's label, even of
		// unknown words...
		{text: "Memory Size: 512 MB", none: []string{"PERSON"}},
		{text: "Billed Duration: 1200 ms", none: []string{"PERSON"}},
		{text: "Disk Quota: 80%", none: []string{"PERSON"}},
		// ... but not of a name the gazetteer knows: a speaker's own name
		// before what they say goes out otherwise.
		{text: "Ram Prasad: 16 GB", want: []string{"PERSON=Ram Prasad"}},
		{text: "Priya: 2 GB of photos are gone", want: []string{"PERSON=Priya"}},
		{text: "Anna: 80% done", want: []string{"PERSON=Anna"}},
		// A product or a tool before the noun that says what it is.
		{text: "The Gradle Daemon is slow to start.", none: []string{"PERSON"}},
		{text: "Docker Daemon not running", none: []string{"PERSON"}},
		{text: "Restart the Redis Server please", none: []string{"PERSON"}},
		{text: "the Jenkins agent is offline again", none: []string{"PERSON"}},
		{text: "Our Kafka broker keeps crashing.", none: []string{"PERSON"}},
		// Names stay names: with a cue, as a full name, beside a label.
		{text: `Reply-To: "Alice Johnson" <alice.j@example.net>`, want: []string{"PERSON=Alice Johnson"}, none: []string{"PERSON=Reply-To"}},
		{text: "Fausto Calabrese: 22829 Jagerij 64 Apt. 591", want: []string{"PERSON=Fausto Calabrese"}},
		{text: "Anna Smith-Jones: can you check my order?", want: []string{"PERSON=Anna Smith-Jones"}},
		{text: "Anna: 10:30 works for me", want: []string{"PERSON=Anna"}},
		{text: "Radoslava Dimitrova: 555 0100", want: []string{"PERSON=Radoslava Dimitrova"}},
		{text: "Anna Berg: 5 items missing", want: []string{"PERSON=Anna Berg"}},
		{text: "Anna Berg: 2 GB of photos are gone", want: []string{"PERSON=Anna Berg"}},
		{text: "Oksana: 3 days and no reply", want: []string{"PERSON=Oksana"}},
		{text: "Thanks Marco, the Docker Daemon works again.", want: []string{"PERSON=Marco"}},
		{text: "Svetlana Petrova Agent", want: []string{"PERSON=Svetlana Petrova"}},
		{text: "I asked Carla to call Sandra Agent: Hello", want: []string{"PERSON=Sandra"}},
		{text: "Build #1893 triggered by Michael Brown via GitHub push to main", want: []string{"PERSON=Michael Brown"}},
		{text: "ERROR [Worker-7] com.acme.Billing.run(Billing.java:42) failed for customer Anna Schmidt", want: []string{"PERSON=Anna Schmidt"}},
	})
}

// TestUnitOnlyForBuiltinRules: the package's identifier rules take no
// number followed by a unit ("heap 2147483648 bytes"), but a user's rule
// matches what its pattern says.
func TestUnitOnlyForBuiltinRules(t *testing.T) {
	d, err := NewDetector(WithoutDefaultRules(), WithRules(Rule{
		Name: "employee_id", Type: "EMPLOYEE_ID", Pattern: `\bE\d{6}\b`, Score: 0.9,
		Examples: []Example{{Text: "E123456", Want: "E123456"}},
	}))
	require.NoError(t, err)
	wantValue(t, d, "employee E123456 ms later", "EMPLOYEE_ID", "E123456")
}

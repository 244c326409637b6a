package org.bastion.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Uploads over the 20 MB limit, through the real servlet container (MockMvc enforces no limit): the
 * person sees the reason in Chinese and a way back, not the container's raw error page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("integration")
@ActiveProfiles(resolver = IntegrationTest.Profiles.class)
class UploadLimitTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	URI at(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	String csrf(String path) throws Exception {
		String page = http.send(HttpRequest.newBuilder(at(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher m = CSRF.matcher(page);
		assertThat(m.find()).as("a CSRF token on " + path).isTrue();
		return m.group(1);
	}

	void signIn(String user) throws Exception {
		String form = "username=" + user + "&password=" + URLEncoder.encode("test-Demo-2026", StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf("/login"), StandardCharsets.UTF_8);
		http.send(HttpRequest.newBuilder(at("/login")).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
	}

	@Test
	void anUploadOverTwentyMegabytesIsRefusedWithTheLimitInChineseNotTheContainersRawPage() throws Exception {
		signIn("anle-admin");
		String boundary = "----bastion" + System.nanoTime();
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(at("/imports/people"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(oversized(boundary, csrf("/imports")))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("不能超过 20 MB").contains("返回导入页面");
	}

	@Test
	void anUploadOverTwentyMegabytesSentChunkedIsRefusedWithTheLimitInChineseToo() throws Exception {
		signIn("anle-admin");
		String boundary = "----bastion" + System.nanoTime();
		byte[] body = oversized(boundary, csrf("/imports"));
		// no Content-Length: the body's size is known only once it has been read
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(at("/imports/people"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("不能超过 20 MB").contains("返回导入页面");
	}

	/** A people import of 21 MB with the form's CSRF token. */
	private static byte[] oversized(String boundary, String token) throws Exception {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
				+ "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(new byte[21 * 1024 * 1024]);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}
}

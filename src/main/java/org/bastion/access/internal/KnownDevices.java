package org.bastion.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A known device (已登录过的设备): after a successful sign-in the browser gets a signed cookie naming
 * the user and their security version; with it, the right password passes the account's lock and
 * the address throttle, so that strangers' guesses cannot lock the owner out. Signed with HMAC-SHA256
 * under {@code bastion.access.device-key} (base64 of 32 bytes; set it on every node of a cluster),
 * else under a key generated at start, so that a restart forgets the devices. It lapses after 180
 * days, when the security version is raised (e.g. a password reset), and when the user signs in on
 * the browser under another name. A known device has its own budget of wrong passwords (five in
 * fifteen minutes, kept per node like the address throttle): past it the cookie counts for nothing
 * and the device is a stranger's again, so a cookie left on a shared computer buys no more guesses
 * than any browser has.
 */
@Component
class KnownDevices {

	static final String COOKIE = "bastion_device";
	static final Duration LIFETIME = Duration.ofDays(180);
	static final int MAX_FAILURES = 5;
	static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

	/** Wrong passwords typed on each known device (by its cookie's signature), within the window. */
	private final RecentFailures failures = new RecentFailures(FAILURE_WINDOW, 100_000);

	private final SecretKeySpec key;
	private final boolean secure;

	KnownDevices(@Value("${bastion.access.device-key:}") String key,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		byte[] bytes;
		if (key == null || key.isBlank()) {
			bytes = new byte[32];
			new SecureRandom().nextBytes(bytes);
		}
		else {
			bytes = Base64.getDecoder().decode(key.strip());
			if (bytes.length != 32) {
				throw new IllegalStateException("bastion.access.device-key (BASTION_DEVICE_KEY) must be base64 of 32 random bytes, not "
						+ bytes.length);
			}
		}
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
		this.secure = secure;
	}

	/** The cookie that marks this browser as a known device of the user. */
	ResponseCookie cookie(String username, int securityVersion, LocalDateTime now) {
		String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "."
				+ securityVersion + "." + now.toEpochSecond(ZoneOffset.UTC);
		return ResponseCookie.from(COOKIE, payload + "." + mac(payload)).path("/").httpOnly(true).secure(secure).sameSite("Lax")
			.maxAge(LIFETIME).build();
	}

	/** The request's known-device cookie, if it carries one (the login form and the token API alike). */
	static String cookieOf(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		return cookies == null ? null : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
			.findFirst().orElse(null);
	}

	/** Whether the cookie's value is one this application signed for the user at their current security version, not yet lapsed. */
	boolean recognizes(String value, String username, int securityVersion, LocalDateTime now) {
		if (value == null || username == null) {
			return false;
		}
		int last = value.lastIndexOf('.');
		if (last < 0) {
			return false;
		}
		String payload = value.substring(0, last);
		if (!MessageDigest.isEqual(mac(payload).getBytes(StandardCharsets.US_ASCII),
				value.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
			return false;
		}
		if (failedTooOften(value.substring(last + 1), now)) {
			return false;
		}
		String[] parts = payload.split("\\.");
		try {
			return parts.length == 3
					&& new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8).equals(username)
					&& Integer.parseInt(parts[1]) == securityVersion
					&& LocalDateTime.ofEpochSecond(Long.parseLong(parts[2]), 0, ZoneOffset.UTC).plus(LIFETIME).isAfter(now);
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** A wrong password was typed on this (recognized) device. */
	void failed(String value, LocalDateTime now) {
		failures.add(value.substring(value.lastIndexOf('.') + 1), now);
	}

	private boolean failedTooOften(String signature, LocalDateTime now) {
		return failures.oldestWhenAtLeast(signature, MAX_FAILURES, now).isPresent();
	}

	private String mac(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}

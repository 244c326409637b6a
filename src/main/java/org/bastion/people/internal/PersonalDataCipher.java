package org.bastion.people.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts ID numbers and mobile phones at rest with AES-256-GCM and gives them a keyed hash for
 * exact lookups. A stored value reads {@code v<version>:<base64(nonce ‖ ciphertext ‖ tag)>}: a
 * fresh random 96-bit nonce for every value, and the version of the key that sealed it, so that a
 * new key can seal new values while older ones are still opened with the key they name (and
 * re-encrypted at leisure). The lookup hash is HMAC-SHA256 under a separate key, in hex; it does
 * not rotate with the encryption key.
 */
public final class PersonalDataCipher {

	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;

	private final int currentVersion;
	private final Map<Integer, SecretKey> keys;
	private final SecretKeySpec hashKey;
	private final SecureRandom random = new SecureRandom();
	private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(PersonalDataCipher::newCipher);
	private final ThreadLocal<Mac> macs;

	/**
	 * @param currentVersion the version of the key that seals new values
	 * @param keys every key still needed to open stored values, by version, each 32 bytes
	 * @param hashKey the 32-byte key of the lookup hash
	 */
	public PersonalDataCipher(int currentVersion, Map<Integer, byte[]> keys, byte[] hashKey) {
		if (!keys.containsKey(currentVersion)) {
			throw new IllegalArgumentException("No key for the current version " + currentVersion);
		}
		this.currentVersion = currentVersion;
		this.keys = new TreeMap<>();
		keys.forEach((version, key) -> this.keys.put(version, new SecretKeySpec(requireLength(key, "encryption"), "AES")));
		this.hashKey = new SecretKeySpec(requireLength(hashKey, "hash"), "HmacSHA256");
		this.macs = ThreadLocal.withInitial(this::newMac);
	}

	private static byte[] requireLength(byte[] key, String what) {
		if (key == null || key.length != 32) {
			throw new IllegalArgumentException("The " + what + " key must be 32 bytes (base64 of 32 random bytes)");
		}
		return key;
	}

	/** The sealed form of {@code plain}; null stays null. */
	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentVersion), new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
			return "v" + currentVersion + ":" + Base64.getEncoder().encodeToString(out.array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt personal data", ex);
		}
	}

	/** The plain text of a sealed value; null stays null. Refuses a value altered or sealed with an unknown key. */
	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		int colon = stored.indexOf(':');
		if (!stored.startsWith("v") || colon < 2) {
			throw new IllegalStateException("Not an encrypted value (no key version)");
		}
		int version = Integer.parseInt(stored.substring(1, colon));
		SecretKey key = keys.get(version);
		if (key == null) {
			throw new IllegalStateException("No key of version " + version + " is configured");
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
			return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("Cannot decrypt personal data (altered, or sealed with another key)", ex);
		}
	}

	/** Whether a stored value is sealed (rather than plain text left from before encryption). */
	public static boolean isSealed(String stored) {
		return stored != null && stored.matches("v\\d+:[A-Za-z0-9+/=]+");
	}

	/** The keyed hash of {@code plain}, 64 hex digits, for exact lookups; null stays null. */
	public String hash(String plain) {
		if (plain == null) {
			return null;
		}
		return HexFormat.of().formatHex(macs.get().doFinal(plain.getBytes(StandardCharsets.UTF_8)));
	}

	public int currentVersion() {
		return currentVersion;
	}

	private static Cipher newCipher() {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(hashKey);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

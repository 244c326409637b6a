package org.bastion.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.access.UserView;
import org.bastion.common.DomainException;
import org.bastion.common.audit.AuditAction;
import org.bastion.common.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named API tokens (接口令牌): 256 random bits, shown once; only their SHA-256 is stored. A token acts
 * with exactly its user's roles and scope, read afresh on every request; a revoked or expired token,
 * or one whose user is disabled or must change their password, is refused at once. A lock (of the
 * password, by others' guesses) does not stop tokens; a password reset revokes them.
 */
@Service
class ApiTokens {

	static final String PREFIX = "bst_";
	static final Duration LIFETIME = Duration.ofDays(90);
	private static final String ENTITY = "api_token";

	private final JdbcClient jdbc;
	private final UserRepository users;
	private final AccessClock clock;
	private final ApplicationEventPublisher events;
	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, UserRepository users, AccessClock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
		this.events = events;
	}

	record TokenView(long id, String name, LocalDateTime createdAt, LocalDateTime expiresAt, LocalDateTime lastUsedAt,
			LocalDateTime revokedAt) {

		public boolean activeAt(LocalDateTime now) {
			return revokedAt == null && expiresAt.isAfter(now);
		}
	}

	/** A new token, with its secret value shown this once. */
	record IssuedToken(long id, String name, String token, LocalDateTime expiresAt) {
	}

	@Transactional
	IssuedToken issue(String username, String name, String sourceAddress) {
		UserView user = users.find(username)
			.orElseThrow(() -> new DomainException(DomainException.Kind.CONFLICT, "access.token.noAccount"));
		String label = name == null ? "" : name.strip();
		if (label.isEmpty() || label.length() > 60) {
			throw DomainException.invalidField("name", "access.token.name");
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		LocalDateTime now = clock.now();
		LocalDateTime expires = now.plus(LIFETIME);
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into api_token (user_id, name, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)")
			.params(user.id(), label, hash(token), now, expires).update(keys, "id");
		long id = keys.getKey().longValue();
		events.publishEvent(new AuditEvent(AuditAction.TOKEN_ISSUED, ENTITY, Long.toString(id), null,
				Map.of("name", label, "userId", user.id(), "expiresAt", expires), null, username, sourceAddress));
		return new IssuedToken(id, label, token, expires);
	}

	List<TokenView> list(String username) {
		return jdbc.sql("select t.id, t.name, t.created_at, t.expires_at, t.last_used_at, t.revoked_at from api_token t "
				+ "join app_user u on u.id = t.user_id where u.username = ? order by t.created_at desc, t.id desc")
			.param(username)
			.query((rs, n) -> new TokenView(rs.getLong(1), rs.getString(2), time(rs.getTimestamp(3)), time(rs.getTimestamp(4)),
					time(rs.getTimestamp(5)), time(rs.getTimestamp(6))))
			.list();
	}

	/** Revokes one of the caller's own tokens; another user's token is refused as if it did not exist. */
	@Transactional
	void revoke(String username, long id) {
		int changed = jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null"
				+ " and user_id = (select u.id from app_user u where u.username = ?)")
			.params(clock.now(), id, username).update();
		if (changed == 0) {
			boolean own = jdbc.sql("select count(*) from api_token t join app_user u on u.id = t.user_id where t.id = ? and u.username = ?")
				.params(id, username).query(Long.class).single() > 0;
			if (!own) {
				throw DomainException.notFound("api_token", id);
			}
			return;
		}
		events.publishEvent(AuditEvent.of(AuditAction.TOKEN_REVOKED, ENTITY, id));
	}

	/** Revokes every active token of the user (a password reset); returns how many. */
	int revokeAll(long userId) {
		return jdbc.sql("update api_token set revoked_at = ? where user_id = ? and revoked_at is null").params(clock.now(), userId)
			.update();
	}

	/** The user a presented token acts for, when it is active and its user may sign in. */
	Optional<UserView> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		LocalDateTime now = clock.now();
		record Row(long id, long userId, LocalDateTime expiresAt, LocalDateTime revokedAt) {
		}
		Optional<Row> row = jdbc.sql("select id, user_id, expires_at, revoked_at from api_token where token_hash = ?")
			.param(hash(token))
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), time(rs.getTimestamp(3)), time(rs.getTimestamp(4))))
			.optional();
		if (row.isEmpty() || row.get().revokedAt() != null || !row.get().expiresAt().isAfter(now)) {
			return Optional.empty();
		}
		Optional<UserView> user = users.find(row.get().userId()).filter(u -> u.enabled() && !u.mustChangePassword());
		if (user.isPresent()) {
			jdbc.sql("update api_token set last_used_at = ? where id = ?").params(now, row.get().id()).update();
		}
		return user;
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static LocalDateTime time(Timestamp t) {
		return t == null ? null : t.toLocalDateTime();
	}
}

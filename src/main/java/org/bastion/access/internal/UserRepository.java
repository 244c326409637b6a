package org.bastion.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bastion.access.Role;
import org.bastion.access.UserView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The users, their roles and extra subtrees ({@code app_user}, {@code app_user_role}, {@code app_user_subtree}). */
@Repository
class UserRepository {

	private static final String COLUMNS = "id, username, display_name, person_id, organization_id, enabled, "
			+ "must_change_password, failed_attempts, locked_until, created_at, updated_at";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserView> find(String username) {
		return jdbc.sql("select " + COLUMNS + " from app_user where username = ?").param(username).query(this::row).optional()
			.map(this::withRolesAndSubtrees);
	}

	Optional<UserView> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from app_user where id = ?").param(id).query(this::row).optional()
			.map(this::withRolesAndSubtrees);
	}

	Optional<String> passwordHash(long id) {
		return jdbc.sql("select password_hash from app_user where id = ?").param(id).query(String.class).optional();
	}

	List<UserView> findAll() {
		List<UserView> users = jdbc.sql("select " + COLUMNS + " from app_user order by username").query(this::row).list();
		Map<Long, Set<Role>> roles = new HashMap<>();
		jdbc.sql("select user_id, role from app_user_role").query(rs -> {
			roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
		});
		Map<Long, Set<Long>> subtrees = new HashMap<>();
		jdbc.sql("select user_id, organization_id from app_user_subtree").query(rs -> {
			subtrees.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
		});
		List<UserView> result = new ArrayList<>();
		for (UserView u : users) {
			result.add(with(u, roles.getOrDefault(u.id(), Set.of()), subtrees.getOrDefault(u.id(), Set.of())));
		}
		return result;
	}

	long insert(String username, String displayName, Long personId, Long organizationId, String passwordHash,
			boolean mustChangePassword, LocalDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into app_user (username, display_name, person_id, organization_id, password_hash, enabled, "
				+ "must_change_password, failed_attempts, created_at, updated_at) values (?, ?, ?, ?, ?, true, ?, 0, ?, ?)")
			.params(username, displayName, personId, organizationId, passwordHash, mustChangePassword, now, now)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void replaceRoles(long userId, Set<Role> roles) {
		jdbc.sql("delete from app_user_role where user_id = ?").param(userId).update();
		for (Role role : roles) {
			jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)").params(userId, role.name()).update();
		}
	}

	void replaceSubtrees(long userId, Set<Long> organizationIds) {
		jdbc.sql("delete from app_user_subtree where user_id = ?").param(userId).update();
		for (Long id : organizationIds) {
			jdbc.sql("insert into app_user_subtree (user_id, organization_id) values (?, ?)").params(userId, id).update();
		}
	}

	void updateOrganization(long userId, Long organizationId, LocalDateTime now) {
		jdbc.sql("update app_user set organization_id = ?, updated_at = ? where id = ?").params(organizationId, now, userId).update();
	}

	void updatePassword(long userId, String hash, boolean mustChange, LocalDateTime now) {
		jdbc.sql("update app_user set password_hash = ?, must_change_password = ?, updated_at = ? where id = ?")
			.params(hash, mustChange, now, userId).update();
	}

	void updateEnabled(long userId, boolean enabled, LocalDateTime now) {
		jdbc.sql("update app_user set enabled = ?, updated_at = ? where id = ?").params(enabled, now, userId).update();
	}

	void bumpSecurityVersion(long userId) {
		jdbc.sql("update app_user set security_version = security_version + 1 where id = ?").param(userId).update();
	}

	int securityVersion(long userId) {
		return jdbc.sql("select security_version from app_user where id = ?").param(userId).query(Integer.class).single();
	}

	/** What a session of the named user is checked against on each request. */
	record Standing(long id, boolean enabled, int securityVersion, Set<Role> roles) {
	}

	Optional<Standing> standing(String username) {
		return jdbc.sql("select id, enabled, security_version from app_user where username = ?").param(username)
			.query((rs, n) -> new Standing(rs.getLong(1), rs.getBoolean(2), rs.getInt(3), Set.of())).optional()
			.map(s -> {
				Set<Role> roles = EnumSet.noneOf(Role.class);
				jdbc.sql("select role from app_user_role where user_id = ?").param(s.id()).query(String.class).list()
					.forEach(r -> roles.add(Role.valueOf(r)));
				return new Standing(s.id(), s.enabled(), s.securityVersion(), roles);
			});
	}

	/** Counts a failed sign-in; returns the attempts counted so far. */
	int countFailure(long userId) {
		jdbc.sql("update app_user set failed_attempts = failed_attempts + 1 where id = ?").param(userId).update();
		return jdbc.sql("select failed_attempts from app_user where id = ?").param(userId).query(Integer.class).single();
	}

	void lock(long userId, LocalDateTime until) {
		jdbc.sql("update app_user set failed_attempts = 0, locked_until = ? where id = ?").params(until, userId).update();
	}

	void clearFailures(long userId) {
		jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where id = ? and (failed_attempts <> 0 or locked_until is not null)")
			.param(userId).update();
	}

	private UserView withRolesAndSubtrees(UserView user) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("select role from app_user_role where user_id = ?").param(user.id()).query(String.class).list()
			.forEach(r -> roles.add(Role.valueOf(r)));
		Set<Long> subtrees = new HashSet<>(jdbc.sql("select organization_id from app_user_subtree where user_id = ?")
			.param(user.id()).query(Long.class).list());
		return with(user, roles, subtrees);
	}

	private static UserView with(UserView u, Set<Role> roles, Set<Long> subtrees) {
		return new UserView(u.id(), u.username(), u.displayName(), u.personId(), u.organizationId(), roles, subtrees, u.enabled(),
				u.mustChangePassword(), u.failedAttempts(), u.lockedUntil(), u.createdAt(), u.updatedAt());
	}

	private UserView row(ResultSet rs, int n) throws SQLException {
		return new UserView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				(Long) rs.getObject("person_id", Long.class), (Long) rs.getObject("organization_id", Long.class), Set.of(), Set.of(),
				rs.getBoolean("enabled"), rs.getBoolean("must_change_password"), rs.getInt("failed_attempts"),
				time(rs.getTimestamp("locked_until")), time(rs.getTimestamp("created_at")), time(rs.getTimestamp("updated_at")));
	}

	private static LocalDateTime time(Timestamp t) {
		return t == null ? null : t.toLocalDateTime();
	}
}

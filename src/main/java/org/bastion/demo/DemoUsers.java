package org.bastion.demo;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bastion.access.NewUser;
import org.bastion.access.Role;
import org.bastion.access.UserAccounts;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.platform.SignInHint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The documented demo users (README), made together with the Ninghua demo data — so only on an
 * embedded database that the demo fills, never on PostgreSQL. All share one password: the
 * {@code bastion.demo-password} ({@code BASTION_DEMO_PASSWORD}), or a random one printed once. They
 * need not change it.
 */
@Component
@Profile("!command")
@Order(11)
@ConditionalOnProperty(name = "bastion.demo.enabled", havingValue = "true")
class DemoUsers implements ApplicationRunner, SignInHint {

	static final String ANLE = "350424107";
	static final String CUIJIANG = "350424100";
	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final UserAccounts users;
	private final Organizations organizations;
	private final NinghuaDemoData demoData;
	private final String configured;
	private volatile String generatedPassword;

	DemoUsers(UserAccounts users, Organizations organizations, NinghuaDemoData demoData,
			@Value("${bastion.demo-password:}") String configured) {
		this.users = users;
		this.organizations = organizations;
		this.demoData = demoData;
		this.configured = configured;
	}

	/** Right after the demo data, and only when this start-up generated it. */
	@Override
	public void run(ApplicationArguments args) {
		Map<Long, List<Long>> members = demoData.branchMembers();
		if (!members.isEmpty()) {
			create(members);
		}
	}

	/** Creates the demo users, given the persons of each generated branch (its secretary first). */
	void create(Map<Long, List<Long>> branchMembers) {
		if (users.find("county-admin").isPresent()) {
			return;
		}
		String password = configured == null || configured.isBlank() ? random() : configured;
		if (configured == null || configured.isBlank()) {
			generatedPassword = password;
		}
		long county = organizations.roots().get(0).id();
		long anle = township(ANLE);
		long cuijiang = township(CUIJIANG);
		OrganizationView branch = organizations.children(anle).stream()
			.filter(o -> o.kind() == OrganizationKind.VILLAGE_BRANCH && branchMembers.getOrDefault(o.id(), List.of()).size() >= 3)
			.findFirst().orElseThrow(() -> new IllegalStateException("no village branch with members in 安乐镇"));
		List<Long> members = branchMembers.get(branch.id());
		make("county-admin", "县委组织部管理员", null, county, password, Role.COUNTY_ADMIN);
		make("anle-admin", "安乐镇党委管理员", null, anle, password, Role.TOWNSHIP_ADMIN);
		make("cuijiang-admin", "翠江镇党委管理员", null, cuijiang, password, Role.TOWNSHIP_ADMIN);
		make("branch-secretary", "支部书记（" + shortName(branch) + "）", members.get(0), branch.id(), password, Role.BRANCH_SECRETARY);
		make("grid-worker", "网格员（" + shortName(branch) + "）", members.get(2), branch.id(), password, Role.GRID_WORKER);
		make("member", "党员（" + shortName(branch) + "）", members.get(1), branch.id(), password, Role.MEMBER);
		make("sysadmin", "系统管理员", null, null, password, Role.SYSTEM_ADMIN);
		make("secadmin", "安全管理员", null, null, password, Role.SECURITY_ADMIN);
		make("auditor", "审计管理员", null, null, password, Role.AUDIT_ADMIN);
		if (configured == null || configured.isBlank()) {
			log.warn("Demo users county-admin, anle-admin, cuijiang-admin, branch-secretary, grid-worker, member, sysadmin, "
					+ "secadmin, auditor created with the generated password (shown only now; set BASTION_DEMO_PASSWORD to choose it): {}",
					password);
		}
		else {
			log.info("Demo users created with the password from BASTION_DEMO_PASSWORD");
		}
	}

	/** The county administrator and the demo password, once the demo users exist. */
	@Override
	public Optional<String> signInHint() {
		if (users.find("county-admin").isEmpty()) {
			return Optional.empty();
		}
		String password = generatedPassword != null ? "the password " + generatedPassword
				: configured == null || configured.isBlank() ? "the demo password printed when the demo data was generated"
						: "the password BASTION_DEMO_PASSWORD";
		return Optional.of("county-admin (县委组织部管理员; the other demo users are in the README) with " + password);
	}

	private long township(String code) {
		return organizations.tiedTo(code).stream().filter(o -> o.kind() == OrganizationKind.TOWNSHIP_COMMITTEE).findFirst()
			.orElseThrow(() -> new IllegalStateException("no township committee for " + code)).id();
	}

	private void make(String username, String name, Long person, Long organization, String password, Role role) {
		users.create(new NewUser(username, name, person, organization, password, EnumSet.of(role), Set.of(), false));
	}

	private static String shortName(OrganizationView o) {
		return o.name().replace("中共宁化县", "").replace("委员会", "");
	}

	/** 16 characters of upper, lower and digits: always meets the password policy's three classes. */
	private static String random() {
		SecureRandom random = new SecureRandom();
		StringBuilder b = new StringBuilder("Dm7");
		for (int i = 0; i < 13; i++) {
			b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return b.toString();
	}
}

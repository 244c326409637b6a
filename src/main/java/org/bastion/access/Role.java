package org.bastion.access;

import static org.bastion.common.security.Authorities.AUDIT_READ;
import static org.bastion.common.security.Authorities.CALENDAR_WRITE;
import static org.bastion.common.security.Authorities.DIVISION_READ;
import static org.bastion.common.security.Authorities.EXPORT;
import static org.bastion.common.security.Authorities.HOUSEHOLD_READ;
import static org.bastion.common.security.Authorities.HOUSEHOLD_WRITE;
import static org.bastion.common.security.Authorities.INDICATOR_READ;
import static org.bastion.common.security.Authorities.IMPORT;
import static org.bastion.common.security.Authorities.OPERATIONS_READ;
import static org.bastion.common.security.Authorities.ORGANIZATION_READ;
import static org.bastion.common.security.Authorities.ORGANIZATION_WRITE;
import static org.bastion.common.security.Authorities.FUNDS_READ;
import static org.bastion.common.security.Authorities.FUNDS_WRITE;
import static org.bastion.common.security.Authorities.PAIRING_READ;
import static org.bastion.common.security.Authorities.PAIRING_WRITE;
import static org.bastion.common.security.Authorities.PERSON_READ;
import static org.bastion.common.security.Authorities.PERSON_VIEW_FULL_ID;
import static org.bastion.common.security.Authorities.PERSON_WRITE;
import static org.bastion.common.security.Authorities.ROLE_MANAGE;
import static org.bastion.common.security.Authorities.SELECTION_READ;
import static org.bastion.common.security.Authorities.PROJECT_READ;
import static org.bastion.common.security.Authorities.PROJECT_WRITE;
import static org.bastion.common.security.Authorities.SELECTION_WRITE;
import static org.bastion.common.security.Authorities.USER_MANAGE;

import java.util.Set;

/**
 * A user's role (角色): a fixed set of {@link org.bastion.common.security.Authorities}. What the
 * business roles reach is further limited by the user's data scope; the three separated
 * administrators (三员分立) have no business data at all.
 */
public enum Role {

	/** 组织部管理员: everything business-wise within their subtree (usually the county's root). */
	COUNTY_ADMIN(true, DIVISION_READ, ORGANIZATION_READ, ORGANIZATION_WRITE, PERSON_READ, PERSON_WRITE, PERSON_VIEW_FULL_ID,
			HOUSEHOLD_READ, HOUSEHOLD_WRITE, IMPORT, EXPORT, CALENDAR_WRITE, PAIRING_READ, PAIRING_WRITE, SELECTION_READ,
			SELECTION_WRITE, INDICATOR_READ,
			PROJECT_READ, PROJECT_WRITE, FUNDS_READ, FUNDS_WRITE),
	/** 乡镇管理员: the township's records, without full ID numbers or the calendar. */
	TOWNSHIP_ADMIN(true, DIVISION_READ, ORGANIZATION_READ, ORGANIZATION_WRITE, PERSON_READ, PERSON_WRITE, HOUSEHOLD_READ,
			HOUSEHOLD_WRITE, IMPORT, EXPORT, PAIRING_READ, PAIRING_WRITE, SELECTION_READ, SELECTION_WRITE, INDICATOR_READ,
			PROJECT_READ, PROJECT_WRITE, FUNDS_READ, FUNDS_WRITE),
	/** 支部书记: keeps the branch's member records; reads the rest of the branch. */
	BRANCH_SECRETARY(true, DIVISION_READ, ORGANIZATION_READ, PERSON_READ, PERSON_WRITE, HOUSEHOLD_READ, PAIRING_READ,
			SELECTION_READ, INDICATOR_READ,
			PROJECT_READ, FUNDS_READ),
	/** 网格员/楼栋长: reads the persons and households of their grid and keeps the households current. */
	GRID_WORKER(true, DIVISION_READ, ORGANIZATION_READ, PERSON_READ, HOUSEHOLD_READ, HOUSEHOLD_WRITE, PAIRING_READ, INDICATOR_READ),
	/** 党员: sees themself and their own branch, read-only. */
	MEMBER(true, DIVISION_READ, ORGANIZATION_READ, PERSON_READ, INDICATOR_READ),
	/** 系统管理员: users, settings and operations, no business data. */
	SYSTEM_ADMIN(false, USER_MANAGE, CALENDAR_WRITE, DIVISION_READ, OPERATIONS_READ),
	/** 安全管理员: roles and data scopes, no business data. */
	SECURITY_ADMIN(false, ROLE_MANAGE),
	/** 审计管理员: reads and exports the audit trail, changes nothing. */
	AUDIT_ADMIN(false, AUDIT_READ);

	private final boolean business;
	private final Set<String> authorities;

	Role(boolean business, String... authorities) {
		this.business = business;
		this.authorities = Set.of(authorities);
	}

	public Set<String> authorities() {
		return authorities;
	}

	/** Whether the role reaches business records; the three separated administrators do not. */
	public boolean business() {
		return business;
	}

	/**
	 * Whether a user may hold exactly these roles together (三员分立): a separated administrator's
	 * role excludes the other two and every business role.
	 */
	public static boolean compatible(Set<Role> roles) {
		long separated = roles.stream().filter(role -> !role.business()).count();
		return separated == 0 || roles.size() == 1;
	}

	/** Whether the roles include one of the three separated administrators'. */
	public static boolean separated(Set<Role> roles) {
		return roles.stream().anyMatch(role -> !role.business());
	}

	/** The message key of the role's name, e.g. {@code access.role.COUNTY_ADMIN}. */
	public String messageKey() {
		return "access.role." + name();
	}
}

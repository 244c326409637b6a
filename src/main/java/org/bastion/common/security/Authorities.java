package org.bastion.common.security;

/**
 * The named permissions that guard façade methods and controllers
 * ({@code @PreAuthorize("hasAuthority(T(org.bastion.common.security.Authorities).PERSON_READ)")}).
 * Roles are sets of these; the access module grants them. Reads are also limited by the caller's
 * {@link org.bastion.common.scope.DataScope}.
 */
public final class Authorities {

	public static final String DIVISION_READ = "division:read";
	public static final String ORGANIZATION_READ = "organization:read";
	public static final String ORGANIZATION_WRITE = "organization:write";
	public static final String PERSON_READ = "person:read";
	public static final String PERSON_WRITE = "person:write";
	/** Showing a full ID number or phone; every use is audited. */
	public static final String PERSON_VIEW_FULL_ID = "person:view-full-id";
	public static final String HOUSEHOLD_READ = "household:read";
	public static final String HOUSEHOLD_WRITE = "household:write";
	public static final String IMPORT = "data:import";
	public static final String EXPORT = "data:export";
	public static final String CALENDAR_WRITE = "calendar:write";
	public static final String PAIRING_READ = "pairing:read";
	public static final String PAIRING_WRITE = "pairing:write";
	public static final String SELECTION_READ = "selection:read";
	public static final String SELECTION_WRITE = "selection:write";
	/** Reading indicator values, their history, breakdown and drill-down (in the caller's scope). */
	public static final String INDICATOR_READ = "indicator:read";
	/** 项目登记: the project registry. */
	public static final String PROJECT_READ = "project:read";
	public static final String PROJECT_WRITE = "project:write";
	/** 资金台账: the money ledger. */
	public static final String FUNDS_READ = "funds:read";
	public static final String FUNDS_WRITE = "funds:write";
	/** 系统管理员: users and settings, no business data. */
	public static final String USER_MANAGE = "user:manage";
	/** 安全管理员: roles and data scopes. */
	public static final String ROLE_MANAGE = "role:manage";
	/** 审计管理员: reads the audit trail, changes nothing. */
	public static final String AUDIT_READ = "audit:read";

	/** 系统管理员: the operational details of the actuator (info, metrics, Prometheus); health is public. */
	public static final String OPERATIONS_READ = "operations:read";

	/** Every authority, for an installation's first administrator. */
	public static final java.util.List<String> ALL = java.util.List.of(DIVISION_READ, ORGANIZATION_READ,
			ORGANIZATION_WRITE, PERSON_READ, PERSON_WRITE, PERSON_VIEW_FULL_ID, HOUSEHOLD_READ, HOUSEHOLD_WRITE, IMPORT,
			EXPORT, CALENDAR_WRITE, PAIRING_READ, PAIRING_WRITE, SELECTION_READ, SELECTION_WRITE, INDICATOR_READ, USER_MANAGE, ROLE_MANAGE,
			AUDIT_READ, OPERATIONS_READ, PROJECT_READ, PROJECT_WRITE, FUNDS_READ, FUNDS_WRITE);

	private Authorities() {
	}
}

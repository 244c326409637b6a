package org.bastion.platform;

/**
 * Who is acting now: the signed-in user as pages show them and records name them, resolved in one
 * place ({@link ActingUsers}) rather than by each module from the principal.
 *
 * @param username the account, as audit entries name it
 * @param name the user's display name, else the account
 * @param roleKey the message key of the user's first role (e.g. {@code access.role.TOWNSHIP_ADMIN}), null
 *        for a principal without a stored account (the configured bootstrap administrator, the system)
 * @param post the post derived in Chinese, as a record of the time keeps it: the post the user's person
 *        holds in the user's organization (「中共宁化县安乐镇委员会 委员」), else the organization with the
 *        role (「中共宁化县安乐镇委员会 乡镇管理员」), else the role, else 系统管理员
 */
public record ActingUser(String username, String name, String roleKey, String post) {
}

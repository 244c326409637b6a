/**
 * Access (访问控制): users, roles and data scope by organization subtree; form sign-in for people
 * and bearer tokens for API clients; the security headers. See docs/security.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access", allowedDependencies = {"organization", "platform"})
package org.bastion.access;

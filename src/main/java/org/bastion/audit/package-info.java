/**
 * Audit (审计): the append-only, hash-chained audit trail. Other modules never call it: they
 * publish an {@link org.bastion.common.audit.AuditEvent}, which is recorded in their transaction.
 * {@link org.bastion.audit.AuditLog} searches, exports and verifies the trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "platform")
package org.bastion.audit;

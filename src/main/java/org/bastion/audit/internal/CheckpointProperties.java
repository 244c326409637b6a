package org.bastion.audit.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bastion.audit.checkpoint.*}: where the chain's head is anchored outside the
 * database (see {@link AuditCheckpoints}); how often is {@code bastion.audit.checkpoint.cron} ({@link CheckpointTimer}).
 *
 * @param dir the directory of {@code checkpoints.log}, outside the database; keep it (and the log)
 *        where whoever can write the database cannot
 * @param key base64 of 32 bytes signing the checkpoints; when unset it is derived from
 *        {@code bastion.personal-data.hash-key}, and for an embedded database without one generated
 *        into {@code dir/signing.key}
 */
@ConfigurationProperties("bastion.audit.checkpoint")
record CheckpointProperties(@DefaultValue("./data/audit-checkpoints") Path dir, String key) {
}

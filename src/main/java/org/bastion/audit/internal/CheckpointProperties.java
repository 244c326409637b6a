package org.bastion.audit.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bastion.audit.checkpoint.*}: where and how often the chain's head is anchored outside the
 * database (see {@link AuditCheckpoints}).
 *
 * @param dir the directory of {@code checkpoints.log}, outside the database; keep it (and the log)
 *        where whoever can write the database cannot
 * @param interval how often a checkpoint is written while the head moves
 * @param key base64 of 32 bytes signing the checkpoints; when unset it is derived from
 *        {@code bastion.personal-data.hash-key}, and for an embedded database without one generated
 *        into {@code dir/signing.key}
 */
@ConfigurationProperties("bastion.audit.checkpoint")
record CheckpointProperties(@DefaultValue("./data/audit-checkpoints") Path dir, @DefaultValue("PT1H") Duration interval,
		String key) {
}

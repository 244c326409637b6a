package org.bastion.audit.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AuditProperties.class, CheckpointProperties.class})
class AuditConfiguration {
}

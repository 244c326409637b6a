package org.bastion.pairing.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PairingProperties.class)
class PairingConfiguration {

	@Bean
	PairingRules pairingRules(PairingProperties properties) {
		return new PairingRules(properties);
	}
}

package org.bastion.common.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;

/** The OpenAPI document's title, description and contact (the Swagger page's heading). */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

	@Bean
	OpenAPI bastionApi(@Value("${bastion.api.contact-name}") String contactName,
			@Value("${bastion.api.contact-email:}") String contactEmail) {
		Contact contact = new Contact().name(contactName);
		if (!contactEmail.isBlank()) {
			contact.email(contactEmail);
		}
		return new OpenAPI().info(new Info().title("堡垒 Bastion API").version("v1").contact(contact).description("""
				宁化县委组织部党建工作平台的接口：党组织、人员与贫困户、结对帮扶、后备干部、审计日志等，\
				均在调用者的数据范围内。用 `POST /api/v1/auth/tokens` 换取令牌，以 `Authorization: Bearer …` 调用；\
				错误以 RFC 9457 问题详情返回；修改须带上读到的版本号，过期的版本得到 409，不会覆盖他人的修改。

				The API of the Party-building platform of the Ninghua county organization department: organizations, \
				people and households, pairings, reserve cadres and the audit trail, always within the caller's data \
				scope. Exchange credentials for a token at `POST /api/v1/auth/tokens`; errors are RFC 9457 problem \
				details; a change carries the version it read, and a stale one is refused with 409."""));
	}
}

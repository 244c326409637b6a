package org.bastion.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class OrganizationMessagesTests {

	@Test
	void everyLabelExistsInChineseAndInEnglish() throws IOException {
		Properties zh = load("messages/organization.properties");
		Properties en = load("messages/organization_en.properties");
		assertThat(zh).isNotEmpty();
		assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(zh.keySet());
	}

	@Test
	void everyKindDepartmentAndPostHasALabel() throws IOException {
		Properties zh = load("messages/organization.properties");
		for (OrganizationKind kind : OrganizationKind.values()) {
			assertThat(zh).containsKey("organization.kind." + kind);
		}
		for (DepartmentKind kind : DepartmentKind.values()) {
			assertThat(zh).containsKey("department." + kind);
		}
		for (PositionRole role : PositionRole.values()) {
			assertThat(zh).containsKey("position.role." + role);
		}
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (var in = OrganizationMessagesTests.class.getClassLoader().getResourceAsStream(path)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}

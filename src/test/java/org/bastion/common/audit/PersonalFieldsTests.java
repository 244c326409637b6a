package org.bastion.common.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PersonalFieldsTests {

	static final String ID = "350424199001011234";

	@Test
	void masksIdNumbersMobilesAndSecretsByTheirKey() {
		Map<String, Object> masked = PersonalFields.mask(Map.of("idNumber", ID, "id_number", ID, "mobile", "13812345678",
				"contactPhone", "13912345678", "password", "s3cret", "apiToken", "abc", "name", "张三"));

		assertThat(masked).containsEntry("idNumber", "350424********1234").containsEntry("id_number", "350424********1234")
			.containsEntry("mobile", "138****5678").containsEntry("contactPhone", "139****5678")
			.containsEntry("password", PersonalFields.HIDDEN).containsEntry("apiToken", PersonalFields.HIDDEN)
			.containsEntry("name", "张三");
	}

	@Test
	void aFlagAboutAPasswordIsKeptWhileThePasswordIsHidden() {
		Map<String, Object> masked = PersonalFields.mask(Map.of("mustChangePassword", true, "tokenRevoked", false,
				"password", "true"));

		assertThat(masked).containsEntry("mustChangePassword", true).containsEntry("tokenRevoked", false)
			.containsEntry("password", PersonalFields.HIDDEN);
	}

	@Test
	void masksInsideNestedMapsAndListsAndKeepsNulls() {
		Map<String, Object> values = new HashMap<>();
		values.put("members", List.of(Map.of("idNumber", ID)));
		values.put("mobile", null);

		Map<String, Object> masked = PersonalFields.mask(values);

		assertThat(masked.get("members")).isEqualTo(List.of(Map.of("idNumber", "350424********1234")));
		assertThat(masked).containsEntry("mobile", null);
	}

	@Test
	void masksNumbersFoundInFreeText() {
		assertThat(PersonalFields.maskText("查看 " + ID + "，电话13812345678；编号 12345"))
			.isEqualTo("查看 350424********1234，电话138****5678；编号 12345");
	}

	@Test
	void eventsCopyTheirValuesAndNeedAnAction() {
		AuditEvent event = AuditEvent.updated("organization", 7L, Map.of("name", "旧"), Map.of("name", "新"));

		assertThat(event.entityId()).isEqualTo("7");
		assertThat(event.before()).containsEntry("name", "旧");
		assertThat(AuditEvent.created("organization", 8, null).after()).isEmpty();
		assertThat(AuditEvent.signInFailed("bob", "10.0.0.1", "bad credentials").actor()).isEqualTo("bob");
	}
}

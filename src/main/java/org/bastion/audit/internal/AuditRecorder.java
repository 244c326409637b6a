package org.bastion.audit.internal;

import java.util.Map;

import org.bastion.audit.AuditEntry;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.audit.PersonalFields;
import org.bastion.platform.ActingUsers;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every {@link AuditEvent} synchronously, in the publisher's transaction: adds who (the
 * event's explicit actor, else the acting user's account — the submitter's in long work — else
 * {@value #SYSTEM}, as at start-up and in timers) and from where, masks
 * personal values once more and stores before and after as canonical JSON.
 */
@Component
class AuditRecorder {

	static final String SYSTEM = ActingUsers.SYSTEM;

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final AuditChain chain;
	private final RequestOrigin origin;
	private final JsonMapper json;
	private final ActingUsers actingUsers;

	AuditRecorder(AuditChain chain, RequestOrigin origin, JsonMapper json, ActingUsers actingUsers) {
		this.chain = chain;
		this.actingUsers = actingUsers;
		this.origin = origin;
		this.json = json.rebuild().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
	}

	@EventListener
	AuditEntry record(AuditEvent event) {
		String actor = event.actor() != null ? event.actor() : actingUsers.accountOrSystem();
		String address = event.sourceAddress() != null ? event.sourceAddress() : origin.address();
		return chain.append(new AuditChain.Draft(cut(actor, 100), cut(address, 100),
				event.action(), cut(event.entityType(), 60), cut(event.entityId(), 100), canonical(event.before()),
				canonical(event.after()), cut(PersonalFields.maskText(event.detail()), 2000)));
	}

	private String canonical(Map<String, Object> values) {
		if (values.isEmpty()) {
			return null;
		}
		Map<String, Object> plain = json.convertValue(values, MAP);
		return json.writeValueAsString(PersonalFields.mask(plain));
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}

package org.bastion.people.internal;

import java.util.List;
import java.util.Map;

import org.bastion.common.ChineseIdNumber;
import org.bastion.common.audit.AuditAction;
import org.bastion.common.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a registration refused for an ID number already on file, in a transaction of its own:
 * the refusal rolls the registration back, the audit entry stays. The caller is told only that the
 * number cannot be registered, never where it is registered, so the entry is how the county learns
 * that someone tried.
 */
@Component
class RefusedRegistrations {

	private final ApplicationEventPublisher events;

	RefusedRegistrations(ApplicationEventPublisher events) {
		this.events = events;
	}

	/** One entry for an import's rows refused for numbers already on file (masked), so a bulk probe leaves a trace. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void idNumbersTaken(List<String> idNumbers) {
		if (idNumbers.isEmpty()) {
			return;
		}
		events.publishEvent(new AuditEvent(AuditAction.CREATE_REFUSED, PersonManagement.ENTITY, null, null,
				Map.of("idNumbers", String.join(", ", idNumbers.stream().map(ChineseIdNumber::mask).toList())),
				"import: " + idNumbers.size() + " ID numbers already registered", null, null));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void idNumberTaken(String idNumber) {
		events.publishEvent(new AuditEvent(AuditAction.CREATE_REFUSED, PersonManagement.ENTITY, null, null,
				Map.of("idNumber", ChineseIdNumber.mask(idNumber)), "ID number already registered", null, null));
	}
}

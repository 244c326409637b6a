package org.bastion.people.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start, seals the ID numbers and phones that are not sealed with the current key: those a
 * database migrated to V11 still holds in plain text (SQL has no key to do it in the migration),
 * and, after a key rotation, those sealed with a retired key. Does nothing once every row is sealed
 * with the current key (one scan of the table tells).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlaintextPersonalData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlaintextPersonalData.class);

	private final PersonRepository persons;

	PlaintextPersonalData(PersonRepository persons) {
		this.persons = persons;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		long started = System.currentTimeMillis();
		int sealed = persons.resealStale();
		if (sealed > 0) {
			log.info("Encrypted the ID numbers and phones of {} persons anew with the current key in {} ms", sealed,
					System.currentTimeMillis() - started);
		}
	}
}

package org.bastion.selection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.bastion.common.audit.AuditEvent;
import org.bastion.people.People;
import org.bastion.selection.CandidateState;
import org.bastion.selection.ReserveCadreEnteredPool;
import org.bastion.selection.StepKind;
import org.bastion.selection.internal.Reserve.Actor;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.Fault;
import org.bastion.selection.internal.Reserve.Round;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves candidates whose public notice has ended with no open objection into the reserve pool.
 * Run hourly by {@link PoolEntryTimer} on one node; exactly once per candidate because each entry is
 * a compare-and-set ({@code update … where state = 'IN_NOTICE' and not exists (open objection)})
 * in one transaction with its timeline entry and its events: of two runners, the database lets
 * only one update the row, and the loser writes nothing.
 */
@Component
public class PoolEntry {

	static final Actor SYSTEM = new Actor("system", "系统", "后备力量入库定时任务");

	private static final Logger log = LoggerFactory.getLogger(PoolEntry.class);

	private final ReserveStore store;
	private final People people;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final TransactionTemplate transactions;
	private final Clock clock;

	PoolEntry(ReserveStore store, People people, ApplicationEventPublisher events, MessageSource messages,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.store = store;
		this.people = people;
		this.events = events;
		this.messages = messages;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** Enters every due candidate as of today; returns how many this runner entered. */
	public int run() {
		return run(LocalDate.now(clock));
	}

	/** Enters every candidate whose notice ended before {@code today}; returns how many this runner entered. */
	public int run(LocalDate today) {
		int entered = 0;
		List<Long> due = store.dueForPool(today);
		for (long id : due) {
			try {
				Boolean won = transactions.execute(tx -> enter(id, today));
				if (Boolean.TRUE.equals(won)) {
					entered++;
				}
			}
			catch (ConcurrencyFailureException ex) {
				// another node holds or changed the row: it is that node's entry
				log.debug("Pool entry of candidate {} lost to another runner: {}", id, ex.getMessage());
			}
		}
		if (entered > 0) {
			log.info("{} reserve candidate(s) entered the pool", entered);
		}
		return entered;
	}

	private boolean enter(long id, LocalDate today) {
		Candidate c = store.candidate(id).orElseThrow();
		Round round = store.round(c.roundId()).orElseThrow();
		List<Fault> faults = Eligibility.faults(round, people.get(c.personId()), c.villageCode());
		LocalDateTime now = LocalDateTime.now(clock);
		if (!faults.isEmpty()) {
			if (store.transition(id, CandidateState.IN_NOTICE, CandidateState.REJECTED)) {
				Fault f = faults.get(0);
				store.step(id, StepKind.ELIGIBILITY_LOST, false,
						messages.getMessage(f.messageKey(), f.args(), f.messageKey(), java.util.Locale.SIMPLIFIED_CHINESE),
						SYSTEM, now);
				events.publishEvent(AuditEvent.updated("reserve_candidate", id, Map.of("state", "IN_NOTICE"),
						Map.of("state", "REJECTED")).withDetail(f.messageKey()).by(SYSTEM.username(), null));
			}
			return false;
		}
		if (!store.enterPool(id, today)) {
			return false;
		}
		store.step(id, StepKind.ENTERED_POOL, true, null, SYSTEM, now);
		events.publishEvent(new ReserveCadreEnteredPool(id, c.personId(), c.villageCode(), today));
		events.publishEvent(AuditEvent.updated("reserve_candidate", id, Map.of("state", "IN_NOTICE"),
				Map.of("state", "IN_POOL")).by(SYSTEM.username(), null));
		return true;
	}
}

package org.bastion.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bastion.IntegrationTest;
import org.bastion.audit.AuditEntry;
import org.bastion.audit.AuditLog;
import org.bastion.audit.AuditSearch;
import org.bastion.audit.ChainVerification;
import org.bastion.audit.ChainVerification.Fault;
import org.bastion.common.PageRequest;
import org.bastion.common.audit.AuditAction;
import org.bastion.common.audit.AuditEvent;
import org.bastion.platform.LongWork;
import org.bastion.platform.WorkResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@IntegrationTest
class AuditTrailTests {

	static final String ID_NUMBER = "350424199001011234";

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditLog log;

	@Autowired
	AuditEntryRepository entries;

	@Autowired
	VerifyAuditCommand command;

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	LongWork longWork;

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	@WithMockUser("clerk-zhang")
	void anEntryRecordsActorAddressEntityAndMaskedBeforeAndAfter() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("10.35.4.24");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		String id = unique();

		events.publishEvent(AuditEvent.updated("person", id, Map.of("name", "张三", "mobile", "13812345678"),
				Map.of("name", "张三丰", "idNumber", ID_NUMBER)));

		AuditEntry entry = only(id);
		assertThat(entry.actor()).isEqualTo("clerk-zhang");
		assertThat(entry.sourceAddress()).isEqualTo("10.35.4.24");
		assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
		assertThat(entry.entityType()).isEqualTo("person");
		assertThat(entry.before()).isEqualTo("{\"mobile\":\"138****5678\",\"name\":\"张三\"}");
		assertThat(entry.after()).isEqualTo("{\"idNumber\":\"350424********1234\",\"name\":\"张三丰\"}")
			.doesNotContain(ID_NUMBER);
	}

	@Test
	void anEntryOutsideARequestIsBySystemUnlessTheEventNamesSomeone() {
		RequestContextHolder.resetRequestAttributes();
		String id = unique();

		events.publishEvent(AuditEvent.deleted("grid", id, Map.of("name", "一网格")));
		events.publishEvent(AuditEvent.of(AuditAction.LOCKOUT, "grid", id).by("quartz", "127.0.0.1"));

		List<AuditEntry> found = log.search(new AuditSearch(null, null, null, id, null, null), new PageRequest(0, 10)).items();
		assertThat(found).extracting(AuditEntry::actor).containsExactly("quartz", AuditRecorder.SYSTEM);
		assertThat(found.get(1).sourceAddress()).isNull();
	}

	@Test
	void entriesChainEachToTheOneBefore() {
		List<AuditEntry> appended = appendThree();

		assertThat(appended.get(1).id()).isEqualTo(appended.get(0).id() + 1);
		assertThat(appended.get(1).previousHash()).isEqualTo(appended.get(0).hash());
		assertThat(appended.get(2).previousHash()).isEqualTo(appended.get(1).hash());
		assertThat(appended).allSatisfy(e -> assertThat(EntryHash.of(e)).isEqualTo(e.hash()));
		assertThat(entries.find(1).orElseThrow().previousHash()).isEqualTo(EntryHash.GENESIS);
	}

	@Test
	void verificationPointsAtAnEntryWhoseValuesWereEditedInTheDatabase() {
		AuditEntry edited = appendThree().get(1);
		try {
			jdbc.sql("update audit_entry set after_json = ? where id = ?").params("{\"name\":\"改过\"}", edited.id()).update();

			assertThat(log.verify()).extracting(ChainVerification::intact, ChainVerification::brokenId, ChainVerification::fault)
				.containsExactly(false, edited.id(), Fault.HASH_MISMATCH);
		}
		finally {
			jdbc.sql("update audit_entry set after_json = ? where id = ?").params(edited.after(), edited.id()).update();
		}
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void verificationReadsInBatchesAndFindsTheSameAcrossBatchBoundaries() {
		AuditEntry edited = appendThree().get(2);
		AuditVerifier smallBatches = new AuditVerifier(entries, checkpoints, 2);
		assertThat(smallBatches.verify()).isEqualTo(log.verify()).extracting(ChainVerification::intact).isEqualTo(true);
		try {
			jdbc.sql("update audit_entry set detail = ? where id = ?").params("added later", edited.id()).update();

			assertThat(smallBatches.verify()).extracting(ChainVerification::brokenId, ChainVerification::fault)
				.containsExactly(edited.id(), Fault.HASH_MISMATCH);
		}
		finally {
			jdbc.sql("update audit_entry set detail = ? where id = ?").params(edited.detail(), edited.id()).update();
		}
	}

	@Test
	void verificationPointsAtTheEntryAfterADeletedOne() {
		List<AuditEntry> appended = appendThree();
		AuditEntry deleted = appended.get(1);
		try {
			jdbc.sql("delete from audit_entry where id = ?").param(deleted.id()).update();

			assertThat(log.verify()).extracting(ChainVerification::brokenId, ChainVerification::fault)
				.containsExactly(appended.get(2).id(), Fault.MISSING_ENTRY);
		}
		finally {
			restore(deleted);
		}
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void verificationNoticesTheLastEntryDeleted() {
		AuditEntry last = appendThree().get(2);
		try {
			jdbc.sql("delete from audit_entry where id = ?").param(last.id()).update();

			assertThat(log.verify()).extracting(ChainVerification::brokenId, ChainVerification::fault)
				.containsExactly(last.id(), Fault.MISSING_ENTRY);
		}
		finally {
			restore(last);
		}
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void theVerifyCommandExitsOneOnATamperedChainAndZeroOnAnIntactOne() {
		AuditEntry edited = appendThree().get(0);
		try {
			jdbc.sql("update audit_entry set actor = ? where id = ?").params("someone-else", edited.id()).update();

			assertThat(command.run(List.of())).isEqualTo(1);
		}
		finally {
			jdbc.sql("update audit_entry set actor = ? where id = ?").params(edited.actor(), edited.id()).update();
		}
		assertThat(command.run(List.of())).isZero();
	}

	@Test
	void aTailCutWithTheHeadRewoundIsCaughtByTheLastCheckpoint() {
		List<AuditEntry> appended = appendThree();
		checkpoints.writeHead();
		AuditEntry kept = appended.get(0);
		try {
			jdbc.sql("delete from audit_entry where id > ?").param(kept.id()).update();
			jdbc.sql("update audit_chain_head set last_id = ?, last_hash = ? where id = 1").params(kept.id(), kept.hash())
				.update();

			assertThat(log.verify()).extracting(ChainVerification::intact, ChainVerification::brokenId, ChainVerification::fault)
				.containsExactly(false, appended.get(1).id(), Fault.BEHIND_CHECKPOINT);
			assertThat(command.run(List.of())).isEqualTo(1);
		}
		finally {
			restore(appended.get(1));
			restore(appended.get(2));
			AuditEntry last = appended.get(2);
			jdbc.sql("update audit_chain_head set last_id = ?, last_hash = ? where id = 1").params(last.id(), last.hash())
				.update();
		}
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void aChainRewrittenAfterACheckpointNoLongerMatchesIt() {
		List<AuditEntry> appended = appendThree();
		checkpoints.writeHead();
		AuditEntry last = appended.get(2);
		String forged = "{\"name\":\"伪造\"}";
		AuditEntry rewritten = new AuditEntry(last.id(), last.occurredAt(), last.actor(), last.sourceAddress(), last.action(),
				last.entityType(), last.entityId(), last.before(), forged, last.detail(), last.previousHash(), null);
		String rehashed = EntryHash.of(rewritten);
		try {
			jdbc.sql("update audit_entry set after_json = ?, hash = ? where id = ?").params(forged, rehashed, last.id())
				.update();
			jdbc.sql("update audit_chain_head set last_hash = ? where id = 1").param(rehashed).update();

			assertThat(log.verify()).extracting(ChainVerification::brokenId, ChainVerification::fault)
				.containsExactly(last.id(), Fault.CHECKPOINT_MISMATCH);
		}
		finally {
			jdbc.sql("update audit_entry set after_json = ?, hash = ? where id = ?").params(last.after(), last.hash(), last.id())
				.update();
			jdbc.sql("update audit_chain_head set last_hash = ? where id = 1").param(last.hash()).update();
		}
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void aCheckpointEditedInItsFileIsRefused() throws Exception {
		appendThree();
		checkpoints.writeHead();
		java.nio.file.Path file = checkpoints.file();
		String original = java.nio.file.Files.readString(file);
		String[] lines = original.strip().split("\n");
		String[] parts = lines[lines.length - 1].split(" ");
		String edited = String.join(" ", parts[0], Long.toString(Long.parseLong(parts[1]) - 1), parts[2], parts[3], parts[4]);
		try {
			java.nio.file.Files.writeString(file, original + edited + "\n");

			assertThat(log.verify()).extracting(ChainVerification::intact, ChainVerification::fault)
				.containsExactly(false, Fault.CHECKPOINT_FORGED);
		}
		finally {
			java.nio.file.Files.writeString(file, original);
		}
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void anEntryWrittenInATransactionThatRollsBackLeavesNoTrace() {
		AuditEntryRepository.Head before = entries.head();
		String id = unique();

		transactions.executeWithoutResult(status -> {
			events.publishEvent(AuditEvent.created("person", id, Map.of("name", "李四")));
			status.setRollbackOnly();
		});

		assertThat(log.count(new AuditSearch(null, null, null, id, null, null))).isZero();
		assertThat(entries.head()).isEqualTo(before);
	}

	@Test
	void concurrentAppendsFromSeveralThreadsMakeOneUnbrokenChain() throws Exception {
		long firstId = entries.head().lastId() + 1;
		String type = "concurrency-" + unique();
		int threads = 6;
		int each = 15;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				done.add(pool.submit(() -> {
					for (int i = 0; i < each; i++) {
						int n = i;
						transactions.executeWithoutResult(status -> events
							.publishEvent(AuditEvent.created(type, thread + "-" + n, Map.of("n", n))));
					}
				}));
			}
			for (Future<?> f : done) {
				f.get(5, TimeUnit.MINUTES); // an upper bound only: 90 chained appends on a loaded machine
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(log.count(new AuditSearch(null, null, type, null, null, null))).isEqualTo(threads * each);
		assertThat(entries.batch(firstId - 1, Long.MAX_VALUE, 1000)).hasSize(threads * each).extracting(AuditEntry::id)
			.isSorted().doesNotHaveDuplicates().endsWith(firstId + threads * each - 1);
		assertThat(log.verify().intact()).isTrue();
	}

	private List<AuditEntry> appendThree() {
		String id = unique();
		for (int i = 1; i <= 3; i++) {
			events.publishEvent(AuditEvent.updated("organization", id, Map.of("name", "第" + (i - 1) + "版"),
					Map.of("name", "第" + i + "版")));
		}
		List<AuditEntry> found = new ArrayList<>(
				log.search(new AuditSearch(null, null, "organization", id, null, null), new PageRequest(0, 10)).items());
		assertThat(found).hasSize(3);
		Collections.reverse(found);
		return found;
	}

	@Test
	@WithMockUser("clerk-li")
	void anEntryWrittenByLongWorkNamesItsSubmitterNotSystem() {
		String id = unique();

		longWork.start("test.audited", id, "审计测试任务", progress -> {
			events.publishEvent(AuditEvent.deleted("grid", id, Map.of("name", "二网格")));
			return WorkResult.of(null, "完成");
		});

		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
			.until(() -> !log.search(new AuditSearch(null, null, null, id, null, null), new PageRequest(0, 10)).items().isEmpty());
		assertThat(only(id).actor()).isEqualTo("clerk-li");
	}

	private AuditEntry only(String entityId) {
		List<AuditEntry> found = log.search(new AuditSearch(null, null, null, entityId, null, null), new PageRequest(0, 10))
			.items();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private void restore(AuditEntry e) {
		jdbc.sql("""
				insert into audit_entry (id, occurred_at, actor, source_address, action, entity_type, entity_id,
				before_json, after_json, detail, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC), e.actor(), e.sourceAddress(),
					e.action().name(), e.entityType(), e.entityId(), e.before(), e.after(), e.detail(), e.previousHash(),
					e.hash())
			.update();
	}

	private static String unique() {
		return UUID.randomUUID().toString();
	}
}

package org.bastion.platform;

import static org.bastion.DemoTownships.ANLE;
import static org.bastion.DemoTownships.CUIJIANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.bastion.IntegrationTest;
import org.bastion.common.DomainException;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.internal.SolverRuns;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Long work: started at once, its progress visible while it runs and read back from the database by
 * any later request, one at a time per kind and key, its owner's only, a failure kept with its reason,
 * and run with exactly the submitter's authentication and data scope — never the unrestricted scope
 * a thread outside any request would otherwise get. Signed in as the demo's 安乐镇 administrator.
 */
@IntegrationTest
@WithMockUser(username = "anle-admin", authorities = {"person:read", "person:write", "pairing:read", "pairing:write", "data:import"})
class LongWorkTests {

	@Autowired
	LongWork longWork;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataScopes dataScopes;

	@Autowired
	People people;

	@Autowired
	SolverRuns solverRuns;

	@Autowired
	TransactionTemplate transactions;

	final CountDownLatch release = new CountDownLatch(1);
	final CountDownLatch reported = new CountDownLatch(1);

	@AfterEach
	void releaseBlockedWork() {
		release.countDown();
	}

	/** Work that reports 4 of 10 rows and 1 problem, then waits until the test releases it. */
	private Work blockedMidWay() {
		return progress -> {
			progress.total(10);
			progress.done(4);
			progress.errors(1);
			progress.phase("import.phase.check");
			reported.countDown();
			assertThat(release.await(3, TimeUnit.MINUTES)).isTrue();
			progress.done(10);
			return WorkResult.of("/people", "10 行已核对");
		};
	}

	private String key() {
		return "test-" + System.nanoTime();
	}

	private void awaitEnd(long id) {
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
			.until(() -> !state(id).equals("RUNNING"));
	}

	private String state(long id) {
		return jdbc.sql("select state from platform_work where id = ?").param(id).query(String.class).single();
	}

	@Test
	void progressIsVisibleMidWayEvenInsideTheWorksTransactionAndThePagePollsUntilTheWorkHasEnded() throws Exception {
		Work blocked = blockedMidWay();
		// as an import does: the work holds its own transaction open while it reports
		long id = longWork.start("test.blocking", key(), "测试任务", progress -> transactions.execute(tx -> {
			try {
				return blocked.run(progress);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}));
		assertThat(reported.await(3, TimeUnit.MINUTES)).isTrue();

		mvc.perform(get("/work/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("测试任务")))
			.andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
			.andExpect(content().string(containsString("逐行核对")))
			.andExpect(content().string(containsString("aria-valuenow=\"40\"")))
			.andExpect(content().string(containsString("4 / 10")));
		mvc.perform(get("/api/v1/work/" + id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RUNNING")).andExpect(jsonPath("$.done").value(4))
			.andExpect(jsonPath("$.total").value(10)).andExpect(jsonPath("$.errors").value(1));

		release.countDown();
		awaitEnd(id);
		mvc.perform(get("/work/" + id + "/progress").header("HX-Request", "true")).andExpect(status().isOk())
			.andExpect(header().string("HX-Redirect", "/people"))
			.andExpect(content().string(not(containsString("hx-trigger"))))
			.andExpect(content().string(containsString("10 行已核对")));
	}

	@Test
	void aSecondStartOfTheSameWorkWhileItRunsIsRefusedEvenByTheDatabase() throws Exception {
		String key = key();
		long first = longWork.start("test.blocking", key, "测试任务", blockedMidWay());
		assertThat(longWork.running("test.blocking", key)).isTrue();

		assertThatThrownBy(() -> longWork.start("test.blocking", key, "测试任务", progress -> null))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.kind()).isEqualTo(DomainException.Kind.CONFLICT);
				assertThat(ex.messageKey()).isEqualTo("platform.work.running");
			});
		// a second node inserting the same running work directly is stopped by the unique key
		assertThatThrownBy(() -> jdbc.sql("""
				insert into platform_work (kind, work_key, running_key, title, owner_username, state, started_at, touched_at)
				values ('test.blocking', :key, :running, '另一节点', 'cuijiang-admin', 'RUNNING', current_timestamp, current_timestamp)""")
			.param("key", key).param("running", "test.blocking|" + key).update()).isInstanceOf(DuplicateKeyException.class);

		release.countDown();
		awaitEnd(first);
		long again = longWork.start("test.blocking", key, "测试任务", progress -> WorkResult.of(null, "再次"));
		awaitEnd(again);
		assertThat(state(again)).isEqualTo("DONE");
	}

	@Test
	void aSecondImportSubmittedWhileTheFirstRunsIsRefusedWithAChineseConflictPage() throws Exception {
		long first = longWork.start("people.import.people", "anle-admin", "导入人员：第一份.xlsx", blockedMidWay());
		assertThat(reported.await(3, TimeUnit.MINUTES)).isTrue();

		mvc.perform(multipart("/imports/people").file(new MockMultipartFile("file", "第二份.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] { 1, 2, 3 })).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("“导入人员：第一份.xlsx”正在进行中，请等它完成后再提交。")));
		assertThat(jdbc.sql("select count(*) from platform_work where title like '%第二份%'").query(Long.class).single()).isZero();
		release.countDown();
		awaitEnd(first);
	}

	@Test
	void theApiRefusesARunWhileTheSameRunGoesOnAsLongWork() throws Exception {
		long runsBefore = runsIn(ANLE);
		long first = longWork.start(SolverRuns.WORK_KIND, "N_PLUS_ONE:" + ANLE, "智能结对：N+1，区划 " + ANLE, blockedMidWay());
		assertThat(reported.await(3, TimeUnit.MINUTES)).isTrue();

		mvc.perform(post("/api/v1/pairings/runs").contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"N_PLUS_ONE\",\"divisionCode\":\"" + ANLE + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("正在进行中")));
		assertThat(runsIn(ANLE)).isEqualTo(runsBefore);
		release.countDown();
		awaitEnd(first);
	}

	@Test
	void theWorkSurvivesAReloadItsStatusAndResultAreReadBackFromTheDatabase() throws Exception {
		long id = longWork.start("test.quick", key(), "快速任务", progress -> {
			progress.phase("import.phase.read");
			for (int i = 0; i < 1000; i++) {
				progress.step();
			}
			return new WorkResult("/imports/result/" + progress.workId(), "读取 1000 行", "{\"rows\":1000}");
		});
		awaitEnd(id);

		assertThat(longWork.find(id)).get().satisfies(w -> {
			assertThat(w.state()).isEqualTo(WorkStatus.State.DONE);
			assertThat(w.data()).isEqualTo("{\"rows\":1000}");
		});
		mvc.perform(get("/api/v1/work/" + id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DONE")).andExpect(jsonPath("$.done").value(1000))
			.andExpect(jsonPath("$.resultLink").value("/imports/result/" + id))
			.andExpect(jsonPath("$.endedAt").isNotEmpty());
		mvc.perform(get("/work/" + id).param("follow", "true")).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/imports/result/" + id));
		mvc.perform(get("/work")).andExpect(status().isOk())
			.andExpect(content().string(containsString("快速任务"))).andExpect(content().string(containsString("读取 1000 行")));
	}

	@Test
	void onlyItsOwnerSeesAWorkAnyoneElseGetsNotFound() throws Exception {
		long id = longWork.start("test.quick", key(), "安乐镇的任务", progress -> WorkResult.of("/people", "完成"));
		awaitEnd(id);

		for (String path : new String[] { "/work/" + id, "/work/" + id + "/progress", "/api/v1/work/" + id }) {
			mvc.perform(get(path).with(user("cuijiang-admin").authorities(() -> "person:read")))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("安乐镇的任务"))));
		}
		mvc.perform(get("/work").with(user("cuijiang-admin").authorities(() -> "person:read")))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("安乐镇的任务"))));
		mvc.perform(get("/work/" + id)).andExpect(status().isOk());
	}

	@Test
	void workRunsWithTheSubmittersScopeNeverWider() throws Exception {
		DataScope submitters = dataScopes.current();
		assertThat(submitters.unrestricted()).isFalse();
		long anlePerson = personIn(ANLE);
		long cuijiangPerson = personIn(CUIJIANG);
		long cuijiangRunsBefore = runsIn(CUIJIANG);
		AtomicReference<DataScope> seen = new AtomicReference<>();
		AtomicReference<String> actor = new AtomicReference<>();
		AtomicReference<Optional<PersonView>> ownTownship = new AtomicReference<>();
		AtomicReference<Optional<PersonView>> otherTownship = new AtomicReference<>();

		long id = longWork.start("test.scope", key(), "越权尝试", progress -> {
			seen.set(dataScopes.current());
			actor.set(SecurityContextHolder.getContext().getAuthentication().getName());
			ownTownship.set(people.find(anlePerson));
			otherTownship.set(people.find(cuijiangPerson));
			solverRuns.run(PairingKind.N_PLUS_ONE, CUIJIANG, Progress.none());
			return WorkResult.of(null, "不应完成");
		});
		awaitEnd(id);

		assertThat(seen.get()).isEqualTo(submitters);
		assertThat(seen.get().coversDivision(CUIJIANG + "001")).isFalse();
		assertThat(actor.get()).isEqualTo("anle-admin");
		assertThat(ownTownship.get()).isPresent();
		assertThat(otherTownship.get()).isEmpty();
		assertThat(state(id)).isEqualTo("FAILED");
		assertThat(longWork.find(id).orElseThrow().failure()).isEqualTo("无权操作");
		assertThat(runsIn(CUIJIANG)).isEqualTo(cuijiangRunsBefore);
	}

	@Test
	void aFailedWorkIsRecordedWithItsReasonAndFreesItsKey() throws Exception {
		String key = key();
		long id = longWork.start("test.failing", key, "会失败的任务", progress -> {
			progress.phase("import.phase.read");
			progress.step();
			throw new IllegalStateException("磁盘已满");
		});
		awaitEnd(id);

		assertThat(state(id)).isEqualTo("FAILED");
		mvc.perform(get("/work/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("失败原因")))
			.andExpect(content().string(containsString("执行出错：磁盘已满")))
			.andExpect(content().string(not(containsString("hx-trigger"))));
		assertThat(longWork.running("test.failing", key)).isFalse();
	}

	private long personIn(String township) {
		return jdbc.sql("select min(id) from person where household_division_code like :prefix")
			.param("prefix", township + "%").query(Long.class).single();
	}

	private long runsIn(String division) {
		return jdbc.sql("select count(*) from pairing_run where division_code = ?").param(division).query(Long.class).single();
	}
}

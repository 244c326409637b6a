package org.bastion.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bastion.common.DomainException;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.bastion.common.scope.ScopeBinding;
import org.bastion.common.security.SignedIn;
import org.bastion.platform.LongWork;
import org.bastion.platform.Work;
import org.bastion.platform.WorkResult;
import org.bastion.platform.WorkStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;

/**
 * Runs long work on the bounded {@code longWorkExecutor}. The work thread is outside any request,
 * where the system would act with an unrestricted scope; so it runs with the submitter's
 * authentication and with the data scope computed for them at submit time pinned to the thread
 * ({@link ScopeBinding}) — never wider, and unpinned afterwards.
 */
@Service
class WorkRunner implements LongWork {

	private static final Logger log = LoggerFactory.getLogger(WorkRunner.class);
	/** A running work untouched this long lost its node; the next start of its kind and key ends it. */
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);
	private static final int RECENT = 30;

	private final WorkStore store;
	private final DataScopes scopes;
	private final TaskExecutor executor;
	private final MessageSource messages;
	private final Clock clock;
	private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

	WorkRunner(WorkStore store, DataScopes scopes, @Qualifier("longWorkExecutor") TaskExecutor executor,
			MessageSource messages, Clock clock) {
		this.store = store;
		this.scopes = scopes;
		this.executor = executor;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public long start(String kind, String key, String title, Work work) {
		Authentication submitter = signedIn();
		DataScope scope = scopes.current();
		store.abandon(kind, key, clock.instant().minus(ABANDONED_AFTER), clock.instant(), chinese("platform.work.abandoned"));
		long id;
		try {
			id = store.insertRunning(kind, key, title, submitter.getName(), clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("platform.work.running", store.runningTitle(kind, key).orElse(title));
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(submitter);
		inFlight.add(id);
		try {
			executor.execute(() -> runAs(context, scope, id, work));
		}
		catch (TaskRejectedException ex) {
			inFlight.remove(id);
			store.failed(id, chinese("platform.work.busy"), clock.instant());
			throw DomainException.conflict("platform.work.busy");
		}
		return id;
	}

	private void runAs(SecurityContext context, DataScope scope, long id, Work work) {
		SecurityContextHolder.setContext(context);
		try {
			ScopeBinding.runWith(scope, () -> run(id, work));
		}
		finally {
			SecurityContextHolder.clearContext();
			inFlight.remove(id);
		}
	}

	private void run(long id, Work work) {
		ThrottledProgress progress = new ThrottledProgress(id, store, clock);
		long started = System.nanoTime();
		try {
			WorkResult result = work.run(progress);
			progress.flush();
			store.done(id, result == null ? WorkResult.of(null, null) : result, clock.instant());
			log.info("Long work {} done in {} ms", id, (System.nanoTime() - started) / 1_000_000);
		}
		catch (Exception | LinkageError | AssertionError ex) {
			log.warn("Long work {} failed", id, ex);
			progress.flush();
			store.failed(id, reason(ex), clock.instant());
		}
	}

	/** Why it failed, in Chinese: a refusal in its own words, anything else with its message. */
	private String reason(Throwable ex) {
		if (ex instanceof DomainException domain) {
			return messages.getMessage(domain.messageKey(), domain.args(), domain.messageKey(), Locale.SIMPLIFIED_CHINESE);
		}
		if (ex instanceof AccessDeniedException) {
			return chinese("platform.work.forbidden");
		}
		return chinese("platform.work.error") + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
	}

	private String chinese(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

	@Override
	public Optional<WorkStatus> find(long id) {
		return store.find(id, signedIn().getName());
	}

	@Override
	public List<WorkStatus> recent() {
		return store.recent(signedIn().getName(), RECENT);
	}

	@Override
	public boolean running(String kind, String key) {
		return store.running(kind, key);
	}

	/** Work this node still runs or has queued when it stops is recorded as interrupted, not left running. */
	@PreDestroy
	void interruptInFlight() {
		for (Long id : List.copyOf(inFlight)) {
			store.failed(id, chinese("platform.work.interrupted"), clock.instant());
		}
	}

	private static Authentication signedIn() {
		return SignedIn.authentication().orElseThrow(() -> new AccessDeniedException("long work needs a signed-in user"));
	}
}

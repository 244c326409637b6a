package org.bastion.platform.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.bastion.common.security.SignedIn;
import org.bastion.common.web.PerRequest;
import org.bastion.platform.ToDo.Urgency;
import org.bastion.platform.ToDo;
import org.bastion.platform.ToDoSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The current user's to-dos (待办) from every module's {@link ToDoSource}, read by the home page and
 * the menu's badge as {@code @toDos}. Each source scopes itself; a source that fails is logged and left
 * out, so one broken module never hides the others' to-dos nor breaks a page.
 */
@Component("toDos")
public class ToDos {

	/** Most urgent first; of equal urgency, the earliest due day first, to-dos without one last. */
	static final Comparator<ToDo> BY_URGENCY = Comparator.comparing(ToDo::urgency)
		.thenComparing(ToDo::due, Comparator.nullsLast(Comparator.naturalOrder()));

	private static final Logger log = LoggerFactory.getLogger(ToDos.class);
	private static final String CACHE = ToDos.class.getName() + ".listing";

	/** The to-dos of one urgency, under one heading. */
	public record Group(Urgency urgency, List<ToDo> toDos) {
	}

	/**
	 * The to-dos as the current user sees them.
	 *
	 * @param incomplete whether a source failed, so that some to-dos may be missing
	 */
	public record Listing(List<ToDo> toDos, boolean incomplete) {

		public Listing {
			toDos = toDos.stream().sorted(BY_URGENCY).toList();
		}

		/** How many records wait in all: the menu's badge. */
		public long total() {
			return toDos.stream().mapToLong(ToDo::count).sum();
		}

		/** The groups that have to-dos, most urgent first. */
		public List<Group> groups() {
			List<Group> groups = new ArrayList<>();
			for (Urgency urgency : Urgency.values()) {
				List<ToDo> of = toDos.stream().filter(t -> t.urgency() == urgency).toList();
				if (!of.isEmpty()) {
					groups.add(new Group(urgency, of));
				}
			}
			return groups;
		}
	}

	private record Recent(Listing listing, long at) {
	}

	private static final int MAX_USERS = 10_000;

	private final ObjectProvider<ToDoSource> sources;
	private final long reuseNanos;
	private final Map<String, Recent> recent = new ConcurrentHashMap<>();

	ToDos(ObjectProvider<ToDoSource> sources, @Value("${bastion.todos.reuse-seconds:30}") long reuseSeconds) {
		this.sources = sources;
		this.reuseNanos = TimeUnit.SECONDS.toNanos(reuseSeconds);
	}

	/**
	 * The signed-in user's to-dos, asked of the sources once per request and reused for the user's next pages
	 * during {@code bastion.todos.reuse-seconds} (the menu's badge is on every page, and every source counts in
	 * the user's scope); anything the user changes ({@link ToDosForgetFilter}) asks them again. None for the public.
	 */
	public Listing current() {
		if (!SignedIn.anyone()) {
			return new Listing(List.of(), false);
		}
		return PerRequest.cached(CACHE, "", () -> {
			String user = SignedIn.authentication().map(a -> a.getName()).orElse("");
			Recent last = recent.get(user);
			return last != null && System.nanoTime() - last.at() < reuseNanos ? last.listing() : collected(user);
		});
	}

	private Listing collected(String user) {
		Listing listing = collect(sources.orderedStream().toList());
		if (reuseNanos > 0) {
			if (recent.size() >= MAX_USERS) {
				recent.clear();
			}
			recent.put(user, new Recent(listing, System.nanoTime()));
		}
		return listing;
	}

	/** The user changed something: their to-dos are asked again on the next page. */
	void forget(String user) {
		recent.remove(user);
	}

	static Listing collect(List<ToDoSource> sources) {
		List<ToDo> all = new ArrayList<>();
		boolean incomplete = false;
		for (ToDoSource source : sources) {
			try {
				all.addAll(source.toDos());
			}
			catch (RuntimeException ex) {
				incomplete = true;
				log.warn("To-do source {} failed; its to-dos are left out", source.getClass().getName(), ex);
			}
		}
		return new Listing(all, incomplete);
	}
}

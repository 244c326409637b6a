package org.bastion.platform.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bastion.platform.TimerTask;
import org.springframework.stereotype.Component;

/** The timer tasks of all modules by name; two tasks of one name stop the start. */
@Component
class TimerTaskRegistry {

	private final Map<String, TimerTask> byName;

	TimerTaskRegistry(List<TimerTask> tasks) {
		this.byName = tasks.stream().collect(Collectors.toUnmodifiableMap(TimerTask::name, Function.identity(),
				(a, b) -> {
					throw new IllegalStateException("Two timer tasks are named " + a.name() + ": "
							+ a.getClass().getName() + " and " + b.getClass().getName());
				}));
	}

	TimerTask get(String name) {
		TimerTask task = byName.get(name);
		if (task == null) {
			throw new IllegalStateException("No timer task is named " + name);
		}
		return task;
	}

	boolean has(String name) {
		return byName.containsKey(name);
	}

	Iterable<TimerTask> all() {
		return byName.values();
	}
}

package org.bastion.platform;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A module's to-do source as a test double, switched by each test (and reset after it): a test class
 * puts it in place with {@code @Import(SwitchedToDos.Config.class)}.
 */
public final class SwitchedToDos {

	public static volatile Supplier<List<ToDo>> toDos = List::of;

	private SwitchedToDos() {
	}

	/** A source that always fails, as a module whose query breaks would. */
	public static final class Broken implements ToDoSource {
		@Override
		public List<ToDo> toDos() {
			throw new IllegalStateException("a broken to-do source");
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		ToDoSource switchedToDoSource() {
			return () -> toDos.get();
		}

		@Bean
		ToDoSource brokenToDoSource() {
			return new Broken();
		}
	}
}

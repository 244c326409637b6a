package org.bastion.common;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The embedded H2 database's directory ({@code ./data}) is the owner's only: closed to others before
 * the database opens (0700, its files 0600), and its files closed again once the application has
 * started, as H2 creates new ones with the default permissions. Registered in
 * {@code META-INF/spring.factories} so that it runs before the context exists.
 */
public class EmbeddedDatabaseFiles implements ApplicationListener<SpringApplicationEvent> {

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			restrict(prepared.getEnvironment());
		}
		else if (event instanceof ApplicationStartedEvent started) {
			restrict(started.getApplicationContext().getEnvironment());
		}
	}

	private static void restrict(Environment env) {
		databaseOf(env.getProperty("spring.datasource.url", ""))
			.ifPresent(db -> OwnerOnlyFiles.database(db.getParent(), db.getFileName().toString()));
	}

	/** The directory of an H2 file database's URL ({@code jdbc:h2:file:./data/bastion;…} → {@code ./data}). */
	static Optional<Path> directoryOf(String url) {
		return databaseOf(url).map(Path::getParent);
	}

	/** An H2 file database's path without its suffixes ({@code jdbc:h2:file:./data/bastion;…} → {@code ./data/bastion}). */
	static Optional<Path> databaseOf(String url) {
		if (!url.startsWith("jdbc:h2:")) {
			return Optional.empty();
		}
		String location = url.substring("jdbc:h2:".length()).split(";", 2)[0];
		if (location.startsWith("file:")) {
			location = location.substring("file:".length());
		}
		else if (location.matches("^(mem|tcp|ssl|zip|split|nio|async|memFS|memLZF|nioMemFS|nioMemLZF):.*")) {
			return Optional.empty();
		}
		if (location.startsWith("~")) {
			location = System.getProperty("user.home") + location.substring(1);
		}
		Path db = Path.of(location).toAbsolutePath().normalize();
		return db.getParent() == null ? Optional.empty() : Optional.of(db);
	}
}
